// Tests of the multilevel cold start (app/core/layout/detail/multilevel.cpp and its use in
// keyframe_solver.cpp): recorded positions for a fixed seed, determinism, the small and warm
// keyframes left exactly as the single-level solver lays them out, pins, the hierarchy, no
// overlaps, cancellation, and a layout at least as good as the single-level one. When an intended
// change moves the recorded positions, regenerate them (run with TIELINE_PRINT_GOLDEN=1) in the
// same commit and say why in its message.
#include "../bench/synthetic_network.hpp"
#include "core/layout/detail/keyframe_solver.hpp"
#include "core/layout/detail/multilevel.hpp"
#include "core/layout/quality.hpp"
#include "core/layout/timeline.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace tieline;
using namespace tieline::core;
using namespace tieline::core::layout;

namespace {

constexpr std::size_t kSingleLevel = std::numeric_limits<std::size_t>::max();

// A synthetic network of 1,000 actors: 757 present in its first month.
const Timeline& smallTimeline() {
    static const Timeline tl = buildTimeline(bench::syntheticNetwork(1000, 3));
    return tl;
}

// The parameters of a multilevel cold start for a step of `from` actors or more.
LayoutParams multilevelFrom(std::size_t from) {
    LayoutParams p;
    p.multilevelFrom = from;
    return p;
}

bool sameKeyframe(const Keyframe& a, const Keyframe& b) {
    if (a.present != b.present || a.x.size() != b.x.size()) return false;
    for (std::size_t i = 0; i < a.x.size(); ++i)
        if (a.x[i] != b.x[i] || a.y[i] != b.y[i] || a.radius[i] != b.radius[i]) return false;
    return true;
}

// The step's actors' positions in step order, and its springs between those indices.
struct StepLayout {
    std::vector<double> x, y, radii;
    std::vector<LinkSpec> springs;
};
StepLayout stepLayout(const Timeline& tl, std::size_t k, const Keyframe& kf, const LayoutParams& p) {
    const TimelineStep& step = tl.steps[k];
    StepLayout s;
    std::vector<std::uint32_t> local(tl.actorCount, 0);
    for (std::size_t i = 0; i < step.actors.size(); ++i) {
        local[step.actors[i]] = static_cast<std::uint32_t>(i);
        s.x.push_back(kf.x[step.actors[i]]);
        s.y.push_back(kf.y[step.actors[i]]);
        s.radii.push_back(kf.radius[step.actors[i]]);
    }
    s.springs = stepSprings(tl, k, p);
    for (LinkSpec& l : s.springs)
        l.source = local[l.source], l.target = local[l.target];
    return s;
}

} // namespace

TEST_CASE("multilevel: a cold start above the threshold lands on its recorded positions (seed 1)") {
    const Timeline& tl = smallTimeline();
    REQUIRE(tl.steps[0].actors.size() == 757);
    Keyframe kf;
    std::uint64_t ticks = 0;
    REQUIRE(solveKeyframe(tl, 0, nullptr, multilevelFrom(500), kf, nullptr, &ticks));
    // Coarser levels (300 ticks at the coarsest, 40 at each other) and 30 of the keyframe's own.
    CHECK(ticks != static_cast<std::uint64_t>(LayoutParams{}.initialTicks));
    CHECK((ticks - 30 - 300) % 40 == 0);
    const std::uint32_t probe[] = {tl.steps[0].actors[0],   tl.steps[0].actors[1],   tl.steps[0].actors[2],
                                   tl.steps[0].actors[100], tl.steps[0].actors[400], tl.steps[0].actors[756]};
    if (std::getenv("TIELINE_PRINT_GOLDEN"))
        for (std::uint32_t a : probe)
            std::printf("        {%.17g, %.17g},\n", kf.x[a], kf.y[a]);
    const double golden[6][2] = {
        {222.21845807090563, -144.34534379399918},  {475.72532119232295, -459.62859547684354},
        {-419.46367894108897, -116.65706587281336}, {234.3131410792007, 84.359518121952505},
        {1068.098379566012, 869.6338581116438},     {-330.77217251670157, 641.83260625178173},
    };
    for (std::size_t i = 0; i < 6; ++i) {
        CAPTURE(probe[i]);
        CHECK(kf.x[probe[i]] == doctest::Approx(golden[i][0]).epsilon(1e-9));
        CHECK(kf.y[probe[i]] == doctest::Approx(golden[i][1]).epsilon(1e-9));
    }
}

