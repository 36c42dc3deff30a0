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

// How many visible nodes outside the frame (isolates) would fall outside an area of aspect
// `aspect` fitted to the framed nodes at stretch `s` along one axis (the other axis filling it).
int cutAt(const Scene& scene, bool alongX, double s, double aspect) {
    double lo = 0, hi = 0, across = 0;
    bool any = false;
    double acrossLo = 0, acrossHi = 0;
    for (const SceneNode& n : scene.nodes) {
        if (!n.framed) continue;
        const model::Point raw = scene.stretch.undo(n.center);
        const double c = (alongX ? raw.x : raw.y) * s, o = alongX ? raw.y : raw.x;
        lo = any ? std::min(lo, c - n.radius) : c - n.radius;
        hi = any ? std::max(hi, c + n.radius) : c + n.radius;
        acrossLo = any ? std::min(acrossLo, o - n.radius) : o - n.radius;
        acrossHi = any ? std::max(acrossHi, o + n.radius) : o + n.radius;
        any = true;
    }
    across = acrossHi - acrossLo;
    // The area's extent along the stretched axis, in layout units, when the other axis fills it.
    const double room = alongX ? across * aspect : across / aspect;
    const double half = std::max(room, hi - lo) * 0.5, middle = (lo + hi) * 0.5;
    int cut = 0;
    for (const SceneNode& n : scene.nodes) {
        if (n.framed || n.alpha <= 0.02f) continue;
        const model::Point raw = scene.stretch.undo(n.center);
        const double c = (alongX ? raw.x : raw.y) * s;
        cut += std::abs(c - middle) + n.radius > half ? 1 : 0;
    }
    return cut;
}

// The stretch for the framed nodes, lowered until it cuts no more of the other visible nodes
// (isolates, drawn but not framed) out of the area than no stretch would.
double keepingIsolates(const Scene& scene, bool alongX, double s, double aspect) {
    const int before = cutAt(scene, alongX, 1.0, aspect);
    while (s > 1.0 && cutAt(scene, alongX, s, aspect) > before)
        s = std::max(1.0, s - 0.02);
    return s;
}

} // namespace

Stretch fitStretch(const Scene& scene, double areaWidth, double areaHeight, double cap) {
    const double w = extent(scene, true, 1.0), h = extent(scene, false, 1.0);
    if (w <= 0 || h <= 0 || areaWidth <= 0 || areaHeight <= 0 || cap <= 1.0) return {};
    const double aspect = areaWidth / areaHeight;
    Stretch s;
    if (w / h < aspect)
        s.x = keepingIsolates(scene, true, stretchFor(scene, true, h * aspect, cap), aspect);
    else
        s.y = keepingIsolates(scene, false, stretchFor(scene, false, w / aspect, cap), aspect);
    return s;
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
