// Crossing-aware refinement: a deterministic local search that moves single nodes to nearby spots
// where their ties cross fewer others, for small graphs (a dataset's actors at one keyframe).
// Crossings are counted as issue 15 counts them (quality.hpp: one segment per pair of nodes,
// segments sharing an end never cross). Core: no GL.
#pragma once

#include "core/layout/bodies.hpp"
#include "core/layout/link_force.hpp"

#include <cstddef>
#include <vector>

namespace tieline::core::layout {

struct UntangleParams {
    int passes = 2;                // = 2 sweeps over the nodes
    double step = 30.0;            // layout units: candidate spots lie on rings of 0.5 and 1 step
    int directions = 8;            // = 8 candidate directions per ring
    double gap = 1.5;              // layout units kept between discs at a candidate spot
    std::size_t maxSegments = 400; // above this many segments the search is skipped (cost ~ m²)
};

// Moves nodes (never pinned ones) of `b` to lower their crossings: for each node in index order
// whose segments cross others, candidate spots on rings around its neighbours' centroid and
// around itself; it takes the one with the fewest crossings of its segments (ties: the nearest),
// if that is fewer than now and its disc (radii[i] + gap) overlaps no other. Velocities are
// zeroed for moved nodes. Returns how many moves were made.
std::size_t untangle(Bodies& b, const std::vector<LinkSpec>& links, const std::vector<double>& radii,
                     const UntangleParams& params = {});

} // namespace tieline::core::layout
