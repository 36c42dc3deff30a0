// A one-shot layout of a plain graph: d3-force's default simulation (many-body, links, centring)
// set up from LayoutParams, and the phyllotaxis start it uses. Core: no GL.
#pragma once

#include "core/layout/graph.hpp"
#include "core/layout/layout_params.hpp"
#include "core/layout/simulation.hpp"

#include <cstddef>

namespace tieline::core::layout {

// The i-th point of d3's phyllotaxis spiral: radius·√(0.5 + i) at angle i·π(3 − √5) + turn.
// Evenly spread, deterministic, and never two nodes on one spot.
void phyllotaxis(std::size_t i, double radius, double turn, double& x, double& y);

// The spiral's rotation for a seed (radians), so that the seed reaches the starting positions.
double spiralTurn(std::uint64_t seed);

// Bodies on the spiral (turned by spiralTurn(seed)), forces "charge" (ManyBodyForce) and "link" (LinkForce,
// edge weight as stiffness multiplier), plus "gravity" when params.gravity > 0 and "collide" when
// params.nodeRadius > 0; cooling from alpha 1 to alphaMin over params.initialTicks ticks.
Simulation makeGraphSimulation(const Graph& graph, const LayoutParams& params);

// LayoutParams for a plain graph that match d3-force's default simulation: no gravity, no
// collision (centring is done by the simulation).
LayoutParams d3DefaultParams();

} // namespace tieline::core::layout
