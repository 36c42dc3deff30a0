// Multilevel cold start: coarsening by leaf collapse and heavy-edge matching, layout of the coarsest
// level, prolongation level by level. See multilevel.hpp for the references.
//
// Coarsening (one level to the next, all in node-index order, so deterministic):
//  1. leaves: a node with exactly one cooperative neighbour joins that neighbour's cluster (a hub
//     takes all its leaves at once). Matching alone stalls on heavy-tailed degrees: a hub can be
//     matched with only one of its hundreds of leaves per level (Hu 2005; FM3's solar systems
//     answer the same problem);
//  2. matching: each remaining node not yet taken is paired with the free neighbour of the
//     heaviest tie per unit of size (Walshaw's heavy-edge matching, sizes normalising it so that
//     clusters grow evenly); hubs that took leaves wait for the next level;
//  3. nodes without cooperative ties at this level (isolates, or whole components already
//     collapsed) are paired in index order, so they coarsen too.
// A cluster's charge is the sum of its members' (the far field is unchanged, so the coarse layouts
// come out at the size of the final one), its collision disc has the members' total area, its
// springs join the clusters of its members' ties (weights summed up to 1) at a rest length of the
// mean member tie's times (√a + √b)/2 for clusters of a and b actors (about where the centres of two
// clusters of that many actors rest), and in the hierarchy its level is its members' mean.
// Pinned actors are never merged: they stay single and pinned at every level.
//
// Prolongation: a cluster's first member (its hub, or the lower-indexed of a pair) starts at the
// cluster's position; a pair splits along a direction drawn from the seed, at their rest length
// apart around the cluster's centre of size; leaves start on the golden-angle spiral around their
// hub at their tie's rest length. Each level then cools briefly from a low alpha.
#include "core/layout/detail/multilevel.hpp"
#include "core/layout/detail/coarsen.hpp"
#include "core/layout/detail/standard_forces.hpp"
#include "core/layout/graph_layout.hpp"
#include "core/layout/hierarchy.hpp"
#include "core/layout/rng.hpp"
#include "core/layout/simulation.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

