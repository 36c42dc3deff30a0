// Tests of app/core/layout/quality.cpp and the simulation's quality over ticks.
#include "core/layout/graph_layout.hpp"
#include "core/layout/quality.hpp"

#include <doctest/doctest.h>

using namespace tieline::core::layout;

namespace {

std::vector<LinkSpec> springs(const Graph& g) {
    std::vector<LinkSpec> out;
    for (const GraphEdge& e : g.edges)
        out.push_back({e.source, e.target, 1.0, 1.0, false});
    return out;
}

} // namespace

TEST_CASE("layout: normalized stress is 0 for a straight path at any scale, and positive when folded") {
    std::vector<LinkSpec> path = {{0, 1, 1.0, 1.0, false}, {1, 2, 1.0, 1.0, false}, {2, 3, 1.0, 1.0, false}};
    const double x[] = {0, 7, 14, 21}, y[] = {5, 5, 5, 5};
    CHECK(normalizedStress(x, y, 4, path) == doctest::Approx(0.0).epsilon(1e-12));
    const double fx[] = {0, 1, 0, 1}, fy[] = {0, 0, 0.01, 0.01};
    CHECK(normalizedStress(fx, fy, 4, path) > 0.1);
}

TEST_CASE("layout: crossings and overlaps are counted on known drawings") {
    // A square with both diagonals: the diagonals cross once; sides sharing corners never count.
    const double x[] = {0, 1, 1, 0}, y[] = {0, 0, 1, 1};
    std::vector<LinkSpec> e = {{0, 1}, {1, 2}, {2, 3}, {3, 0}, {0, 2}, {1, 3}};
    CHECK(edgeCrossings(x, y, e).count == 1.0);
    CHECK_FALSE(edgeCrossings(x, y, e).estimated);
    const double ox[] = {0, 3, 100, 101.5}, oy[] = {0, 0, 0, 0};
    CHECK(nodeOverlaps(ox, oy, 4, 1.0) == 1); // only the last two are nearer than 2 radii
    CHECK(nodeOverlaps(ox, oy, 4, 2.0) == 2);
}

TEST_CASE("layout: stress decreases over ticks") {
    const Graph g = barabasiAlbert(300, 2, 5);
    Simulation sim = makeGraphSimulation(g, d3DefaultParams());
    const auto e = springs(g);
    double previous = normalizedStress(sim.bodies().x.data(), sim.bodies().y.data(), g.nodeCount, e);
    for (int ticks : {10, 40, 250}) {
        sim.tick(ticks);
        const double s = normalizedStress(sim.bodies().x.data(), sim.bodies().y.data(), g.nodeCount, e);
        MESSAGE("after " << sim.ticks() << " ticks: stress " << s);
        CHECK(s < previous);
        previous = s;
    }
}
