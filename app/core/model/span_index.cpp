// Indexed active sets (span_index.hpp). The per-actor and per-tie rules are those of active.cpp,
// applied only to the actors and ties the index finds.
#include "core/model/span_index.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace tieline::core::model {

void SpanIndex::Spans::add(const Dataset& data, const std::vector<calendar::Span>& list) {
    if (first.empty()) first.push_back(0);
    for (const calendar::Span& span : list) {
        const calendar::ResolvedSpan r = resolveSpan(span, data.meta.start, data.meta.end);
        assert(r.begin < r.end); // the loaders refuse a span that ends before it starts
        spans.push_back(r);
    }
    first.push_back(std::uint32_t(spans.size()));
}

void SpanIndex::Spans::finish() {
    if (first.empty()) first.push_back(0);
    std::vector<Interval> intervals;
    intervals.reserve(spans.size());
    byBegin.reserve(spans.size());
    for (std::uint32_t i = 0; i + 1 < first.size(); ++i)
        for (std::uint32_t k = first[i]; k < first[i + 1]; ++k) {
            intervals.push_back({double(spans[k].begin), double(spans[k].end), i});
            byBegin.push_back({spans[k].begin, i});
        }
    index = IntervalIndex(std::move(intervals));
    std::sort(byBegin.begin(), byBegin.end());
}

void SpanIndex::Spans::holding(calendar::Time t, std::vector<std::uint32_t>& out) const {
    index.stab(t, out); // sorted; an entity twice when two of its spans hold
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

void SpanIndex::Spans::meeting(calendar::DayNumber b, calendar::DayNumber e,
                               std::vector<std::uint32_t>& out) const {
    // Those holding on the window's first day, and those beginning inside it.
    index.stab(double(b), out);
    const auto from = std::upper_bound(byBegin.begin(), byBegin.end(),
                                       std::pair(b, std::numeric_limits<std::uint32_t>::max()));
    const auto to = std::lower_bound(from, byBegin.end(), std::pair(e, std::uint32_t(0)));
    for (auto it = from; it != to; ++it)
        out.push_back(it->second);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

SpanIndex::SpanIndex(const Dataset& data) : m_actorCount(data.actors.size()), m_tieCount(data.ties.size()) {
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        m_actors.add(data, data.actors[i].spans);
        if (data.actors[i].spans.empty()) m_timeless.push_back(std::uint32_t(i));
    }
    m_keyFirst.reserve(data.ties.size() + 1);
    m_keyFirst.push_back(0);
    for (const Tie& tie : data.ties) {
        m_ties.add(data, tie.spans);
        for (const StrengthKey& k : tie.strength)
            m_keyDays.push_back(k.date.firstDay());
        m_keyFirst.push_back(std::uint32_t(m_keyDays.size()));
    }
    m_actors.finish();
    m_ties.finish();
}

bool SpanIndex::fits(const Dataset& data) const {
    return m_actorCount == data.actors.size() && m_tieCount == data.ties.size() &&
           m_actors.first.size() == data.actors.size() + 1 && m_ties.first.size() == data.ties.size() + 1;
}

double SpanIndex::strengthAt(const Tie& tie, std::uint32_t i, calendar::Time t) const {
    const auto& keys = tie.strength;
    if (i + 1 >= m_keyFirst.size() || m_keyFirst[i + 1] - m_keyFirst[i] != keys.size())
        return model::strengthAt(tie, t); // not the tie it was built for: the plain rule
    if (keys.empty()) return 1.0;
    const calendar::DayNumber* days = m_keyDays.data() + m_keyFirst[i];
    if (t <= days[0]) return keys.front().value;
    for (std::size_t k = 1; k < keys.size(); ++k) {
        const double t1 = days[k];
        if (t < t1) {
            const double t0 = days[k - 1];
            const double u = (t - t0) / (t1 - t0);
            return keys[k - 1].value + u * (keys[k].value - keys[k - 1].value);
        }
    }
    return keys.back().value;
}

namespace {

// The sorted union of two sorted lists of distinct ids, into `a`.
void mergeInto(std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
               std::vector<std::uint32_t>& scratch) {
    if (b.empty()) return;
    scratch.clear();
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(scratch));
    a.swap(scratch);
}

} // namespace

