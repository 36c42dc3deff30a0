// Brokerage: Burt's constraint (R. S. Burt, "Structural Holes", Harvard UP 1992, ch. 2; the
// formula as in Burt 2004, "Structural holes and good ideas", AJS 110) and the balance of an
// actor's ties across rival camps. Core: no GL.
#pragma once

#include "core/metrics/weighted_graph.hpp"

#include <span>
#include <vector>

namespace tieline::core::metrics {

// C_i = sum over i's contacts j of (p_ij + sum over i's other contacts q of p_iq * p_qj)^2, where
// p_ij is the weight between i and j over the sum of i's weights. Low constraint: contacts that
// are not tied to one another (structural holes to broker); 1: a single contact. Writes NaN for a
// node without edges. `scratch` is reused storage.
void burtConstraint(const WeightedGraph& graph, std::span<double> out, std::vector<double>& scratch);

// How evenly strength is spread over rival camps: 1 - (largest share - smallest share), where the
// shares are `strengthPerCamp` over its sum. 1 when even, 0 when all goes to one camp. NaN with
// fewer than two camps or no strength at all.
double campBalance(std::span<const double> strengthPerCamp);

} // namespace tieline::core::metrics
