// Readers for ties (with their strengths and claims), events and stories. Core: no GL.
#include "core/io/detail/load_context.hpp"

#include <cmath>

namespace tieline::core::io {

namespace {

using C = JsonChecker;

std::vector<model::StrengthKey> strengthKeys(LoadContext& ctx, const json& item, const std::string& ptr) {
    std::vector<model::StrengthKey> out;
    ctx.forEachElement(item, ptr, "strength", [&](const json& key, const std::string& keyPtr) {
        if (!key.is_array() || key.size() != 2) {
            ctx.check.error(keyPtr, "expected a keyframe [date, value] such as [\"1956-09\", 0.5], found " +
                                        describeJson(key));
            return;
        }
        const auto date = ctx.dateValue(key[0], C::child(keyPtr, 0));
        if (!key[1].is_number()) {
            ctx.check.error(C::child(keyPtr, 1),
                            "expected a strength from 0 to 1, found " + describeJson(key[1]));
            return;
        }
        const double value = key[1].get<double>();
        if (!(value >= 0.0 && value <= 1.0)) {
            ctx.check.error(C::child(keyPtr, 1), "expected a strength from 0 to 1, found " + key[1].dump());
            return;
        }
        if (!date) return;
        if (!out.empty() && date->firstDay() <= out.back().date.firstDay()) {
            ctx.check.error(C::child(keyPtr, 0), "keyframe dates must increase: " + date->toString() +
                                                     " does not come after " + out.back().date.toString());
            return;
        }
        model::StrengthKey keyframe;
        keyframe.date = *date;
        keyframe.value = value;
        out.push_back(keyframe);
    });
    return out;
}

} // namespace

std::vector<model::Claim> readClaims(LoadContext& ctx, const json& item, const std::string& ptr) {
    std::vector<model::Claim> out;
    ctx.forEachElement(item, ptr, "claims", [&](const json& c, const std::string& claimPtr) {
        if (!ctx.check.expectObject(c, claimPtr, "a claim")) return;
        ctx.check.knownMembers(c, claimPtr,
                               {"id", "source", "locator", "quote", "supports", "note", "contradicts"});
        model::Claim claim;
        if (c.contains("id")) {
            claim.key = ctx.id(c, claimPtr);
            if (!claim.key.empty()) {
                const auto [it, inserted] = ctx.claimIdAt.emplace(claim.key, claimPtr);
                if (!inserted)
                    ctx.check.error(C::child(claimPtr, "id"), "duplicate claim id " + inQuotes(claim.key) +
                                                                  " (already used at " + it->second + ")");
            }
        }
        if (const json* source = ctx.check.string(c, claimPtr, "source", true))
            claim.source = ctx.resolve<model::SourceId>(ctx.data.sourceByKey, source->get<std::string>(),
                                                        C::child(claimPtr, "source"), "source");
        claim.locator = ctx.check.text(c, claimPtr, "locator");
        if (const json* quote = ctx.check.string(c, claimPtr, "quote", false)) {
            claim.quote = quote->get<std::string>();
            if (claim.quote.find_first_not_of(" \t\r\n") == std::string::npos)
                ctx.check.error(
                    C::child(claimPtr, "quote"),
                    "expected a verbatim quote, found an empty string (omit \"quote\" when there is none)");
        }
        claim.supports = ctx.check.text(c, claimPtr, "supports");
        claim.note = ctx.check.text(c, claimPtr, "note");
        claim.contradicts = ctx.strings(c, claimPtr, "contradicts");
        out.push_back(std::move(claim));
    });
    return out;
}

namespace {

// True when the two resolved span lists share at least one day.
bool anyOverlap(const model::Dataset& data, const std::vector<calendar::Span>& a,
                const std::vector<calendar::Span>& b) {
    if (b.empty()) return true; // present throughout
    for (const calendar::Span& x : a) {
        const calendar::ResolvedSpan rx = resolveSpan(x, data.meta.start, data.meta.end);
        for (const calendar::Span& y : b) {
            const calendar::ResolvedSpan ry = resolveSpan(y, data.meta.start, data.meta.end);
            if (rx.begin < ry.end && ry.begin < rx.end) return true;
        }
    }
    return false;
}

} // namespace

void readTie(LoadContext& ctx, const json& item, const std::string& ptr, model::Tie& t,
             std::vector<Contradiction>& contradictions) {
    ctx.check.knownMembers(
        item, ptr,
        {"id", "from", "to", "type", "directed", "spans", "strength", "confidence", "claims", "note", "ref"});
    if (const json* v = ctx.check.string(item, ptr, "from", true))
        t.from = ctx.resolve<model::ActorId>(ctx.data.actorByKey, v->get<std::string>(),
                                             C::child(ptr, "from"), "actor");
    if (const json* v = ctx.check.string(item, ptr, "to", true))
        t.to = ctx.resolve<model::ActorId>(ctx.data.actorByKey, v->get<std::string>(), C::child(ptr, "to"),
                                           "actor");
    if (const json* v = ctx.check.string(item, ptr, "type", true))
        t.type = ctx.resolve<model::TieTypeId>(ctx.data.tieTypeByKey, v->get<std::string>(),
                                               C::child(ptr, "type"), "tie type");
    if (const json* v = ctx.check.boolean(item, ptr, "directed", false)) t.directed = v->get<bool>();
    if (t.from.valid() && t.from == t.to)
        ctx.check.warning(C::child(ptr, "to"), "a tie from an actor to itself");
    t.spans = ctx.spans(item, ptr, true);
    t.strength = strengthKeys(ctx, item, ptr);
    if (const auto c = ctx.confidence(item, ptr, true)) t.confidence = *c;
    t.claims = readClaims(ctx, item, ptr);
    // Every tie should say where it comes from: --strict fails on one no claim supports.
    if (ctx.strict && t.claims.empty())
        ctx.check.warning(item.contains("claims") ? C::child(ptr, "claims") : ptr,
                          "the tie has no claims: no source supports it (add a claim citing a source)");
    for (std::size_t c = 0; c < t.claims.size(); ++c)
        for (std::size_t k = 0; k < t.claims[c].contradicts.size(); ++k)
            contradictions.push_back(
                {t.claims[c].contradicts[k],
                 C::child(C::child(C::child(C::child(ptr, "claims"), c), "contradicts"), k),
                 t.claims[c].key});
    t.note = ctx.check.text(item, ptr, "note");
    t.ref = ctx.check.text(item, ptr, "ref");
    for (const model::ActorId end : {t.from, t.to}) {
        if (!end.valid() || t.spans.empty()) continue;
        const model::Actor& actor = ctx.data.actor(end);
        if (!anyOverlap(ctx.data, t.spans, actor.spans))
            ctx.check.warning(C::child(ptr, "spans"), "the tie is never visible: " + inQuotes(actor.key) +
                                                          " is not present during any of its spans");
    }
}

void checkContradictions(LoadContext& ctx, const std::vector<Contradiction>& contradictions) {
    for (const Contradiction& c : contradictions) {
        if (!ctx.claimIdAt.contains(c.target))
            ctx.check.error(c.pointer, "unknown claim " + inQuotes(c.target));
        else if (c.target == c.own)
            ctx.check.error(c.pointer, "a claim cannot contradict itself (" + inQuotes(c.target) + ")");
    }
}

void loadTies(LoadContext& ctx, const json& root) {
    std::vector<Contradiction> contradictions;
    forEachItem(root, "ties", [&](const json& item, const std::string& ptr, std::size_t i) {
        readTie(ctx, item, ptr, ctx.data.ties[i], contradictions);
    });
    checkContradictions(ctx, contradictions);
}

namespace {

// True when a date shares no day with the dataset's range (meta start to end).
bool outsideRange(const LoadContext& ctx, const calendar::Date& date) {
    const model::Meta& m = ctx.data.meta;
    return date.dayAfterLast() <= m.start.firstDay() || date.firstDay() >= m.end.dayAfterLast();
}

std::string rangeText(const LoadContext& ctx) {
    return ctx.data.meta.start.toString() + " to " + ctx.data.meta.end.toString();
}

} // namespace

model::Event readEvent(LoadContext& ctx, const json& item, const std::string& ptr) {
    ctx.check.knownMembers(
        item, ptr,
        {"id", "date", "end", "title", "description", "actors", "sources", "confidence", "note", "ref"});
    model::Event e;
    if (item.contains("id") && item["id"].is_string()) e.key = item["id"].get<std::string>();
    const auto date = ctx.date(item, ptr, "date", true);
    if (date) e.date = *date;
    e.end = ctx.date(item, ptr, "end", false);
    if (date && e.end && e.end->dayAfterLast() <= date->firstDay())
        ctx.check.error(C::child(ptr, "end"), "the event ends (" + e.end->toString() +
                                                  ") before it starts (" + date->toString() + ")");
    e.title = ctx.check.text(item, ptr, "title", true);
    e.description = ctx.check.text(item, ptr, "description");
    e.actors = ctx.actorRefs(item, ptr, "actors");
    e.sources = ctx.sourceRefs(item, ptr, "sources");
    e.confidence = ctx.confidence(item, ptr, false);
    e.note = ctx.check.text(item, ptr, "note");
    e.ref = ctx.check.text(item, ptr, "ref");
    return e;
}

void loadEvents(LoadContext& ctx, const json& root) {
    forEachItem(root, "events", [&](const json& item, const std::string& ptr, std::size_t) {
        ctx.data.events.push_back(readEvent(ctx, item, ptr));
    });
}

model::Story readStory(LoadContext& ctx, const json& item, const std::string& ptr) {
    ctx.check.knownMembers(item, ptr, {"id", "title", "description", "stops"});
    model::Story s;
    if (item.contains("id") && item["id"].is_string()) s.key = item["id"].get<std::string>();
    s.title = ctx.check.text(item, ptr, "title", true);
    s.description = ctx.check.text(item, ptr, "description");
    if (const json* stops = ctx.check.array(item, ptr, "stops", true)) {
        if (stops->empty())
            ctx.check.error(C::child(ptr, "stops"), "expected at least one stop, found an empty array");
        for (std::size_t k = 0; k < stops->size(); ++k) {
            const std::string stopPtr = C::child(C::child(ptr, "stops"), k);
            const json& stop = (*stops)[k];
            if (!ctx.check.expectObject(stop, stopPtr, "a story stop")) continue;
            ctx.check.knownMembers(stop, stopPtr, {"date", "title", "caption", "focus"});
            model::StoryStop st;
            if (const auto date = ctx.date(stop, stopPtr, "date", true)) {
                st.date = *date;
                // A stop the timeline cannot reach is shown at the range's edge: --strict fails.
                if (outsideRange(ctx, *date))
                    ctx.check.warning(C::child(stopPtr, "date"),
                                      "the stop's date (" + date->toString() +
                                          ") is outside the dataset's range (" + rangeText(ctx) +
                                          "): it is shown at the range's nearest end");
            }
            st.title = ctx.check.text(stop, stopPtr, "title");
            st.caption = ctx.check.text(stop, stopPtr, "caption");
            st.focus = ctx.actorRefs(stop, stopPtr, "focus");
            s.stops.push_back(std::move(st));
        }
    }
    return s;
}

void loadStories(LoadContext& ctx, const json& root) {
    forEachItem(root, "stories", [&](const json& item, const std::string& ptr, std::size_t) {
        ctx.data.stories.push_back(readStory(ctx, item, ptr));
    });
}

} // namespace tieline::core::io
