// Tests for app/core/metrics/brokerage.cpp: Burt's constraint and camp balance, by hand.
#include "core/metrics/brokerage.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace tieline::core::metrics;

namespace {

std::vector<double> constraintOf(std::size_t n, std::vector<WeightedEdge> edges) {
    WeightedGraph g;
    buildWeightedGraph(n, edges, g);
    std::vector<double> out(n), scratch;
    burtConstraint(g, out, scratch);
    return out;
}

} // namespace

TEST_CASE("metrics constraint: a star's centre has 1/4 from four leaves, a leaf 1, an isolated node none") {
    const auto c = constraintOf(6, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}});
    CHECK(c[0] == doctest::Approx(0.25));
    for (int leaf = 1; leaf <= 4; ++leaf)
        CHECK(c[leaf] == doctest::Approx(1.0));
    CHECK(std::isnan(c[5]));
}

TEST_CASE("metrics constraint: a triangle of equal ties gives each 2 x (1/2 + 1/2 x 1/2)^2 = 9/8") {
    const auto c = constraintOf(3, {{0, 1, 1}, {1, 2, 1}, {2, 0, 1}});
    for (double v : c)
        CHECK(v == doctest::Approx(9.0 / 8.0));
}

TEST_CASE("metrics constraint: weighted ties, worked by hand") {
    // i=0 ties j=1 with 2 and q=2 with 1; j and q tie with 1. p_ij = 2/3, p_iq = 1/3, p_qj = 1/2,
    // p_jq = 1/3: c_ij = (2/3 + 1/3 x 1/2)^2 = 25/36, c_iq = (1/3 + 2/3 x 1/3)^2 = 25/81.
    const auto c = constraintOf(3, {{0, 1, 2}, {0, 2, 1}, {1, 2, 1}});
    CHECK(c[0] == doctest::Approx(25.0 / 36.0 + 25.0 / 81.0).epsilon(1e-12));
}

TEST_CASE("metrics camp balance: 1 when even, 0 when one-sided, undefined without two camps or ties") {
    const auto balance = [](std::vector<double> s) { return campBalance(s); };
    CHECK(balance({1, 1}) == 1.0);
    CHECK(balance({3, 1}) == 0.5);
    CHECK(balance({2, 0}) == 0.0);
    CHECK(balance({1, 2, 3}) == doctest::Approx(2.0 / 3.0));
    CHECK(std::isnan(balance({5})));
    CHECK(std::isnan(balance({0, 0})));
}
