// Golden positions (after d3's tests): a 5-node fixture, seed 1, 10 ticks of the d3-compatible
// simulation, compared to recorded numbers. When an intended change moves them, regenerate the
// numbers (run with TIELINE_PRINT_GOLDEN=1) in the same commit and say why in its message.
#include "core/layout/graph_layout.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>

using namespace tieline::core::layout;

TEST_CASE("layout: a 5-node fixture lands on its recorded positions after 10 ticks (seed 1)") {
    Graph g;
    std::string error;
    REQUIRE(parseEdgeList("5 6\n0 1\n1 2\n2 3\n3 4\n4 0\n0 2 0.5\n", "five", g, error));
    LayoutParams params = d3DefaultParams();
    params.seed = 1;
    Simulation sim = makeGraphSimulation(g, params);
    sim.tick(10);
    const Bodies& b = sim.bodies();
    if (std::getenv("TIELINE_PRINT_GOLDEN"))
        for (std::size_t i = 0; i < b.size(); ++i)
            std::printf("        {%.17g, %.17g},\n", b.x[i], b.y[i]);
    const double golden[5][2] = {
        {-0.45771718415934537, -19.287215600742119},  {11.168668397359038, 9.796721175326379},
        {-20.410399286054638, -0.040098462395602052}, {14.052328497477724, -7.1484217739055245},
        {-4.3528804246227804, 16.679014661716863},
    };
    for (std::size_t i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(b.x[i] == doctest::Approx(golden[i][0]).epsilon(1e-9));
        CHECK(b.y[i] == doctest::Approx(golden[i][1]).epsilon(1e-9));
    }
}