void SpanIndex::activeAt(const Dataset& data, calendar::Time t, ActiveSet& set,
                         std::vector<char>& present) const {
    assert(fits(data));
    set.t = t;
    set.actors.clear();
    set.ties.clear();
    present.assign(data.actors.size(), 0);
    m_actors.holding(t, m_ids);
    mergeInto(m_ids, m_timeless, m_more);
    for (const std::uint32_t i : m_ids) {
        calendar::ResolvedSpan span; // model::actorSpanAt: the first span containing t, or always
        if (m_actors.begin(i) == m_actors.end(i)) {
            span.begin = std::numeric_limits<calendar::DayNumber>::min();
            span.end = std::numeric_limits<calendar::DayNumber>::max();
        } else {
            span = *std::find_if(m_actors.begin(i), m_actors.end(i),
                                 [&](const calendar::ResolvedSpan& r) { return r.contains(t); });
        }
        present[i] = 1;
        set.actors.push_back({ActorId(i), span.begin, span.end, span.approximateAt(t), span.fadeAt(t)});
    }
    m_ties.holding(t, m_ids);
    for (const std::uint32_t i : m_ids) {
        const Tie& tie = data.ties[i];
        if (!present[tie.from.index()] || !present[tie.to.index()]) continue;
        const calendar::ResolvedSpan& span = *std::find_if(
            m_ties.begin(i), m_ties.end(i), [&](const calendar::ResolvedSpan& r) { return r.contains(t); });
        set.ties.push_back(
            {TieId(i), span.begin, span.end, strengthAt(tie, i, t), span.approximateAt(t), span.fadeAt(t)});
    }
}

std::vector<int> SpanIndex::activeTieCounts(const Dataset& data,
                                            const std::vector<calendar::Time>& times) const {
    assert(fits(data) && std::is_sorted(times.begin(), times.end()));
    std::vector<int> counts(times.size(), 0);
    std::vector<std::uint32_t> seen(times.size(), 0);       // tie i + 1 once counted at that time
    const auto present = [&](ActorId a, calendar::Time t) { // as activeAt's actors
        const std::uint32_t i = std::uint32_t(a.index());
        return m_actors.begin(i) == m_actors.end(i) ||
               std::any_of(m_actors.begin(i), m_actors.end(i),
                           [&](const calendar::ResolvedSpan& r) { return r.contains(t); });
    };
    for (std::uint32_t i = 0; i < std::uint32_t(data.ties.size()); ++i) {
        const Tie& tie = data.ties[i];
        for (const calendar::ResolvedSpan* r = m_ties.begin(i); r != m_ties.end(i); ++r)
            for (auto j = std::size_t(std::lower_bound(times.begin(), times.end(), double(r->begin)) -
                                      times.begin());
                 j < times.size() && r->contains(times[j]); ++j) {
                if (seen[j] == i + 1) continue; // a second span holding then
                seen[j] = i + 1;
                if (present(tie.from, times[j]) && present(tie.to, times[j])) ++counts[j];
            }
    }
    return counts;
}

namespace {

// model::activeDuring's forEachTurn (active.cpp), over the keys' first days.
template <class F>
void forEachTurn(const calendar::DayNumber* keyDays, std::size_t keys, calendar::DayNumber from,
                 calendar::DayNumber to, F&& f) {
    f(double(from));
    f(double(to - 1));
    for (std::size_t k = 0; k < keys; ++k) {
        const calendar::DayNumber d = keyDays[k];
        if (d > from && d < to - 1) f(double(d));
    }
}

} // namespace

