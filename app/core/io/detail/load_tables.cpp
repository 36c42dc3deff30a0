// Readers for meta, the id pass, tie types, groups, sources and actors. Core: no GL.
#include "core/io/detail/load_context.hpp"
#include "core/model/tie_roles.hpp"

#include <cmath>

namespace tieline::core::io {

namespace {

using C = JsonChecker;

// Registers the ids of one table in order, so that later tables (and earlier ones) can refer to
// them. Items keep their array index even when broken, so /actors/7 is always actors[7].
template <class Item, class IdT>
void registerTable(LoadContext& ctx, const json& root, const char* table, const char* what,
                   std::vector<Item>& items, std::map<std::string, IdT, std::less<>>& byKey) {
    const json* arr = ctx.check.array(root, "", table, false);
    if (!arr) return;
    std::map<std::string, std::string, std::less<>> firstAt;
    items.resize(arr->size());
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string ptr = C::child(C::child("", table), i);
        const json& item = (*arr)[i];
        if (!ctx.check.expectObject(item, ptr, what)) continue;
        std::string key = ctx.id(item, ptr);
        if (key.empty()) continue;
        const auto [it, inserted] = firstAt.emplace(key, ptr);
        if (!inserted) {
            ctx.check.error(C::child(ptr, "id"),
                            "duplicate id " + inQuotes(key) + " (already used at " + it->second + ")");
            continue;
        }
        items[i].key = key;
        byKey.emplace(key, IdT(static_cast<std::uint32_t>(i)));
    }
}

std::vector<model::PersonName> names(LoadContext& ctx, const json& obj, const std::string& ptr,
                                     const char* key) {
    std::vector<model::PersonName> out;
    ctx.forEachElement(obj, ptr, key, [&](const json& item, const std::string& namePtr) {
        if (!ctx.check.expectObject(item, namePtr, "a CSL name {\"family\": ..., \"given\": ...}")) return;
        model::PersonName name;
        name.family = ctx.check.text(item, namePtr, "family");
        name.given = ctx.check.text(item, namePtr, "given");
        name.literal = ctx.check.text(item, namePtr, "literal");
        if (name.family.empty() && name.literal.empty())
            ctx.check.error(namePtr, "expected a CSL name with \"family\" or \"literal\"");
        out.push_back(std::move(name));
    });
    return out;
}

// CSL dates are {"date-parts": [[2017, 7, 10]]}, or {"raw": ...} / {"literal": ...}; we keep ISO text.
std::string cslDate(LoadContext& ctx, const json& obj, const std::string& ptr, const char* key) {
    const auto it = obj.find(key);
    if (it == obj.end()) return {};
    const std::string datePtr = C::child(ptr, key);
    if (it->is_string()) return it->get<std::string>();
    if (!it->is_object()) {
        ctx.check.error(datePtr, "expected a CSL date object {\"date-parts\": [[2017, 7]]}, found " +
                                     describeJson(*it));
        return {};
    }
    if (const json* parts = ctx.check.array(*it, datePtr, "date-parts", false)) {
        if (parts->empty() || !(*parts)[0].is_array() || (*parts)[0].empty() || (*parts)[0].size() > 3) {
            ctx.check.error(C::child(datePtr, "date-parts"),
                            "expected [[year], [year, month] or [year, month, day]]");
            return {};
        }
        std::string iso;
        const json& first = (*parts)[0];
        for (std::size_t k = 0; k < first.size(); ++k) {
            const json& n = first[k];
            const bool isNumber = n.is_number_integer();
            const bool isDigits =
                n.is_string() && !n.get_ref<const std::string&>().empty() &&
                n.get_ref<const std::string&>().find_first_not_of("0123456789") == std::string::npos;
            if (!isNumber && !isDigits) {
                ctx.check.error(C::child(C::child(C::child(datePtr, "date-parts"), 0), k),
                                "expected an integer date part, found " + describeJson(n));
                return {};
            }
            const long long v = isNumber ? n.get<long long>() : std::stoll(n.get<std::string>().substr(0, 9));
            char buf[16];
            std::snprintf(buf, sizeof buf, k == 0 ? "%04lld" : "-%02lld", v);
            iso += buf;
        }
        return iso;
    }
    if (const json* raw = ctx.check.string(*it, datePtr, "raw", false)) return raw->get<std::string>();
    if (const json* literal = ctx.check.string(*it, datePtr, "literal", false))
        return literal->get<std::string>();
    ctx.check.error(datePtr, "expected \"date-parts\", \"raw\" or \"literal\" in a CSL date");
    return {};
}

// A tie type's "layout": {"attraction": 1, "repulsion": 0, "length": 1, "patron": "from"}.
model::TieLayoutRole tieLayoutRole(LoadContext& ctx, const json& obj, const std::string& ptr) {
    ctx.check.knownMembers(obj, ptr, {"attraction", "repulsion", "length", "patron"});
    model::TieLayoutRole role;
    role.declared = true;
    // Every amount lies in [0, 100] (a length above 0).
    const auto amount = [&](const char* key, double min, double max, bool minOpen) -> std::optional<double> {
        const json* v = ctx.check.number(obj, ptr, key, false);
        if (!v) return std::nullopt;
        const double x = v->get<double>();
        if (!(minOpen ? x > min : x >= min) || !(x <= max)) {
            ctx.check.error(C::child(ptr, key), std::string(minOpen ? "expected a number above 0, up to 100"
                                                                    : "expected a number from 0 to 100") +
                                                    ", found " + v->dump());
            return std::nullopt;
        }
        return x;
    };
    role.attraction = amount("attraction", 0.0, 100.0, false);
    role.repulsion = amount("repulsion", 0.0, 100.0, false);
    role.length = amount("length", 0.0, 100.0, true);
    if (role.attraction.value_or(0.0) > 0.0 && role.repulsion.value_or(0.0) > 0.0)
        ctx.check.error(
            C::child(ptr, "repulsion"),
            "a tie type either attracts or repels: give \"attraction\" or \"repulsion\", not both");
    if (const json* v = ctx.check.string(obj, ptr, "patron", false)) {
        if (const auto r = model::parsePatronRole(v->get<std::string>()))
            role.patron = *r;
        else
            ctx.check.error(C::child(ptr, "patron"),
                            "expected one of from, to, same, none, found " + inQuotes(v->get<std::string>()));
    }
    return role;
}

} // namespace

