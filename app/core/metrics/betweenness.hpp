// Betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness
// centrality", J. Math. Sociology 25(2), 2001): one breadth-first search per source counts the
// shortest paths, then dependencies accumulate back in order of decreasing distance. O(nm) on an
// unweighted graph. Core: no GL.
//
// Above a size the metrics use an approximation (U. Brandes and C. Pich, "Centrality estimation in
// large networks", Int. J. Bifurcation and Chaos 17(7), 2007): the searches run from k pivots drawn
// uniformly without replacement among the nodes with ties, and the sums are scaled by sources / k.
// The estimate is unbiased; by Hoeffding's inequality each node's normalized betweenness lies within
// pivotErrorBound(k, sources, 0.95) of the exact value with probability 95%.
#pragma once

#include "core/metrics/weighted_graph.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace tieline::core::metrics {

// Storage reused from one call to the next.
struct BetweennessScratch {
    std::vector<std::uint32_t> order;      // nodes in the order the search reached them
    std::vector<int> distance;             // -1: not reached
    std::vector<double> paths;             // sigma: shortest paths from the source
    std::vector<double> dependency;        // delta
    std::vector<std::uint32_t> candidates; // pivot sampling: the nodes with ties
};

// Writes into `out` (size graph.nodeCount), for every node v, the sum over unordered pairs {s, t}
// of other nodes of the fraction of shortest s-t paths that pass through v. The graph is read as
// undirected and unweighted: weights are ignored.
void betweenness(const WeightedGraph& graph, std::span<double> out, BetweennessScratch& scratch);

// The same estimated from `pivots` sources drawn (seeded, deterministic) among the nodes with ties;
// exact (betweenness above) when there are no more such nodes than pivots. Returns the number of
// sources searched.
std::size_t betweennessPivots(const WeightedGraph& graph, std::span<double> out, BetweennessScratch& scratch,
                              std::size_t pivots, std::uint64_t seed);

// The half-width of the interval around the exact normalized betweenness (pairs normalized by
// (n-1)(n-2)/2) that holds each node's estimate from `pivots` of `sources` nodes with ties with the
// given probability (Hoeffding); 0 when the search is exact.
double pivotErrorBound(std::size_t pivots, std::size_t sources, double confidence = 0.95);

} // namespace tieline::core::metrics
