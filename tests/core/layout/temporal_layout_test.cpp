// Tests of app/core/layout/temporal_layout.cpp, keyframe_set.cpp, keyframe_solver.cpp and
// timeline.cpp on the default dataset: determinism, cancellation, incremental recomputation,
// smooth interpolation and the effect of stability.
#include "core/io/dataset_loader.hpp"
#include "core/layout/quality.hpp"
#include "core/layout/temporal_layout.hpp"
#include "core/model/active.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <cmath>
#include <cstring>
#include <thread>

using namespace tieline::core;
using namespace tieline::core::layout;

namespace {

const model::Dataset& defaultDataset() {
    static const model::Dataset data = [] {
        io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
        REQUIRE(r.dataset);
        return *r.dataset;
    }();
    return data;
}

// Every keyframe of two layouts, bit for bit.
bool sameKeyframes(const TemporalLayout& a, const TemporalLayout& b) {
    if (a.readyCount() != b.readyCount()) return false;
    std::vector<model::Point> pa, pb;
    std::vector<std::uint8_t> ia, ib;
    for (std::size_t k = 0; k < a.readyCount(); ++k) {
        a.keyframe(k, pa, &ia);
        b.keyframe(k, pb, &ib);
        if (ia != ib) return false;
        for (std::size_t i = 0; i < pa.size(); ++i)
            if (pa[i].x != pb[i].x || pa[i].y != pb[i].y) return false;
    }
    return true;
}

std::size_t firstStepWith(const model::Dataset& data, const std::string& key) {
    const auto id = data.findActor(key);
    REQUIRE(id);
    const auto times = keyframeTimes(data);
    for (std::size_t k = 0; k < times.size(); ++k)
        if (model::actorSpanAt(data, data.actor(*id), times[k])) return k;
    return times.size();
}

} // namespace

TEST_CASE("layout: the default dataset has 180 monthly keyframes, all finite, computed the same twice") {
    const model::Dataset& data = defaultDataset();
    TemporalLayout a, b;
    a.setDataset(data);
    b.setDataset(data);
    CHECK(a.keyframeCount() == 180);
    CHECK(a.progress() == 0.0);
    a.computeNow();
    b.computeNow();
    CHECK(a.done());
    CHECK(a.progress() == 1.0);
    CHECK(sameKeyframes(a, b));
    std::vector<model::Point> p;
    std::vector<std::uint8_t> present;
    for (std::size_t k = 0; k < a.keyframeCount(); ++k) {
        a.keyframe(k, p, &present);
        const model::ActiveSet active = activeAt(data, a.keyframeTimes()[k]);
        std::size_t count = 0;
        for (std::size_t i = 0; i < p.size(); ++i) {
            CHECK(std::isfinite(p[i].x));
            CHECK(std::isfinite(p[i].y));
            count += present[i];
        }
        CHECK(count == active.actors.size());
    }
}

TEST_CASE("layout: a cancelled and resumed background run equals a full recompute") {
    LayoutParams params;
    params.ticksPerStep = 200; // slow enough to be cancelled part-way
    TemporalLayout full, resumed;
    full.setParams(params);
    resumed.setParams(params);
    full.setDataset(defaultDataset());
    resumed.setDataset(defaultDataset());
    full.computeNow();

    resumed.start();
    while (resumed.readyCount() < 10)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    resumed.cancel();
    const std::size_t stopped = resumed.readyCount();
    CHECK(stopped < resumed.keyframeCount());
    CHECK(resumed.progress() < 1.0);
    CHECK_FALSE(resumed.running());
    resumed.start();
    resumed.wait();
    CHECK(resumed.done());
    CHECK(sameKeyframes(full, resumed));
}

// Where a recomputation from keyframe k resumes: after the last keyframe held in double at or before
// k - 1 (KeyframeSet stores positions as float and keeps every kCheckpoint-th keyframe in double).
std::size_t resumesAt(std::size_t k) {
    return k == 0 ? 0 : (k - 1) / KeyframeSet::kCheckpoint * KeyframeSet::kCheckpoint + 1;
}

