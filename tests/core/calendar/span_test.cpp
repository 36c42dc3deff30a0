// Tests for app/core/calendar/span.cpp: half-open spans at every precision, omitted ends, and the
// uncertainty windows of approximate ends.
#include "core/calendar/span.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;

namespace {

Span span(const char* start, const char* end) {
    Span s;
    if (start) s.start = *parseDate(start);
    if (end) s.end = *parseDate(end);
    return s;
}

const Date kStart = *parseDate("1955");
const Date kEnd = *parseDate("1969");

} // namespace

TEST_CASE("span: a month-precision end includes the whole month, and no more") {
    const ResolvedSpan r = resolveSpan(span("1956-03", "1956-09"), kStart, kEnd);
    CHECK_FALSE(r.contains(daysFromCivil(1956, 2, 29)));
    CHECK(r.contains(daysFromCivil(1956, 3, 1)));
    CHECK(r.contains(daysFromCivil(1956, 9, 30) + 0.999));
    CHECK_FALSE(r.contains(daysFromCivil(1956, 10, 1)));
}

TEST_CASE("span: year and day precision ends") {
    const ResolvedSpan y = resolveSpan(span("1956", "1956"), kStart, kEnd);
    CHECK(y.contains(daysFromCivil(1956, 12, 31)));
    CHECK_FALSE(y.contains(daysFromCivil(1957, 1, 1)));
    const ResolvedSpan d = resolveSpan(span("1956-08-30", "1956-08-30"), kStart, kEnd);
    CHECK(d.end - d.begin == 1);
    CHECK(d.contains(daysFromCivil(1956, 8, 30)));
    CHECK_FALSE(d.contains(daysFromCivil(1956, 8, 31)));
}

TEST_CASE("span: omitted ends stand for the dataset's start and end") {
    const ResolvedSpan r = resolveSpan(span(nullptr, nullptr), kStart, kEnd);
    CHECK(r.begin == daysFromCivil(1955, 1, 1));
    CHECK(r.end == daysFromCivil(1970, 1, 1));
    CHECK(r.contains(daysFromCivil(1969, 12, 31)));
}

TEST_CASE("span: exact ends are never approximate and never fade") {
    const ResolvedSpan r = resolveSpan(span("1956-03", "1956-09"), kStart, kEnd);
    for (double t = r.begin; t < r.end; t += 5) {
        CHECK_FALSE(r.approximateAt(t));
        CHECK(r.fadeAt(t) == 1.0);
    }
}

TEST_CASE("span: an approximate start is flagged and fades in across its window") {
    const ResolvedSpan r = resolveSpan(span("~1956-09", "1958"), kStart, kEnd);
    CHECK(r.begin == daysFromCivil(1956, 9, 1)); // counted from the nominal start
    CHECK(r.approximateAt(daysFromCivil(1956, 9, 15)));
    CHECK(r.approximateAt(daysFromCivil(1956, 10, 31)));
    CHECK_FALSE(r.approximateAt(daysFromCivil(1956, 11, 1)));
    const double a = r.fadeAt(daysFromCivil(1956, 9, 1));
    const double b = r.fadeAt(daysFromCivil(1956, 10, 1));
    CHECK(a > 0.0);
    CHECK(a < b);
    CHECK(b < 1.0);
    CHECK(r.fadeAt(daysFromCivil(1956, 11, 1)) == 1.0);
}

TEST_CASE("span: an approximate end is flagged and fades out across its window") {
    const ResolvedSpan r = resolveSpan(span("1955", "~1957-06"), kStart, kEnd);
    CHECK(r.end == daysFromCivil(1957, 7, 1));
    CHECK_FALSE(r.approximateAt(daysFromCivil(1957, 4, 30)));
    CHECK(r.approximateAt(daysFromCivil(1957, 5, 1)));
    CHECK(r.fadeAt(daysFromCivil(1957, 4, 30)) == 1.0);
    CHECK(r.fadeAt(daysFromCivil(1957, 6, 1)) < r.fadeAt(daysFromCivil(1957, 5, 1)));
}
