// The editor's forms as pure functions: field texts and the edit a committed field makes.
#include "ui/edit_forms.hpp"

#include "core/model/citation.hpp"
#include "ui/edit_form_detail.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace tieline::ui {

using namespace edit_form_detail;

// [SECTION] Labels

const char* fieldLabel(ActorField f) {
    switch (f) {
    case ActorField::Name:
        return "Name";
    case ActorField::Native:
        return "Native name";
    case ActorField::Variants:
        return "Variants";
    case ActorField::Kind:
        return "Kind";
    case ActorField::Group:
        return "Group";
    case ActorField::Description:
        return "Description";
    case ActorField::Spans:
        return "Present";
    case ActorField::Note:
        return "Note";
    }
    return "";
}
const char* fieldLabel(TieField f) {
    switch (f) {
    case TieField::From:
        return "From";
    case TieField::To:
        return "To";
    case TieField::Type:
        return "Type";
    case TieField::Direction:
        return "Direction";
    case TieField::Spans:
        return "Spans";
    case TieField::Strength:
        return "Strength";
    case TieField::Confidence:
        return "Confidence";
    case TieField::Note:
        return "Note";
    }
    return "";
}
const char* fieldLabel(ClaimField f) {
    switch (f) {
    case ClaimField::Source:
        return "Source";
    case ClaimField::Locator:
        return "Locator";
    case ClaimField::Quote:
        return "Quote";
    case ClaimField::Supports:
        return "Supports";
    case ClaimField::Note:
        return "Note";
    case ClaimField::Contradicts:
        return "Contradicts";
    case ClaimField::Key:
        return "Claim id";
    }
    return "";
}
const char* fieldLabel(SourceField f) {
    switch (f) {
    case SourceField::Type:
        return "Type";
    case SourceField::Title:
        return "Title";
    case SourceField::Authors:
        return "Authors";
    case SourceField::Translators:
        return "Translators";
    case SourceField::Issued:
        return "Issued";
    case SourceField::Container:
        return "In";
    case SourceField::Publisher:
        return "Publisher";
    case SourceField::Place:
        return "Place";
    case SourceField::Archive:
        return "Archive";
    case SourceField::ArchiveLocation:
        return "Archive location";
    case SourceField::Url:
        return "URL";
    case SourceField::Doi:
        return "DOI";
    case SourceField::Note:
        return "Note";
    case SourceField::Evidence:
        return "Evidence";
    }
    return "";
}
const char* fieldLabel(EventField f) {
    switch (f) {
    case EventField::Date:
        return "Date";
    case EventField::End:
        return "End";
    case EventField::Title:
        return "Title";
    case EventField::Description:
        return "Description";
    case EventField::Actors:
        return "Actors";
    case EventField::Sources:
        return "Sources";
    case EventField::Confidence:
        return "Confidence";
    case EventField::Note:
        return "Note";
    }
    return "";
}
const char* fieldLabel(StopField f) {
    switch (f) {
    case StopField::Date:
        return "Date";
    case StopField::Title:
        return "Title";
    case StopField::Caption:
        return "Caption";
    case StopField::Focus:
        return "Focus";
    }
    return "";
}

// [SECTION] Notations

std::string spansText(const std::vector<Span>& spans) {
    std::string out;
    for (const Span& s : spans) {
        if (!out.empty()) out += "; ";
        out += (s.start ? s.start->toString() : "") + " .. " + (s.end ? s.end->toString() : "");
    }
    return out;
}

bool parseSpans(std::string_view text, std::vector<Span>& out, std::string& why) {
    out.clear();
    for (const std::string_view part : split(text, ';')) {
        const std::size_t dots = part.find("..");
        if (dots == std::string_view::npos) {
            why = "'" + std::string(part) + "': a span is START .. END (either may be left empty)";
            return false;
        }
        Span span;
        const std::string_view a = trim(part.substr(0, dots)), b = trim(part.substr(dots + 2));
        Date d;
        if (!a.empty()) {
            if (!parseOneDate(a, d, why)) return false;
            span.start = d;
        }
        if (!b.empty()) {
            if (!parseOneDate(b, d, why)) return false;
            span.end = d;
        }
        out.push_back(span);
    }
    return true;
}