TEST_CASE("layout: after a pin or a parameter change only the affected keyframes are recomputed, and they "
          "equal a full recompute") {
    const model::Dataset& data = defaultDataset();
    const model::ActorId actor = *data.findActor("red-guards"); // enters in 1966
    REQUIRE(actor.valid());
    const std::size_t first = firstStepWith(data, data.actor(actor).key);
    TemporalLayout incremental;
    incremental.setDataset(data);
    incremental.computeNow();

    SUBCASE("a user pin") {
        incremental.setPin(actor, model::Point{100.0, -50.0});
        CHECK(incremental.readyCount() == resumesAt(first));
        CHECK(incremental.readyCount() > first - KeyframeSet::kCheckpoint);
        incremental.computeNow();
        TemporalLayout full;
        full.setPin(actor, model::Point{100.0, -50.0});
        full.setDataset(data);
        full.computeNow();
        CHECK(sameKeyframes(incremental, full));
        std::vector<model::Point> p;
        incremental.keyframe(first, p);
        CHECK(p[actor.index()].x == 100.0);
        CHECK(p[actor.index()].y == -50.0);
    }
    SUBCASE("the stability parameter (the first keyframe is a cold start and stays)") {
        LayoutParams params;
        params.stability = 0.9;
        incremental.setParams(params);
        CHECK(incremental.readyCount() == 1);
        incremental.computeNow();
        TemporalLayout full;
        full.setParams(params);
        full.setDataset(data);
        full.computeNow();
        CHECK(sameKeyframes(incremental, full));
    }
    SUBCASE("recomputeFrom by hand") {
        TemporalLayout full;
        full.setDataset(data);
        full.computeNow();
        incremental.recomputeFrom(77);
        CHECK(incremental.readyCount() == resumesAt(77));
        CHECK(incremental.readyCount() == 73); // back to the checkpoint at keyframe 72
        incremental.start();
        incremental.wait();
        CHECK(sameKeyframes(incremental, full));
    }
    SUBCASE("the same dataset again keeps everything") {
        incremental.setDataset(data);
        CHECK(incremental.readyCount() == incremental.keyframeCount());
    }
}

TEST_CASE("layout: interpolation has no jump in position or velocity at keyframe boundaries") {
    TemporalLayout layout;
    layout.setDataset(defaultDataset());
    layout.computeNow();
    const std::vector<calendar::Time> times = layout.keyframeTimes();
    std::vector<model::Point> at, left, right, left2, right2, exact;
    std::vector<std::uint8_t> present, presentLeft, presentRight;
    const double eps = 1e-4; // days
    for (std::size_t k = 1; k + 1 < times.size(); ++k) {
        layout.keyframe(k, exact, &present);
        layout.positionsAt(times[k], at);
        layout.positionsAt(times[k] - eps, left, &presentLeft);
        layout.positionsAt(times[k] + eps, right, &presentRight);
        layout.positionsAt(times[k] - 2 * eps, left2);
        layout.positionsAt(times[k] + 2 * eps, right2);
        for (std::size_t i = 0; i < at.size(); ++i) {
            if (!present[i]) continue;
            CHECK(at[i].x == doctest::Approx(exact[i].x).epsilon(1e-12));
            if (!presentLeft[i] || !presentRight[i]) continue;
            // No jump: the two sides differ by what the speed covers in 2·eps (an actor the
            // crossing-aware refinement moved far in a month goes several units a day), no more.
            const double vl = (left[i].x - left2[i].x) / eps, vr = (right2[i].x - right[i].x) / eps;
            const double vly = (left[i].y - left2[i].y) / eps;
            CHECK(std::abs(left[i].x - right[i].x) < 1e-3 * (1.0 + std::abs(vl)));
            CHECK(std::abs(left[i].y - right[i].y) < 1e-3 * (1.0 + std::abs(vly)));
            // One-sided velocities (layout units per day) agree on both sides of the keyframe.
            CHECK(std::abs(vl - vr) < 1e-2 * (1.0 + std::abs(vl)));
        }
    }
    // Between keyframes the curve passes smoothly: halfway lies between the ends' neighbourhood.
    std::vector<model::Point> mid;
    CHECK(layout.positionsAt(0.5 * (times[10] + times[11]), mid));
    mid.reserve(mid.size());
    const model::Point* before = mid.data();
    CHECK(layout.positionsAt(0.5 * (times[10] + times[11]), mid)); // sized: no reallocation
    CHECK(before == mid.data());
}

TEST_CASE("layout: higher stability gives less movement between keyframes on the default dataset") {
    double previous = HUGE_VAL;
    for (double stability : {0.0, 0.5, 0.95}) {
        LayoutParams params;
        params.stability = stability;
        TemporalLayout layout;
        layout.setParams(params);
        layout.setDataset(defaultDataset());
        layout.computeNow();
        const MovementStats m = keyframeMovement(layout);
        MESSAGE("stability " << stability << ": mean movement " << m.mean << ", max " << m.max);
        CHECK(m.mean < previous);
        previous = m.mean;
    }
}

