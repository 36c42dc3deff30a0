// Choosing and checking spans, strengths and claims during an import. Core: no GL.
#include "core/interop/detail/import_values.hpp"

#include "core/interop/detail/notation.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <set>

namespace tieline::core::interop {

namespace {

using nlohmann::json;

// Open ends stand for minus and plus infinity when spans are compared or merged.
calendar::DayNumber beginOf(const std::optional<calendar::Date>& start) {
    return start ? start->firstDay() : INT_MIN;
}
calendar::DayNumber endOf(const std::optional<calendar::Date>& end) {
    return end ? end->dayAfterLast() : INT_MAX;
}

// The exact attributes tieline writes: spans and strengths in Gephi's notation, claims in JSON.
std::optional<std::vector<TimeInterval>> parseExactIntervals(const RawExact& exact, const char* what,
                                                             Reporter& report) {
    std::vector<TimeInterval> intervals;
    std::string why;
    if (parseIntervalList(exact.text, TimeFormat::Any, intervals, why)) return intervals;
    report.warning(exact.where, std::string("the \"") + what +
                                    "\" attribute is not in the notation tieline writes (" + why +
                                    "); using the file's own times");
    return std::nullopt;
}

std::optional<std::vector<calendar::Span>> parseExactSpans(const RawExact& exact, Reporter& report) {
    const auto intervals = parseExactIntervals(exact, "spans", report);
    if (!intervals) return std::nullopt;
    std::vector<calendar::Span> spans;
    for (const TimeInterval& i : *intervals)
        spans.push_back(calendar::Span{i.start, i.end});
    return spans;
}

bool sameSpans(const std::vector<calendar::Span>& exact, const std::vector<RawSpan>& raw) {
    if (exact.size() != raw.size()) return false;
    for (std::size_t i = 0; i < raw.size(); ++i)
        if (exact[i].start.has_value() != raw[i].start.has_value() ||
            exact[i].end.has_value() != raw[i].end.has_value() ||
            beginOf(exact[i].start) != beginOf(raw[i].start) || endOf(exact[i].end) != endOf(raw[i].end))
            return false;
    return true;
}

} // namespace

std::vector<calendar::Span> chooseSpans(const std::vector<RawSpan>& raw, bool points, const RawExact& exact,
                                        Reporter& report, bool& ok) {
    for (const RawSpan& s : raw) {
        if (s.start && s.end && s.end->dayAfterLast() <= s.start->firstDay()) {
            report.error(s.where, "the interval ends (" + s.end->toString() + ") before it starts (" +
                                      s.start->toString() + ")");
            ok = false;
        }
    }
    if (!ok) return {};
    if (raw.size() == 1 && !exact.present())
        return {calendar::Span{raw[0].start, raw[0].end}}; // the common case
    if (exact.present()) {
        if (auto spans = parseExactSpans(exact, report)) {
            if (sameSpans(*spans, raw)) return *spans;
            report.warning(exact.where,
                           "the \"spans\" attribute disagrees with the file's spells (edited in another "
                           "tool?); using the spells");
        }
    }
    std::vector<RawSpan> sorted = raw;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RawSpan& a, const RawSpan& b) { return beginOf(a.start) < beginOf(b.start); });
    std::vector<calendar::Span> out;
    for (const RawSpan& s : sorted) {
        if (!out.empty()) {
            calendar::Span& last = out.back();
            const bool overlaps = beginOf(s.start) < endOf(last.end);
            const bool touches = points && beginOf(s.start) == endOf(last.end);
            if (overlaps || touches) { // the union of presence: extend the span before
                if (endOf(s.end) > endOf(last.end)) last.end = s.end;
                continue;
            }
        }
        out.push_back(calendar::Span{s.start, s.end});
    }
    return out;
}

std::vector<model::StrengthKey> chooseStrength(const RawEdge& edge, Reporter& report) {
    if (edge.keyframes.empty() && !edge.exactStrength.present()) return {};
    std::vector<RawKeyframe> keys = edge.keyframes;
    std::stable_sort(keys.begin(), keys.end(), [](const RawKeyframe& a, const RawKeyframe& b) {
        return a.date.firstDay() < b.date.firstDay();
    });
    std::vector<model::StrengthKey> out;
    for (const RawKeyframe& k : keys) {
        if (!out.empty() && out.back().date.firstDay() == k.date.firstDay()) {
            report.warning(k.where,
                           "a second weight starting on " + k.date.toString() + "; the first one is used");
            continue;
        }
        out.push_back(model::StrengthKey{k.date, std::abs(k.weight)});
    }
    if (!edge.exactStrength.present()) return out;
    const auto intervals = parseExactIntervals(edge.exactStrength, "strength", report);
    if (!intervals) return out;
    std::vector<model::StrengthKey> exact;
    for (const TimeInterval& i : *intervals) {
        const auto v = parseNumber(i.value);
        // In weight units (scaled with the weights afterwards): 0..1, or up to the largest weight.
        if (!i.start || !v || !(*v >= 0.0 && std::isfinite(*v))) return out;
        exact.push_back(model::StrengthKey{*i.start, *v});
    }
    const bool same = exact.size() == out.size() &&
                      std::equal(exact.begin(), exact.end(), out.begin(),
                                 [](const model::StrengthKey& a, const model::StrengthKey& b) {
                                     return a.date.firstDay() == b.date.firstDay() && a.value == b.value;
                                 });
    if (same) return exact;
    report.warning(edge.exactStrength.where,
                   "the \"strength\" attribute disagrees with the file's weights (edited in "
                   "another tool?); using the weights");
    return out;
}

