// The forces every layout runs and its cooling, set up from LayoutParams in one place for the
// one-shot graph layout and the keyframe solver alike. Core: no GL.
#pragma once

#include "core/layout/layout_params.hpp"
#include "core/layout/link_force.hpp"
#include "core/layout/many_body_force.hpp"
#include "core/layout/simulation.hpp"

#include <vector>

namespace tieline::core::layout {

ManyBodyParams manyBodyParams(const LayoutParams& params);

// Cooling from `alpha` down to params.alphaMin in `ticks` ticks.
CoolingParams coolingFor(const LayoutParams& params, double alpha, int ticks, bool recenter);

// Adds, in this order, "charge" (ManyBodyForce) and "link" (LinkForce over `links`), then "gravity"
// when params.gravity > 0 and "collide" when params.nodeRadius > 0: every node a disc of
// params.nodeRadius, or with `radii` (one per node) each its own radius plus half params.collideGap.
void addStandardForces(Simulation& sim, const LayoutParams& params, std::vector<LinkSpec> links,
                       const std::vector<double>* radii = nullptr, std::vector<double> charges = {});

} // namespace tieline::core::layout
