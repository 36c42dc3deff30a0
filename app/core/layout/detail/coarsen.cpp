// Coarsening for the multilevel cold start (see coarsen.hpp and multilevel.cpp). Core: no GL.
#include "core/layout/detail/coarsen.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace tieline::core::layout::detail {

namespace {

constexpr std::uint32_t kNone = ~std::uint32_t(0);

// Rest length between the centres of clusters of sa and sb actors joined by ties of mean length l.
double clusterLength(double l, double sa, double sb) {
    return l * 0.5 * (std::sqrt(sa) + std::sqrt(sb));
}

} // namespace

Adjacency cooperativeAdjacency(const Level& f) {
    std::vector<std::tuple<std::uint32_t, std::uint32_t, double, double>> half;
    half.reserve(2 * f.links.size());
    for (std::size_t k = 0; k < f.links.size(); ++k) {
        const LinkSpec& l = f.links[k];
        if (l.pushOnly || l.source == l.target || !(l.weight > 0.0)) continue;
        half.emplace_back(l.source, l.target, l.weight, f.meanLength[k]);
        half.emplace_back(l.target, l.source, l.weight, f.meanLength[k]);
    }
    std::sort(half.begin(), half.end());
    Adjacency a;
    a.start.assign(f.n + 1, 0);
    for (std::size_t h = 0; h < half.size();) {
        const auto [u, v, w0, l0] = half[h];
        double w = 0.0, wl = 0.0;
        for (; h < half.size() && std::get<0>(half[h]) == u && std::get<1>(half[h]) == v; ++h)
            w += std::get<2>(half[h]), wl += std::get<2>(half[h]) * std::get<3>(half[h]);
        a.to.push_back(v);
        a.weight.push_back(w);
        a.length.push_back(wl / w);
        ++a.start[u + 1];
    }
    for (std::size_t u = 0; u < f.n; ++u)
        a.start[u + 1] += a.start[u];
    return a;
}

