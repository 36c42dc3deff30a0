// Padded convex hulls of discs (Andrew's monotone chain over points on each disc). Core: no GL.
#include "core/scene/hulls.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tieline::core::scene {

namespace {

double cross(model::Point o, model::Point a, model::Point b) {
    return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

} // namespace

std::vector<model::Point> discHull(const std::vector<Disc>& discs, double padding, int segments) {
    std::vector<model::Point> points;
    if (discs.empty()) return points;
    segments = std::max(segments, 8);
    const double step = 2 * std::numbers::pi / segments;
    // Corners on a circle of radius R / cos(step / 2): the polygon they make holds the whole disc.
    const double grow = 1.0 / std::cos(step * 0.5);
    points.reserve(discs.size() * std::size_t(segments));
    for (const Disc& d : discs) {
        const double r = (d.radius + padding) * grow;
        for (int k = 0; k < segments; ++k)
            points.push_back({d.center.x + r * std::cos(k * step), d.center.y + r * std::sin(k * step)});
    }
    std::sort(points.begin(), points.end(), [](const model::Point& a, const model::Point& b) {
        return a.x != b.x ? a.x < b.x : a.y < b.y;
    });
    std::vector<model::Point> hull(2 * points.size());
    std::size_t k = 0;
    for (const model::Point& p : points) { // lower chain
        while (k >= 2 && cross(hull[k - 2], hull[k - 1], p) <= 0)
            --k;
        hull[k++] = p;
    }
    for (std::size_t i = points.size() - 1, lower = k + 1; i-- > 0;) { // upper chain
        while (k >= lower && cross(hull[k - 2], hull[k - 1], points[i]) <= 0)
            --k;
        hull[k++] = points[i];
    }
    hull.resize(k > 1 ? k - 1 : k); // the last point repeats the first
    return hull;
}

bool convexContains(const std::vector<model::Point>& polygon, model::Point p) {
    if (polygon.size() < 3) return false;
    for (std::size_t i = 0; i < polygon.size(); ++i)
        if (cross(polygon[i], polygon[(i + 1) % polygon.size()], p) < -1e-9) return false;
    return true;
}

void addGroupHulls(const model::Dataset& data, Scene& scene, double padding) {
    scene.hulls.clear();
    std::vector<std::vector<Disc>> members(data.groups.size());
    for (const SceneNode& n : scene.nodes) {
        if (!n.present || n.alpha <= 0.02f) continue;
        const model::Actor& a = data.actor(n.actor);
        if (a.group.valid() && a.group.index() < members.size())
            members[a.group.index()].push_back({n.center, n.radius});
    }
    const float alpha = scene.style.dark ? 0.13f : 0.11f;
    for (std::size_t g = 0; g < members.size(); ++g) {
        if (members[g].empty()) continue;
        SceneHull h;
        h.group = model::GroupId(std::uint32_t(g));
        h.outline = discHull(members[g], padding);
        h.fill = toRgba(data.groups[g].color, alpha);
        h.text = mix(toRgba(data.groups[g].color), scene.style.text, 0.35f);
        h.text.a = 0.85f;
        double minY = h.outline.front().y, minX = h.outline.front().x, maxX = minX;
        for (const model::Point& p : h.outline) {
            minY = std::min(minY, p.y);
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
        }
        h.nameAnchor = {0.5 * (minX + maxX), minY};
        h.name = &data.groups[g].label;
        for (const model::Point& p : h.outline) // exports frame the hulls too
            scene.bounds.add(p.x, p.y);
        scene.hulls.push_back(std::move(h));
    }
}

} // namespace tieline::core::scene
