// Brandes' betweenness on an unweighted undirected graph, exact or from sampled pivots.
#include "core/metrics/betweenness.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::metrics {

namespace {

// One source's search and back-propagation: adds to out[w] the dependency of `source` on every w.
void accumulate(const WeightedGraph& graph, std::uint32_t source, std::span<double> out,
                BetweennessScratch& s) {
    // The search queue is `order` itself: nodes are appended as reached and read in turn.
    std::size_t head = 0, tail = 0;
    s.order[tail++] = source;
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

void prepare(std::size_t n, std::span<double> out, BetweennessScratch& s) {
    std::fill(out.begin(), out.end(), 0.0);
    s.distance.assign(n, -1);
    s.paths.assign(n, 0.0);
    s.dependency.assign(n, 0.0);
    s.order.resize(n);
}

// SplitMix64 (Steele, Lea and Flood 2014): a small, fixed generator, the same on every platform.
std::uint64_t splitMix(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

void betweenness(const WeightedGraph& graph, std::span<double> out, BetweennessScratch& s) {
    const std::size_t n = graph.nodeCount;
    prepare(n, out, s);
    for (std::size_t source = 0; source < n; ++source) {
        if (graph.degree(source) == 0) continue; // reaches nobody: adds nothing
        accumulate(graph, std::uint32_t(source), out, s);
    }
    // Every unordered pair was counted from both of its ends.
    for (double& v : out)
        v *= 0.5;
}

std::size_t betweennessPivots(const WeightedGraph& graph, std::span<double> out, BetweennessScratch& s,
                              std::size_t pivots, std::uint64_t seed) {
    const std::size_t n = graph.nodeCount;
    s.candidates.clear();
    for (std::size_t v = 0; v < n; ++v)
        if (graph.degree(v) > 0) s.candidates.push_back(std::uint32_t(v));
    const std::size_t sources = s.candidates.size();
    if (pivots >= sources) {
        betweenness(graph, out, s);
        return sources;
    }
    prepare(n, out, s);
    // The first `pivots` places of a partial Fisher-Yates shuffle: a uniform sample without
    // replacement, then taken in node order so that the sums do not depend on the draw order.
    std::uint64_t state = seed;
    for (std::size_t i = 0; i < pivots; ++i) {
        const std::size_t j = i + std::size_t(splitMix(state) % (sources - i));
        std::swap(s.candidates[i], s.candidates[j]);
    }
    std::sort(s.candidates.begin(), s.candidates.begin() + std::ptrdiff_t(pivots));
    for (std::size_t i = 0; i < pivots; ++i)
        accumulate(graph, s.candidates[i], out, s);
    // Each pivot stands for sources / pivots sources; unordered pairs are counted from both ends.
    const double scale = 0.5 * double(sources) / double(pivots);
    for (double& v : out)
        v *= scale;
    return pivots;
}

double pivotErrorBound(std::size_t pivots, std::size_t sources, double confidence) {
    if (pivots == 0 || pivots >= sources || sources < 3) return 0.0;
    // X_i = sources * delta_s(v) / ((n - 1)(n - 2)) lies in [0, R], R = sources / (n - 1) <= n / (n - 1),
    // with n >= sources; its mean over the sources is the normalized betweenness. Hoeffding's bound,
    // which holds for sampling without replacement too: P(|mean - b| >= eps) <= 2 exp(-2 k eps^2 / R^2).
    const double range = double(sources) / double(sources - 1);
    return range * std::sqrt(std::log(2.0 / (1.0 - confidence)) / (2.0 * double(pivots)));
}

} // namespace tieline::core::metrics