std::string strengthText(const std::vector<core::model::StrengthKey>& keys) {
    std::string out;
    for (const core::model::StrengthKey& k : keys) {
        if (!out.empty()) out += "; ";
        char value[32];
        std::snprintf(value, sizeof value, "%g", k.value);
        out += k.date.toString() + " " + value;
    }
    return out;
}

bool parseStrength(std::string_view text, std::vector<core::model::StrengthKey>& out, std::string& why) {
    out.clear();
    for (const std::string_view part : split(text, ';')) {
        const std::size_t blank = part.find_first_of(" \t");
        if (blank == std::string_view::npos) {
            why = "'" + std::string(part) + "': a keyframe is DATE VALUE (e.g. 1957-03 0.6)";
            return false;
        }
        core::model::StrengthKey key;
        if (!parseOneDate(part.substr(0, blank), key.date, why)) return false;
        const std::string value(trim(part.substr(blank)));
        char* end = nullptr;
        key.value = std::strtod(value.c_str(), &end);
        if (value.empty() || end != value.c_str() + value.size() || !std::isfinite(key.value)) {
            why = "'" + value + "' is not a number (a strength is 0 to 1)";
            return false;
        }
        out.push_back(key);
    }
    return true;
}

std::string namesText(const std::vector<core::model::PersonName>& names) {
    std::string out;
    for (const core::model::PersonName& n : names) {
        if (!out.empty()) out += "; ";
        if (!n.literal.empty())
            out += n.literal;
        else
            out += n.family + (n.given.empty() ? "" : ", " + n.given);
    }
    return out;
}

std::vector<core::model::PersonName> parseNames(std::string_view text) {
    std::vector<core::model::PersonName> out;
    for (const std::string_view part : split(text, ';')) {
        core::model::PersonName n;
        const std::size_t comma = part.find(',');
        if (comma == std::string_view::npos) {
            n.literal = std::string(part);
        } else {
            n.family = std::string(trim(part.substr(0, comma)));
            n.given = std::string(trim(part.substr(comma + 1)));
        }
        out.push_back(std::move(n));
    }
    return out;
}

