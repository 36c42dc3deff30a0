// The timeline's zoom model: stretches, units, ticks and event labels, without ImGui.
#include "ui/timeline_zoom.hpp"

#include "ui/app_state.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace tieline::ui {

namespace cal = core::calendar;

namespace {

constexpr std::array<const char*, 12> kMonthShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr std::array<const char*, 12> kMonthLong = {"January",   "February", "March",    "April",
                                                    "May",       "June",     "July",     "August",
                                                    "September", "October",  "November", "December"};

cal::DayNumber dayOf(Time t) {
    return static_cast<cal::DayNumber>(std::floor(t));
}

// Places [x0, x1) unless it overlaps a placed interval (with `gap` between); records it when placed.
bool place(std::vector<std::pair<float, float>>& placed, float x0, float x1, float gap) {
    for (const auto& [a, b] : placed)
        if (x0 < b + gap && a < x1 + gap) return false;
    placed.emplace_back(x0, x1);
    return true;
}

} // namespace

TimeWindow visibleWindow(const TimeWindow& zoom, Time rangeBegin, Time rangeEnd) {
    if (zoom.all()) return {rangeBegin, rangeEnd};
    const Time width = std::min(zoom.end - zoom.begin, rangeEnd - rangeBegin);
    const Time begin = std::clamp(zoom.begin, rangeBegin, rangeEnd - width);
    return {begin, begin + width};
}

namespace {

// A stretch of `width` days around its intended begin, clamped to the range; the whole range
// when it covers it.
TimeWindow fitted(Time begin, Time width, Time rangeBegin, Time rangeEnd) {
    width = std::max(width, std::min(kMinZoomDays, rangeEnd - rangeBegin));
    if (width >= rangeEnd - rangeBegin) return {};
    begin = std::clamp(begin, rangeBegin, rangeEnd - width);
    return {begin, begin + width};
}

} // namespace

TimeWindow zoomAround(const TimeWindow& zoom, Time pivot, double factor, Time rangeBegin, Time rangeEnd) {
    const TimeWindow w = visibleWindow(zoom, rangeBegin, rangeEnd);
    pivot = std::clamp(pivot, w.begin, w.end);
    const Time width = (w.end - w.begin) * factor;
    const Time minWidth = std::min(kMinZoomDays, rangeEnd - rangeBegin);
    // Keep the pivot's fraction of the way along the axis, even when the width is clamped.
    const double fraction = (pivot - w.begin) / (w.end - w.begin);
    const Time clamped = std::max(width, minWidth);
    return fitted(pivot - fraction * clamped, clamped, rangeBegin, rangeEnd);
}

TimeWindow brushWindow(Time a, Time b, Time rangeBegin, Time rangeEnd) {
    a = std::clamp(a, rangeBegin, rangeEnd);
    b = std::clamp(b, rangeBegin, rangeEnd);
    if (b < a) std::swap(a, b);
    const Time width = b - a;
    if (width < kMinZoomDays) {
        const Time mid = (a + b) / 2;
        return fitted(mid - kMinZoomDays / 2, kMinZoomDays, rangeBegin, rangeEnd);
    }
    return fitted(a, width, rangeBegin, rangeEnd);
}

TimeWindow follow(const TimeWindow& zoom, Time t, Time rangeBegin, Time rangeEnd) {
    if (zoom.all()) return zoom;
    const TimeWindow w = visibleWindow(zoom, rangeBegin, rangeEnd);
    if (t >= w.begin && t < w.end) return w;
    const Time width = w.end - w.begin;
    const Time begin = t < w.begin ? t : t - width + 1;
    return fitted(begin, width, rangeBegin, rangeEnd);
}

TimeUnit unitFor(Time days) {
    if (days <= 100) return TimeUnit::Day;
    if (days <= 400) return TimeUnit::Week;
    if (days <= 25 * 366) return TimeUnit::Month;
    return TimeUnit::Year;
}

TimeWindow visibleWindow(const core::model::Dataset& data, const UiState& ui) {
    return visibleWindow(ui.timelineZoom, data.rangeBegin(), data.rangeEnd());
}

TimeUnit visibleUnit(const core::model::Dataset& data, const UiState& ui) {
    const TimeWindow w = visibleWindow(data, ui);
    return unitFor(w.end - w.begin);
}

void setZoom(const core::model::Dataset& data, UiState& ui, const TimeWindow& zoom) {
    ui.timelineZoom = zoom;
    const TimeWindow w = visibleWindow(data, ui);
    if (ui.t < w.begin) ui.t = w.begin;
    if (ui.t >= w.end) ui.t = std::max(w.begin, w.end - 1);
    ui.precision = precisionFor(unitFor(w.end - w.begin));
}

