// Presence and strength queries at a moment t. Core: no GL.
#include "core/model/active.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace tieline::core::model {

double strengthAt(const Tie& tie, calendar::Time t) {
    const auto& keys = tie.strength;
    if (keys.empty()) return 1.0;
    if (t <= keys.front().date.firstDay()) return keys.front().value;
    for (std::size_t i = 1; i < keys.size(); ++i) {
        const double t1 = keys[i].date.firstDay();
        if (t < t1) {
            const double t0 = keys[i - 1].date.firstDay();
            const double u = (t - t0) / (t1 - t0);
            return keys[i - 1].value + u * (keys[i].value - keys[i - 1].value);
        }
    }
    return keys.back().value;
}

namespace {

std::optional<calendar::ResolvedSpan>
spanContaining(const Dataset& data, const std::vector<calendar::Span>& spans, calendar::Time t) {
    for (const calendar::Span& span : spans) {
        // Its ends first (what resolveSpan would give them), the uncertainty windows only for the
        // span that holds: a scan of every span stays cheap.
        if (t < (span.start ? *span.start : data.meta.start).firstDay() ||
            t >= (span.end ? *span.end : data.meta.end).dayAfterLast())
            continue;
        const calendar::ResolvedSpan r = resolveSpan(span, data.meta.start, data.meta.end);
        assert(r.begin < r.end); // the loaders refuse a span that ends before it starts
        assert(r.contains(t));
        return r;
    }
    return std::nullopt;
}

} // namespace

std::optional<calendar::ResolvedSpan> actorSpanAt(const Dataset& data, const Actor& actor, calendar::Time t) {
    if (actor.spans.empty()) {
        calendar::ResolvedSpan always;
        always.begin = std::numeric_limits<calendar::DayNumber>::min();
        always.end = std::numeric_limits<calendar::DayNumber>::max();
        return always;
    }
    return spanContaining(data, actor.spans, t);
}

std::optional<calendar::ResolvedSpan> tieSpanAt(const Dataset& data, const Tie& tie, calendar::Time t) {
    return spanContaining(data, tie.spans, t);
}

ActiveSet activeAt(const Dataset& data, calendar::Time t) {
    ActiveSet set;
    std::vector<char> present;
    activeAt(data, t, set, present);
    return set;
}

void activeAt(const Dataset& data, calendar::Time t, ActiveSet& set, std::vector<char>& present) {
    set.t = t;
    set.actors.clear();
    set.ties.clear();
    present.assign(data.actors.size(), 0);
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        if (const auto span = actorSpanAt(data, data.actors[i], t)) {
            present[i] = 1;
            set.actors.push_back({ActorId(static_cast<std::uint32_t>(i)), span->begin, span->end,
                                  span->approximateAt(t), span->fadeAt(t)});
        }
    }
    for (std::size_t i = 0; i < data.ties.size(); ++i) {
        const Tie& tie = data.ties[i];
        if (!present[tie.from.index()] || !present[tie.to.index()]) continue;
        if (const auto span = tieSpanAt(data, tie, t))
            set.ties.push_back({TieId(static_cast<std::uint32_t>(i)), span->begin, span->end,
                                strengthAt(tie, t), span->approximateAt(t), span->fadeAt(t)});
    }
}

namespace {

std::vector<calendar::ResolvedSpan> overlapping(const Dataset& data, const std::vector<calendar::Span>& spans,
                                                const calendar::Window& w) {
    std::vector<calendar::ResolvedSpan> out;
    for (const calendar::Span& span : spans) {
        if ((span.start ? *span.start : data.meta.start).firstDay() >= w.end ||
            (span.end ? *span.end : data.meta.end).dayAfterLast() <= w.begin)
            continue; // resolved only when it meets the window
        out.push_back(resolveSpan(span, data.meta.start, data.meta.end));
    }
    return out;
}

// The days of [from, to) (a span clipped to the window) that matter for a piecewise-linear
// function: both ends and every keyframe in between.
template <class F> void forEachTurn(const Tie& tie, calendar::DayNumber from, calendar::DayNumber to, F&& f) {
    f(double(from));
    f(double(to - 1));
    for (const StrengthKey& k : tie.strength) {
        const calendar::DayNumber d = k.date.firstDay();
        if (d > from && d < to - 1) f(double(d));
    }
}

} // namespace

void activeDuring(const Dataset& data, const calendar::Window& w, ActiveSet& set,
                  std::vector<char>& present) {
    if (w.end - w.begin == 1) { // one day: the snapshot's own rule, to the bit
        activeAt(data, w.begin, set, present);
        return;
    }
    set.t = w.begin;
    set.actors.clear();
    set.ties.clear();
    // Per actor: the days of the window it is present on, as clipped spans (for the ties' ends).
    std::vector<std::vector<std::pair<calendar::DayNumber, calendar::DayNumber>>> presentDays(
        data.actors.size());
    present.assign(data.actors.size(), 0);
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        const Actor& actor = data.actors[i];
        ActiveActor a{ActorId(static_cast<std::uint32_t>(i)), w.begin, w.end, false, 1.0};
        if (actor.spans.empty()) {
            presentDays[i].push_back({w.begin, w.end});
        } else {
            const auto spans = overlapping(data, actor.spans, w);
            if (spans.empty()) continue;
            a.begin = spans.front().begin;
            a.end = spans.back().end;
            double best = -1;
            for (const calendar::ResolvedSpan& r : spans) {
                const calendar::DayNumber from = std::max(r.begin, w.begin), to = std::min(r.end, w.end);
                presentDays[i].push_back({from, to});
                for (const double d : {double(from), double(to - 1), 0.5 * (from + to - 1)}) {
                    const double f = r.fadeAt(std::floor(d));
                    if (f > best) {
                        best = f;
                        a.fade = f;
                        a.approximate = r.approximateAt(std::floor(d));
                    }
                }
            }
        }
        present[i] = 1;
        set.actors.push_back(a);
    }
    for (std::size_t i = 0; i < data.ties.size(); ++i) {
        const Tie& tie = data.ties[i];
        if (!present[tie.from.index()] || !present[tie.to.index()]) continue;
        ActiveTie t{TieId(static_cast<std::uint32_t>(i)), 0, 0, -1.0, false, 1.0, false};
        double best = -1;
        calendar::DayNumber covered = 0;
        for (const calendar::ResolvedSpan& r : overlapping(data, tie.spans, w)) {
            // The days both ends are present on, within this span and the window.
            for (const auto& [fa, ta] : presentDays[tie.from.index()])
                for (const auto& [fb, tb] : presentDays[tie.to.index()]) {
                    const calendar::DayNumber from = std::max({r.begin, w.begin, fa, fb}),
                                              to = std::min({r.end, w.end, ta, tb});
                    if (from >= to) continue;
                    covered += to - from;
                    if (t.strength < 0) {
                        t.begin = r.begin;
                        t.end = r.end;
                    }
                    forEachTurn(tie, from, to, [&](double d) {
                        t.strength = std::max(t.strength, strengthAt(tie, d));
                        const double f = r.fadeAt(d);
                        if (f > best) {
                            best = f;
                            t.fade = f;
                            t.approximate = r.approximateAt(d);
                        }
                    });
                }
        }
        if (t.strength < 0) continue;
        t.partial = covered < w.end - w.begin;
        set.ties.push_back(t);
    }
}

ActiveSet activeDuring(const Dataset& data, const calendar::Window& window) {
    ActiveSet set;
    std::vector<char> present;
    activeDuring(data, window, set, present);
    return set;
}

} // namespace tieline::core::model
