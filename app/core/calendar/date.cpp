// Calendar arithmetic (proleptic Gregorian) and the date syntax of the dataset format. Core: no GL.
#include "core/calendar/date.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

namespace tieline::core::calendar {

bool isLeapYear(std::int32_t year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(std::int32_t year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year)) return 29;
    return kDays[static_cast<std::size_t>(month - 1)];
}

// Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date, no tables, no loops.
DayNumber daysFromCivil(std::int32_t year, int month, int day) {
    const std::int32_t y = year - (month <= 2 ? 1 : 0);
    const std::int32_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int32_t yoe = y - era * 400;                         // [0, 399]
    const std::int32_t mp = month > 2 ? month - 3 : month + 9;      // March = 0
    const std::int32_t doy = (153 * mp + 2) / 5 + day - 1;          // [0, 365]
    const std::int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // [0, 146096]
    return era * 146097 + doe - 719468;
}

CivilDay civilFromDays(DayNumber days) {
    const std::int32_t z = days + 719468;
    const std::int32_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int32_t doe = z - era * 146097;
    const std::int32_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int32_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int32_t mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

DayNumber addMonths(DayNumber day, int months) {
    const CivilDay c = civilFromDays(day);
    const int total = c.year * 12 + (c.month - 1) + months;
    const std::int32_t year = total >= 0 ? total / 12 : (total - 11) / 12;
    const int month = total - year * 12 + 1;
    const int dom = c.day < daysInMonth(year, month) ? c.day : daysInMonth(year, month);
    return daysFromCivil(year, month, dom);
}

DatePrecision Date::precision() const {
    if (month == 0) return DatePrecision::Year;
    if (day == 0) return DatePrecision::Month;
    return DatePrecision::Day;
}

DayNumber Date::firstDay() const {
    return daysFromCivil(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
}

DayNumber Date::dayAfterLast() const {
    switch (precision()) {
    case DatePrecision::Year:
        return daysFromCivil(year + 1, 1, 1);
    case DatePrecision::Month: // the first of the next month (addMonths without the round trip)
        return month == 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1);
    case DatePrecision::Day:
        break;
    }
    return firstDay() + 1;
}

DayNumber Date::uncertainFrom() const {
    switch (precision()) {
    case DatePrecision::Year:
        return daysFromCivil(year - 1, 1, 1);
    case DatePrecision::Month: // the first of the month before
        return month == 1 ? daysFromCivil(year - 1, 12, 1) : daysFromCivil(year, month - 1, 1);
    case DatePrecision::Day:
        break;
    }
    return firstDay() - 1;
}

DayNumber Date::uncertainUntil() const {
    switch (precision()) {
    case DatePrecision::Year:
        return daysFromCivil(year + 2, 1, 1);
    case DatePrecision::Month: // the first of the month after next
        return month >= 11 ? daysFromCivil(year + 1, month - 10, 1) : daysFromCivil(year, month + 2, 1);
    case DatePrecision::Day:
        break;
    }
    return firstDay() + 2;
}

std::string Date::toString() const {
    char buf[24];
    const char* tilde = approximate ? "~" : "";
    switch (precision()) {
    case DatePrecision::Year:
        std::snprintf(buf, sizeof buf, "%s%04d", tilde, year);
        break;
    case DatePrecision::Month:
        std::snprintf(buf, sizeof buf, "%s%04d-%02d", tilde, year, month);
        break;
    case DatePrecision::Day:
        std::snprintf(buf, sizeof buf, "%s%04d-%02d-%02d", tilde, year, month, day);
        break;
    }
    return buf;
}

namespace {

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > text.size()) return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

std::optional<Date> fail(std::string* why, std::string message) {
    if (why) *why = std::move(message);
    return std::nullopt;
}

} // namespace