namespace tieline::core::layout::detail {

namespace {

constexpr std::size_t kCoarsest = 200; // a level this small is laid out from scratch
constexpr double kStall = 0.85;        // coarsening stops when a level keeps more nodes than this share
constexpr int kMaxLevels = 40;
constexpr int kCoarsestTicks = 300; // from alpha 1, as a small graph's cold start
constexpr double kLevelAlpha = 1.0; // each finer coarse level: reheated to this alpha (the full
constexpr int kLevelTicks = 40;     //   heat: a lower one left the stress higher) and cooled in 40 ticks
constexpr double kGoldenAngle = std::numbers::pi * (3.0 - 2.2360679774997896964);

// Runs one level's simulation from (x, y): the keyframe's forces with the clusters' charges,
// discs, springs and levels.
bool relax(const Level& level, std::vector<double>& x, std::vector<double>& y, double alpha, int ticks,
           const LayoutParams& p, std::uint64_t seed, const std::atomic<bool>* cancel) {
    Simulation sim(coolingFor(p, alpha, ticks, false), seed);
    Bodies& b = sim.bodies();
    b.resize(level.n);
    for (std::size_t i = 0; i < level.n; ++i) {
        b.x[i] = x[i], b.y[i] = y[i];
        if (level.pinned[i]) b.pin(i, level.pinX[i], level.pinY[i]);
    }
    std::vector<double> radii(level.n);
    for (std::size_t i = 0; i < level.n; ++i)
        radii[i] = std::sqrt(level.area[i]);
    addStandardForces(sim, p, level.links, &radii, level.charge);
    if (p.arrange == Arrange::Hierarchy) {
        std::vector<double> ty(level.n, 0.0), strength(level.n, 0.0);
        for (std::size_t i = 0; i < level.n; ++i)
            if (level.levelWeight[i] > 0.0) {
                ty[i] = level.levelSum[i] / level.levelWeight[i];
                strength[i] = level.levelWeight[i] / level.size[i];
            }
        sim.addForce("levels", std::make_unique<LevelForce>(std::move(ty), std::move(strength)));
    }
    for (int t = 0; t < ticks; ++t) {
        if (cancel && cancel->load(std::memory_order_relaxed)) return false;
        sim.tick();
    }
    x = b.x;
    y = b.y;
    return true;
}

// Positions of the finer level's nodes from their clusters'.
void prolong(const Level& coarse, const std::vector<double>& cx, const std::vector<double>& cy,
             const Level& fine, std::uint64_t seed, std::vector<double>& x, std::vector<double>& y) {
    x.assign(fine.n, 0.0);
    y.assign(fine.n, 0.0);
    for (std::size_t q = 0; q < coarse.n; ++q) {
        const std::uint32_t first = coarse.firstChild[q], last = coarse.firstChild[q + 1];
        const std::uint32_t rep = coarse.children[first];
        const double turn = Rng(mix64(seed ^ (q + 1))).uniform() * 2.0 * std::numbers::pi;
        if (last - first == 2 && coarse.offset[first + 1] > 0.0) {
            // A pair: apart by their rest length, about their centre of size.
            const std::uint32_t other = coarse.children[first + 1];
            const double d = coarse.offset[first + 1], sr = fine.size[rep], so = fine.size[other];
            const double ux = std::cos(turn), uy = std::sin(turn);
            x[rep] = cx[q] - ux * d * so / (sr + so), y[rep] = cy[q] - uy * d * so / (sr + so);
            x[other] = cx[q] + ux * d * sr / (sr + so), y[other] = cy[q] + uy * d * sr / (sr + so);
            continue;
        }
        x[rep] = cx[q], y[rep] = cy[q];
        for (std::uint32_t s = first + 1; s < last; ++s) {
            const double a = turn + (s - first) * kGoldenAngle;
            x[coarse.children[s]] = cx[q] + coarse.offset[s] * std::cos(a);
            y[coarse.children[s]] = cy[q] + coarse.offset[s] * std::sin(a);
        }
    }
}

// The actors without cooperative ties (left out of the coarser levels) start on an annulus around
// the others, where the force layout puts them anyway: nothing holds them in, so the others'
// charge pushes them out until gravity balances it, just outside the rest (0.92 to 0.97 of the
// layout's radius in a full cold start of the 20,000-actor synthetic network). Spread evenly over
// the annulus's area by the golden angle, about 1.8 link lengths apart (what their charges keep).
void ringLoose(const std::vector<std::uint8_t>& loose, const std::vector<std::uint8_t>& pinned,
               const LayoutParams& p, double turn, std::vector<double>& x, std::vector<double>& y) {
    const std::size_t n = x.size();
    double cx = 0.0, cy = 0.0;
    std::size_t placed = 0, count = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (!loose[i])
            cx += x[i], cy += y[i], ++placed;
        else if (!pinned[i])
            ++count;
    if (count == 0) return;
    if (placed > 0) cx /= double(placed), cy /= double(placed);
    std::vector<double> r;
    r.reserve(placed);
    for (std::size_t i = 0; i < n; ++i)
        if (!loose[i]) r.push_back(std::hypot(x[i] - cx, y[i] - cy));
    // The inner edge: the radius holding 99% of the others (a few stragglers do not count).
    double inner = 0.0;
    if (!r.empty()) {
        const std::size_t at = std::min(r.size() - 1, r.size() * 99 / 100);
        std::nth_element(r.begin(), r.begin() + static_cast<std::ptrdiff_t>(at), r.end());
        inner = r[at];
    }
    const double spacing = 1.8 * p.linkDistance;
    const double outer2 = inner * inner + double(count) * spacing * spacing / std::numbers::pi;
    for (std::size_t i = 0, j = 0; i < n; ++i) {
        if (!loose[i] || pinned[i]) continue;
        const double radius =
            std::sqrt(inner * inner + (outer2 - inner * inner) * (double(j) + 0.5) / double(count));
        const double a = turn + double(j) * kGoldenAngle;
        x[i] = cx + radius * std::cos(a);
        y[i] = cy + radius * std::sin(a);
        ++j;
    }
}

} // namespace

MultilevelResult multilevelPlacement(Bodies& bodies, const MultilevelGraph& g, const LayoutParams& p,
                                     std::uint64_t seed, const std::atomic<bool>* cancel,
                                     MultilevelStats* stats) {
    const std::size_t n = bodies.size();
    std::vector<Level> levels(1);
    Level& fine = levels[0];
    fine.n = n;
    fine.links = g.links ? *g.links : std::vector<LinkSpec>{};
    fine.meanLength.resize(fine.links.size());
    for (std::size_t k = 0; k < fine.links.size(); ++k)
        fine.meanLength[k] = fine.links[k].distance;
    fine.size.assign(n, 1.0);
    fine.charge.assign(n, p.charge);
    if (g.charges && g.charges->size() == n) fine.charge = *g.charges;
    fine.area.assign(n, p.nodeRadius * p.nodeRadius);
    if (g.radii && g.radii->size() == n)
        for (std::size_t i = 0; i < n; ++i)
            fine.area[i] = (*g.radii)[i] * (*g.radii)[i];
    fine.levelSum.assign(n, 0.0);
    fine.levelWeight.assign(n, 0.0);
    if (g.levelY && g.levelY->size() == n)
        for (std::size_t i = 0; i < n; ++i)
            if (!std::isnan((*g.levelY)[i]))
                fine.levelSum[i] = (*g.levelY)[i] * p.levelStrength, fine.levelWeight[i] = p.levelStrength;
    fine.pinned = bodies.pinned;
    fine.pinX = bodies.fx;
    fine.pinY = bodies.fy;

    while (levels.size() < kMaxLevels && levels.back().n > kCoarsest) {
        Level next = coarsen(levels.back(), p, levels.size() == 1);
        if (double(next.n) > kStall * double(levels.back().n)) break;
        levels.push_back(std::move(next));
    }
    if (stats) {
        stats->sizes.clear();
        for (const Level& l : levels)
            stats->sizes.push_back(l.n);
    }

    if (levels.size() < 2) return MultilevelResult::Flat;

    // The coarsest level from the spiral, then down to the finest.
    const Level& top = levels.back();
    std::vector<double> x(top.n), y(top.n);
    const double turn = spiralTurn(p.seed);
    for (std::size_t i = 0; i < top.n; ++i)
        phyllotaxis(i, 10.0, turn, x[i], y[i]);
    std::size_t l = levels.size() - 1;
    const auto levelSeed = [&](std::size_t level) { return mix64(seed ^ (0x6d756c74ULL + level)); };
    if (!relax(top, x, y, 1.0, kCoarsestTicks, p, levelSeed(l), cancel)) return MultilevelResult::Cancelled;
    if (stats) stats->ticks += kCoarsestTicks;
    for (; l > 0; --l) {
        std::vector<double> fx, fy;
        prolong(levels[l], x, y, levels[l - 1], levelSeed(l), fx, fy);
        x.swap(fx);
        y.swap(fy);
        if (l - 1 == 0) { // the finest level is the keyframe's own simulation
            const Adjacency adj = cooperativeAdjacency(levels[0]);
            std::vector<std::uint8_t> loose(n, 0);
            for (std::size_t i = 0; i < n; ++i)
                loose[i] = adj.degree(i) == 0;
            ringLoose(loose, levels[0].pinned, p, turn, x, y);
            break;
        }
        if (!relax(levels[l - 1], x, y, kLevelAlpha, kLevelTicks, p, levelSeed(l - 1), cancel))
            return MultilevelResult::Cancelled;
        if (stats) stats->ticks += kLevelTicks;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (!bodies.pinned[i]) bodies.x[i] = x[i], bodies.y[i] = y[i];
    return MultilevelResult::Placed;
}

} // namespace tieline::core::layout::detail