std::string goToDate(const core::model::Dataset& data, UiState& ui, std::string_view text) {
    std::string why;
    const std::optional<cal::Date> date = cal::parseDate(text, &why);
    if (!date) return "invalid date '" + std::string(text) + "': expected " + why;
    if (date->dayAfterLast() <= data.rangeBegin() || date->firstDay() >= data.rangeEnd())
        return date->toString() + " is outside " + data.meta.start.toString() + " to " +
               data.meta.end.toString();
    ui.t = std::clamp<Time>(date->firstDay(), data.rangeBegin(), data.rangeEnd() - 1);
    ui.playing = false;
    const TimeUnit unit = visibleUnit(data, ui);
    if (date->precision() == cal::DatePrecision::Day && unit != TimeUnit::Day && unit != TimeUnit::Week)
        setZoom(data, ui, brushWindow(ui.t - 45, ui.t + 46, data.rangeBegin(), data.rangeEnd()));
    return "";
}

void syncTimeline(const core::model::Dataset& data, UiState& ui) {
    ui.timelineZoom = follow(ui.timelineZoom, ui.t, data.rangeBegin(), data.rangeEnd());
    ui.precision = precisionFor(visibleUnit(data, ui));
}

std::vector<std::size_t> currentEvents(const core::model::Dataset& data, Time t,
                                       cal::DatePrecision precision) {
    const TimeUnit unit = precision == cal::DatePrecision::Day     ? TimeUnit::Day
                          : precision == cal::DatePrecision::Month ? TimeUnit::Month
                                                                   : TimeUnit::Year;
    const cal::DayNumber from = unitStart(t, unit), until = nextUnitStart(t, unit);
    std::vector<std::size_t> found;
    for (std::size_t i = 0; i < data.events.size(); ++i) {
        const core::model::Event& e = data.events[i];
        const cal::DayNumber end = e.end ? e.end->dayAfterLast() : e.date.dayAfterLast();
        if (e.date.firstDay() < until && end > from) found.push_back(i);
    }
    return found;
}

TimeUnit largerUnit(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Day:
        return TimeUnit::Week;
    case TimeUnit::Week:
        return TimeUnit::Month;
    default:
        return TimeUnit::Year;
    }
}

const char* unitName(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Day:
        return "day";
    case TimeUnit::Week:
        return "week";
    case TimeUnit::Month:
        return "month";
    case TimeUnit::Year:
        return "year";
    }
    return "month";
}

cal::DatePrecision precisionFor(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Day:
    case TimeUnit::Week:
        return cal::DatePrecision::Day;
    case TimeUnit::Month:
        return cal::DatePrecision::Month;
    case TimeUnit::Year:
        return cal::DatePrecision::Year;
    }
    return cal::DatePrecision::Month;
}

cal::DayNumber stepTime(Time t, TimeUnit unit, int direction) {
    const cal::DayNumber day = dayOf(t);
    switch (unit) {
    case TimeUnit::Day:
        return day + direction;
    case TimeUnit::Week:
        return day + 7 * direction;
    case TimeUnit::Month:
        return cal::addMonths(day, direction);
    case TimeUnit::Year:
        return cal::addMonths(day, 12 * direction);
    }
    return day;
}

cal::DayNumber unitStart(Time t, TimeUnit unit) {
    const cal::DayNumber day = dayOf(t);
    const cal::CivilDay c = cal::civilFromDays(day);
    switch (unit) {
    case TimeUnit::Day:
        return day;
    case TimeUnit::Week:
        return day - ((day + 3) % 7 + 7) % 7; // 1970-01-01 was a Thursday; weeks start on Monday
    case TimeUnit::Month:
        return cal::daysFromCivil(c.year, c.month, 1);
    case TimeUnit::Year:
        return cal::daysFromCivil(c.year, 1, 1);
    }
    return day;
}

cal::DayNumber nextUnitStart(Time t, TimeUnit unit) {
    return unitStart(stepTime(unitStart(t, unit), unit, 1), unit);
}

std::string formatAt(Time t, cal::DatePrecision precision) {
    const cal::CivilDay c = cal::civilFromDays(dayOf(t));
    const std::string year = std::to_string(c.year);
    switch (precision) {
    case cal::DatePrecision::Year:
        return year;
    case cal::DatePrecision::Month:
        return std::string(kMonthLong[std::size_t(c.month - 1)]) + " " + year;
    case cal::DatePrecision::Day:
        return std::to_string(c.day) + " " + kMonthLong[std::size_t(c.month - 1)] + " " + year;
    }
    return year;
}

