// Coarsening for the multilevel cold start (multilevel.cpp says how): one level of clusters from
// the next finer one, by leaf collapse and heavy-edge matching. Internal to layout/.
#pragma once

#include "core/layout/layout_params.hpp"
#include "core/layout/link_force.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tieline::core::layout::detail {

struct Level {
    std::size_t n = 0;
    std::vector<LinkSpec> links;
    std::vector<double> meanLength; // per link: the mean rest length of the actors' ties it stands for
    std::vector<double> size, charge, area, levelSum, levelWeight;
    std::vector<std::uint8_t> pinned;
    std::vector<double> pinX, pinY;
    // Children in the finer level (empty at the finest): firstChild has n + 1 entries, the first
    // child is the cluster's representative, and offset is each child's distance from it.
    std::vector<std::uint32_t> firstChild, children;
    std::vector<double> offset;
};

// A node's distinct cooperative neighbours (compressed rows), each with the summed weight and the
// weighted mean rest length of the ties between them.
struct Adjacency {
    std::vector<std::uint32_t> start, to;
    std::vector<double> weight, length;
    std::uint32_t degree(std::size_t u) const { return start[u + 1] - start[u]; }
};

// The cooperative neighbours of every node of f.
Adjacency cooperativeAdjacency(const Level& f);

// The next coarser level of f. With `dropLoose`, nodes without cooperative ties are left out (they
// are placed on their own at the end).
Level coarsen(const Level& f, const LayoutParams& p, bool dropLoose);

} // namespace tieline::core::layout::detail