TEST_CASE(
    "multilevel: the same seed gives the same keyframe bit for bit (threads = 2 too), another seed another") {
    const Timeline& tl = smallTimeline();
    LayoutParams one = multilevelFrom(500), two = one, other = one;
    two.threads = 2;
    other.seed = 2;
    Keyframe a, b, c, d;
    REQUIRE(solveKeyframe(tl, 0, nullptr, one, a));
    REQUIRE(solveKeyframe(tl, 0, nullptr, one, b));
    REQUIRE(solveKeyframe(tl, 0, nullptr, two, c));
    REQUIRE(solveKeyframe(tl, 0, nullptr, other, d));
    CHECK(sameKeyframe(a, b));
    CHECK(sameKeyframe(a, c));
    CHECK_FALSE(sameKeyframe(a, d));
}

TEST_CASE("multilevel: below the threshold, and when warm, a keyframe is the single-level solver's") {
    const Timeline& tl = smallTimeline();
    Keyframe single, below, warmSingle, warmMulti;
    REQUIRE(solveKeyframe(tl, 0, nullptr, multilevelFrom(kSingleLevel), single));
    REQUIRE(solveKeyframe(tl, 0, nullptr, multilevelFrom(758), below)); // one more than present
    CHECK(sameKeyframe(single, below));
    // A warm start never coarsens, whatever the size.
    REQUIRE(solveKeyframe(tl, 1, &single, multilevelFrom(kSingleLevel), warmSingle));
    REQUIRE(solveKeyframe(tl, 1, &single, multilevelFrom(2), warmMulti));
    CHECK(sameKeyframe(warmSingle, warmMulti));
    // At the threshold the cold start does coarsen.
    Keyframe at;
    REQUIRE(solveKeyframe(tl, 0, nullptr, multilevelFrom(757), at));
    CHECK_FALSE(sameKeyframe(single, at));
}

TEST_CASE("multilevel: no two discs overlap, and the layout is no worse than the single-level one") {
    const Timeline& tl = smallTimeline();
    for (std::size_t from : {std::size_t(500), kSingleLevel}) {
        CAPTURE(from);
        Keyframe kf;
        REQUIRE(solveKeyframe(tl, 0, nullptr, multilevelFrom(from), kf));
        const StepLayout s = stepLayout(tl, 0, kf, LayoutParams{});
        // The keyframe's radii are the drawn ones plus a quarter of the gap, kept clear exactly.
        CHECK(nodeOverlaps(s.x.data(), s.y.data(), s.radii.data(), s.x.size()) == 0);
    }
    Keyframe multi, single;
    REQUIRE(solveKeyframe(tl, 0, nullptr, multilevelFrom(500), multi));
    REQUIRE(solveKeyframe(tl, 0, nullptr, multilevelFrom(kSingleLevel), single));
    const StepLayout m = stepLayout(tl, 0, multi, LayoutParams{});
    const StepLayout s = stepLayout(tl, 0, single, LayoutParams{});
    const double stressMulti = normalizedStress(m.x.data(), m.y.data(), m.x.size(), m.springs);
    const double stressSingle = normalizedStress(s.x.data(), s.y.data(), s.x.size(), s.springs);
    const double crossMulti = edgeCrossings(m.x.data(), m.y.data(), m.springs).count;
    const double crossSingle = edgeCrossings(s.x.data(), s.y.data(), s.springs).count;
    MESSAGE("stress ", stressMulti, " vs ", stressSingle, "; crossings ", crossMulti, " vs ", crossSingle);
    CHECK(stressMulti <= stressSingle * 1.02);
    CHECK(crossMulti < crossSingle);
}

TEST_CASE("multilevel: pinned actors stay at their pins, and the hierarchy keeps patrons above clients") {
    Timeline tl = smallTimeline();
    const std::uint32_t hub = tl.steps[0].actors[0], other = tl.steps[0].actors[3];
    tl.pins[hub] = model::Point{400.0, -250.0};
    tl.pins[other] = model::Point{-120.0, 75.0};
    LayoutParams p = multilevelFrom(500);
    Keyframe kf;
    REQUIRE(solveKeyframe(tl, 0, nullptr, p, kf));
    CHECK(kf.x[hub] == 400.0);
    CHECK(kf.y[hub] == -250.0);
    CHECK(kf.x[other] == -120.0);
    CHECK(kf.y[other] == 75.0);

    // The synthetic network's types declare no patron role: patronage ties make patrons here.
    Timeline plain = smallTimeline();
    for (TimelineTie& tie : plain.ties)
        if (!tie.hostile) tie.role.patron = model::PatronRole::From;
    p.arrange = Arrange::Hierarchy;
    REQUIRE(solveKeyframe(plain, 0, nullptr, p, kf));
    Keyframe single;
    p.multilevelFrom = kSingleLevel;
    REQUIRE(solveKeyframe(plain, 0, nullptr, p, single));
    // Mean height per depth (y grows downwards): rising with depth, level by level, and within a
    // level's spacing of where the single-level solver puts that depth.
    const std::vector<int> depth = stepDepths(plain, 0);
    constexpr int kDepths = 6;
    double multi[kDepths] = {}, flat[kDepths] = {};
    int count[kDepths] = {};
    for (std::uint32_t a : plain.steps[0].actors)
        if (depth[a] >= 0 && depth[a] < kDepths)
            multi[depth[a]] += kf.y[a], flat[depth[a]] += single.y[a], ++count[depth[a]];
    for (int d = 0; d < kDepths; ++d) {
        CAPTURE(d);
        REQUIRE(count[d] >= 10);
        multi[d] /= count[d], flat[d] /= count[d];
        if (d > 0) CHECK(multi[d] > multi[d - 1]);
        CHECK(std::abs(multi[d] - flat[d]) < p.levelSpacing * p.linkDistance);
    }
}

