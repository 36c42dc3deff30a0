// Which node or tie is under a screen point, for hover and click. Core: no GL.
#pragma once

#include "core/scene/scene.hpp"

#include <optional>

namespace tieline::core::scene {

// The topmost node whose disc (plus `slackPixels`) contains the point.
std::optional<model::ActorId> nodeAt(const Scene& scene, const Camera& camera, model::Point screen,
                                     double slackPixels = 3);

// The nearest tie within `slackPixels` of the point (measured to the drawn curve).
std::optional<model::TieId> tieAt(const Scene& scene, const Camera& camera, model::Point screen,
                                  double slackPixels = 4);

} // namespace tieline::core::scene