void SpanIndex::activeDuring(const Dataset& data, const calendar::Window& w, ActiveSet& set,
                             std::vector<char>& present) const {
    if (w.end - w.begin == 1) {
        activeAt(data, w.begin, set, present);
        return;
    }
    assert(fits(data));
    set.t = w.begin;
    set.actors.clear();
    set.ties.clear();
    present.assign(data.actors.size(), 0);
    // Per present actor: the days of the window it is present on (clipped spans), in `days`.
    using DayRange = std::pair<calendar::DayNumber, calendar::DayNumber>;
    std::vector<DayRange> days;
    std::vector<std::uint32_t> daysFirst(data.actors.size() + 1, 0), daysCount(data.actors.size(), 0);
    m_actors.meeting(w.begin, w.end, m_ids);
    mergeInto(m_ids, m_timeless, m_more);
    for (const std::uint32_t i : m_ids) {
        ActiveActor a{ActorId(i), w.begin, w.end, false, 1.0};
        daysFirst[i] = std::uint32_t(days.size());
        if (m_actors.begin(i) == m_actors.end(i)) {
            days.push_back({w.begin, w.end});
        } else {
            bool any = false;
            double best = -1;
            for (const calendar::ResolvedSpan* r = m_actors.begin(i); r != m_actors.end(i); ++r) {
                if (!(r->begin < w.end && r->end > w.begin)) continue;
                if (!any) a.begin = r->begin;
                any = true;
                a.end = r->end;
                const calendar::DayNumber from = std::max(r->begin, w.begin), to = std::min(r->end, w.end);
                days.push_back({from, to});
                for (const double d : {double(from), double(to - 1), 0.5 * (from + to - 1)}) {
                    const double f = r->fadeAt(std::floor(d));
                    if (f > best) {
                        best = f;
                        a.fade = f;
                        a.approximate = r->approximateAt(std::floor(d));
                    }
                }
            }
            if (!any) continue;
        }
        daysCount[i] = std::uint32_t(days.size()) - daysFirst[i];
        present[i] = 1;
        set.actors.push_back(a);
    }
    m_ties.meeting(w.begin, w.end, m_ids);
    for (const std::uint32_t i : m_ids) {
        const Tie& tie = data.ties[i];
        const std::size_t fromActor = tie.from.index(), toActor = tie.to.index();
        if (!present[fromActor] || !present[toActor]) continue;
        ActiveTie t{TieId(i), 0, 0, -1.0, false, 1.0, false};
        // The keys' days as the tie's own (strengthAt falls back to the tie alike).
        std::vector<calendar::DayNumber>& ownDays = m_keyScratch;
        const calendar::DayNumber* keyDays = m_keyDays.data() + m_keyFirst[i];
        const std::size_t keyCount = tie.strength.size();
        if (m_keyFirst[i + 1] - m_keyFirst[i] != keyCount) {
            ownDays.clear();
            for (const StrengthKey& k : tie.strength)
                ownDays.push_back(k.date.firstDay());
            keyDays = ownDays.data();
        }
        double best = -1;
        calendar::DayNumber covered = 0;
        for (const calendar::ResolvedSpan* r = m_ties.begin(i); r != m_ties.end(i); ++r) {
            if (!(r->begin < w.end && r->end > w.begin)) continue;
            for (std::uint32_t ka = 0; ka < daysCount[fromActor]; ++ka)
                for (std::uint32_t kb = 0; kb < daysCount[toActor]; ++kb) {
                    const auto [fa, ta] = days[daysFirst[fromActor] + ka];
                    const auto [fb, tb] = days[daysFirst[toActor] + kb];
                    const calendar::DayNumber from = std::max({r->begin, w.begin, fa, fb}),
                                              to = std::min({r->end, w.end, ta, tb});
                    if (from >= to) continue;
                    covered += to - from;
                    if (t.strength < 0) {
                        t.begin = r->begin;
                        t.end = r->end;
                    }
                    forEachTurn(keyDays, keyCount, from, to, [&](double d) {
                        t.strength = std::max(t.strength, strengthAt(tie, i, d));
                        const double f = r->fadeAt(d);
                        if (f > best) {
                            best = f;
                            t.fade = f;
                            t.approximate = r->approximateAt(d);
                        }
                    });
                }
        }
        if (t.strength < 0) continue;
        t.partial = covered < w.end - w.begin;
        set.ties.push_back(t);
    }
}

} // namespace tieline::core::model
