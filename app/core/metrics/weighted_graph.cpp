// Building the per-step graph: normalise, sort, merge parallel edges, then fill both rows.
#include "core/metrics/weighted_graph.hpp"

#include <algorithm>

namespace tieline::core::metrics {

void buildWeightedGraph(std::size_t nodeCount, std::vector<WeightedEdge>& edges, WeightedGraph& out) {
    // Normalise to a < b so that both directions of a pair sort together.
    std::size_t kept = 0;
    for (const WeightedEdge& e : edges) {
        if (e.a == e.b || !(e.weight > 0) || e.a >= nodeCount || e.b >= nodeCount) continue;
        edges[kept++] = {std::min(e.a, e.b), std::max(e.a, e.b), e.weight};
    }
    edges.resize(kept);
    std::sort(edges.begin(), edges.end(), [](const WeightedEdge& x, const WeightedEdge& y) {
        return x.a != y.a ? x.a < y.a : x.b < y.b;
    });
    std::size_t unique = 0;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        if (unique > 0 && edges[unique - 1].a == edges[i].a && edges[unique - 1].b == edges[i].b)
            edges[unique - 1].weight += edges[i].weight;
        else
            edges[unique++] = edges[i];
    }
    edges.resize(unique);

    out.nodeCount = nodeCount;
    out.offsets.assign(nodeCount + 1, 0);
    for (const WeightedEdge& e : edges) {
        ++out.offsets[e.a + 1];
        ++out.offsets[e.b + 1];
    }
    for (std::size_t i = 0; i < nodeCount; ++i)
        out.offsets[i + 1] += out.offsets[i];
    out.targets.resize(out.offsets[nodeCount]);
    out.weights.resize(out.offsets[nodeCount]);
    out.strength.assign(nodeCount, 0.0);
    // Edges are sorted by (a, b): filling in that order leaves every row sorted, because a row's
    // smaller neighbours come from edges where it is b (visited in order of a) before its larger ones.
    std::vector<std::uint32_t> cursor(out.offsets.begin(), out.offsets.end() - 1);
    for (const WeightedEdge& e : edges) {
        out.targets[cursor[e.b]] = e.a;
        out.weights[cursor[e.b]++] = e.weight;
    }
    for (const WeightedEdge& e : edges) {
        out.targets[cursor[e.a]] = e.b;
        out.weights[cursor[e.a]++] = e.weight;
    }
    for (std::size_t i = 0; i < nodeCount; ++i)
        for (std::uint32_t k = out.offsets[i]; k < out.offsets[i + 1]; ++k)
            out.strength[i] += out.weights[k];
}

} // namespace tieline::core::metrics
