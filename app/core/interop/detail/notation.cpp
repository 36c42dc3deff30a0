// Time values, Gephi interval lists and numbers as text. Core: no GL.
#include "core/interop/detail/notation.hpp"

#include <cmath>

namespace tieline::core::interop {

namespace {

bool fail(std::string* why, const char* message) {
    if (why) *why = message;
    return false;
}

bool isOpenWord(std::string_view t) {
    if (t.empty()) return true;
    if (t.front() == '-' || t.front() == '+') t.remove_prefix(1);
    const auto same = [t](std::string_view word) {
        if (t.size() != word.size()) return false;
        for (std::size_t i = 0; i < t.size(); ++i)
            if ((t[i] | 0x20) != word[i]) return false; // ASCII letters, any case
        return true;
    };
    return same("inf") || same("infinity");
}

std::string_view unquote(std::string_view t) {
    t = trim(t);
    if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front())
        return t.substr(1, t.size() - 2);
    return t;
}

// A number read as a year, or as a day of the year when it has a fraction.
std::optional<calendar::Date> dateFromNumber(double v, std::string* why) {
    if (!(v >= 1.0 && v < 10000.0)) {
        fail(why, "a year from 1 to 9999 (tieline reads numeric times as years)");
        return std::nullopt;
    }
    calendar::Date d;
    d.year = static_cast<std::int32_t>(std::floor(v));
    const double fraction = v - d.year;
    if (fraction == 0.0) return d;
    const int yearDays = calendar::isLeapYear(d.year) ? 366 : 365;
    const calendar::CivilDay c = calendar::civilFromDays(calendar::daysFromCivil(d.year, 1, 1) +
                                                         static_cast<int>(std::floor(fraction * yearDays)));
    d.month = static_cast<std::uint8_t>(c.month);
    d.day = static_cast<std::uint8_t>(c.day);
    return d;
}

// Cuts `rest` at its first unquoted separator: `item` gets what comes before, `rest` what comes
// after. Returns false (item = all of rest) when there is none. No allocation: lists are parsed on
// every row of a large table.
bool nextItem(std::string_view& rest, std::string_view& item, bool semicolons) {
    char quote = 0;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == ',' || (semicolons && c == ';')) {
            item = rest.substr(0, i);
            rest.remove_prefix(i + 1);
            return true;
        }
    }
    item = rest;
    rest = {};
    return false;
}

// Calls fn(open, close, body) for each bracket of "<[a, b]; (c, d]>" (the angle brackets optional);
// a bare list without brackets is one body with open and close 0. Stops when fn returns false.
template <class Fn> bool forEachGroup(std::string_view text, std::string& why, Fn fn) {
    text = trim(text);
    if (!text.empty() && text.front() == '<') {
        if (text.back() != '>') return fail(&why, "'>' at the end of an interval list that starts with '<'");
        text = trim(text.substr(1, text.size() - 2));
    }
    if (text.empty()) return true;
    if (text.front() != '[' && text.front() != '(') return fn('\0', '\0', text);
    std::size_t i = 0;
    while (i < text.size()) {
        const char open = text[i];
        if (open != '[' && open != '(') return fail(&why, "'[' or '(' to open an interval");
        char quote = 0;
        std::size_t j = i + 1;
        for (; j < text.size(); ++j) {
            const char c = text[j];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ']' || c == ')') {
                break;
            }
        }
        if (j >= text.size()) return fail(&why, "']' or ')' to close an interval");
        if (!fn(open, text[j], text.substr(i + 1, j - i - 1))) return false;
        i = j + 1;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == ';' || text[i] == ','))
            ++i;
    }
    return true;
}

std::optional<calendar::Date> boundValue(std::string_view item, TimeFormat format, std::string& why) {
    std::string inner;
    auto date = parseTimeValue(unquote(item), format, &inner);
    if (!date) why = "a time (" + inner + "), found \"" + std::string(trim(item)) + "\"";
    return date;
}

} // namespace

std::optional<TimeFormat> parseTimeFormat(std::string_view text) {
    if (text == "integer" || text == "long") return TimeFormat::Integer;
    if (text == "double" || text == "float") return TimeFormat::Double;
    if (text == "date") return TimeFormat::Date;
    if (text == "dateTime" || text == "datetime") return TimeFormat::DateTime;
    return std::nullopt;
}

