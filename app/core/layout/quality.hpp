// Quality of a layout, measured: normalized stress, movement between keyframes, edge crossings and
// node overlaps. Used by `tieline layout --metrics`, the tests and the benchmarks. Core: no GL.
#pragma once

#include "core/layout/link_force.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tieline::core::layout {

class TemporalLayout;

// Normalized stress (Kamada–Kawai energy with weights 1/d², after Gansner, Koren & North, "Graph
// drawing by stress majorization", GD 2004): the mean over node pairs of (s·‖xi − xj‖ / dij − 1)²
// where dij is the shortest-path length along `edges` (each edge's `distance`; pushOnly edges are
// ignored) and s the uniform scale that minimizes it, so any scale or rotation of a drawing scores
// the same. 0 is perfect. Pairs in different components do not count. With maxSources > 0 and more
// nodes than that, only maxSources evenly spaced source nodes are used (an estimate).
double normalizedStress(const double* x, const double* y, std::size_t n, const std::vector<LinkSpec>& edges,
                        std::size_t maxSources = 0);

// Edge crossings the way issue 15 counts them: one straight segment per unordered pair of nodes
// that `edges` join (parallel and reversed edges are one segment, loops none), and pairs of
// segments that cross properly (segments sharing an end never count).
struct CrossingCount {
    double count = 0;       // pairs of segments that cross
    bool estimated = false; // true: from a deterministic sample of edge pairs (large graphs)
};
CrossingCount edgeCrossings(const double* x, const double* y, const std::vector<LinkSpec>& edges);

// Pairs of nodes nearer than 2·radius (discs that overlap).
std::size_t nodeOverlaps(const double* x, const double* y, std::size_t n, double radius);
// Pairs of discs that overlap, each node with its own radius.
std::size_t nodeOverlaps(const double* x, const double* y, const double* radii, std::size_t n);

struct MovementStats {
    double mean = 0; // mean displacement of an actor present at two consecutive keyframes
    double max = 0;  // largest such displacement
    // both relative to the layout's size: the diagonal of the earlier keyframe's bounding box
};
MovementStats keyframeMovement(const TemporalLayout& layout);

} // namespace tieline::core::layout
