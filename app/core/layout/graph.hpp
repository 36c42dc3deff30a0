// A plain graph for the layout: nodes numbered from 0 and weighted edges. What an edge-list file
// holds and what the benchmarks generate. Core: no GL.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace tieline::core::layout {

struct GraphEdge {
    std::uint32_t source = 0, target = 0;
    double weight = 1.0; // multiplies the spring's stiffness
};

struct Graph {
    std::uint32_t nodeCount = 0;
    std::vector<GraphEdge> edges;
};

// Reads an edge list: first line "n m", then m lines "u v [weight]", nodes numbered 0..n-1; blank
// lines and lines starting with '#' are skipped. On failure returns false and sets `error` to
// "FILE:LINE: what is wrong".
bool readEdgeList(const std::string& path, Graph& out, std::string& error);
bool parseEdgeList(const std::string& text, const std::string& name, Graph& out, std::string& error);
bool writeEdgeList(const std::string& path, const Graph& graph);

// A Barabási–Albert-like graph: node i links to `m` earlier nodes chosen by preferential
// attachment (Barabási & Albert, Science 286, 1999), deterministic for a seed. About m·n edges.
Graph barabasiAlbert(std::uint32_t n, std::uint32_t m, std::uint64_t seed);

} // namespace tieline::core::layout