std::optional<std::vector<RawClaim>> exactClaims(const RawEdge& edge, Reporter& report) {
    if (!edge.exactClaims.present()) return std::nullopt;
    const json value = json::parse(edge.exactClaims.text, nullptr, false);
    if (value.is_discarded() || !value.is_array()) {
        report.warning(edge.exactClaims.where,
                       "the \"claims\" attribute is not the JSON array tieline writes; using "
                       "the \"sources\" list");
        return std::nullopt;
    }
    std::vector<RawClaim> claims;
    const auto text = [](const json& obj, const char* key) {
        const auto it = obj.find(key);
        return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    for (const json& item : value) {
        if (!item.is_object() || !item.contains("source") || !item["source"].is_string()) {
            report.warning(edge.exactClaims.where,
                           "a claim in the \"claims\" attribute has no \"source\"; using the "
                           "\"sources\" list instead");
            return std::nullopt;
        }
        RawClaim c;
        c.key = text(item, "id");
        c.source = text(item, "source");
        c.locator = text(item, "locator");
        c.quote = text(item, "quote");
        c.supports = text(item, "supports");
        c.note = text(item, "note");
        if (const auto it = item.find("contradicts"); it != item.end() && it->is_array())
            for (const json& k : *it)
                if (k.is_string()) c.contradicts.push_back(k.get<std::string>());
        c.where = c.contradictsWhere = edge.exactClaims.where;
        claims.push_back(std::move(c));
    }
    // Gephi users edit the readable "sources" list, not the JSON: when they differ, the list wins.
    std::set<std::string> fromClaims, fromList(edge.sources.begin(), edge.sources.end());
    for (const RawClaim& c : claims)
        fromClaims.insert(c.source);
    if (fromClaims != fromList) {
        report.warning(edge.exactClaims.where,
                       "the \"claims\" attribute names other sources than the \"sources\" "
                       "list (edited in another tool?); using the list");
        return std::nullopt;
    }
    return claims;
}

namespace {

// A range bound on a whole month or year is written as that month or year ("1955-01-01" -> "1955").
calendar::Date coarsen(calendar::Date d, bool isStart) {
    d.approximate = false;
    if (d.precision() == calendar::DatePrecision::Day &&
        d.day == (isStart ? 1 : calendar::daysInMonth(d.year, d.month)))
        d.day = 0;
    if (d.precision() == calendar::DatePrecision::Month && d.month == (isStart ? 1 : 12)) d.month = 0;
    return d;
}

} // namespace

std::optional<std::pair<calendar::Date, calendar::Date>> datedExtent(const model::Dataset& data) {
    std::optional<calendar::Date> first, last;
    const auto consider = [&](const std::optional<calendar::Date>& date) {
        if (!date) return;
        if (!first || date->firstDay() < first->firstDay()) first = date;
        if (!last || date->dayAfterLast() > last->dayAfterLast()) last = date;
    };
    for (const model::Actor& a : data.actors)
        for (const calendar::Span& s : a.spans)
            consider(s.start), consider(s.end);
    for (const model::Tie& t : data.ties) {
        for (const calendar::Span& s : t.spans)
            consider(s.start), consider(s.end);
        for (const model::StrengthKey& k : t.strength)
            consider(k.date);
    }
    if (!first) return std::nullopt;
    return std::pair{*first, *last};
}

void resolveRange(model::Dataset& data, const RawGraph& raw, const ImportOptions& options, Reporter& report,
                  bool& ok) {
    const auto extent = datedExtent(data);
    const std::optional<calendar::Date> first = extent ? std::optional(extent->first) : std::nullopt;
    const std::optional<calendar::Date> last = extent ? std::optional(extent->second) : std::nullopt;
    if (!first && !raw.start && !raw.end && !(options.rangeStart && options.rangeEnd) && !report.failed())
        report.warning(raw.rangeWhere, "the network has no dates: it is shown as it is throughout " +
                                           std::to_string(options.staticYear));
    const calendar::Date fallback{options.staticYear, 0, 0, false};
    model::Meta& m = data.meta;
    m.start = options.rangeStart ? *options.rangeStart
              : raw.start        ? coarsen(*raw.start, true)
              : first            ? calendar::Date{first->year, 0, 0, false}
                                 : fallback;
    m.end = options.rangeEnd ? *options.rangeEnd
            : raw.end        ? coarsen(*raw.end, false)
            : last           ? calendar::Date{std::max(last->year, m.start.year), 0, 0, false}
                             : calendar::Date{m.start.year, 0, 0, false};
    if (m.end.dayAfterLast() <= m.start.firstDay()) {
        report.error(raw.rangeWhere, "the time range ends (" + m.end.toString() + ") before it starts (" +
                                         m.start.toString() + ")");
        ok = false;
    }
}

} // namespace tieline::core::interop
