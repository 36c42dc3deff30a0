// Tests for app/core/layout/timeline.cpp: the timeline built from the span index (issue 18) equals,
// to the bit, the one the scans built (model::activeDuring and model::activeAt per keyframe and
// per sampled day, kept here as the reference), on the default dataset, synthetic networks (with
// and without the per-day radii) and random datasets (several spans per actor and tie, open and
// approximate ends, day, month and year precision, strength keyframes, actors without spans); and
// the steps computed one at a time on demand (StepSource, the window's) equal the built ones.
#include "core/layout/timeline.hpp"

#include "../bench/synthetic_network.hpp"
#include "../support/random_dataset.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/layout/disc_radius.hpp"
#include "core/model/active.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <string>

using namespace tieline::core;

namespace {

// The steps as the scans computed them before the span index (timeline.cpp at c398f4b).
std::vector<layout::TimelineStep> scannedSteps(const model::Dataset& data) {
    const std::vector<calendar::Time> times = layout::keyframeTimes(data);
    std::vector<model::ActiveSet> spans(times.size());
    std::vector<std::vector<double>> spanRadii(times.size());
    std::vector<char> scratch;
    model::ActiveSet dayActive;
    std::vector<double> dayRadii;
    for (std::size_t k = 0; k < times.size(); ++k) {
        const calendar::DayNumber begin = static_cast<calendar::DayNumber>(times[k]);
        const calendar::DayNumber end =
            k + 1 < times.size() ? static_cast<calendar::DayNumber>(times[k + 1]) : data.rangeEnd();
        model::activeDuring(
            data, calendar::Window{begin, std::max(end, begin + 1), calendar::DatePrecision::Day, true},
            spans[k], scratch);
        layout::discRadii(data, spans[k], spanRadii[k]);
        if (data.ties.size() * std::size_t(end - begin) > 200000) continue;
        const calendar::DayNumber stride = std::max<calendar::DayNumber>(1, (end - begin) / 8);
        const auto sample = [&](calendar::DayNumber day) {
            model::activeAt(data, static_cast<calendar::Time>(day), dayActive, scratch);
            layout::discRadii(data, dayActive, dayRadii);
            for (std::size_t a = 0; a < dayRadii.size(); ++a)
                spanRadii[k][a] = std::max(spanRadii[k][a], dayRadii[a]);
        };
        for (calendar::DayNumber day = begin + stride; day < end - 1; day += stride)
            sample(day);
        if (end - 1 > begin) sample(end - 1);
    }
    std::vector<layout::TimelineStep> steps;
    for (std::size_t k = 0; k < times.size(); ++k) {
        const model::ActiveSet& active = spans[k];
        layout::discRadii(data, model::activeAt(data, times[k]), dayRadii);
        layout::TimelineStep step;
        step.t = times[k];
        for (const model::ActiveActor& a : active.actors) {
            const std::size_t i = a.id.index();
            step.actors.push_back(static_cast<std::uint32_t>(i));
            double r = std::max(dayRadii[i], spanRadii[k][i]);
            if (k > 0) r = std::max(r, spanRadii[k - 1][i]);
            step.radii.push_back(r);
        }
        for (const model::ActiveTie& a : active.ties) {
            step.ties.push_back(static_cast<std::uint32_t>(a.id.index()));
            step.strengths.push_back(a.strength);
        }
        steps.push_back(std::move(step));
    }
    return steps;
}

void checkSame(const model::Dataset& data) {
    const layout::Timeline built = layout::buildTimeline(data);
    const std::vector<layout::TimelineStep> expected = scannedSteps(data);
    REQUIRE(built.steps.size() == expected.size());
    for (std::size_t k = 0; k < expected.size(); ++k) {
        INFO("step ", k);
        const layout::TimelineStep &a = built.steps[k], &b = expected[k];
        CHECK(a.t == b.t);
        CHECK(a.actors == b.actors);
        CHECK(a.ties == b.ties);
        CHECK(a.strengths == b.strengths); // exact doubles
        CHECK(a.radii == b.radii);
    }
    // The window's source of steps on demand: each step, asked for in any order (scratch reused),
    // and the fingerprints it computes on several threads, exactly as from the whole timeline.
    const layout::StepSource source(std::make_shared<const model::Dataset>(data));
    REQUIRE(source.size() == expected.size());
    // Out of order first (each step computes the interval before it), then in order (each reuses
    // the interval its predecessor computed), as the chain asks.
    for (std::size_t i = 0; i < 2 * expected.size(); ++i) {
        const std::size_t k =
            i < expected.size() ? (i * 7 + expected.size() / 2) % expected.size() : i - expected.size();
        INFO("step on demand ", k);
        const layout::TimelineStep a = source.step(k);
        const layout::TimelineStep& b = expected[k];
        CHECK(a.t == b.t);
        CHECK(a.actors == b.actors);
        CHECK(a.ties == b.ties);
        CHECK(a.strengths == b.strengths);
        CHECK(a.radii == b.radii);
    }
    const layout::LayoutParams params;
    const layout::Timeline frame = layout::timelineFrame(data);
    CHECK(frame.steps.empty());
    const std::vector<std::uint64_t> all = layout::stepFingerprints(built, params);
    CHECK(source.fingerprints(frame, params, expected.size()) == all);
    const std::size_t few = std::min<std::size_t>(3, all.size()); // only the first steps
    CHECK(source.fingerprints(frame, params, few) ==
          std::vector<std::uint64_t>(all.begin(), all.begin() + few));
}

} // namespace

TEST_CASE("timeline: from the span index, the same steps as the scans on the default dataset") {
    const io::LoadResult loaded = io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    checkSame(*loaded.dataset);
}

TEST_CASE("timeline: the same steps as the scans on synthetic networks, with and without per-day radii") {
    checkSame(tieline::bench::syntheticNetwork(600, 2));  // 1,800 ties: radii sampled day by day
    checkSame(tieline::bench::syntheticNetwork(3000, 5)); // 9,000 ties: over the per-day budget
}

TEST_CASE("timeline: the same steps as the scans on random datasets") {
    for (const std::uint64_t seed : {1u, 2u, 3u, 18u})
        checkSame(tieline::test::randomDataset(seed, 60, 240, true));
}
