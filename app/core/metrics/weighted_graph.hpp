// The graph of one time step as the metrics read it: undirected, weighted, in compressed rows with
// both directions stored and neighbours sorted. Rebuilt every step into the same storage. Core: no GL.
#pragma once

#include <cstdint>
#include <vector>

namespace tieline::core::metrics {

struct WeightedEdge {
    std::uint32_t a = 0, b = 0;
    double weight = 0;
};

struct WeightedGraph {
    std::size_t nodeCount = 0;
    std::vector<std::uint32_t> offsets; // nodeCount + 1: row i is [offsets[i], offsets[i + 1])
    std::vector<std::uint32_t> targets;
    std::vector<double> weights;  // the summed weight of every edge between the pair
    std::vector<double> strength; // per node: the sum of its row's weights

    std::size_t degree(std::size_t i) const { return offsets[i + 1] - offsets[i]; }
};

// Builds `out` from `edges` over nodes 0..nodeCount-1: parallel edges (either direction) become one
// whose weight is their sum, self-loops and edges of weight <= 0 are dropped. Sorts `edges` in
// place; reuses the storage of both.
void buildWeightedGraph(std::size_t nodeCount, std::vector<WeightedEdge>& edges, WeightedGraph& out);

} // namespace tieline::core::metrics
