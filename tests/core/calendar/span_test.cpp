// Tests for app/core/calendar/span.cpp: half-open spans at every precision, omitted ends, and the
// uncertainty windows of approximate ends.
#include "core/calendar/span.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;

namespace {

calendar::Span span(const char* start, const char* end) {
    calendar::Span s;
    if (start) s.start = *calendar::parseDate(start);
    if (end) s.end = *calendar::parseDate(end);
    return s;
}

const calendar::Date kStart = *calendar::parseDate("1955");
const calendar::Date kEnd = *calendar::parseDate("1969");

} // namespace

TEST_CASE("span: a month-precision end includes the whole month, and no more") {
    const calendar::ResolvedSpan r = resolveSpan(span("1956-03", "1956-09"), kStart, kEnd);
    CHECK_FALSE(r.contains(calendar::daysFromCivil(1956, 2, 29)));
    CHECK(r.contains(calendar::daysFromCivil(1956, 3, 1)));
    CHECK(r.contains(calendar::daysFromCivil(1956, 9, 30) + 0.999));
    CHECK_FALSE(r.contains(calendar::daysFromCivil(1956, 10, 1)));
}

TEST_CASE("span: year and day precision ends") {
    const calendar::ResolvedSpan y = resolveSpan(span("1956", "1956"), kStart, kEnd);
    CHECK(y.contains(calendar::daysFromCivil(1956, 12, 31)));
    CHECK_FALSE(y.contains(calendar::daysFromCivil(1957, 1, 1)));
    const calendar::ResolvedSpan d = resolveSpan(span("1956-08-30", "1956-08-30"), kStart, kEnd);
    CHECK(d.end - d.begin == 1);
    CHECK(d.contains(calendar::daysFromCivil(1956, 8, 30)));
    CHECK_FALSE(d.contains(calendar::daysFromCivil(1956, 8, 31)));
}

TEST_CASE("span: omitted ends stand for the dataset's start and end") {
    const calendar::ResolvedSpan r = resolveSpan(span(nullptr, nullptr), kStart, kEnd);
    CHECK(r.begin == calendar::daysFromCivil(1955, 1, 1));
    CHECK(r.end == calendar::daysFromCivil(1970, 1, 1));
    CHECK(r.contains(calendar::daysFromCivil(1969, 12, 31)));
}

TEST_CASE("span: exact ends are never approximate and never fade") {
    const calendar::ResolvedSpan r = resolveSpan(span("1956-03", "1956-09"), kStart, kEnd);
    for (double t = r.begin; t < r.end; t += 5) {
        CHECK_FALSE(r.approximateAt(t));
        CHECK(r.fadeAt(t) == 1.0);
    }
}

TEST_CASE("span: an approximate start is flagged and fades in across its window") {
    const calendar::ResolvedSpan r = resolveSpan(span("~1956-09", "1958"), kStart, kEnd);
    CHECK(r.begin == calendar::daysFromCivil(1956, 9, 1)); // counted from the nominal start
    CHECK(r.approximateAt(calendar::daysFromCivil(1956, 9, 15)));
    CHECK(r.approximateAt(calendar::daysFromCivil(1956, 10, 31)));
    CHECK_FALSE(r.approximateAt(calendar::daysFromCivil(1956, 11, 1)));
    const double a = r.fadeAt(calendar::daysFromCivil(1956, 9, 1));
    const double b = r.fadeAt(calendar::daysFromCivil(1956, 10, 1));
    CHECK(a > 0.0);
    CHECK(a < b);
    CHECK(b < 1.0);
    CHECK(r.fadeAt(calendar::daysFromCivil(1956, 11, 1)) == 1.0);
}

TEST_CASE("span: an approximate end is flagged and fades out across its window") {
    const calendar::ResolvedSpan r = resolveSpan(span("1955", "~1957-06"), kStart, kEnd);
    CHECK(r.end == calendar::daysFromCivil(1957, 7, 1));
    CHECK_FALSE(r.approximateAt(calendar::daysFromCivil(1957, 4, 30)));
    CHECK(r.approximateAt(calendar::daysFromCivil(1957, 5, 1)));
    CHECK(r.fadeAt(calendar::daysFromCivil(1957, 4, 30)) == 1.0);
    CHECK(r.fadeAt(calendar::daysFromCivil(1957, 6, 1)) < r.fadeAt(calendar::daysFromCivil(1957, 5, 1)));
}

TEST_CASE("span: an approximate end's margin starts no earlier than the exact start") {
    // t51's shape: it begins on 19 September 1956 and ends "~1957", whose margin reaches into 1956.
    const calendar::ResolvedSpan r = calendar::resolveSpan(span("1956-09-19", "~1957"), kStart, kEnd);
    const calendar::DayNumber first = calendar::daysFromCivil(1956, 9, 19);
    CHECK(r.endUncertainFrom == first);
    CHECK(r.fadeAt(first) == 1.0);                              // its first day in full
    CHECK(r.fadeAt(calendar::daysFromCivil(1957, 6, 1)) < 1.0); // then the margin fades it
    CHECK(r.approximateAt(calendar::daysFromCivil(1957, 6, 1)));
    // A start before the margin leaves the margin as written.
    const calendar::ResolvedSpan early = calendar::resolveSpan(span("1950", "~1957"), kStart, kEnd);
    CHECK(early.endUncertainFrom < calendar::daysFromCivil(1957, 1, 1));
    CHECK(early.fadeAt(calendar::daysFromCivil(1956, 9, 19)) < 1.0);
}