TEST_CASE("multilevel: the coarsening halves a heavy-tailed graph, and actors without ties ring the rest") {
    const Timeline& tl = smallTimeline();
    const TimelineStep& step = tl.steps[0];
    std::vector<LinkSpec> springs = stepSprings(tl, 0, LayoutParams{});
    std::vector<std::uint32_t> local(tl.actorCount, 0);
    for (std::size_t i = 0; i < step.actors.size(); ++i)
        local[step.actors[i]] = static_cast<std::uint32_t>(i);
    std::vector<std::uint32_t> ties(step.actors.size(), 0);
    for (LinkSpec& l : springs) {
        l.source = local[l.source], l.target = local[l.target];
        if (!l.pushOnly) ++ties[l.source], ++ties[l.target];
    }
    Bodies b;
    b.resize(step.actors.size());
    detail::MultilevelGraph g;
    g.links = &springs;
    g.radii = &step.radii;
    detail::MultilevelStats stats;
    REQUIRE(detail::multilevelPlacement(b, g, LayoutParams{}, 7, nullptr, &stats) ==
            detail::MultilevelResult::Placed);
    REQUIRE(stats.sizes.size() >= 3);
    CHECK(stats.sizes[0] == step.actors.size());
    for (std::size_t l = 1; l < stats.sizes.size(); ++l)
        CHECK(stats.sizes[l] * 100 <= stats.sizes[l - 1] * 85);
    CHECK(stats.sizes.back() <= 200);
    // Every actor without a cooperative tie starts outside the others' 99th-percentile radius.
    double cx = 0, cy = 0;
    std::size_t tied = 0;
    for (std::size_t i = 0; i < b.size(); ++i)
        if (ties[i]) cx += b.x[i], cy += b.y[i], ++tied;
    cx /= double(tied), cy /= double(tied);
    std::vector<double> r;
    for (std::size_t i = 0; i < b.size(); ++i)
        if (ties[i]) r.push_back(std::hypot(b.x[i] - cx, b.y[i] - cy));
    std::sort(r.begin(), r.end());
    const double inner = r[r.size() * 99 / 100];
    std::size_t loose = 0;
    for (std::size_t i = 0; i < b.size(); ++i)
        if (!ties[i]) {
            ++loose;
            CHECK(std::hypot(b.x[i] - cx, b.y[i] - cy) >= inner * (1 - 1e-9));
        }
    CHECK(loose > 100);
    // A graph with nothing to merge is left alone.
    Bodies flat;
    flat.resize(2);
    flat.pin(0, 1.0, 2.0);
    flat.pin(1, 3.0, 4.0);
    std::vector<LinkSpec> one{{0, 1, 30.0, 1.0, false}};
    g = {};
    g.links = &one;
    CHECK(detail::multilevelPlacement(flat, g, LayoutParams{}, 7) == detail::MultilevelResult::Flat);
}

TEST_CASE("multilevel: a cancelled cold start returns false") {
    const Timeline& tl = smallTimeline();
    std::atomic<bool> cancel{true};
    Keyframe kf;
    CHECK_FALSE(solveKeyframe(tl, 0, nullptr, multilevelFrom(500), kf, &cancel));
}

TEST_CASE("multilevel: a network with no ties at all starts as a disc of its actors, all apart") {
    constexpr std::size_t n = 2500;
    Bodies b;
    b.resize(n);
    std::vector<LinkSpec> none;
    std::vector<double> radii(n, 5.0);
    detail::MultilevelGraph g;
    g.links = &none;
    g.radii = &radii;
    REQUIRE(detail::multilevelPlacement(b, g, LayoutParams{}, 3) == detail::MultilevelResult::Placed);
    double far = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        REQUIRE(std::isfinite(b.x[i]));
        REQUIRE(std::isfinite(b.y[i]));
        far = std::max(far, std::hypot(b.x[i], b.y[i]));
    }
    // 1.8 link lengths apart on average: a disc of about √n × 1.8 × 30 / √π units.
    CHECK(far == doctest::Approx(std::sqrt(double(n) / 3.14159265358979) * 54.0).epsilon(0.01));
    CHECK(nodeOverlaps(b.x.data(), b.y.data(), radii.data(), n) == 0);
}
