// Builds the simulation for a plain graph.
#include "core/layout/graph_layout.hpp"
#include "core/layout/detail/standard_forces.hpp"

#include <cmath>
#include <numbers>

namespace tieline::core::layout {

void phyllotaxis(std::size_t i, double radius, double turn, double& x, double& y) {
    static constexpr double kAngle = std::numbers::pi * (3.0 - 2.2360679774997896964); // 3 - √5
    const double r = radius * std::sqrt(0.5 + static_cast<double>(i));
    const double a = static_cast<double>(i) * kAngle + turn;
    x = r * std::cos(a);
    y = r * std::sin(a);
}

double spiralTurn(std::uint64_t seed) {
    return Rng(mix64(seed)).uniform() * 2.0 * std::numbers::pi;
}

LayoutParams d3DefaultParams() {
    LayoutParams p;
    p.gravity = 0.0;
    p.nodeRadius = 0.0;
    return p;
}

Simulation makeGraphSimulation(const Graph& graph, const LayoutParams& params) {
    Simulation sim(coolingFor(params, 1.0, params.initialTicks, true), params.seed);
    Bodies& b = sim.bodies();
    b.resize(graph.nodeCount);
    const double turn = spiralTurn(params.seed);
    for (std::size_t i = 0; i < graph.nodeCount; ++i)
        phyllotaxis(i, 10.0, turn, b.x[i], b.y[i]);

    std::vector<LinkSpec> links;
    links.reserve(graph.edges.size());
    for (const GraphEdge& e : graph.edges)
        links.push_back({e.source, e.target, params.linkDistance, e.weight, false});
    addStandardForces(sim, params, std::move(links));
    return sim;
}

} // namespace tieline::core::layout
