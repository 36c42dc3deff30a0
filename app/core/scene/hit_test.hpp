// Which node or tie is under a screen point, for hover and click. Core: no GL.
#pragma once

#include "core/scene/scene.hpp"

#include <optional>

namespace tieline::core {

// The topmost node whose disc (plus `slackPixels`) contains the point.
std::optional<ActorId> nodeAt(const Scene& scene, const Camera& camera, Point screen, double slackPixels = 3);

// The nearest tie within `slackPixels` of the point (measured to the drawn curve).
std::optional<TieId> tieAt(const Scene& scene, const Camera& camera, Point screen, double slackPixels = 4);

} // namespace tieline::core