void loadMeta(LoadContext& ctx, const json& root) {
    const json* meta = ctx.check.object(root, "", "meta", true);
    if (!meta) return;
    const std::string ptr = "/meta";
    ctx.check.knownMembers(
        *meta, ptr, {"title", "description", "authors", "license", "citation", "start", "end", "step"});
    model::Meta& m = ctx.data.meta;
    m.title = ctx.check.text(*meta, ptr, "title", true);
    m.description = ctx.check.text(*meta, ptr, "description");
    m.authors = ctx.strings(*meta, ptr, "authors");
    m.license = ctx.check.text(*meta, ptr, "license");
    m.citation = ctx.check.text(*meta, ptr, "citation");
    const auto start = ctx.date(*meta, ptr, "start", true);
    const auto end = ctx.date(*meta, ptr, "end", true);
    if (start) m.start = *start;
    if (end) m.end = *end;
    if (start && end && end->dayAfterLast() <= start->firstDay())
        ctx.check.error(C::child(ptr, "end"), "the dataset ends (" + end->toString() +
                                                  ") before it starts (" + start->toString() + ")");
    if (const auto scale = meta->find("x-weight-scale"); scale != meta->end() && scale->is_number() &&
                                                         scale->get<double>() > 0 &&
                                                         std::isfinite(scale->get<double>()))
        m.weightScale = scale->get<double>();
    if (const json* step = ctx.check.string(*meta, ptr, "step", false)) {
        if (const auto s = model::parseTimeStep(step->get<std::string>()))
            m.step = *s;
        else
            ctx.check.error(C::child(ptr, "step"), "expected one of day, week, month, quarter, year, found " +
                                                       inQuotes(step->get<std::string>()));
    }
}

