// Calendar dates at year, month or day precision, with an "approximate" marker. Core: no GL.
// A date names a period (a year, a month or a day); spans use its first day and the day after its
// last day, which gives the half-open semantics described in README.md ("Time").
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tieline::core::calendar {

// Days since 1970-01-01 in the proleptic Gregorian calendar. Negative before 1970.
using DayNumber = std::int32_t;

// A moment on the time axis: days since 1970-01-01, fractional within a day. The slider, the layout
// and the exports all speak this unit so that any moment looks the same everywhere.
using Time = double;

enum class DatePrecision : std::uint8_t { Year, Month, Day };

struct Date {
    std::int32_t year = 1970;
    std::uint8_t month = 0; // 1..12, 0 when the date names a whole year
    std::uint8_t day = 0;   // 1..31, 0 when the date names a whole month or year
    bool approximate = false;

    DatePrecision precision() const;
    DayNumber firstDay() const;     // the first day of the period the date names
    DayNumber dayAfterLast() const; // the day after the last day of that period
    std::string toString() const;   // ISO 8601 with a leading '~' when approximate

    // One precision unit (a year, a month or a day) before the period and after it: the window in
    // which an approximate date may really lie.
    DayNumber uncertainFrom() const;
    DayNumber uncertainUntil() const;

    friend bool operator==(const Date&, const Date&) = default;
};

// Parses "1956", "1956-08", "1956-08-30", each optionally prefixed by '~'. Years 1..9999.
// On failure returns nullopt and, when `why` is given, says what was wrong ("month 13 out of range").
std::optional<Date> parseDate(std::string_view text, std::string* why = nullptr);

bool isLeapYear(std::int32_t year);
int daysInMonth(std::int32_t year, int month);
DayNumber daysFromCivil(std::int32_t year, int month, int day);

struct CivilDay {
    std::int32_t year;
    int month;
    int day;
};
CivilDay civilFromDays(DayNumber days);

// "1956-09-20" for the day that contains t.
std::string formatDay(Time t);
// "September 1956" for the month that contains t.
std::string formatMonthYear(Time t);

// The period a picture shows: [begin, end) in days, at a precision. A picture at day precision
// shows what is true on that day; at month or year precision what is true at any time in that
// month or year; a range (Gephi's timeline window) what is true at any time between its days.
struct Window {
    DayNumber begin = 0, end = 1;
    DatePrecision precision = DatePrecision::Day;
    bool range = false; // [begin, end) was chosen as a range, not one period

    bool operator==(const Window&) const = default;
};

// The day, month or year containing t.
Window windowAt(Time t, DatePrecision precision);
// The period a date names at its own precision (1956-09: September 1956).
Window windowOf(const Date& date);
// Every day from `first` to `last` inclusive.
Window rangeWindow(DayNumber first, DayNumber last);
// "20 September 1956", "September 1956", "1956", "1 August 1956 – 31 October 1956".
std::string windowCaption(const Window& w);
// The caption in a sentence: "on 20 September 1956", "in September 1956", "in 1956",
// "from 1 August 1956 to 31 October 1956".
std::string windowPhrase(const Window& w);
// "1956-09-20", "1956-09", "1956", "1956-08-01..1956-10-31": the date as written on a command line.
std::string windowKey(const Window& w);

// Adds whole months to a day number, clamping the day of month (Jan 31 + 1 month = Feb 28/29).
DayNumber addMonths(DayNumber day, int months);

} // namespace tieline::core::calendar
