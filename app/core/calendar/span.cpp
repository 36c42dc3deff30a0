// Resolving written spans against a dataset's range, and their uncertainty windows. Core: no GL.
#include "core/calendar/span.hpp"

#include <algorithm>

namespace tieline::core::calendar {

ResolvedSpan resolveSpan(const Span& span, const Date& rangeStart, const Date& rangeEnd) {
    ResolvedSpan r;
    const Date& start = span.start ? *span.start : rangeStart;
    const Date& end = span.end ? *span.end : rangeEnd;
    r.begin = start.firstDay();
    r.end = end.dayAfterLast();
    if (span.start && span.start->approximate) {
        r.beginUncertainFrom = span.start->uncertainFrom();
        r.beginUncertainUntil = span.start->uncertainUntil();
    }
    if (span.end && span.end->approximate) {
        // The end is exclusive: the window is where the last day present may really fall.
        r.endUncertainFrom = span.end->uncertainFrom();
        r.endUncertainUntil = span.end->uncertainUntil();
        // A tie cannot have ended before it certainly began: the end's margin starts no earlier
        // than that, so on its exact first day a tie ending "~1957" is shown in full.
        const DayNumber certainFrom =
            r.beginUncertainUntil > r.beginUncertainFrom ? r.beginUncertainUntil : r.begin;
        if (certainFrom > r.endUncertainFrom && certainFrom < r.endUncertainUntil)
            r.endUncertainFrom = certainFrom;
    }
    return r;
}

bool ResolvedSpan::approximateAt(Time t) const {
    return (t >= beginUncertainFrom && t < beginUncertainUntil) ||
           (t >= endUncertainFrom && t < endUncertainUntil);
}

double ResolvedSpan::fadeAt(Time t) const {
    double fade = 1.0;
    if (beginUncertainUntil > beginUncertainFrom && t < beginUncertainUntil) {
        const double width = beginUncertainUntil - beginUncertainFrom;
        fade = std::min(fade, std::clamp((t - beginUncertainFrom) / width, 0.0, 1.0));
    }
    if (endUncertainUntil > endUncertainFrom && t >= endUncertainFrom) {
        const double width = endUncertainUntil - endUncertainFrom;
        fade = std::min(fade, std::clamp((endUncertainUntil - t) / width, 0.0, 1.0));
    }
    return fade;
}

} // namespace tieline::core::calendar
