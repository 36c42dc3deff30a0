// Betweenness centrality by Brandes' algorithm (U. Brandes, "A faster algorithm for betweenness
// centrality", J. Math. Sociology 25(2), 2001): one breadth-first search per source counts the
// shortest paths, then dependencies accumulate back in order of decreasing distance. O(nm) on an
// unweighted graph. Core: no GL.
#pragma once

#include "core/metrics/weighted_graph.hpp"

#include <span>
#include <vector>

namespace tieline::core::metrics {

// Storage reused from one call to the next.
struct BetweennessScratch {
    std::vector<std::uint32_t> order; // nodes in the order the search reached them
    std::vector<int> distance;        // -1: not reached
    std::vector<double> paths;        // sigma: shortest paths from the source
    std::vector<double> dependency;   // delta
};

// Writes into `out` (size graph.nodeCount), for every node v, the sum over unordered pairs {s, t}
// of other nodes of the fraction of shortest s-t paths that pass through v. The graph is read as
// undirected and unweighted: weights are ignored.
void betweenness(const WeightedGraph& graph, std::span<double> out, BetweennessScratch& scratch);

} // namespace tieline::core::metrics
