// Layout quality measures.
#include "core/layout/quality.hpp"
#include "core/layout/rng.hpp"
#include "core/layout/temporal_layout.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <queue>

namespace tieline::core::layout {

double normalizedStress(const double* x, const double* y, std::size_t n, const std::vector<LinkSpec>& edges,
                        std::size_t maxSources) {
    if (n < 2) return 0.0;
    // Adjacency in compressed rows.
    std::vector<std::uint32_t> start(n + 1, 0);
    for (const LinkSpec& e : edges)
        if (!e.pushOnly && e.source != e.target && e.source < n && e.target < n)
            ++start[e.source + 1], ++start[e.target + 1];
    for (std::size_t i = 0; i < n; ++i)
        start[i + 1] += start[i];
    std::vector<std::uint32_t> fill(start.begin(), start.end() - 1), to(start[n]);
    std::vector<double> length(start[n]);
    for (const LinkSpec& e : edges) {
        if (e.pushOnly || e.source == e.target || e.source >= n || e.target >= n) continue;
        to[fill[e.source]] = e.target, length[fill[e.source]++] = e.distance;
        to[fill[e.target]] = e.source, length[fill[e.target]++] = e.distance;
    }
    const std::size_t sources = (maxSources > 0 && n > maxSources) ? maxSources : n;
    // Over pairs: P = count, A = Σ (e/d)², B = Σ e/d; the best scale gives stress = 1 − B²/(A·P).
    double pairs = 0.0, a = 0.0, b = 0.0;
    std::vector<double> dist(n);
    using Item = std::pair<double, std::uint32_t>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    for (std::size_t k = 0; k < sources; ++k) {
        const std::size_t src = k * n / sources;
        std::fill(dist.begin(), dist.end(), HUGE_VAL);
        dist[src] = 0.0;
        queue.push({0.0, static_cast<std::uint32_t>(src)});
        while (!queue.empty()) { // Dijkstra
            const auto [d, u] = queue.top();
            queue.pop();
            if (d > dist[u]) continue;
            for (std::uint32_t e = start[u]; e < start[u + 1]; ++e) {
                const double nd = d + length[e];
                if (nd < dist[to[e]]) dist[to[e]] = nd, queue.push({nd, to[e]});
            }
        }
        for (std::size_t j = 0; j < n; ++j) {
            // Each unordered pair once when all sources are used; every pair with a sampled source otherwise.
            if (j == src || !(dist[j] < HUGE_VAL) || !(dist[j] > 0.0) || (sources == n && j < src)) continue;
            const double r = std::hypot(x[j] - x[src], y[j] - y[src]) / dist[j];
            pairs += 1.0;
            a += r * r;
            b += r;
        }
    }
    if (pairs == 0.0 || a == 0.0) return 0.0;
    return std::max(0.0, 1.0 - b * b / (a * pairs));
}

namespace {

double orient(double ax, double ay, double bx, double by, double cx, double cy) {
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

bool crosses(const double* x, const double* y, const LinkSpec& e, const LinkSpec& f) {
    if (e.source == f.source || e.source == f.target || e.target == f.source || e.target == f.target)
        return false;
    const double d1 = orient(x[e.source], y[e.source], x[e.target], y[e.target], x[f.source], y[f.source]);
    const double d2 = orient(x[e.source], y[e.source], x[e.target], y[e.target], x[f.target], y[f.target]);
    const double d3 = orient(x[f.source], y[f.source], x[f.target], y[f.target], x[e.source], y[e.source]);
    const double d4 = orient(x[f.source], y[f.source], x[f.target], y[f.target], x[e.target], y[e.target]);
    return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0)) && d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0;
}

constexpr std::size_t kExactCrossingEdges = 4000; // 8 million pairs: a fraction of a second
constexpr std::size_t kCrossingSamples = 4000000;

} // namespace

