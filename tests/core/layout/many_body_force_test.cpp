// Tests of app/core/layout/many_body_force.cpp and quadtree.cpp: the Barnes–Hut approximation
// against exact all pairs, and thread-count independence.
#include "core/layout/many_body_force.hpp"
#include "core/layout/quadtree.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace tieline::core::layout;

namespace {

Bodies randomBodies(std::size_t n, std::uint64_t seed, double size) {
    Bodies b;
    b.resize(n);
    Rng rng(seed);
    for (std::size_t i = 0; i < n; ++i) {
        b.x[i] = (rng.uniform() - 0.5) * size;
        b.y[i] = (rng.uniform() - 0.5) * size;
    }
    return b;
}

// sqrt(Σ|a - b|²) / sqrt(Σ|b|²)
double relativeError(const std::vector<double>& ax, const std::vector<double>& ay,
                     const std::vector<double>& bx, const std::vector<double>& by) {
    double num = 0.0, den = 0.0;
    for (std::size_t i = 0; i < ax.size(); ++i) {
        num += (ax[i] - bx[i]) * (ax[i] - bx[i]) + (ay[i] - by[i]) * (ay[i] - by[i]);
        den += bx[i] * bx[i] + by[i] * by[i];
    }
    return std::sqrt(num / den);
}

} // namespace

TEST_CASE(
    "layout: Barnes-Hut repulsion is within 2% of exact all pairs on 1,000 random points at theta 0.5") {
    const Bodies b = randomBodies(1000, 42, 1000.0);
    ManyBodyParams p;
    p.theta = 0.5;
    ManyBodyForce force(p);
    std::vector<double> ex, ey, tx, ty;
    force.accelerations(b, true, ex, ey);
    force.accelerations(b, false, tx, ty);
    const double err = relativeError(tx, ty, ex, ey);
    MESSAGE("relative RMS error at theta 0.5: " << err);
    CHECK(err < 0.02);
    // And per node: the worst node within 2% of the typical force magnitude.
    double typical = 0.0, worst = 0.0;
    for (std::size_t i = 0; i < ex.size(); ++i) {
        typical += std::hypot(ex[i], ey[i]) / double(ex.size());
        worst = std::max(worst, std::hypot(tx[i] - ex[i], ty[i] - ey[i]));
    }
    CHECK(worst < 0.02 * typical);
}

TEST_CASE("layout: the quadtree groups cover every point once and its root holds the total charge") {
    const Bodies b = randomBodies(5000, 3, 200.0);
    std::vector<double> q(b.size(), -30.0);
    MortonQuadtree tree;
    tree.build(b.x.data(), b.y.data(), q.data(), b.size());
    std::size_t covered = 0;
    std::uint32_t expect = 0;
    for (const auto& leaf : tree.groups()) {
        CHECK(leaf.begin == expect);
        expect = leaf.end;
        covered += leaf.end - leaf.begin;
    }
    CHECK(covered == b.size());
    CHECK(tree.nodes()[0].q == doctest::Approx(-30.0 * 5000));
    std::vector<char> seen(b.size(), 0);
    for (std::size_t s = 0; s < b.size(); ++s)
        seen[tree.order()[s]]++;
    for (char c : seen)
        CHECK(c == 1);
}

TEST_CASE("layout: the many-body force gives bit-identical results on one and two threads") {
    Bodies b = randomBodies(40000, 9, 3000.0);
    ManyBodyParams p;
    ManyBodyForce one(p);
    p.threads = 2;
    p.parallelFrom = 1000;
    ManyBodyForce two(p);
    std::vector<double> ax1, ay1, ax2, ay2;
    one.accelerations(b, false, ax1, ay1);
    two.accelerations(b, false, ax2, ay2);
    CHECK(ax1 == ax2);
    CHECK(ay1 == ay2);
}
