// Brandes' betweenness on an unweighted undirected graph.
#include "core/metrics/betweenness.hpp"

#include <algorithm>

namespace tieline::core::metrics {

void betweenness(const WeightedGraph& graph, std::span<double> out, BetweennessScratch& s) {
    const std::size_t n = graph.nodeCount;
    std::fill(out.begin(), out.end(), 0.0);
    s.distance.assign(n, -1);
    s.paths.assign(n, 0.0);
    s.dependency.assign(n, 0.0);
    s.order.resize(n);
    for (std::size_t source = 0; source < n; ++source) {
        if (graph.degree(source) == 0) continue; // reaches nobody: adds nothing
        // The search queue is `order` itself: nodes are appended as reached and read in turn.
        std::size_t head = 0, tail = 0;
        s.order[tail++] = std::uint32_t(source);
        s.distance[source] = 0;
        s.paths[source] = 1;
        while (head < tail) {
            const std::uint32_t v = s.order[head++];
            for (std::uint32_t k = graph.offsets[v]; k < graph.offsets[v + 1]; ++k) {
                const std::uint32_t w = graph.targets[k];
                if (s.distance[w] < 0) {
                    s.distance[w] = s.distance[v] + 1;
                    s.order[tail++] = w;
                }
                if (s.distance[w] == s.distance[v] + 1) s.paths[w] += s.paths[v];
            }
        }
        // Back from the farthest: a predecessor v of w lies one step closer to the source.
        for (std::size_t i = tail; i-- > 1;) {
            const std::uint32_t w = s.order[i];
            for (std::uint32_t k = graph.offsets[w]; k < graph.offsets[w + 1]; ++k) {
                const std::uint32_t v = graph.targets[k];
                if (s.distance[v] == s.distance[w] - 1)
                    s.dependency[v] += s.paths[v] / s.paths[w] * (1.0 + s.dependency[w]);
            }
            out[w] += s.dependency[w];
        }
        // Only the nodes this search reached were touched: reset just those (O(reached), not O(n)).
        for (std::size_t i = 0; i < tail; ++i) {
            const std::uint32_t v = s.order[i];
            s.distance[v] = -1;
            s.paths[v] = s.dependency[v] = 0.0;
        }
    }
    // Every unordered pair was counted from both of its ends.
    for (double& v : out)
        v *= 0.5;
}

} // namespace tieline::core::metrics