std::vector<Tick> axisTicks(const TimeWindow& window, float width, float charWidth) {
    std::vector<Tick> ticks;
    const Time days = window.end - window.begin;
    if (days <= 0 || width <= 0) return ticks;
    const float perDay = float(width / days);
    const auto xOf = [&](Time t) { return float((t - window.begin) / days) * width; };
    // The tick unit: the finest that leaves at least 5 pixels between ticks.
    const TimeUnit unit = perDay >= 5        ? TimeUnit::Day
                          : perDay * 7 >= 5  ? TimeUnit::Week
                          : perDay * 30 >= 5 ? TimeUnit::Month
                                             : TimeUnit::Year;
    // Years among years: label every k-th year so that labels fit.
    int yearStep = 1;
    if (unit == TimeUnit::Year)
        for (int k : {1, 2, 5, 10, 20, 50, 100})
            if ((yearStep = k) * perDay * 365.25f >= 5 * charWidth + 8) break;
    for (cal::DayNumber d = unitStart(window.begin, unit); d < window.end; d = nextUnitStart(d, unit)) {
        if (d < window.begin) continue;
        const cal::CivilDay c = cal::civilFromDays(d);
        Tick tick;
        tick.t = d;
        tick.x = xOf(d);
        switch (unit) {
        case TimeUnit::Day:
        case TimeUnit::Week:
            // Among weeks only the month's first Monday is named ("2 Jan 1956"): day numbers of the
            // other Mondays would fit only here and there between the month names.
            tick.major = c.day == 1 || (unit == TimeUnit::Week && c.day <= 7);
            tick.label =
                tick.major ? std::string(kMonthShort[std::size_t(c.month - 1)]) + " " + std::to_string(c.year)
                : unit == TimeUnit::Day ? std::to_string(c.day)
                                        : "";
            if (tick.major && unit == TimeUnit::Week) tick.label = std::to_string(c.day) + " " + tick.label;
            break;
        case TimeUnit::Month:
            // Month names only when every month's fits, else the years alone.
            tick.major = c.month == 1;
            tick.label = tick.major                         ? std::to_string(c.year)
                         : perDay * 28 >= 3 * charWidth + 8 ? kMonthShort[std::size_t(c.month - 1)]
                                                            : "";
            break;
        case TimeUnit::Year:
            tick.major = c.year % yearStep == 0;
            tick.label = tick.major ? std::to_string(c.year) : "";
            break;
        }
        ticks.push_back(std::move(tick));
    }
    // Labels: the majors first, left-aligned at their tick; then the others centred, where they
    // leave room. A label that does not fit is dropped (its tick stays).
    std::vector<std::pair<float, float>> placed;
    const auto labelWidth = [&](const Tick& t) { return float(t.label.size()) * charWidth; };
    for (Tick& t : ticks) {
        if (!t.major || t.label.empty()) continue;
        const float w = labelWidth(t);
        t.labelX = std::clamp(t.x + 2, 0.0f, std::max(0.0f, width - w));
        if (!place(placed, t.labelX, t.labelX + w, 6)) t.label.clear();
    }
    // Days: when every day's number does not fit, keep 5, 10, 15, ... (or every other day).
    int dayStep = 1;
    if (unit == TimeUnit::Day)
        for (int k : {1, 2, 5, 10, 15})
            if ((dayStep = k) * perDay >= 2 * charWidth + 6) break;
    for (Tick& t : ticks) {
        if (t.major || t.label.empty()) continue;
        if (unit == TimeUnit::Day) {
            const int day = cal::civilFromDays(cal::DayNumber(t.t)).day;
            if (day % dayStep != 0 || (dayStep > 1 && day > 30)) {
                t.label.clear();
                continue;
            }
        }
        const float w = labelWidth(t);
        // Wide days: the number in the middle of its day, as the event markers are.
        const float centre = unit == TimeUnit::Day && perDay >= 4 * charWidth ? t.x + perDay / 2 : t.x;
        t.labelX = std::clamp(centre - w / 2, 0.0f, std::max(0.0f, width - w));
        if (!place(placed, t.labelX, t.labelX + w, 6)) t.label.clear();
    }
    return ticks;
}

std::vector<EventGroup> layoutEventLabels(const std::vector<EventMark>& marks, float x0, float x1, int rows,
                                          float mergeDistance, float gap, float badgeWidth) {
    std::vector<std::size_t> order(marks.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return marks[a].x < marks[b].x; });
    std::vector<EventGroup> groups;
    for (std::size_t i : order) {
        if (groups.empty() || marks[i].x - marks[groups.back().members.back()].x > mergeDistance)
            groups.emplace_back();
        groups.back().members.push_back(i);
    }
    std::vector<std::vector<std::pair<float, float>>> placed(std::size_t(std::max(rows, 1)));
    // Groups first: their count badges sit in the first row, and titles go around them.
    for (EventGroup& g : groups) {
        float sum = 0;
        for (std::size_t m : g.members)
            sum += marks[m].x;
        g.x = sum / float(g.members.size());
        if (g.members.size() > 1) placed[0].emplace_back(g.x - badgeWidth / 2, g.x + badgeWidth / 2);
    }
    for (EventGroup& g : groups) {
        if (g.members.size() != 1) continue;
        const float w = marks[g.members.front()].width;
        if (w > x1 - x0) continue;
        const float left = std::clamp(g.x - 4, x0, x1 - w);
        for (int row = 0; row < rows && !g.labelled; ++row)
            if (place(placed[std::size_t(row)], left, left + w, gap)) {
                g.labelled = true;
                g.row = row;
                g.labelX0 = left;
                g.labelX1 = left + w;
            }
    }
    return groups;
}

} // namespace tieline::ui