// The next coarser level of f. With `dropLoose`, nodes without cooperative ties are left out (they
// are placed on their own at the end: ringLoose).
Level coarsen(const Level& f, const LayoutParams& p, bool dropLoose) {
    const Adjacency adj = cooperativeAdjacency(f);
    const std::size_t n = f.n;
    std::vector<std::uint32_t> leafOf(n, kNone), partner(n, kNone);
    std::vector<double> partnerLength(n, 0.0);
    std::vector<std::uint8_t> hasLeaves(n, 0);
    // 1. leaves (a pair of nodes tied only to each other is matched below instead)
    for (std::size_t u = 0; u < n; ++u) {
        if (f.pinned[u] || adj.degree(u) != 1) continue;
        const std::uint32_t v = adj.to[adj.start[u]];
        if (f.pinned[v] || adj.degree(v) == 1) continue;
        leafOf[u] = v;
        hasLeaves[v] = 1;
    }
    // 2. heavy-edge matching
    const auto free = [&](std::size_t u) {
        return !f.pinned[u] && leafOf[u] == kNone && !hasLeaves[u] && partner[u] == kNone;
    };
    for (std::size_t u = 0; u < n; ++u) {
        if (!free(u)) continue;
        std::uint32_t best = kNone;
        double bestScore = 0.0, bestLength = 0.0;
        for (std::uint32_t e = adj.start[u]; e < adj.start[u + 1]; ++e) {
            const std::uint32_t v = adj.to[e];
            if (v == u || !free(v)) continue;
            const double score = adj.weight[e] / (f.size[u] * f.size[v]);
            if (best == kNone || score > bestScore) best = v, bestScore = score, bestLength = adj.length[e];
        }
        if (best == kNone) continue;
        partner[u] = best, partner[best] = static_cast<std::uint32_t>(u);
        partnerLength[u] = partnerLength[best] = bestLength;
    }
    // 3. nodes without cooperative ties, in pairs
    for (std::size_t u = 0, waiting = kNone; u < n && !dropLoose; ++u) {
        if (f.pinned[u] || adj.degree(u) != 0) continue;
        if (waiting == kNone) {
            waiting = u;
            continue;
        }
        partner[u] = static_cast<std::uint32_t>(waiting), partner[waiting] = static_cast<std::uint32_t>(u);
        partnerLength[u] = partnerLength[waiting] = clusterLength(p.linkDistance, f.size[u], f.size[waiting]);
        waiting = kNone;
    }
    // Each hub's leaves, ascending.
    std::vector<std::uint32_t> leafStart(n + 1, 0), leaves;
    for (std::size_t u = 0; u < n; ++u)
        if (leafOf[u] != kNone) ++leafStart[leafOf[u] + 1];
    for (std::size_t u = 0; u < n; ++u)
        leafStart[u + 1] += leafStart[u];
    leaves.resize(leafStart[n]);
    {
        std::vector<std::uint32_t> fill(leafStart.begin(), leafStart.end() - 1);
        for (std::size_t u = 0; u < n; ++u)
            if (leafOf[u] != kNone) leaves[fill[leafOf[u]]++] = static_cast<std::uint32_t>(u);
    }
    const auto lengthTo = [&](std::uint32_t u, std::uint32_t v) { // u's tie to v (u a leaf of v)
        for (std::uint32_t e = adj.start[u]; e < adj.start[u + 1]; ++e)
            if (adj.to[e] == v) return adj.length[e];
        return p.linkDistance;
    };

    // Clusters numbered by their representative.
    Level c;
    std::vector<std::uint32_t> parent(n, kNone);
    c.firstChild.push_back(0);
    const auto addChild = [&](std::uint32_t child, double offset) {
        parent[child] = static_cast<std::uint32_t>(c.n);
        c.children.push_back(child);
        c.offset.push_back(offset);
    };
    for (std::size_t u = 0; u < n; ++u) {
        if (parent[u] != kNone || leafOf[u] != kNone) continue;
        if (dropLoose && !f.pinned[u] && adj.degree(u) == 0) continue;
        const auto rep = static_cast<std::uint32_t>(u);
        addChild(rep, 0.0);
        if (partner[u] != kNone) addChild(partner[u], partnerLength[u]);
        for (std::uint32_t s = leafStart[u]; s < leafStart[u + 1]; ++s)
            addChild(leaves[s], lengthTo(leaves[s], rep));
        ++c.n;
        c.firstChild.push_back(static_cast<std::uint32_t>(c.children.size()));
    }
    c.size.assign(c.n, 0.0);
    c.charge.assign(c.n, 0.0);
    c.area.assign(c.n, 0.0);
    c.levelSum.assign(c.n, 0.0);
    c.levelWeight.assign(c.n, 0.0);
    c.pinned.assign(c.n, 0);
    c.pinX.assign(c.n, 0.0);
    c.pinY.assign(c.n, 0.0);
    for (std::size_t u = 0; u < n; ++u) {
        const std::uint32_t q = parent[u];
        if (q == kNone) continue;
        c.size[q] += f.size[u];
        c.charge[q] += f.charge[u];
        c.area[q] += f.area[u];
        c.levelSum[q] += f.levelSum[u];
        c.levelWeight[q] += f.levelWeight[u];
        if (f.pinned[u]) c.pinned[q] = 1, c.pinX[q] = f.pinX[u], c.pinY[q] = f.pinY[u];
    }
    // Springs between clusters: one per pair of clusters and kind, in the order of their ends.
    std::vector<std::tuple<std::uint32_t, std::uint32_t, bool, std::size_t>> ends;
    ends.reserve(f.links.size());
    for (std::size_t k = 0; k < f.links.size(); ++k) {
        const LinkSpec& l = f.links[k];
        std::uint32_t a = parent[l.source], b = parent[l.target];
        if (a == b || a == kNone || b == kNone || !(l.weight > 0.0)) continue;
        if (a > b) std::swap(a, b);
        ends.emplace_back(a, b, l.pushOnly, k);
    }
    std::sort(ends.begin(), ends.end());
    for (std::size_t h = 0; h < ends.size();) {
        const auto [a, b, push, k0] = ends[h];
        double w = 0.0, wl = 0.0;
        for (; h < ends.size() && std::get<0>(ends[h]) == a && std::get<1>(ends[h]) == b &&
               std::get<2>(ends[h]) == push;
             ++h) {
            const std::size_t k = std::get<3>(ends[h]);
            w += f.links[k].weight, wl += f.links[k].weight * f.meanLength[k];
        }
        LinkSpec l;
        l.source = a;
        l.target = b;
        l.pushOnly = push;
        l.weight = std::min(1.0, w);
        c.meanLength.push_back(wl / w);
        l.distance = clusterLength(wl / w, c.size[a], c.size[b]);
        c.links.push_back(l);
    }
    return c;
}

} // namespace tieline::core::layout::detail
