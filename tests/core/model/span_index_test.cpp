// Tests for app/core/model/span_index.cpp: the indexed active set equals the scan (model::activeAt
// and model::activeDuring) exactly, on random datasets (several spans per actor and tie, open and
// approximate ends, dates at day, month and year precision, strength keyframes, actors without
// spans) and on the default dataset, at sampled days, months, years and ranges.
#include "core/model/span_index.hpp"

#include "../bench/synthetic_network.hpp"
#include "../support/random_dataset.hpp"
#include "core/io/dataset_loader.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace tieline::core;

namespace {

using tieline::test::randomDataset;

bool same(const model::ActiveSet& a, const model::ActiveSet& b) {
    if (a.t != b.t || a.actors.size() != b.actors.size() || a.ties.size() != b.ties.size()) return false;
    for (std::size_t i = 0; i < a.actors.size(); ++i) {
        const model::ActiveActor &x = a.actors[i], &y = b.actors[i];
        if (x.id != y.id || x.begin != y.begin || x.end != y.end || x.approximate != y.approximate ||
            x.fade != y.fade)
            return false;
    }
    for (std::size_t i = 0; i < a.ties.size(); ++i) {
        const model::ActiveTie &x = a.ties[i], &y = b.ties[i];
        if (x.id != y.id || x.begin != y.begin || x.end != y.end || x.strength != y.strength ||
            x.approximate != y.approximate || x.fade != y.fade || x.partial != y.partial)
            return false;
    }
    return true;
}

// The windows to compare at: days (including span ends), months, years and ranges.
std::vector<calendar::Window> sampleWindows(const model::Dataset& d, std::uint64_t seed, int count) {
    std::mt19937_64 rng(seed);
    const calendar::DayNumber lo = d.rangeBegin() - 40, hi = d.rangeEnd() + 40;
    std::uniform_int_distribution<calendar::DayNumber> day(lo, hi);
    std::vector<calendar::Window> out;
    for (int i = 0; i < count; ++i) {
        const calendar::DayNumber t = day(rng);
        switch (i % 5) {
        case 0:
        case 1:
            out.push_back(calendar::windowAt(t, calendar::DatePrecision::Day));
            break;
        case 2:
            out.push_back(calendar::windowAt(t, calendar::DatePrecision::Month));
            break;
        case 3:
            out.push_back(calendar::windowAt(t, calendar::DatePrecision::Year));
            break;
        default:
            out.push_back(calendar::rangeWindow(t, t + calendar::DayNumber(rng() % 900)));
        }
    }
    for (const model::Actor& a : d.actors) // exactly on the ends of spans
        for (const calendar::Span& s : a.spans) {
            if (s.start) out.push_back(calendar::windowAt(s.start->firstDay(), calendar::DatePrecision::Day));
            if (s.end) out.push_back(calendar::windowAt(s.end->firstDay(), calendar::DatePrecision::Day));
        }
    return out;
}

void checkSame(const model::Dataset& d, const std::vector<calendar::Window>& windows) {
    const model::SpanIndex index(d);
    REQUIRE(index.fits(d));
    model::ActiveSet scanned, indexed;
    std::vector<char> a, b;
    for (const calendar::Window& w : windows) {
        model::activeDuring(d, w, scanned, a);
        index.activeDuring(d, w, indexed, b);
        INFO("window ", w.begin, " to ", w.end);
        REQUIRE(same(scanned, indexed));
        CHECK(a == b);
        model::activeAt(d, w.begin + 0.5, scanned, a); // between days too
        index.activeAt(d, w.begin + 0.5, indexed, b);
        REQUIRE(same(scanned, indexed));
    }
}

} // namespace

TEST_CASE("span index: the active set equals the scan's on random datasets, at days, months, years and "
          "ranges") {
    for (const std::uint64_t seed : {1u, 2u, 3u, 18u}) {
        const model::Dataset d = randomDataset(seed, 60, 240);
        checkSame(d, sampleWindows(d, seed, 600));
    }
}

TEST_CASE("span index: the active set equals the scan's on the default dataset and a synthetic network") {
    const io::LoadResult loaded = io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    checkSame(*loaded.dataset, sampleWindows(*loaded.dataset, 7, 800));
    const model::Dataset synthetic = tieline::bench::syntheticNetwork(800, 3);
    checkSame(synthetic, sampleWindows(synthetic, 9, 150));
}

// activeTieCounts against the sizes of activeAt's tie lists, at ascending days and half-days.
void checkCounts(const model::Dataset& d, std::uint64_t seed, int count) {
    const model::SpanIndex index(d);
    std::mt19937_64 rng(seed);
    std::vector<calendar::Time> times;
    for (calendar::DayNumber day = d.rangeBegin() - 40; day < d.rangeEnd() + 40 && int(times.size()) < count;
         day += calendar::DayNumber(1 + rng() % 40))
        times.push_back(rng() % 4 ? double(day) : day + 0.5);
    const std::vector<int> counts = index.activeTieCounts(d, times);
    REQUIRE(counts.size() == times.size());
    model::ActiveSet set;
    std::vector<char> present;
    int nonzero = 0;
    for (std::size_t j = 0; j < times.size(); ++j) {
        model::activeAt(d, times[j], set, present);
        INFO("t = ", times[j]);
        CHECK(counts[j] == int(set.ties.size()));
        nonzero += counts[j] > 0;
    }
    CHECK(nonzero > 0);
}

TEST_CASE("span index: the count of active ties at ascending times equals the size of activeAt's list") {
    for (const std::uint64_t seed : {1u, 2u, 3u, 18u})
        checkCounts(randomDataset(seed, 60, 240), seed, 400);
    const io::LoadResult loaded = io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    checkCounts(*loaded.dataset, 4, 400);
    checkCounts(tieline::bench::syntheticNetwork(800, 3), 5, 200);
}

TEST_CASE("span index: a dataset with other tables does not fit") {
    const model::Dataset a = randomDataset(5, 10, 20), b = randomDataset(5, 11, 20);
    const model::SpanIndex index(a);
    CHECK(index.fits(a));
    CHECK_FALSE(index.fits(b));
    CHECK_FALSE(model::SpanIndex().fits(a));
}
