// A story stop's focus. Core: no GL.
#include "core/figure/story_focus.hpp"

#include "core/figure/story_deck.hpp"

namespace tieline::core::figure {

void focusOnStop(const model::Dataset& data, const model::StoryStop& stop, scene::SceneFocus& focus) {
    focus.storyStop = true;
    focus.storyFocus = stop.focus;
    focus.storyDays = slideWindow(data, stop);
    if (stop.focus.size() == 1) focus.selectedActor = stop.focus.front();
}

void slideInput(const model::Dataset& data, const model::StoryStop& stop,
                const std::vector<model::Point>& positions, const scene::SceneFilter& filter,
                scene::SceneInput& in) {
    in.data = &data;
    in.t = slideTime(data, stop);
    in.window = slideWindow(data, stop);
    in.positions = &positions;
    in.filter = filter;
    in.focus = {};
    focusOnStop(data, stop, in.focus);
}

} // namespace tieline::core::figure