void registerIds(LoadContext& ctx, const json& root) {
    model::Dataset& d = ctx.data;
    registerTable(ctx, root, "tieTypes", "a tie type", d.tieTypes, d.tieTypeByKey);
    registerTable(ctx, root, "groups", "a group", d.groups, d.groupByKey);
    registerTable(ctx, root, "actors", "an actor", d.actors, d.actorByKey);
    registerTable(ctx, root, "sources", "a source", d.sources, d.sourceByKey);
    registerTable(ctx, root, "ties", "a tie", d.ties, d.tieByKey);
    // Events and stories are not referred to by id, but their ids must still be unique.
    std::vector<model::Event> events;
    std::map<std::string, model::EventId, std::less<>> eventByKey;
    registerTable(ctx, root, "events", "an event", events, eventByKey);
    std::vector<model::Story> stories;
    std::map<std::string, model::StoryId, std::less<>> storyByKey;
    registerTable(ctx, root, "stories", "a story", stories, storyByKey);
}

void loadTieTypes(LoadContext& ctx, const json& root) {
    forEachItem(root, "tieTypes", [&](const json& item, const std::string& ptr, std::size_t i) {
        ctx.check.knownMembers(item, ptr,
                               {"id", "label", "description", "directed", "sign", "color", "layout"});
        model::TieType& t = ctx.data.tieTypes[i];
        t.label = ctx.check.text(item, ptr, "label");
        if (t.label.empty()) t.label = t.key;
        t.description = ctx.check.text(item, ptr, "description");
        if (const json* v = ctx.check.boolean(item, ptr, "directed", false)) t.directed = v->get<bool>();
        if (const json* v = ctx.check.number(item, ptr, "sign", false)) {
            const double s = v->get<double>();
            if (s != 1.0 && s != -1.0)
                ctx.check.error(C::child(ptr, "sign"),
                                "expected 1 (cooperative) or -1 (hostile), found " + v->dump());
            else
                t.sign = static_cast<int>(s);
        }
        t.color = ctx.color(item, ptr, "color", t.color);
        if (const json* layout = ctx.check.object(item, ptr, "layout", false))
            t.layout = tieLayoutRole(ctx, *layout, C::child(ptr, "layout"));
    });
}

void loadGroups(LoadContext& ctx, const json& root) {
    forEachItem(root, "groups", [&](const json& item, const std::string& ptr, std::size_t i) {
        ctx.check.knownMembers(item, ptr, {"id", "label", "description", "color"});
        model::Group& g = ctx.data.groups[i];
        g.label = ctx.check.text(item, ptr, "label");
        if (g.label.empty()) g.label = g.key;
        g.description = ctx.check.text(item, ptr, "description");
        g.color = ctx.color(item, ptr, "color", g.color);
    });
}

void readSource(LoadContext& ctx, const json& item, const std::string& ptr, model::Source& s) {
    // CSL-JSON has dozens of fields; unknown ones are kept verbatim, not warned about.
    s.type = ctx.check.text(item, ptr, "type", true);
    s.title = ctx.check.text(item, ptr, "title");
    s.authors = names(ctx, item, ptr, "author");
    s.translators = names(ctx, item, ptr, "translator");
    s.issued = cslDate(ctx, item, ptr, "issued");
    s.containerTitle = ctx.check.text(item, ptr, "container-title");
    s.publisher = ctx.check.text(item, ptr, "publisher");
    s.publisherPlace = ctx.check.text(item, ptr, "publisher-place");
    s.archive = ctx.check.text(item, ptr, "archive");
    s.archiveLocation = ctx.check.text(item, ptr, "archive_location");
    s.url = ctx.check.text(item, ptr, "URL");
    s.doi = ctx.check.text(item, ptr, "DOI");
    s.note = ctx.check.text(item, ptr, "note");
    if (const json* v = ctx.check.string(item, ptr, "evidence", false)) {
        if (const auto kind = model::parseEvidence(v->get<std::string>()))
            s.evidence = *kind;
        else
            ctx.check.error(C::child(ptr, "evidence"), std::string("expected one of ") +
                                                           model::evidenceKeywords() + ", found " +
                                                           inQuotes(v->get<std::string>()));
    }
    s.cslJson = item.dump();
}

