// Random datasets for tests that compare an index or a cache with the scan it replaces: several
// spans per actor and tie (open and approximate ends, day, month and year precision), strength
// keyframes, actors without spans. Header-only; tests only.
#pragma once

#include "core/calendar/date.hpp"
#include "core/model/dataset.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace tieline::test {

// A date inside fromYear..1969 at a random precision, approximate one time in four.
inline std::string randomDate(std::mt19937_64& rng, int fromYear) {
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

// Up to `most` spans in order, each ending before the next starts.
inline std::vector<core::calendar::Span> randomSpans(std::mt19937_64& rng, int most) {
    std::vector<core::calendar::Span> spans;
    const int count = std::uniform_int_distribution<int>(0, most)(rng);
    int year = 1955;
    for (int s = 0; s < count && year < 1969; ++s) {
        core::calendar::Span span;
        if (rng() % 5) span.start = *core::calendar::parseDate(randomDate(rng, year));
        const int startYear = span.start ? span.start->year : year;
        if (rng() % 5) {
            // After the start's last day: a later year, so that the span is never empty.
            span.end = *core::calendar::parseDate(randomDate(rng, std::min(1969, startYear + 1)));
            if (span.end->year <= startYear) span.end.reset();
        }
        spans.push_back(span);
        if (!span.end) break;
        year = span.end->year + 1;
    }
    return spans;
}

// `actors` actors (every third without spans) and `ties` ties over 1955-1969; with `hostile`, a
// second, hostile tie type that each tie takes at random.
inline core::model::Dataset randomDataset(std::uint64_t seed, int actors, int ties, bool hostile = false) {
    namespace model = core::model;
    std::mt19937_64 rng(seed);
    model::Dataset d;
    d.meta.start = *core::calendar::parseDate("1955");
    d.meta.end = *core::calendar::parseDate("1969");
    d.tieTypes.push_back({"patronage", "Patronage", "", true, 1, 0x0072B2});
    if (hostile) d.tieTypes.push_back({"hostile", "Hostile", "", true, -1, 0xD55E00});
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
        t.type = model::TieTypeId(hostile ? std::uint32_t(rng() % 2) : 0u);
        t.spans = randomSpans(rng, 3);
        if (t.spans.empty()) t.spans.push_back({});
        for (int k = 0; k < int(rng() % 3); ++k)
            t.strength.push_back({*core::calendar::parseDate(std::to_string(1955 + 6 * k + int(rng() % 5))),
                                  double(rng() % 1000) / 1000.0});
        d.ties.push_back(t);
    }
    d.indexKeys();
    return d;
}

} // namespace tieline::test
