// A tie type's layout role as the layout uses it: the file's declaration ("layout") with every
// member left out taken from the type's sign, so that files without roles lay out as before.
// Core: no GL.
#pragma once

#include "core/layout/layout_params.hpp"
#include "core/model/dataset.hpp"

namespace tieline::core::layout {

struct ResolvedTieRole {
    double attraction = 1.0; // spring stiffness per unit strength (0: no pull)
    double repulsion = 0.0;  // one-sided push stiffness per unit strength (0: no push)
    double length = 1.0;     // rest length in linkDistance units
};

// Defaults: a cooperative type (sign +1) attracts with stiffness 1 at length 1; a hostile type
// (sign -1) only pushes, with stiffness params.hostileStiffness out to params.hostileDistance.
// Giving "attraction" or "repulsion" makes the other one 0 unless it is given too.
ResolvedTieRole resolveTieRole(const model::TieLayoutRole& role, int sign, const LayoutParams& params);

} // namespace tieline::core::layout