TEST_CASE("layout: positions are available while keyframes are still being computed") {
    LayoutParams params;
    params.ticksPerStep = 100;
    TemporalLayout layout;
    layout.setParams(params);
    layout.setDataset(defaultDataset());
    std::vector<model::Point> p;
    CHECK_FALSE(layout.positionsAt(layout.keyframeTimes()[100], p)); // nothing yet
    layout.start();
    while (layout.readyCount() < 3)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    const bool covered = layout.positionsAt(layout.keyframeTimes()[170], p);
    CHECK((covered == layout.done() || !covered));
    for (const model::Point& q : p)
        CHECK(std::isfinite(q.x));
    layout.wait();
    CHECK(layout.positionsAt(layout.keyframeTimes()[170], p));
}

TEST_CASE("layout: keyframes are stored as the float nearest the solver's double chain, which warm-starts "
          "in double") {
    const model::Dataset& data = defaultDataset();
    TemporalLayout layout;
    layout.setDataset(data);
    layout.computeUntil(layout.keyframeTimes()[8]);
    const Timeline timeline = buildTimeline(data, {});
    Keyframe previous, current;
    for (std::size_t k = 0; k < 8; ++k) {
        REQUIRE(solveKeyframe(timeline, k, k > 0 ? &previous : nullptr, layout.params(), current));
        std::vector<model::Point> stored;
        std::vector<std::uint8_t> present;
        REQUIRE(layout.keyframe(k, stored, &present));
        std::size_t rounded = 0;
        for (std::size_t a = 0; a < data.actors.size(); ++a) {
            CHECK(stored[a].x == double(float(current.x[a])));
            CHECK(stored[a].y == double(float(current.y[a])));
            CHECK(present[a] == current.present[a]);
            rounded += stored[a].x != current.x[a] ? 1 : 0;
        }
        CHECK(rounded > 0); // really float: most double positions are not floats
        std::swap(previous, current);
    }
}

TEST_CASE("layout: a provisional keyframe ahead of the chain is quick, deterministic and forgotten on an "
          "edit") {
    const model::Dataset& data = defaultDataset();
    const auto provisional = [&](std::vector<model::Point>& out, std::vector<std::uint8_t>& present,
                                 TemporalLayout::ProvisionalInfo& info) {
        TemporalLayout layout;
        layout.setDataset(data);
        const std::vector<calendar::Time> times = layout.keyframeTimes();
        layout.computeUntil(times[10]);
        CHECK_FALSE(layout.positionsAt(times[150] + 3, out)); // the chain is far behind
        // Just beyond the chain's end, none: the chain arrives about as soon.
        CHECK_FALSE(layout.provisionalAt(times[layout.readyCount()], out));
        CHECK_FALSE(layout.provisionalInfo().computing);
        layout.provisionalAt(times[150] + 3, out, &present); // asks for it
        layout.waitProvisional();
        REQUIRE(layout.provisionalAt(times[150] + 3, out, &present));
        info = layout.provisionalInfo();
        // An edit forgets it.
        LayoutParams params;
        params.stability = 0.5;
        layout.setParams(params);
        CHECK_FALSE(layout.provisionalInfo().ready);
        return layout.readyCount();
    };
    std::vector<model::Point> a, b;
    std::vector<std::uint8_t> presentA, presentB;
    TemporalLayout::ProvisionalInfo infoA, infoB;
    provisional(a, presentA, infoA);
    provisional(b, presentB, infoB);
    CHECK(infoA.ready);
    CHECK(infoA.step == 150);
    CHECK(infoA.from < 150);
    CHECK(infoA.from == infoB.from);
    REQUIRE(a.size() == b.size());
    CHECK(std::memcmp(a.data(), b.data(), a.size() * sizeof(model::Point)) == 0); // same bytes
    CHECK(presentA == presentB);
    // The actors of step 150, as the final keyframe has them, at other (provisional) positions.
    TemporalLayout full;
    full.setDataset(data);
    full.computeNow();
    std::vector<model::Point> final;
    std::vector<std::uint8_t> finalPresent;
    REQUIRE(full.keyframe(150, final, &finalPresent));
    CHECK(presentA == finalPresent);
    double moved = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(std::isfinite(a[i].x));
        if (presentA[i]) moved += std::hypot(a[i].x - final[i].x, a[i].y - final[i].y);
    }
    CHECK(moved > 0); // provisional: not the chain's keyframe
}
