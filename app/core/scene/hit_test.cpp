// Hit testing against the scene's discs and curves. Core: no GL.
#include "core/scene/hit_test.hpp"

#include <cmath>
#include <limits>

namespace tieline::core::scene {

std::optional<model::ActorId> nodeAt(const Scene& scene, const Camera& camera, model::Point screen,
                                     double slackPixels) {
    const model::Point p = camera.toWorld(screen);
    // Later nodes are drawn on top, so search from the end.
    for (std::size_t i = scene.nodes.size(); i-- > 0;) {
        const SceneNode& n = scene.nodes[i];
        if (n.alpha < 0.05f) continue;
        const double r = n.radius + slackPixels / camera.zoom;
        if (std::hypot(p.x - n.center.x, p.y - n.center.y) <= r) return n.actor;
    }
    return std::nullopt;
}

namespace {

double distanceToSegment(model::Point p, model::Point a, model::Point b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    double u = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0.0;
    u = u < 0 ? 0 : (u > 1 ? 1 : u);
    return std::hypot(p.x - (a.x + u * dx), p.y - (a.y + u * dy));
}

} // namespace

std::optional<model::TieId> tieAt(const Scene& scene, const Camera& camera, model::Point screen,
                                  double slackPixels) {
    const model::Point p = camera.toWorld(screen);
    double best = std::numeric_limits<double>::max();
    std::optional<model::TieId> found;
    constexpr int kSegments = 16;
    for (const SceneEdge& e : scene.edges) {
        if (e.alpha < 0.05f || e.t1 <= e.t0) continue;
        const double reach = e.width * 0.5 + slackPixels / camera.zoom;
        model::Point previous = edgePoint(e, e.t0);
        for (int k = 1; k <= kSegments; ++k) {
            const model::Point next = edgePoint(e, e.t0 + (e.t1 - e.t0) * k / kSegments);
            const double d = distanceToSegment(p, previous, next);
            if (d <= reach && d < best) {
                best = d;
                found = e.tie;
            }
            previous = next;
        }
        if (e.arrow) {
            const double d = distanceToSegment(p, e.arrowBase, e.arrowTip);
            if (d <= e.arrowHalfWidth + slackPixels / camera.zoom && d < best) {
                best = d;
                found = e.tie;
            }
        }
    }
    return found;
}

} // namespace tieline::core::scene