std::string listText(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::vector<std::string> parseList(std::string_view text) {
    std::vector<std::string> out;
    for (const std::string_view part : split(text, ','))
        out.emplace_back(part);
    return out;
}

// [SECTION] Field texts

std::string fieldText(const Dataset& data, const core::model::Actor& a, ActorField f) {
    switch (f) {
    case ActorField::Name:
        return a.name;
    case ActorField::Native:
        return a.native;
    case ActorField::Variants:
        return listText(a.variants);
    case ActorField::Kind:
        return core::model::keyword(a.kind);
    case ActorField::Group:
        return a.group.valid() ? data.group(a.group)->key : "";
    case ActorField::Description:
        return a.description;
    case ActorField::Spans:
        return spansText(a.spans);
    case ActorField::Note:
        return a.note;
    }
    return "";
}

std::string fieldText(const Dataset& data, const core::model::Tie& t, TieField f) {
    switch (f) {
    case TieField::From:
        return data.actor(t.from).key;
    case TieField::To:
        return data.actor(t.to).key;
    case TieField::Type:
        return data.tieType(t.type).key;
    case TieField::Direction:
        return !t.directed ? "type" : *t.directed ? "directed" : "undirected";
    case TieField::Spans:
        return spansText(t.spans);
    case TieField::Strength:
        return strengthText(t.strength);
    case TieField::Confidence:
        return core::model::keyword(t.confidence);
    case TieField::Note:
        return t.note;
    }
    return "";
}

std::string fieldText(const Dataset& data, const core::model::Claim& c, ClaimField f) {
    switch (f) {
    case ClaimField::Source:
        return data.source(c.source).key;
    case ClaimField::Locator:
        return c.locator;
    case ClaimField::Quote:
        return c.quote;
    case ClaimField::Supports:
        return c.supports;
    case ClaimField::Note:
        return c.note;
    case ClaimField::Contradicts:
        return listText(c.contradicts);
    case ClaimField::Key:
        return c.key;
    }
    return "";
}

std::string fieldText(const core::model::Source& s, SourceField f) {
    switch (f) {
    case SourceField::Type:
        return s.type;
    case SourceField::Title:
        return s.title;
    case SourceField::Authors:
        return namesText(s.authors);
    case SourceField::Translators:
        return namesText(s.translators);
    case SourceField::Issued:
        return s.issued;
    case SourceField::Container:
        return s.containerTitle;
    case SourceField::Publisher:
        return s.publisher;
    case SourceField::Place:
        return s.publisherPlace;
    case SourceField::Archive:
        return s.archive;
    case SourceField::ArchiveLocation:
        return s.archiveLocation;
    case SourceField::Url:
        return s.url;
    case SourceField::Doi:
        return s.doi;
    case SourceField::Note:
        return s.note;
    case SourceField::Evidence:
        return core::model::keyword(s.evidence);
    }
    return "";
}

std::string fieldText(const Dataset& data, const core::model::Event& e, EventField f) {
    switch (f) {
    case EventField::Date:
        return e.date.toString();
    case EventField::End:
        return e.end ? e.end->toString() : "";
    case EventField::Title:
        return e.title;
    case EventField::Description:
        return e.description;
    case EventField::Actors:
        return listText(actorKeys(data, e.actors));
    case EventField::Sources:
        return listText(sourceKeys(data, e.sources));
    case EventField::Confidence:
        return e.confidence ? core::model::keyword(*e.confidence) : "";
    case EventField::Note:
        return e.note;
    }
    return "";
}

std::string fieldText(const Dataset& data, const core::model::StoryStop& s, StopField f) {
    switch (f) {
    case StopField::Date:
        return s.date.toString();
    case StopField::Title:
        return s.title;
    case StopField::Caption:
        return s.caption;
    case StopField::Focus:
        return listText(actorKeys(data, s.focus));
    }
    return "";
}

// [SECTION] Committed fields

Built editActorField(const Dataset& data, core::model::ActorId id, ActorField f, std::string_view text) {
    const core::model::Actor& before = data.actor(id);
    if (fieldText(data, before, f) == text) return nothing();
    core::model::Actor a = before;
    std::string why;
    switch (f) {
    case ActorField::Name:
        a.name = std::string(text);
        break;
    case ActorField::Native:
        a.native = std::string(text);
        break;
    case ActorField::Variants:
        a.variants = parseList(text);
        break;
    case ActorField::Kind: {
        const auto kind = core::model::parseActorKind(trim(text));
        if (!kind)
            return fail("kind is one of person, faction, state, party, state-party, military, movement, "
                        "organization, other");
        a.kind = *kind;
        break;
    }
    case ActorField::Group: {
        const std::string key(trim(text));
        if (key.empty()) {
            a.group = {};
        } else {
            const auto g = data.groupByKey.find(key);
            if (g == data.groupByKey.end()) return fail("no group with id '" + key + "'");
            a.group = g->second;
        }
        break;
    }
    case ActorField::Description:
        a.description = std::string(text);
        break;
    case ActorField::Spans:
        if (!parseSpans(text, a.spans, why)) return fail(why);
        break;
    case ActorField::Note:
        a.note = std::string(text);
        break;
    }
    return made(core::edit::replaceActor(data, id, std::move(a)));
}

Built editTieField(const Dataset& data, core::model::TieId id, TieField f, std::string_view text) {
    const core::model::Tie& before = data.tie(id);
    if (fieldText(data, before, f) == text) return nothing();
    core::model::Tie t = before;
    std::string why;
    switch (f) {
    case TieField::From:
    case TieField::To: {
        const auto actor = data.findActor(trim(text));
        if (!actor) return fail("no actor with id '" + std::string(trim(text)) + "'");
        (f == TieField::From ? t.from : t.to) = *actor;
        break;
    }
    case TieField::Type: {
        const auto type = data.tieTypeByKey.find(trim(text));
        if (type == data.tieTypeByKey.end())
            return fail("no tie type with id '" + std::string(trim(text)) + "'");
        t.type = type->second;
        break;
    }
    case TieField::Direction: {
        const std::string d = lower(trim(text));
        if (d == "type")
            t.directed.reset();
        else if (d == "directed")
            t.directed = true;
        else if (d == "undirected")
            t.directed = false;
        else
            return fail("direction is type (the type's), directed or undirected");
        break;
    }
    case TieField::Spans:
        if (!parseSpans(text, t.spans, why)) return fail(why);
        break;
    case TieField::Strength:
        if (!parseStrength(text, t.strength, why)) return fail(why);
        break;
    case TieField::Confidence: {
        const auto c = confidenceOf(text, why);
        if (!c) return fail(why);
        t.confidence = *c;
        break;
    }
    case TieField::Note:
        t.note = std::string(text);
        break;
    }
    return made(core::edit::replaceTie(data, id, std::move(t)));
}

Built editClaimField(const Dataset& data, core::model::TieId tie, std::size_t index, ClaimField f,
                     std::string_view text) {
    const core::model::Claim& before = data.tie(tie).claims.at(index);
    if (fieldText(data, before, f) == text) return nothing();
    core::model::Claim c = before;
    switch (f) {
    case ClaimField::Source: {
        const auto s = data.findSource(trim(text));
        if (!s) return fail("no source with id '" + std::string(trim(text)) + "'");
        c.source = *s;
        break;
    }
    case ClaimField::Locator:
        c.locator = std::string(text);
        break;
    case ClaimField::Quote:
        c.quote = std::string(text);
        break;
    case ClaimField::Supports:
        c.supports = std::string(text);
        break;
    case ClaimField::Note:
        c.note = std::string(text);
        break;
    case ClaimField::Contradicts:
        c.contradicts = parseList(text);
        break;
    case ClaimField::Key:
        c.key = std::string(trim(text));
        break;
    }
    return made(core::edit::replaceClaim(data, tie, index, std::move(c)));
}

Built editSourceField(const Dataset& data, core::model::SourceId id, SourceField f, std::string_view text) {
    const core::model::Source& before = data.source(id);
    if (fieldText(before, f) == text) return nothing();
    core::model::Source s = before;
    switch (f) {
    case SourceField::Type:
        s.type = std::string(trim(text));
        break;
    case SourceField::Title:
        s.title = std::string(text);
        break;
    case SourceField::Authors:
        s.authors = parseNames(text);
        break;
    case SourceField::Translators:
        s.translators = parseNames(text);
        break;
    case SourceField::Issued:
        s.issued = std::string(trim(text));
        break;
    case SourceField::Container:
        s.containerTitle = std::string(text);
        break;
    case SourceField::Publisher:
        s.publisher = std::string(text);
        break;
    case SourceField::Place:
        s.publisherPlace = std::string(text);
        break;
    case SourceField::Archive:
        s.archive = std::string(text);
        break;
    case SourceField::ArchiveLocation:
        s.archiveLocation = std::string(text);
        break;
    case SourceField::Url:
        s.url = std::string(trim(text));
        break;
    case SourceField::Doi:
        s.doi = std::string(trim(text));
        break;
    case SourceField::Note:
        s.note = std::string(text);
        break;
    case SourceField::Evidence: {
        const std::string k(trim(text));
        if (k.empty()) {
            s.evidence = core::model::Evidence::Unknown;
        } else {
            const auto e = core::model::parseEvidence(k);
            if (!e) return fail(std::string("evidence is one of ") + core::model::evidenceKeywords());
            s.evidence = *e;
        }
        break;
    }
    }
    return made(core::edit::replaceSource(data, id, std::move(s)));
}

Built editEventField(const Dataset& data, std::size_t index, EventField f, std::string_view text) {
    const core::model::Event& before = data.events.at(index);
    if (fieldText(data, before, f) == text) return nothing();
    core::model::Event e = before;
    std::string why;
    switch (f) {
    case EventField::Date:
        if (!parseOneDate(text, e.date, why)) return fail(why);
        break;
    case EventField::End:
        if (trim(text).empty()) {
            e.end.reset();
        } else {
            Date d;
            if (!parseOneDate(text, d, why)) return fail(why);
            e.end = d;
        }
        break;
    case EventField::Title:
        e.title = std::string(text);
        break;
    case EventField::Description:
        e.description = std::string(text);
        break;
    case EventField::Actors:
        if (!parseIds<core::model::ActorId>(
                text, "actor", [&](std::string_view k) { return data.findActor(k); }, e.actors, why))
            return fail(why);
        break;
    case EventField::Sources:
        if (!parseIds<core::model::SourceId>(
                text, "source", [&](std::string_view k) { return data.findSource(k); }, e.sources, why))
            return fail(why);
        break;
    case EventField::Confidence:
        if (trim(text).empty()) {
            e.confidence.reset();
        } else {
            const auto c = confidenceOf(text, why);
            if (!c) return fail(why);
            e.confidence = *c;
        }
        break;
    case EventField::Note:
        e.note = std::string(text);
        break;
    }
    return made(core::edit::replace(data, Target{Table::Events, index, 0}, std::move(e)));
}

Built editStopField(const Dataset& data, std::size_t story, std::size_t stop, StopField f,
                    std::string_view text) {
    const core::model::StoryStop& before = data.stories.at(story).stops.at(stop);
    if (fieldText(data, before, f) == text) return nothing();
    core::model::StoryStop s = before;
    std::string why;
    switch (f) {
    case StopField::Date:
        if (!parseOneDate(text, s.date, why)) return fail(why);
        break;
    case StopField::Title:
        s.title = std::string(text);
        break;
    case StopField::Caption:
        s.caption = std::string(text);
        break;
    case StopField::Focus:
        if (!parseIds<core::model::ActorId>(
                text, "actor", [&](std::string_view k) { return data.findActor(k); }, s.focus, why))
            return fail(why);
        break;
    }
    return made(core::edit::replace(data, Target{Table::StoryStops, story, stop}, std::move(s)));
}

namespace {

template <class Field> std::optional<int> byName(std::string_view name, int count) {
    for (int i = 0; i < count; ++i) {
        std::string label = lower(fieldLabel(Field(i)));
        std::replace(label.begin(), label.end(), ' ', '-');
        if (label == lower(name)) return i;
    }
    return std::nullopt;
}

} // namespace

std::optional<int> fieldByName(Table table, std::string_view name) {
    switch (table) {
    case Table::Actors:
        return byName<ActorField>(name, int(ActorField::Note) + 1);
    case Table::Ties:
        return byName<TieField>(name, int(TieField::Note) + 1);
    case Table::Sources:
        return byName<SourceField>(name, int(SourceField::Evidence) + 1);
    default:
        return std::nullopt;
    }
}

Built editFieldByName(const Dataset& data, Table table, std::string_view id, int field,
                      std::string_view text) {
    switch (table) {
    case Table::Actors:
        if (const auto a = data.findActor(id)) return editActorField(data, *a, ActorField(field), text);
        return fail("no actor with id '" + std::string(id) + "'");
    case Table::Ties:
        if (const auto t = data.findTie(id)) return editTieField(data, *t, TieField(field), text);
        return fail("no tie with id '" + std::string(id) + "'");
    case Table::Sources:
        if (const auto s = data.findSource(id)) return editSourceField(data, *s, SourceField(field), text);
        return fail("no source with id '" + std::string(id) + "'");
    default:
        return fail("only actors, ties and sources have named fields");
    }
}

Built moveStrengthKey(const Dataset& data, core::model::TieId id, std::size_t index, Date date,
                      double value) {
    core::model::Tie t = data.tie(id);
    if (index >= t.strength.size()) return fail("no such keyframe");
    value = std::clamp(value, 0.0, 1.0);
    value = std::round(value * 100.0) / 100.0; // two decimals, as the datasets write them
    if (t.strength[index].date == date && t.strength[index].value == value) return nothing();
    t.strength[index] = {date, value};
    std::stable_sort(t.strength.begin(), t.strength.end(),
                     [](const auto& a, const auto& b) { return a.date.firstDay() < b.date.firstDay(); });
    return made(core::edit::replaceTie(data, id, std::move(t)));
}

Built stopFocusFromView(const Dataset& data, std::size_t story, std::size_t stop,
                        std::vector<core::model::ActorId> actors) {
    std::sort(actors.begin(), actors.end(), [](auto a, auto b) { return a.index() < b.index(); });
    actors.erase(std::unique(actors.begin(), actors.end()), actors.end());
    core::model::StoryStop s = data.stories.at(story).stops.at(stop);
    if (s.focus == actors) return nothing();
    s.focus = std::move(actors);
    return made(core::edit::replace(data, Target{Table::StoryStops, story, stop}, std::move(s)));
}

} // namespace tieline::ui
