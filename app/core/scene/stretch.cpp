// Stretching a scene toward the canvas's aspect. Core: no GL.
#include "core/scene/stretch.hpp"

#include "core/scene/detail/edge_shape.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::scene {

namespace {

// The extent of the framed nodes along one axis at stretch `s` of the raw positions.
double extent(const Scene& scene, bool alongX, double s) {
    double lo = 0, hi = 0;
    bool any = false;
    for (const SceneNode& n : scene.nodes) {
        if (!n.framed) continue;
        const model::Point raw = scene.stretch.undo(n.center);
        const double c = (alongX ? raw.x : raw.y) * s;
        lo = any ? std::min(lo, c - n.radius) : c - n.radius;
        hi = any ? std::max(hi, c + n.radius) : c + n.radius;
        any = true;
    }
    return hi - lo;
}

// The smallest s in [1, cap] whose extent reaches `target` (extent grows with s), or cap.
double stretchFor(const Scene& scene, bool alongX, double target, double cap) {
    if (extent(scene, alongX, 1.0) >= target) return 1.0;
    if (extent(scene, alongX, cap) <= target) return cap;
    double lo = 1.0, hi = cap;
    for (int i = 0; i < 40; ++i) {
        const double mid = 0.5 * (lo + hi);
        (extent(scene, alongX, mid) < target ? lo : hi) = mid;
    }
    return lo;
}

} // namespace

Stretch fitStretch(const Scene& scene, double areaWidth, double areaHeight, double cap) {
    const double w = extent(scene, true, 1.0), h = extent(scene, false, 1.0);
    if (w <= 0 || h <= 0 || areaWidth <= 0 || areaHeight <= 0 || cap <= 1.0) return {};
    const double aspect = areaWidth / areaHeight;
    Stretch s;
    if (w / h < aspect)
        s.x = stretchFor(scene, true, h * aspect, cap);
    else
        s.y = stretchFor(scene, false, w / aspect, cap);
    return s;
}

double fittedArea(const Scene& scene, double width, double height, double cap) {
    if (width <= 0 || height <= 0) return 0;
    const Bounds b = framedBounds(scene, fitStretch(scene, width, height, cap));
    if (b.empty || b.width() <= 0 || b.height() <= 0) return 0;
    const double zoom = std::min(width / b.width(), height / b.height());
    return zoom * zoom * b.width() * b.height();
}

Bounds framedBounds(const Scene& scene, Stretch to) {
    Bounds b;
    for (const SceneNode& n : scene.nodes)
        if (n.framed) {
            const model::Point c = restretched(scene, n.center, to);
            b.add(c.x, c.y, n.radius);
        }
    return b;
}

void restretchScene(Scene& scene, Stretch to) {
    if (to == scene.stretch) return;
    const Stretch from = scene.stretch;
    const double rx = to.x / from.x, ry = to.y / from.y;
    const auto move = [&](model::Point p) { return to.apply(from.undo(p)); };
    std::uint32_t actors = 0;
    for (const SceneNode& n : scene.nodes)
        actors = std::max(actors, n.actor.value + 1);
    std::vector<int> nodeOf(actors, -1);
    for (std::size_t i = 0; i < scene.nodes.size(); ++i) {
        SceneNode& n = scene.nodes[i];
        n.center = move(n.center);
        nodeOf[n.actor.index()] = int(i);
    }
    scene.stretch = to;
    scene.bounds = framedBounds(scene, to);
    for (SceneEdge& e : scene.edges) {
        const int a = e.from.index() < actors ? nodeOf[e.from.index()] : -1;
        const int b = e.to.index() < actors ? nodeOf[e.to.index()] : -1;
        if (a < 0 || b < 0) continue;
        e.arrow = e.directed;
        shapeEdge(e, scene.nodes[std::size_t(a)], scene.nodes[std::size_t(b)], e.bend);
    }
    for (SceneLabel& l : scene.labels) {
        const int a = l.actor.index() < actors ? nodeOf[l.actor.index()] : -1;
        if (a < 0) continue;
        const SceneNode& n = scene.nodes[std::size_t(a)];
        l.anchor = {n.center.x, n.center.y + n.radius};
    }
    // Hulls are convex outlines around discs: stretched with them (their padding along the
    // stretched axis grows by the same factor, which keeps every disc inside).
    for (SceneHull& h : scene.hulls) {
        for (model::Point& p : h.outline)
            p = {p.x * rx, p.y * ry};
        h.nameAnchor = {h.nameAnchor.x * rx, h.nameAnchor.y * ry};
    }
}

} // namespace tieline::core::scene
