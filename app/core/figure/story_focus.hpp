// What a story stop's picture shows, in one place for the window, a deck and
// `tieline export --story ID --stop K`: the stop's period, its focus actors (emphasised with every
// tie touching them, their labels guaranteed, framed), the ties that start that day never dimmed,
// the rest dimmed as for hover, and a ring on a lone focus actor. Core: no GL.
#pragma once

#include "core/scene/scene.hpp"

namespace tieline::core::figure {

// Sets `focus` for the stop (SceneFocus::storyFocus, storyDays; the selection ring on a lone
// focus actor). Leaves the rest of the focus as it is.
void focusOnStop(const model::Dataset& data, const model::StoryStop& stop, scene::SceneFocus& focus);

// The whole scene input of a slide: the stop's moment and period (story_deck.hpp, slideWindow) and
// its focus.
void slideInput(const model::Dataset& data, const model::StoryStop& stop,
                const std::vector<model::Point>& positions, const scene::SceneFilter& filter,
                scene::SceneInput& in);

} // namespace tieline::core::figure
