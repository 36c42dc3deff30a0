// Tests for app/core/calendar/date.cpp: parsing at each precision, the calendar, and the periods a
// date names.
#include "core/calendar/date.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;

TEST_CASE("date: parses year, month and day precision, with and without ~") {
    const auto y = calendar::parseDate("1956");
    REQUIRE(y);
    CHECK(y->precision() == calendar::DatePrecision::Year);
    CHECK_FALSE(y->approximate);
    const auto m = calendar::parseDate("~1956-09");
    REQUIRE(m);
    CHECK(m->precision() == calendar::DatePrecision::Month);
    CHECK(m->approximate);
    CHECK(m->month == 9);
    const auto d = calendar::parseDate("1956-08-30");
    REQUIRE(d);
    CHECK(d->precision() == calendar::DatePrecision::Day);
    CHECK(d->toString() == "1956-08-30");
    CHECK(m->toString() == "~1956-09");
    CHECK(calendar::parseDate("~1936")->toString() == "~1936");
}

TEST_CASE("date: rejects impossible and malformed dates with a reason") {
    std::string why;
    CHECK_FALSE(calendar::parseDate("1956-02-30", &why));
    CHECK(why.find("1956-02 has 29 days") != std::string::npos);
    CHECK_FALSE(calendar::parseDate("1955-02-29", &why));
    CHECK(why.find("28 days") != std::string::npos);
    CHECK_FALSE(calendar::parseDate("1956-13", &why));
    CHECK(why.find("month from 01 to 12") != std::string::npos);
    CHECK_FALSE(calendar::parseDate("0000", &why));
    CHECK(why.find("year") != std::string::npos);
    for (const char* bad : {"", "~", "56", "1956-9", "1956-09-1", "1956/09", "Sept 1956", "1956-09-01T00",
                            "~~1956", "1956-00", "1956-01-00", " 1956", "1956-1a"})
        CHECK_MESSAGE(!calendar::parseDate(bad), bad);
}

TEST_CASE("date: leap years follow the Gregorian rules") {
    CHECK(calendar::isLeapYear(1956));
    CHECK_FALSE(calendar::isLeapYear(1900));
    CHECK(calendar::isLeapYear(2000));
    CHECK(calendar::daysInMonth(1956, 2) == 29);
    CHECK(calendar::daysInMonth(1957, 2) == 28);
    CHECK(calendar::parseDate("2000-02-29"));
    CHECK_FALSE(calendar::parseDate("1900-02-29"));
}

TEST_CASE("date: day numbers round-trip through the civil calendar") {
    CHECK(calendar::daysFromCivil(1970, 1, 1) == 0);
    CHECK(calendar::daysFromCivil(1969, 12, 31) == -1);
    CHECK(calendar::daysFromCivil(1956, 9, 20) == -4851);
    for (calendar::DayNumber d = -30000; d < 30000; d += 7) {
        const calendar::CivilDay c = calendar::civilFromDays(d);
        CHECK(calendar::daysFromCivil(c.year, c.month, c.day) == d);
    }
}

TEST_CASE("date: a date names a period from its first day to the day after its last") {
    const calendar::Date year = *calendar::parseDate("1956");
    CHECK(year.firstDay() == calendar::daysFromCivil(1956, 1, 1));
    CHECK(year.dayAfterLast() == calendar::daysFromCivil(1957, 1, 1));
    const calendar::Date feb = *calendar::parseDate("1956-02");
    CHECK(feb.firstDay() == calendar::daysFromCivil(1956, 2, 1));
    CHECK(feb.dayAfterLast() == calendar::daysFromCivil(1956, 3, 1));
    const calendar::Date dec = *calendar::parseDate("1956-12");
    CHECK(dec.dayAfterLast() == calendar::daysFromCivil(1957, 1, 1));
    const calendar::Date day = *calendar::parseDate("1956-12-31");
    CHECK(day.dayAfterLast() == calendar::daysFromCivil(1957, 1, 1));
}

TEST_CASE("date: an approximate date may be off by one unit of its precision") {
    const calendar::Date m = *calendar::parseDate("~1956-09");
    CHECK(m.uncertainFrom() == calendar::daysFromCivil(1956, 8, 1));
    CHECK(m.uncertainUntil() == calendar::daysFromCivil(1956, 11, 1));
    const calendar::Date y = *calendar::parseDate("~1956");
    CHECK(y.uncertainFrom() == calendar::daysFromCivil(1955, 1, 1));
    CHECK(y.uncertainUntil() == calendar::daysFromCivil(1958, 1, 1));
    const calendar::Date d = *calendar::parseDate("~1956-09-01");
    CHECK(d.uncertainFrom() == calendar::daysFromCivil(1956, 8, 31));
    CHECK(d.uncertainUntil() == calendar::daysFromCivil(1956, 9, 3));
}

TEST_CASE("date: adding months clamps the day of month") {
    CHECK(calendar::addMonths(calendar::daysFromCivil(1956, 1, 31), 1) ==
          calendar::daysFromCivil(1956, 2, 29));
    CHECK(calendar::addMonths(calendar::daysFromCivil(1956, 12, 15), 1) ==
          calendar::daysFromCivil(1957, 1, 15));
    CHECK(calendar::addMonths(calendar::daysFromCivil(1956, 1, 15), -1) ==
          calendar::daysFromCivil(1955, 12, 15));
    CHECK(calendar::addMonths(calendar::daysFromCivil(1956, 3, 31), -13) ==
          calendar::daysFromCivil(1955, 2, 28));
}

TEST_CASE("date: formats a moment as a day and as a month for the timeline") {
    CHECK(calendar::formatDay(calendar::daysFromCivil(1956, 9, 20) + 0.75) == "1956-09-20");
    CHECK(calendar::formatMonthYear(calendar::daysFromCivil(1956, 9, 20)) == "September 1956");
    CHECK(calendar::formatMonthYear(calendar::daysFromCivil(1969, 12, 31)) == "December 1969");
}

TEST_CASE("date: a picture's period in a sentence says on a day, in a month or year, from-to a range") {
    using namespace tieline::core::calendar;
    const DayNumber day = daysFromCivil(1956, 9, 20);
    CHECK(windowPhrase(windowAt(day, DatePrecision::Day)) == "on 20 September 1956");
    CHECK(windowPhrase(windowAt(day, DatePrecision::Month)) == "in September 1956");
    CHECK(windowPhrase(windowAt(day, DatePrecision::Year)) == "in 1956");
    CHECK(windowPhrase(rangeWindow(daysFromCivil(1956, 8, 1), daysFromCivil(1956, 10, 31))) ==
          "from 1 August 1956 to 31 October 1956");
}

TEST_CASE("date: a month's last day and uncertainty window are those addMonths gives, every month") {
    for (int year = 1899; year <= 2001; ++year)
        for (int month = 1; month <= 12; ++month) {
            calendar::Date d;
            d.year = year;
            d.month = std::uint8_t(month);
            const calendar::DayNumber first = calendar::daysFromCivil(year, month, 1);
            REQUIRE(d.dayAfterLast() == calendar::addMonths(first, 1));
            REQUIRE(d.uncertainFrom() == calendar::addMonths(first, -1));
            REQUIRE(d.uncertainUntil() == calendar::addMonths(first, 2));
        }
}
