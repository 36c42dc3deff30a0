// Local search against edge crossings.
#include "core/layout/untangle.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace tieline::core::layout {

namespace {

double orient(double ax, double ay, double bx, double by, double cx, double cy) {
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

// Whether segment p-q crosses segment r-s properly (the four ends distinct is the caller's job).
bool properCross(double px, double py, double qx, double qy, double rx, double ry, double sx, double sy) {
    const double d1 = orient(px, py, qx, qy, rx, ry), d2 = orient(px, py, qx, qy, sx, sy);
    const double d3 = orient(rx, ry, sx, sy, px, py), d4 = orient(rx, ry, sx, sy, qx, qy);
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

struct Segment {
    std::uint32_t a, b;
};

} // namespace

std::size_t untangle(Bodies& b, const std::vector<LinkSpec>& links, const std::vector<double>& radii,
                     const UntangleParams& params) {
    const std::size_t n = b.size();
    if (n < 4 || params.passes <= 0) return 0;
    // One segment per unordered pair.
    std::vector<Segment> segs;
    segs.reserve(links.size());
    for (const LinkSpec& l : links)
        if (l.source != l.target && l.source < n && l.target < n)
            segs.push_back({std::min(l.source, l.target), std::max(l.source, l.target)});
    std::sort(segs.begin(), segs.end(),
              [](Segment s, Segment t) { return std::pair(s.a, s.b) < std::pair(t.a, t.b); });
    segs.erase(
        std::unique(segs.begin(), segs.end(), [](Segment s, Segment t) { return s.a == t.a && s.b == t.b; }),
        segs.end());
    if (segs.size() < 2 || segs.size() > params.maxSegments) return 0;
    std::vector<std::vector<std::uint32_t>> incident(n);
    for (std::uint32_t s = 0; s < segs.size(); ++s)
        incident[segs[s].a].push_back(s), incident[segs[s].b].push_back(s);

    // Crossings of node i's segments if i stood at (px, py), counting up to `limit` at most.
    const auto crossingsAt = [&](std::size_t i, double px, double py, std::size_t limit) {
        std::size_t count = 0;
        for (std::uint32_t s : incident[i]) {
            const std::uint32_t other = segs[s].a == i ? segs[s].b : segs[s].a;
            const double ox = b.x[other], oy = b.y[other];
            for (const Segment& t : segs) {
                if (t.a == i || t.b == i || t.a == other || t.b == other) continue;
                if (properCross(px, py, ox, oy, b.x[t.a], b.y[t.a], b.x[t.b], b.y[t.b]) && ++count >= limit)
                    return count;
            }
        }
        return count;
    };
    // Nodes on a crossing, from one sweep over the segment pairs.
    const auto crossingNodes = [&](std::vector<std::uint8_t>& on) {
        on.assign(n, 0);
        bool any = false;
        for (std::size_t s = 0; s < segs.size(); ++s)
            for (std::size_t t = s + 1; t < segs.size(); ++t) {
                const Segment p = segs[s], q = segs[t];
                if (p.a == q.a || p.a == q.b || p.b == q.a || p.b == q.b) continue;
                if (properCross(b.x[p.a], b.y[p.a], b.x[p.b], b.y[p.b], b.x[q.a], b.y[q.a], b.x[q.b],
                                b.y[q.b]))
                    on[p.a] = on[p.b] = on[q.a] = on[q.b] = 1, any = true;
            }
        return any;
    };
    const auto freeAt = [&](std::size_t i, double px, double py) {
        for (std::size_t j = 0; j < n; ++j) {
            if (j == i) continue;
            const double r =
                (j < radii.size() ? radii[j] : 0.0) + (i < radii.size() ? radii[i] : 0.0) + params.gap;
            const double dx = b.x[j] - px, dy = b.y[j] - py;
            if (dx * dx + dy * dy < r * r) return false;
        }
        return true;
    };

    std::size_t moves = 0;
    const int dirs = std::max(1, params.directions);
    // Candidate offsets, nearest rings first: around the neighbours' centroid and around the node.
    std::vector<std::pair<double, double>> ring;
    for (double r : {0.5, 1.0})
        for (int d = 0; d < dirs; ++d) {
            const double a = 2.0 * std::numbers::pi * (d + 0.5 * r) / dirs;
            ring.push_back({r * params.step * std::cos(a), r * params.step * std::sin(a)});
        }
    std::vector<std::uint8_t> onCrossing;
    for (int pass = 0; pass < params.passes; ++pass) {
        if (!crossingNodes(onCrossing)) break;
        std::size_t movedThisPass = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (!onCrossing[i] || b.pinned[i] || incident[i].empty()) continue;
            const std::size_t now = crossingsAt(i, b.x[i], b.y[i], segs.size() * segs.size());
            if (now == 0) continue;
            double cx = 0.0, cy = 0.0;
            for (std::uint32_t s : incident[i]) {
                const std::uint32_t other = segs[s].a == i ? segs[s].b : segs[s].a;
                cx += b.x[other], cy += b.y[other];
            }
            cx /= double(incident[i].size()), cy /= double(incident[i].size());
            std::size_t best = now;
            double bestX = b.x[i], bestY = b.y[i], bestD = HUGE_VAL;
            const std::pair<double, double> centres[] = {{b.x[i], b.y[i]}, {cx, cy}};
            for (const auto& [ox, oy] : centres)
                for (const auto& [dx, dy] : ring) {
                    const double px = ox + dx, py = oy + dy;
                    const double dist = std::hypot(px - b.x[i], py - b.y[i]);
                    if (best == 0 && !(dist < bestD)) continue;
                    const std::size_t c = crossingsAt(i, px, py, best + 1);
                    if (c > best || (c == best && !(dist < bestD))) continue;
                    if (!freeAt(i, px, py)) continue;
                    best = c, bestX = px, bestY = py, bestD = dist;
                }
            if (best < now) {
                b.x[i] = bestX, b.y[i] = bestY, b.vx[i] = 0.0, b.vy[i] = 0.0;
                ++moves, ++movedThisPass;
            }
        }
        if (movedThisPass == 0) break;
    }
    return moves;
}

} // namespace tieline::core::layout
