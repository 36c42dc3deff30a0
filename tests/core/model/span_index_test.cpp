// Tests for app/core/model/span_index.cpp: the indexed active set equals the scan (model::activeAt
// and model::activeDuring) exactly, on random datasets (several spans per actor and tie, open and
// approximate ends, dates at day, month and year precision, strength keyframes, actors without
// spans) and on the default dataset, at sampled days, months, years and ranges.
#include "core/model/span_index.hpp"

#include "../bench/synthetic_network.hpp"
#include "core/io/dataset_loader.hpp"

#include <doctest/doctest.h>

#include <random>
#include <string>

using namespace tieline::core;

namespace {

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

// A date inside 1955-1969 at a random precision, approximate one time in four.
std::string randomDate(std::mt19937_64& rng, int fromYear) {
    std::uniform_int_distribution<int> year(fromYear, 1969), month(1, 12), day(1, 28), kind(0, 7);
    const int y = year(rng), k = kind(rng);
    char text[32];
    if (k == 0)
        std::snprintf(text, sizeof text, "%d", y);
    else if (k <= 2)
        std::snprintf(text, sizeof text, "%d-%02d", y, month(rng));
    else
        std::snprintf(text, sizeof text, "%d-%02d-%02d", y, month(rng), day(rng));
    return (kind(rng) < 2 ? "~" : "") + std::string(text);
}

std::vector<calendar::Span> randomSpans(std::mt19937_64& rng, int most) {
    std::vector<calendar::Span> spans;
    const int count = std::uniform_int_distribution<int>(0, most)(rng);
    int year = 1955;
    for (int s = 0; s < count && year < 1969; ++s) {
        calendar::Span span;
        if (rng() % 5) span.start = *calendar::parseDate(randomDate(rng, year));
        const int startYear = span.start ? span.start->year : year;
        if (rng() % 5) {
            // After the start's last day: a later year, so that the span is never empty.
            span.end = *calendar::parseDate(randomDate(rng, std::min(1969, startYear + 1)));
            if (span.end->year <= startYear) span.end.reset();
        }
        spans.push_back(span);
        if (!span.end) break;
        year = span.end->year + 1;
    }
    return spans;
}

model::Dataset randomDataset(std::uint64_t seed, int actors, int ties) {
    std::mt19937_64 rng(seed);
    model::Dataset d;
    d.meta.start = *calendar::parseDate("1955");
    d.meta.end = *calendar::parseDate("1969");
    d.tieTypes.push_back({"patronage", "Patronage", "", true, 1, 0x0072B2});
    for (int i = 0; i < actors; ++i) {
        model::Actor a;
        a.key = "a" + std::to_string(i);
        a.name = a.key;
        a.spans = randomSpans(rng, i % 3 == 0 ? 0 : 3);
        d.actors.push_back(a);
    }
    std::uniform_int_distribution<int> pick(0, actors - 1);
    for (int i = 0; i < ties; ++i) {
        model::Tie t;
        t.key = "t" + std::to_string(i);
        t.from = model::ActorId(std::uint32_t(pick(rng)));
        t.to = model::ActorId(std::uint32_t(pick(rng)));
        t.type = model::TieTypeId(0);
        t.spans = randomSpans(rng, 3);
        if (t.spans.empty()) t.spans.push_back({});
        for (int k = 0; k < int(rng() % 3); ++k)
            t.strength.push_back({*calendar::parseDate(std::to_string(1955 + 6 * k + int(rng() % 5))),
                                  double(rng() % 1000) / 1000.0});
        d.ties.push_back(t);
    }
    d.indexKeys();
    return d;
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