std::optional<Date> parseDate(std::string_view text, std::string* why) {
    Date date;
    std::size_t pos = 0;
    if (!text.empty() && text[0] == '~') {
        date.approximate = true;
        pos = 1;
    }
    const std::string_view body = text.substr(pos);
    const bool shapeOk = body.size() == 4 || (body.size() == 7 && body[4] == '-') ||
                         (body.size() == 10 && body[4] == '-' && body[7] == '-');
    int year = 0, month = 0, day = 0;
    if (!shapeOk || !readDigits(body, 0, 4, year) || (body.size() >= 7 && !readDigits(body, 5, 2, month)) ||
        (body.size() == 10 && !readDigits(body, 8, 2, day)))
        return fail(why, "a date like 1956, 1956-08 or 1956-08-30 (optionally with a leading ~)");
    if (year < 1) return fail(why, "a year from 0001 to 9999");
    if (body.size() >= 7 && (month < 1 || month > 12)) return fail(why, "a month from 01 to 12");
    if (body.size() == 10 && (day < 1 || day > daysInMonth(year, month)))
        return fail(why, "a day that exists (" + std::string(body.substr(0, 7)) + " has " +
                             std::to_string(daysInMonth(year, month)) + " days)");
    date.year = year;
    date.month = static_cast<std::uint8_t>(month);
    date.day = static_cast<std::uint8_t>(day);
    return date;
}

std::string formatDay(Time t) {
    const CivilDay c = civilFromDays(static_cast<DayNumber>(std::floor(t)));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::string formatMonthYear(Time t) {
    static constexpr std::array<const char*, 12> kMonths = {"January",   "February", "March",    "April",
                                                            "May",       "June",     "July",     "August",
                                                            "September", "October",  "November", "December"};
    const CivilDay c = civilFromDays(static_cast<DayNumber>(std::floor(t)));
    return std::string(kMonths[static_cast<std::size_t>(c.month - 1)]) + " " + std::to_string(c.year);
}

Window windowAt(Time t, DatePrecision precision) {
    const DayNumber day = DayNumber(std::floor(t));
    const CivilDay c = civilFromDays(day);
    Window w;
    w.precision = precision;
    switch (precision) {
    case DatePrecision::Day:
        w.begin = day;
        w.end = day + 1;
        break;
    case DatePrecision::Month:
        w.begin = daysFromCivil(c.year, c.month, 1);
        w.end = addMonths(w.begin, 1);
        break;
    case DatePrecision::Year:
        w.begin = daysFromCivil(c.year, 1, 1);
        w.end = daysFromCivil(c.year + 1, 1, 1);
        break;
    }
    return w;
}

Window windowOf(const Date& date) {
    Window w;
    w.begin = date.firstDay();
    w.end = date.dayAfterLast();
    w.precision = date.precision();
    return w;
}

Window rangeWindow(DayNumber first, DayNumber last) {
    Window w;
    w.begin = std::min(first, last);
    w.end = std::max(first, last) + 1;
    w.precision = DatePrecision::Day;
    w.range = true;
    return w;
}

namespace {

std::string dayCaption(DayNumber day) {
    return std::to_string(civilFromDays(day).day) + " " + formatMonthYear(day);
}

} // namespace

std::string windowCaption(const Window& w) {
    if (w.range) return dayCaption(w.begin) + " \u2013 " + dayCaption(w.end - 1);
    switch (w.precision) {
    case DatePrecision::Year:
        return std::to_string(civilFromDays(w.begin).year);
    case DatePrecision::Month:
        return formatMonthYear(w.begin);
    case DatePrecision::Day:
        break;
    }
    return dayCaption(w.begin);
}

std::string windowPhrase(const Window& w) {
    if (w.range) return "from " + dayCaption(w.begin) + " to " + dayCaption(w.end - 1);
    return (w.precision == DatePrecision::Day ? "on " : "in ") + windowCaption(w);
}

std::string windowKey(const Window& w) {
    if (w.range) return formatDay(w.begin) + ".." + formatDay(w.end - 1);
    const std::string day = formatDay(w.begin);
    switch (w.precision) {
    case DatePrecision::Year:
        return day.substr(0, day.size() - 6);
    case DatePrecision::Month:
        return day.substr(0, day.size() - 3);
    case DatePrecision::Day:
        break;
    }
    return day;
}

} // namespace tieline::core::calendar
