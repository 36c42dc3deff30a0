// Edits as commands: building them, validating them through the loader's per-item checks, and
// applying them (ids past an insert or erase in the middle of a table move by one). Core: no GL.
#include "core/edit/edit.hpp"

#include "core/io/entity_check.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>

namespace tieline::core::edit {

namespace {

using model::Dataset;

template <class T> const T& as(const Entity& e) {
    return std::get<T>(e);
}

// The entity at a target (Replace, Erase).
Entity entityAt(const Dataset& d, Target t) {
    switch (t.table) {
    case Table::Actors:
        return d.actors.at(t.index);
    case Table::Ties:
        return d.ties.at(t.index);
    case Table::Claims:
        return d.ties.at(t.index).claims.at(t.sub);
    case Table::Sources:
        return d.sources.at(t.index);
    case Table::Events:
        return d.events.at(t.index);
    case Table::StoryStops:
        return d.stories.at(t.index).stops.at(t.sub);
    }
    return model::Tie{};
}

std::string describeTarget(const Dataset& d, Target t, const Entity& e) {
    switch (t.table) {
    case Table::Actors:
        return "actor " + as<model::Actor>(e).key;
    case Table::Ties:
        return "tie " + as<model::Tie>(e).key;
    case Table::Claims:
        return "claim " + std::to_string(t.sub + 1) + " of tie " + d.ties.at(t.index).key;
    case Table::Sources:
        return "source " + as<model::Source>(e).key;
    case Table::Events:
        return "event " + as<model::Event>(e).key;
    case Table::StoryStops:
        return "stop " + std::to_string(t.sub + 1) + " of story " + d.stories.at(t.index).key;
    }
    return "";
}

std::string makeLabel(const Dataset& d, Kind kind, Target t, const Entity& e) {
    const char* verb = kind == Kind::Replace ? "Edit " : kind == Kind::Insert ? "Add " : "Delete ";
    return verb + describeTarget(d, t, e);
}

// Moves every id of a table at or past `from` by `delta` (+1 after an insert, -1 after an erase).
template <class IdT> void shift(IdT& id, std::size_t from, int delta) {
    if (id.valid() && id.index() >= from) id = IdT(static_cast<std::uint32_t>(int(id.index()) + delta));
}

void shiftActors(Dataset& d, std::size_t from, int delta) {
    for (model::Tie& t : d.ties) {
        shift(t.from, from, delta);
        shift(t.to, from, delta);
    }
    for (model::Event& e : d.events)
        for (model::ActorId& a : e.actors)
            shift(a, from, delta);
    for (model::Story& s : d.stories)
        for (model::StoryStop& stop : s.stops)
            for (model::ActorId& a : stop.focus)
                shift(a, from, delta);
    for (model::DefaultMerge& m : d.merges) {
        shift(m.actor, from, delta);
        shift(m.into, from, delta);
    }
    for (Dataset::ViewNote& n : d.viewNotes)
        shift(n.node, from, delta);
}

void shiftSources(Dataset& d, std::size_t from, int delta) {
    for (model::Actor& a : d.actors)
        for (model::SourceId& s : a.sources)
            shift(s, from, delta);
    for (model::Tie& t : d.ties)
        for (model::Claim& c : t.claims)
            shift(c.source, from, delta);
    for (model::Event& e : d.events)
        for (model::SourceId& s : e.sources)
            shift(s, from, delta);
}

// A table's item inserted, erased or replaced, keeping the key maps right.
template <class T, class IdT>
void replaceKeyed(std::vector<T>& items, std::map<std::string, IdT, std::less<>>& byKey, std::size_t index,
                  const T& after) {
    if (items[index].key != after.key) {
        const auto it = byKey.find(items[index].key);
        if (it != byKey.end() && it->second.index() == index) byKey.erase(it);
        if (!after.key.empty()) byKey[after.key] = IdT(static_cast<std::uint32_t>(index));
    }
    items[index] = after;
}

std::pair<calendar::DayNumber, calendar::DayNumber> tieExtent(const Dataset& d, const model::Tie& t) {
    calendar::DayNumber begin = d.rangeEnd(), end = d.rangeBegin();
    for (const calendar::Span& s : t.spans) {
        const calendar::ResolvedSpan r = calendar::resolveSpan(s, d.meta.start, d.meta.end);
        begin = std::min(begin, r.begin);
        end = std::max(end, r.end);
    }
    for (const model::StrengthKey& k : t.strength) {
        begin = std::min(begin, k.date.firstDay());
        end = std::max(end, k.date.dayAfterLast());
    }
    if (end <= begin) return {d.rangeBegin(), d.rangeEnd()};
    return {begin, end};
}

void widen(Effect& effect, std::pair<calendar::DayNumber, calendar::DayNumber> days) {
    if (!effect.tieDays)
        effect.tieDays = days;
    else
        effect.tieDays = std::pair{std::min(effect.tieDays->first, days.first),
                                   std::max(effect.tieDays->second, days.second)};
}

std::size_t tableSize(const Dataset& d, Target t) {
    switch (t.table) {
    case Table::Actors:
        return d.actors.size();
    case Table::Ties:
        return d.ties.size();
    case Table::Claims:
        return d.ties.at(t.index).claims.size();
    case Table::Sources:
        return d.sources.size();
    case Table::Events:
        return d.events.size();
    case Table::StoryStops:
        return d.stories.at(t.index).stops.size();
    }
    return 0;
}

bool entityMatches(Table table, const Entity& e) {
    switch (table) {
    case Table::Actors:
        return std::holds_alternative<model::Actor>(e);
    case Table::Ties:
        return std::holds_alternative<model::Tie>(e);
    case Table::Claims:
        return std::holds_alternative<model::Claim>(e);
    case Table::Sources:
        return std::holds_alternative<model::Source>(e);
    case Table::Events:
        return std::holds_alternative<model::Event>(e);
    case Table::StoryStops:
        return std::holds_alternative<model::StoryStop>(e);
    }
    return false;
}

EditResult refuse(std::string pointer, std::string message) {
    EditResult r;
    r.ok = false;
    r.pointer = std::move(pointer);
    r.message = std::move(message);
    return r;
}

// The tie (or story) with a claim (or stop) edit made: claims and stops are checked as part of their
// container, as the loader checks them.
model::Tie tieWith(const Dataset& d, const Edit& e) {
    model::Tie t = d.ties.at(e.target.index);
    const auto at = t.claims.begin() + std::ptrdiff_t(e.target.sub);
    if (e.kind == Kind::Replace) t.claims.at(e.target.sub) = as<model::Claim>(e.after);
    if (e.kind == Kind::Insert) t.claims.insert(at, as<model::Claim>(e.after));
    if (e.kind == Kind::Erase) t.claims.erase(at);
    return t;
}

model::Story storyWith(const Dataset& d, const Edit& e) {
    model::Story s = d.stories.at(e.target.index);
    const auto at = s.stops.begin() + std::ptrdiff_t(e.target.sub);
    if (e.kind == Kind::Replace) s.stops.at(e.target.sub) = as<model::StoryStop>(e.after);
    if (e.kind == Kind::Insert) s.stops.insert(at, as<model::StoryStop>(e.after));
    if (e.kind == Kind::Erase) s.stops.erase(at);
    return s;
}

// References must be in range before the writer can name them (a caller's stale id).
template <class IdT> bool inRange(IdT id, std::size_t size) {
    return !id.valid() || id.index() < size;
}

std::string badReference(const Dataset& d, const Entity& e) {
    const auto actors = [&](const std::vector<model::ActorId>& ids) {
        return std::all_of(ids.begin(), ids.end(),
                           [&](model::ActorId a) { return inRange(a, d.actors.size()); });
    };
    const auto sources = [&](const std::vector<model::SourceId>& ids) {
        return std::all_of(ids.begin(), ids.end(),
                           [&](model::SourceId s) { return inRange(s, d.sources.size()); });
    };
    bool ok = true;
    if (const auto* t = std::get_if<model::Tie>(&e)) {
        ok = t->from.valid() && t->to.valid() && t->type.valid() && inRange(t->from, d.actors.size()) &&
             inRange(t->to, d.actors.size()) && inRange(t->type, d.tieTypes.size());
        for (const model::Claim& c : t->claims)
            ok = ok && inRange(c.source, d.sources.size());
        if (!ok) return "the tie names an actor, tie type or source that is not in the dataset";
    } else if (const auto* a = std::get_if<model::Actor>(&e)) {
        ok = inRange(a->group, d.groups.size()) && sources(a->sources);
        if (!ok) return "the actor names a group or source that is not in the dataset";
    } else if (const auto* c = std::get_if<model::Claim>(&e)) {
        if (!inRange(c->source, d.sources.size()))
            return "the claim names a source that is not in the dataset";
    } else if (const auto* ev = std::get_if<model::Event>(&e)) {
        if (!actors(ev->actors) || !sources(ev->sources))
            return "the event names an actor or source that is not in the dataset";
    } else if (const auto* stop = std::get_if<model::StoryStop>(&e)) {
        if (!actors(stop->focus)) return "the stop names an actor that is not in the dataset";
    }
    return {};
}

// Claim ids a tie edit removes that another tie's claim still names ("contradicts").
std::optional<EditResult> danglingContradictions(const Dataset& d, std::size_t tieIndex,
                                                 const model::Tie* after) {
    const model::Tie& before = d.ties.at(tieIndex);
    std::vector<std::string> removed;
    for (const model::Claim& c : before.claims) {
        if (c.key.empty()) continue;
        const bool kept = after && std::any_of(after->claims.begin(), after->claims.end(),
                                               [&](const model::Claim& n) { return n.key == c.key; });
        if (!kept) removed.push_back(c.key);
    }
    if (removed.empty()) return std::nullopt;
    for (std::size_t t = 0; t < d.ties.size(); ++t) {
        if (t == tieIndex) continue;
        for (std::size_t k = 0; k < d.ties[t].claims.size(); ++k)
            for (std::size_t n = 0; n < d.ties[t].claims[k].contradicts.size(); ++n)
                if (std::find(removed.begin(), removed.end(), d.ties[t].claims[k].contradicts[n]) !=
                    removed.end())
                    return refuse("/ties/" + std::to_string(t) + "/claims/" + std::to_string(k) +
                                      "/contradicts/" + std::to_string(n),
                                  "unknown claim " + io::inQuotes(d.ties[t].claims[k].contradicts[n]));
    }
    return std::nullopt;
}

EditResult fromDiagnostics(const io::Diagnostics& diags) {
    EditResult r;
    r.ok = !diags.hasErrors();
    for (const io::Diagnostic& m : diags.items) {
        if (m.severity == io::Severity::Error) {
            if (r.message.empty()) {
                r.message = m.message;
                r.pointer = m.pointer;
            }
        } else {
            r.warnings.push_back((m.pointer.empty() ? "" : m.pointer + ": ") + m.message);
        }
    }
    return r;
}

} // namespace

Edit replace(const Dataset& data, Target target, Entity after) {
    Edit e;
    e.kind = Kind::Replace;
    e.target = target;
    e.before = entityAt(data, target);
    e.after = std::move(after);
    e.label = makeLabel(data, e.kind, target, e.before);
    return e;
}

Edit insert(const Dataset& data, Target target, Entity entity) {
    Edit e;
    e.kind = Kind::Insert;
    e.target = target;
    e.after = std::move(entity);
    e.before = e.after;
    e.label = makeLabel(data, e.kind, target, e.after);
    return e;
}

Edit erase(const Dataset& data, Target target) {
    Edit e;
    e.kind = Kind::Erase;
    e.target = target;
    e.before = entityAt(data, target);
    e.after = e.before;
    e.label = makeLabel(data, e.kind, target, e.before);
    return e;
}

Edit replaceTie(const Dataset& data, model::TieId tie, model::Tie after) {
    return replace(data, {Table::Ties, tie.index(), 0}, std::move(after));
}
Edit insertTie(const Dataset& data, model::Tie tie) {
    return insert(data, {Table::Ties, data.ties.size(), 0}, std::move(tie));
}
Edit eraseTie(const Dataset& data, model::TieId tie) {
    return erase(data, {Table::Ties, tie.index(), 0});
}
Edit replaceActor(const Dataset& data, model::ActorId actor, model::Actor after) {
    return replace(data, {Table::Actors, actor.index(), 0}, std::move(after));
}
Edit insertActor(const Dataset& data, model::Actor actor) {
    return insert(data, {Table::Actors, data.actors.size(), 0}, std::move(actor));
}
Edit replaceClaim(const Dataset& data, model::TieId tie, std::size_t claim, model::Claim after) {
    return replace(data, {Table::Claims, tie.index(), claim}, std::move(after));
}
Edit insertClaim(const Dataset& data, model::TieId tie, model::Claim claim) {
    return insert(data, {Table::Claims, tie.index(), data.tie(tie).claims.size()}, std::move(claim));
}
Edit replaceSource(const Dataset& data, model::SourceId source, model::Source after) {
    return replace(data, {Table::Sources, source.index(), 0}, std::move(after));
}
Edit insertSource(const Dataset& data, model::Source source) {
    return insert(data, {Table::Sources, data.sources.size(), 0}, std::move(source));
}

std::vector<Dependant> dependantsOf(const Dataset& d, Target target) {
    std::vector<Dependant> out;
    const std::size_t i = target.index;
    if (target.table == Table::Actors) {
        for (std::size_t t = 0; t < d.ties.size(); ++t)
            if (d.ties[t].from.index() == i || d.ties[t].to.index() == i)
                out.push_back({Table::Ties, t, 0,
                               "tie " + d.ties[t].key + " (" + d.actor(d.ties[t].from).key + " to " +
                                   d.actor(d.ties[t].to).key + ")"});
        for (std::size_t e = 0; e < d.events.size(); ++e)
            for (const model::ActorId a : d.events[e].actors)
                if (a.index() == i) out.push_back({Table::Events, e, 0, "event " + d.events[e].key});
        for (std::size_t s = 0; s < d.stories.size(); ++s)
            for (std::size_t k = 0; k < d.stories[s].stops.size(); ++k)
                for (const model::ActorId a : d.stories[s].stops[k].focus)
                    if (a.index() == i)
                        out.push_back({Table::StoryStops, s, k,
                                       "stop " + std::to_string(k + 1) + " of story " + d.stories[s].key});
        for (const model::DefaultMerge& m : d.merges)
            if (m.actor.index() == i || m.into.index() == i)
                out.push_back({Table::Actors, m.actor.index(), 0,
                               "the merge of " + d.actor(m.actor).key + " into " + d.actor(m.into).key});
    } else if (target.table == Table::Sources) {
        for (std::size_t t = 0; t < d.ties.size(); ++t)
            for (std::size_t k = 0; k < d.ties[t].claims.size(); ++k)
                if (d.ties[t].claims[k].source.index() == i)
                    out.push_back(
                        {Table::Claims, t, k, "claim " + std::to_string(k + 1) + " of tie " + d.ties[t].key});
        for (std::size_t a = 0; a < d.actors.size(); ++a)
            for (const model::SourceId s : d.actors[a].sources)
                if (s.index() == i) out.push_back({Table::Actors, a, 0, "actor " + d.actors[a].key});
        for (std::size_t e = 0; e < d.events.size(); ++e)
            for (const model::SourceId s : d.events[e].sources)
                if (s.index() == i) out.push_back({Table::Events, e, 0, "event " + d.events[e].key});
    }
    return out;
}

EditResult validate(Dataset& d, const Edit& e) {
    const Target t = e.target;
    // The target must exist (Insert: be at most one past the end).
    const bool containerOk = (t.table != Table::Claims || t.index < d.ties.size()) &&
                             (t.table != Table::StoryStops || t.index < d.stories.size());
    if (!containerOk) return refuse("", "nothing to edit there: the item does not exist");
    const std::size_t size = tableSize(d, t);
    const std::size_t at = (t.table == Table::Claims || t.table == Table::StoryStops) ? t.sub : t.index;
    if (e.kind == Kind::Insert ? at > size : at >= size)
        return refuse("", "nothing to edit there: the item does not exist");
    const Entity& entity = e.kind == Kind::Erase ? e.before : e.after;
    if (!entityMatches(t.table, entity)) return refuse("", "the edit's item does not belong in its table");
    if (e.kind != Kind::Erase) {
        const std::string bad = badReference(d, e.after);
        if (!bad.empty()) return refuse("", bad);
    }
    const std::string ptr = std::string("/") +
                            (t.table == Table::Claims       ? "ties"
                             : t.table == Table::StoryStops ? "stories"
                                                            : tableName(t.table)) +
                            "/" + std::to_string(t.index);
    if (e.kind == Kind::Erase && (t.table == Table::Actors || t.table == Table::Sources)) {
        EditResult r;
        r.dependants = dependantsOf(d, t);
        if (!r.dependants.empty()) {
            r.ok = false;
            r.pointer = ptr;
            const std::string what = t.table == Table::Actors ? "actor " + d.actors[t.index].key
                                                              : "source " + d.sources[t.index].key;
            r.message = "cannot delete " + what + ": " + std::to_string(r.dependants.size()) +
                        (r.dependants.size() == 1 ? " item refers" : " items refer") + " to it (" +
                        r.dependants.front().description + (r.dependants.size() > 1 ? ", ..." : "") +
                        "); change or delete those first";
            return r;
        }
        EditResult ok;
        ok.ok = true;
        return ok;
    }
    // An inserted item is checked as one more item of its table (no other item's id is its own).
    const std::size_t index = e.kind == Kind::Insert ? size : t.index;
    switch (t.table) {
    case Table::Actors:
        return fromDiagnostics(io::checkActor(d, index, as<model::Actor>(e.after)));
    case Table::Sources:
        return fromDiagnostics(io::checkSource(d, index, as<model::Source>(e.after)));
    case Table::Events:
        if (e.kind == Kind::Erase) return EditResult{true};
        return fromDiagnostics(io::checkEvent(d, index, as<model::Event>(e.after)));
    case Table::Ties:
    case Table::Claims: {
        if (t.table == Table::Ties && e.kind == Kind::Insert) {
            return fromDiagnostics(io::checkTie(d, index, as<model::Tie>(e.after)));
        }
        const model::Tie after = t.table == Table::Ties ? as<model::Tie>(e.after) : tieWith(d, e);
        const bool erased = t.table == Table::Ties && e.kind == Kind::Erase;
        if (auto dangling = danglingContradictions(d, t.index, erased ? nullptr : &after)) return *dangling;
        if (erased) return EditResult{true};
        return fromDiagnostics(io::checkTie(d, t.index, after));
    }
    case Table::StoryStops:
        return fromDiagnostics(io::checkStory(d, t.index, storyWith(d, e)));
    }
    return refuse("", "unknown table");
}

Edit inverse(const Edit& e) {
    Edit out = e;
    if (e.kind == Kind::Insert) out.kind = Kind::Erase;
    if (e.kind == Kind::Erase) out.kind = Kind::Insert;
    if (e.kind == Kind::Replace) std::swap(out.before, out.after);
    return out;
}

Effect applyUnchecked(Dataset& d, const Edit& e) {
    Effect effect;
    const Target t = e.target;
    const std::size_t at = (t.table == Table::Claims || t.table == Table::StoryStops) ? t.sub : t.index;
    const bool middle = (e.kind == Kind::Insert && at < tableSize(d, t)) ||
                        (e.kind == Kind::Erase && at + 1 < tableSize(d, t));
    switch (t.table) {
    case Table::Actors: {
        const model::Actor& after = as<model::Actor>(e.after);
        if (e.kind == Kind::Replace) {
            const model::Actor& before = d.actors[t.index];
            effect.names = before.name != after.name || before.native != after.native ||
                           before.variants != after.variants || before.key != after.key;
            effect.ties = before.spans.size() != after.spans.size() || before.kind != after.kind ||
                          before.group != after.group || before.pin.has_value() != after.pin.has_value() ||
                          (before.pin && (before.pin->x != after.pin->x || before.pin->y != after.pin->y));
            for (std::size_t k = 0; !effect.ties && k < after.spans.size(); ++k)
                effect.ties = before.spans[k].start != after.spans[k].start ||
                              before.spans[k].end != after.spans[k].end;
            effect.evidence = before.sources != after.sources || before.description != after.description ||
                              before.note != after.note;
            replaceKeyed(d.actors, d.actorByKey, t.index, after);
        } else if (e.kind == Kind::Insert) {
            d.actors.insert(d.actors.begin() + std::ptrdiff_t(at), after);
            if (middle) shiftActors(d, at, +1);
            effect.names = effect.ties = true;
        } else {
            d.actors.erase(d.actors.begin() + std::ptrdiff_t(at));
            if (middle) shiftActors(d, at + 1, -1);
            effect.names = effect.ties = true;
        }
        if (e.kind != Kind::Replace) d.indexKeys();
        break;
    }
    case Table::Ties: {
        const model::Tie& after = as<model::Tie>(e.after);
        effect.ties = true;
        widen(effect, tieExtent(d, after));
        if (e.kind == Kind::Replace) {
            widen(effect, tieExtent(d, d.ties[t.index]));
            replaceKeyed(d.ties, d.tieByKey, t.index, after);
        } else {
            if (e.kind == Kind::Insert)
                d.ties.insert(d.ties.begin() + std::ptrdiff_t(at), after);
            else
                d.ties.erase(d.ties.begin() + std::ptrdiff_t(at));
            if (middle || e.kind == Kind::Erase)
                d.indexKeys();
            else
                d.tieByKey[after.key] = model::TieId(static_cast<std::uint32_t>(at));
        }
        effect.evidence = true;
        break;
    }
    case Table::Claims: {
        model::Tie& tie = d.ties.at(t.index);
        if (e.kind == Kind::Replace)
            tie.claims.at(t.sub) = as<model::Claim>(e.after);
        else if (e.kind == Kind::Insert)
            tie.claims.insert(tie.claims.begin() + std::ptrdiff_t(t.sub), as<model::Claim>(e.after));
        else
            tie.claims.erase(tie.claims.begin() + std::ptrdiff_t(t.sub));
        effect.evidence = true;
        break;
    }
    case Table::Sources: {
        const model::Source& after = as<model::Source>(e.after);
        if (e.kind == Kind::Replace) {
            replaceKeyed(d.sources, d.sourceByKey, t.index, after);
        } else {
            if (e.kind == Kind::Insert) {
                d.sources.insert(d.sources.begin() + std::ptrdiff_t(at), after);
                if (middle) shiftSources(d, at, +1);
            } else {
                d.sources.erase(d.sources.begin() + std::ptrdiff_t(at));
                if (middle) shiftSources(d, at + 1, -1);
            }
            d.indexKeys();
        }
        effect.evidence = true;
        break;
    }
    case Table::Events: {
        if (e.kind == Kind::Replace)
            d.events.at(t.index) = as<model::Event>(e.after);
        else if (e.kind == Kind::Insert)
            d.events.insert(d.events.begin() + std::ptrdiff_t(at), as<model::Event>(e.after));
        else
            d.events.erase(d.events.begin() + std::ptrdiff_t(at));
        effect.evidence = true;
        break;
    }
    case Table::StoryStops: {
        model::Story& story = d.stories.at(t.index);
        if (e.kind == Kind::Replace)
            story.stops.at(t.sub) = as<model::StoryStop>(e.after);
        else if (e.kind == Kind::Insert)
            story.stops.insert(story.stops.begin() + std::ptrdiff_t(t.sub), as<model::StoryStop>(e.after));
        else
            story.stops.erase(story.stops.begin() + std::ptrdiff_t(t.sub));
        effect.evidence = true;
        break;
    }
    }
    effect.idsShifted = middle && (t.table == Table::Actors || t.table == Table::Ties ||
                                   t.table == Table::Sources || t.table == Table::Events);
    if (e.kind != Kind::Erase) effect.touched = t;
    return effect;
}

std::string nextKey(const Dataset& d, Table table, std::string_view prefix) {
    long long largest = 0;
    const auto consider = [&](const std::string& key) {
        if (key.size() <= prefix.size() || key.compare(0, prefix.size(), prefix) != 0) return;
        long long n = 0;
        const char* first = key.data() + prefix.size();
        const char* last = key.data() + key.size();
        const auto [end, ec] = std::from_chars(first, last, n);
        if (ec == std::errc() && end == last) largest = std::max(largest, n);
    };
    switch (table) {
    case Table::Actors:
        for (const auto& x : d.actors)
            consider(x.key);
        break;
    case Table::Ties:
        for (const auto& x : d.ties)
            consider(x.key);
        break;
    case Table::Claims:
        for (const auto& t : d.ties)
            for (const auto& c : t.claims)
                consider(c.key);
        break;
    case Table::Sources:
        for (const auto& x : d.sources)
            consider(x.key);
        break;
    case Table::Events:
        for (const auto& x : d.events)
            consider(x.key);
        break;
    case Table::StoryStops:
        break;
    }
    // Keep the table's zero padding ("t07" -> "t08", "t099" -> "t100").
    std::size_t width = 0;
    if (table == Table::Ties)
        for (const auto& x : d.ties)
            if (x.key.compare(0, prefix.size(), prefix) == 0)
                width = std::max(width, x.key.size() - prefix.size());
    std::string digits = std::to_string(largest + 1);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return std::string(prefix) + digits;
}

const char* tableName(Table table) {
    switch (table) {
    case Table::Actors:
        return "actors";
    case Table::Ties:
        return "ties";
    case Table::Claims:
        return "claims";
    case Table::Sources:
        return "sources";
    case Table::Events:
        return "events";
    case Table::StoryStops:
        return "stops";
    }
    return "";
}

} // namespace tieline::core::edit