std::optional<calendar::Date> parseTimeValue(std::string_view text, TimeFormat format, std::string* why) {
    text = trim(text);
    const bool numeric = format == TimeFormat::Integer || format == TimeFormat::Double;
    const char* expectNumber = format == TimeFormat::Integer ? "an integer year (timeformat \"integer\")"
                                                             : "a number (timeformat \"double\")";
    if (text.empty()) {
        fail(why, "a time, found nothing");
        return std::nullopt;
    }
    const std::size_t body = text.front() == '~' ? 1 : 0;
    const bool dateLike =
        body == 1 || text.find('-', 1) != std::string_view::npos || text.find('T') != std::string_view::npos;
    if (dateLike) {
        if (numeric) {
            fail(why, expectNumber);
            return std::nullopt;
        }
        // The calendar date is the longest prefix of the form [~]YYYY[-MM[-DD]]; a time or a time zone
        // may follow a full date only.
        std::size_t n = body + 4;
        if (text.size() >= body + 7 && text[body + 4] == '-') n = body + 7;
        if (text.size() >= body + 10 && text[body + 7] == '-') n = body + 10;
        const std::string_view rest = text.substr(std::min(n, text.size()));
        const bool restOk =
            rest.empty() || (n == body + 10 && (rest[0] == 'T' || rest[0] == ' ' || rest[0] == 'Z' ||
                                                rest[0] == '+' || rest[0] == '-'));
        std::string inner;
        auto date = restOk ? calendar::parseDate(text.substr(0, n), &inner) : std::nullopt;
        if (!date) fail(why, "a date like 1956-08-30, 1956-08 or 1956 (a time of day may follow)");
        return date;
    }
    const auto number = parseNumber(text);
    const bool integral = number && text.find_first_of(".eE") == std::string_view::npos;
    if (!number || (format == TimeFormat::Integer && !integral) ||
        ((format == TimeFormat::Date || format == TimeFormat::DateTime) && !integral)) {
        fail(why, numeric                     ? expectNumber
                  : format == TimeFormat::Any ? "a date like 1956-08-30 or a year like 1956"
                                              : "a date like 1956-08-30 (timeformat \"date\")");
        return std::nullopt;
    }
    return dateFromNumber(*number, why);
}

calendar::Date nextPeriod(const calendar::Date& d) {
    calendar::Date out = d;
    switch (d.precision()) {
    case calendar::DatePrecision::Year:
        out.year += 1;
        break;
    case calendar::DatePrecision::Month:
        out.year += d.month == 12 ? 1 : 0;
        out.month = static_cast<std::uint8_t>(d.month == 12 ? 1 : d.month + 1);
        break;
    case calendar::DatePrecision::Day: {
        const calendar::CivilDay c = calendar::civilFromDays(d.firstDay() + 1);
        out.year = c.year, out.month = static_cast<std::uint8_t>(c.month),
        out.day = static_cast<std::uint8_t>(c.day);
        break;
    }
    }
    return out;
}

calendar::Date previousPeriod(const calendar::Date& d) {
    calendar::Date out = d;
    switch (d.precision()) {
    case calendar::DatePrecision::Year:
        out.year -= 1;
        break;
    case calendar::DatePrecision::Month:
        out.year -= d.month == 1 ? 1 : 0;
        out.month = static_cast<std::uint8_t>(d.month == 1 ? 12 : d.month - 1);
        break;
    case calendar::DatePrecision::Day: {
        const calendar::CivilDay c = calendar::civilFromDays(d.firstDay() - 1);
        out.year = c.year, out.month = static_cast<std::uint8_t>(c.month),
        out.day = static_cast<std::uint8_t>(c.day);
        break;
    }
    }
    return out;
}

namespace {

// -1: no time of day after the date; 0: midnight (00:00, 00:00:00.000, with any zone); 1: another time.
int timeOfDay(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '~') text.remove_prefix(1);
    if (text.size() <= 10 || (text[10] != 'T' && text[10] != ' ')) return -1;
    for (std::size_t i = 11; i < text.size(); ++i) {
        const char c = text[i];
        if (c == 'Z' || c == '+' || (c == '-' && i > 11)) break;
        if (c >= '1' && c <= '9') return 1;
    }
    return 0;
}

bool inOrder(const std::optional<calendar::Date>& s, const std::optional<calendar::Date>& e) {
    return !s || !e || e->dayAfterLast() > s->firstDay();
}

} // namespace

