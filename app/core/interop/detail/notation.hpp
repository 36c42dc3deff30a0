// Time as the GEXF and CSV importers and exporters write it: time values (numbers, ISO dates and
// date-times, tieline's own `~1956-09`) and Gephi's interval lists `<[1956,1958];[1961,1961]>`.
// Internal to interop/. Core: no GL.
#pragma once

#include "core/interop/detail/text_values.hpp"
#include "core/model/dataset.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::interop {

// How time values are written: GEXF's timeformat, or Any (a spreadsheet: whatever parses).
enum class TimeFormat : std::uint8_t { Any, Integer, Double, Date, DateTime };

std::optional<TimeFormat> parseTimeFormat(std::string_view text); // "integer", "double", "date", "dateTime"

// One time value as a Date:
// - a number is a year (1956 -> "1956"); a fraction is a day of that year (1956.5 -> "1956-07-02");
// - an ISO date keeps its precision (1956, 1956-08, 1956-08-30, with tieline's leading `~`);
// - a date-time or a date with a time zone keeps only its calendar date (tieline counts days).
// `format` restricts what is accepted (timeformat="integer" refuses 1956-08-30). On failure returns
// nullopt and says what was expected in `why`.
std::optional<calendar::Date> parseTimeValue(std::string_view text, TimeFormat format, std::string* why);

// The period after / before a date at the same precision (1956 -> 1957, 1956-12 -> 1957-01): how
// an exclusive bound "(1956" or "1958)" becomes an inclusive one.
calendar::Date nextPeriod(const calendar::Date& date);
calendar::Date previousPeriod(const calendar::Date& date);

// Exclusive bounds: the first day after an exclusive start, the last day before an exclusive end,
// given the bound as written. A date-time keeps its own day (tieline counts whole days: the rest of
// that day is still inside), but for an end at midnight; a year, a month or a date moves a period.
calendar::Date exclusiveStart(std::string_view written, const calendar::Date& date);
calendar::Date exclusiveEnd(std::string_view written, const calendar::Date& date);

// An interval whose exclusive bounds, moved inward to whole days, crossed: the least rounding
// that keeps it in order (the unmoved start, else the unmoved end, else both unmoved).
void keepInOrder(std::optional<calendar::Date>& start, std::optional<calendar::Date>& end,
                 const std::optional<calendar::Date>& unmovedStart,
                 const std::optional<calendar::Date>& unmovedEnd);

// One interval as read: both ends inclusive (exclusive bounds already moved inward); either may be
// open (empty, "inf", "-inf", "infinity"). `value` is the third item of a dynamic value "[a, b, v]".
struct TimeInterval {
    std::optional<calendar::Date> start;
    std::optional<calendar::Date> end;
    std::string value;
    bool hasValue = false;
};

// Gephi's interval notation: "<[1956, 1958]; (1961, 1962]>", the angle brackets optional, items
// optionally quoted. Returns false and sets `why` on the first problem.
bool parseIntervalList(std::string_view text, TimeFormat format, std::vector<TimeInterval>& out,
                       std::string& why);

// Timestamps: "<[1956, 1957.5]>", "<[1956]; [1957]>" or a bare "1956, 1957".
bool parseTimestampList(std::string_view text, TimeFormat format, std::vector<calendar::Date>& out,
                        std::string& why);

// True when a Gephi time cell holds timestamps rather than intervals: a bracket with one time
// (<[2016-03-04]>) or more than two (<[a, b, c]>), or, when `preferTimestamps` (a "Timeset"
// column), a bracket of two times without '(' or ')' or an infinite end (<[a, b]> reads as two
// timestamps there, as one interval elsewhere).
bool isTimestampList(std::string_view text, bool preferTimestamps);

// Spans in that notation with tieline's dates: "<[1955-03, 1956-08]; [~1956-10, inf]>".
std::string formatIntervalList(const std::vector<calendar::Span>& spans);

// Strength keyframes as Gephi dynamic values, each held until the next keyframe (exclusive end):
// "<[1955-03, 1956-08, 0.9); [1956-08, inf, 0.4]>". Reading keeps the start dates and values.
std::string formatKeyframeList(const std::vector<model::StrengthKey>& keys);

// "1956-08-30" for a day number (xsd:date).
std::string isoDay(calendar::DayNumber day);

} // namespace tieline::core::interop
