// Presence and strength queries at a moment t. Core: no GL.
#include "core/model/active.hpp"

#include <cassert>
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
        const calendar::ResolvedSpan r = resolveSpan(span, data.meta.start, data.meta.end);
        assert(r.begin < r.end); // the loaders refuse a span that ends before it starts
        if (r.contains(t)) return r;
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

} // namespace tieline::core::model