calendar::Date exclusiveStart(std::string_view written, const calendar::Date& date) {
    return timeOfDay(written) >= 0 ? date : nextPeriod(date);
}

calendar::Date exclusiveEnd(std::string_view written, const calendar::Date& date) {
    return timeOfDay(written) > 0 ? date : previousPeriod(date);
}

void keepInOrder(std::optional<calendar::Date>& start, std::optional<calendar::Date>& end,
                 const std::optional<calendar::Date>& unmovedStart,
                 const std::optional<calendar::Date>& unmovedEnd) {
    if (inOrder(start, end) || !inOrder(unmovedStart, unmovedEnd)) return;
    if (inOrder(unmovedStart, end))
        start = unmovedStart;
    else if (inOrder(start, unmovedEnd))
        end = unmovedEnd;
    else
        start = unmovedStart, end = unmovedEnd;
}

bool parseIntervalList(std::string_view text, TimeFormat format, std::vector<TimeInterval>& out,
                       std::string& why) {
    return forEachGroup(text, why, [&](char open, char close, std::string_view body) {
        std::string_view startText, endText;
        if (!nextItem(body, startText, false))
            return fail(&why, "an interval [start, end], found a single time");
        const bool hasValue =
            nextItem(body, endText, false); // the value may itself hold commas: all the rest
        TimeInterval interval;
        startText = unquote(startText);
        endText = unquote(endText);
        std::optional<calendar::Date> unmovedStart, unmovedEnd;
        if (!isOpenWord(startText)) {
            interval.start = unmovedStart = boundValue(startText, format, why);
            if (!interval.start) return false;
            if (open == '(') interval.start = exclusiveStart(startText, *interval.start);
        }
        if (!isOpenWord(endText)) {
            interval.end = unmovedEnd = boundValue(endText, format, why);
            if (!interval.end) return false;
            if (close == ')') interval.end = exclusiveEnd(endText, *interval.end);
        }
        keepInOrder(interval.start, interval.end, unmovedStart, unmovedEnd);
        if (hasValue) {
            interval.value = std::string(unquote(body));
            interval.hasValue = true;
        }
        out.push_back(std::move(interval));
        return true;
    });
}

bool parseTimestampList(std::string_view text, TimeFormat format, std::vector<calendar::Date>& out,
                        std::string& why) {
    return forEachGroup(text, why, [&](char open, char, std::string_view body) {
        for (bool more = true; more;) {
            std::string_view item;
            more = nextItem(body, item, open == '\0'); // a bare list may use ';' too
            if (trim(item).empty()) continue;
            const auto date = boundValue(item, format, why);
            if (!date) return false;
            out.push_back(*date);
        }
        return true;
    });
}

bool isTimestampList(std::string_view text, bool preferTimestamps) {
    bool single = false, many = false, intervalLike = false;
    std::string why;
    const bool parsed = forEachGroup(text, why, [&](char open, char close, std::string_view body) {
        if (open == '(' || close == ')') intervalLike = true;
        std::size_t items = 0;
        for (bool more = true; more;) {
            std::string_view item;
            more = nextItem(body, item, false);
            if (isOpenWord(unquote(item)) && !trim(item).empty()) intervalLike = true;
            ++items;
        }
        if (open == '\0') return true; // a bare list: not Gephi's notation
        single = single || items == 1;
        many = many || items > 2;
        return true;
    });
    if (!parsed || intervalLike) return false;
    if (single) return true;
    if (many) return preferTimestamps;
    return preferTimestamps;
}

std::string formatIntervalList(const std::vector<calendar::Span>& spans) {
    std::string out = "<";
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (i > 0) out += "; ";
        out += '[';
        out += spans[i].start ? spans[i].start->toString() : "-inf";
        out += ", ";
        out += spans[i].end ? spans[i].end->toString() : "inf";
        out += ']';
    }
    return out + ">";
}

std::string formatKeyframeList(const std::vector<model::StrengthKey>& keys) {
    std::string out = "<";
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (i > 0) out += "; ";
        const bool last = i + 1 == keys.size();
        out += '[';
        out += keys[i].date.toString();
        out += ", ";
        out += last ? "inf" : keys[i + 1].date.toString();
        out += ", ";
        out += formatNumber(keys[i].value);
        out += last ? ']' : ')';
    }
    return out + ">";
}

std::string isoDay(calendar::DayNumber day) {
    return calendar::formatDay(static_cast<calendar::Time>(day));
}

} // namespace tieline::core::interop