CrossingCount edgeCrossings(const double* x, const double* y, const std::vector<LinkSpec>& all) {
    CrossingCount out;
    std::vector<LinkSpec> edges;
    edges.reserve(all.size());
    for (const LinkSpec& e : all)
        if (e.source != e.target)
            edges.push_back({std::min(e.source, e.target), std::max(e.source, e.target)});
    const auto key = [](const LinkSpec& e) { return std::pair(e.source, e.target); };
    std::sort(edges.begin(), edges.end(),
              [&](const LinkSpec& a, const LinkSpec& b) { return key(a) < key(b); });
    edges.erase(std::unique(edges.begin(), edges.end(),
                            [&](const LinkSpec& a, const LinkSpec& b) { return key(a) == key(b); }),
                edges.end());
    const std::size_t m = edges.size();
    if (m <= kExactCrossingEdges) {
        for (std::size_t i = 0; i < m; ++i)
            for (std::size_t j = i + 1; j < m; ++j)
                out.count += crosses(x, y, edges[i], edges[j]) ? 1.0 : 0.0;
        return out;
    }
    Rng rng(0x5eed);
    std::size_t hits = 0;
    for (std::size_t s = 0; s < kCrossingSamples; ++s) {
        const auto i = static_cast<std::size_t>(rng.uniform() * m),
                   j = static_cast<std::size_t>(rng.uniform() * m);
        if (i != j && crosses(x, y, edges[i], edges[j])) ++hits;
    }
    out.count = std::round(double(hits) / double(kCrossingSamples) * (double(m) * double(m - 1) / 2.0));
    out.estimated = true;
    return out;
}

std::size_t nodeOverlaps(const double* x, const double* y, std::size_t n, double radius) {
    if (n < 2 || !(radius > 0.0)) return 0;
    // Sort by grid cell (2·radius wide), then compare each node with the cells around it.
    const double cell = 2.0 * radius;
    std::vector<std::pair<std::pair<std::int64_t, std::int64_t>, std::uint32_t>> sorted(n);
    for (std::size_t i = 0; i < n; ++i)
        sorted[i] = {{static_cast<std::int64_t>(std::floor(y[i] / cell)),
                      static_cast<std::int64_t>(std::floor(x[i] / cell))},
                     static_cast<std::uint32_t>(i)};
    std::sort(sorted.begin(), sorted.end());
    std::size_t count = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto [cy, cx] = sorted[i].first;
        for (std::int64_t gy = cy - 1; gy <= cy + 1; ++gy)
            for (std::int64_t gx = cx - 1; gx <= cx + 1; ++gx) {
                auto it = std::lower_bound(sorted.begin(), sorted.end(),
                                           std::make_pair(std::make_pair(gy, gx), 0u));
                for (; it != sorted.end() && it->first == std::make_pair(gy, gx); ++it) {
                    const std::uint32_t a = sorted[i].second, b = it->second;
                    if (b <= a) continue;
                    if (std::hypot(x[a] - x[b], y[a] - y[b]) < cell) ++count;
                }
            }
    }
    return count;
}

std::size_t nodeOverlaps(const double* x, const double* y, const double* radii, std::size_t n) {
    std::size_t count = 0; // all pairs: a dataset's actors at one date are few
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a + 1; b < n; ++b)
            if (std::hypot(x[a] - x[b], y[a] - y[b]) < radii[a] + radii[b]) ++count;
    return count;
}

MovementStats keyframeMovement(const TemporalLayout& layout) {
    MovementStats out;
    std::vector<model::Point> before, after;
    std::vector<std::uint8_t> inBefore, inAfter;
    double sum = 0.0;
    std::size_t moves = 0;
    for (std::size_t k = 0; k + 1 < layout.readyCount(); ++k) {
        if (!layout.keyframe(k, before, &inBefore) || !layout.keyframe(k + 1, after, &inAfter)) break;
        double minX = HUGE_VAL, minY = HUGE_VAL, maxX = -HUGE_VAL, maxY = -HUGE_VAL;
        for (std::size_t a = 0; a < before.size(); ++a) {
            if (!inBefore[a]) continue;
            minX = std::min(minX, before[a].x), maxX = std::max(maxX, before[a].x);
            minY = std::min(minY, before[a].y), maxY = std::max(maxY, before[a].y);
        }
        const double size = std::hypot(maxX - minX, maxY - minY);
        if (!(size > 0.0)) continue;
        for (std::size_t a = 0; a < before.size(); ++a) {
            if (!inBefore[a] || !inAfter[a]) continue;
            const double d = std::hypot(after[a].x - before[a].x, after[a].y - before[a].y) / size;
            sum += d;
            out.max = std::max(out.max, d);
            ++moves;
        }
    }
    out.mean = moves ? sum / double(moves) : 0.0;
    return out;
}

} // namespace tieline::core::layout
