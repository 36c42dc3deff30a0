// Periods of presence, half-open on the day axis. Core: no GL.
#pragma once

#include "core/calendar/date.hpp"

#include <optional>
#include <vector>

namespace tieline::core::calendar {

// As written in a dataset: either end may be omitted (the dataset's start or end stands in).
struct Span {
    std::optional<Date> start;
    std::optional<Date> end;
};

// A span resolved against a dataset's range: [begin, end) in days, and the uncertainty windows of
// approximate ends (empty when the end is exact).
struct ResolvedSpan {
    DayNumber begin = 0;
    DayNumber end = 0;
    DayNumber beginUncertainFrom = 0, beginUncertainUntil = 0;
    DayNumber endUncertainFrom = 0, endUncertainUntil = 0;

    bool contains(Time t) const { return t >= begin && t < end; }
    // True when t lies in the uncertainty window of an approximate start or end.
    bool approximateAt(Time t) const;
    // Opacity for drawing: ramps from 0 to 1 across an approximate start's window and back to 0
    // across an approximate end's window; 1 where both ends are exact.
    double fadeAt(Time t) const;
};

ResolvedSpan resolveSpan(const Span& span, const Date& rangeStart, const Date& rangeEnd);

} // namespace tieline::core::calendar