void loadSources(LoadContext& ctx, const json& root) {
    forEachItem(root, "sources", [&](const json& item, const std::string& ptr, std::size_t i) {
        readSource(ctx, item, ptr, ctx.data.sources[i]);
    });
}

void readActor(LoadContext& ctx, const json& item, const std::string& ptr, model::Actor& a,
               bool groupsTable) {
    ctx.check.knownMembers(item, ptr,
                           {"id", "name", "variants", "native", "nativeUnverified", "kind", "group",
                            "description", "spans", "sources", "pin", "note", "ref"});
    a.name = ctx.check.text(item, ptr, "name", true);
    a.variants = ctx.strings(item, ptr, "variants");
    a.native = ctx.check.text(item, ptr, "native");
    if (const json* v = ctx.check.boolean(item, ptr, "nativeUnverified", false))
        a.nativeUnverified = v->get<bool>();
    if (const json* v = ctx.check.string(item, ptr, "kind", false)) {
        if (const auto kind = model::parseActorKind(v->get<std::string>()))
            a.kind = *kind;
        else
            ctx.check.error(C::child(ptr, "kind"),
                            "expected one of person, faction, state, party, state-party, military, movement, "
                            "organization, other, found " +
                                inQuotes(v->get<std::string>()));
    }
    if (const json* v = ctx.check.string(item, ptr, "group", false)) {
        const std::string key = v->get<std::string>();
        if (groupsTable)
            a.group = ctx.resolve<model::GroupId>(ctx.data.groupByKey, key, C::child(ptr, "group"), "group");
        else {
            // Without a groups table, groups are implied by the actors that name them.
            const auto [it, inserted] = ctx.data.groupByKey.emplace(
                key, model::GroupId(static_cast<std::uint32_t>(ctx.data.groups.size())));
            if (inserted) ctx.data.groups.push_back(model::Group{key, key, "", 0x888888});
            a.group = it->second;
        }
    }
    a.description = ctx.check.text(item, ptr, "description");
    a.spans = ctx.spans(item, ptr, false);
    a.sources = ctx.sourceRefs(item, ptr, "sources");
    if (const json* pin = ctx.check.object(item, ptr, "pin", false)) {
        const std::string pinPtr = C::child(ptr, "pin");
        const json* x = ctx.check.number(*pin, pinPtr, "x", true);
        const json* y = ctx.check.number(*pin, pinPtr, "y", true);
        // Layout coordinates are hundreds of units; a pin far beyond (1e154) would overflow the
        // forces and turn every position into NaN.
        constexpr double kPinLimit = 1e6;
        bool inReach = true;
        for (const auto& [v, name] : {std::pair{x, "x"}, std::pair{y, "y"}})
            if (v && !(std::abs(v->get<double>()) <= kPinLimit)) {
                ctx.check.error(C::child(pinPtr, name),
                                "expected a pin coordinate from -1000000 to 1000000, found " +
                                    describeJson(*v));
                inReach = false;
            }
        if (x && y && inReach) a.pin = model::Point{x->get<double>(), y->get<double>()};
    }
    a.note = ctx.check.text(item, ptr, "note");
    a.ref = ctx.check.text(item, ptr, "ref");
}

void loadActors(LoadContext& ctx, const json& root) {
    forEachItem(root, "actors", [&](const json& item, const std::string& ptr, std::size_t i) {
        readActor(ctx, item, ptr, ctx.data.actors[i], root.contains("groups"));
    });
}

} // namespace tieline::core::io
