// Dataset -> format v1 JSON, member by member in the order README.md documents them. Core: no GL.
#include "core/io/dataset_writer.hpp"
#include "core/model/tie_roles.hpp"

#include "core/io/atomic_file.hpp"
#include "core/io/detail/entity_json.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>

namespace tieline::core::io {

namespace {

using nlohmann::ordered_json;

std::string hexColor(model::Rgb color) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(color & 0xFFFFFF));
    return buf;
}

void putText(ordered_json& obj, const char* key, const std::string& text) {
    if (!text.empty()) obj[key] = text;
}

void putStrings(ordered_json& obj, const char* key, const std::vector<std::string>& items) {
    if (!items.empty()) obj[key] = items;
}

ordered_json spansJson(const std::vector<calendar::Span>& spans) {
    ordered_json out = ordered_json::array();
    for (const calendar::Span& s : spans) {
        ordered_json item = ordered_json::object();
        if (s.start) item["start"] = s.start->toString();
        if (s.end) item["end"] = s.end->toString();
        out.push_back(std::move(item));
    }
    return out;
}

template <class IdT> ordered_json keysOf(const std::vector<IdT>& ids, const auto& table) {
    ordered_json out = ordered_json::array();
    for (const IdT id : ids)
        out.push_back(table[id.index()].key);
    return out;
}

ordered_json namesJson(const std::vector<model::PersonName>& names) {
    ordered_json out = ordered_json::array();
    for (const model::PersonName& n : names) {
        ordered_json item = ordered_json::object();
        putText(item, "family", n.family);
        putText(item, "given", n.given);
        putText(item, "literal", n.literal);
        out.push_back(std::move(item));
    }
    return out;
}

// "2017-07" -> {"date-parts": [[2017, 7]]}; anything else is kept as CSL's "raw" text.
ordered_json cslIssued(const std::string& text) {
    int parts[3] = {0, 0, 0};
    int count = 0;
    char tail = 0;
    const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &parts[0], &parts[1], &parts[2], &tail);
    count = n > 3 ? 0 : n;
    const bool shapeOk = (count == 1 && text.size() == 4) || (count == 2 && text.size() == 7) ||
                         (count == 3 && text.size() == 10);
    if (!shapeOk) return ordered_json{{"raw", text}};
    ordered_json dateParts = ordered_json::array();
    for (int i = 0; i < count; ++i)
        dateParts.push_back(parts[i]);
    return ordered_json{{"date-parts", ordered_json::array({dateParts})}};
}

// What the loader reads from a CSL name list, to tell whether the verbatim list says what the model
// does (then it is kept as written, with members tieline does not read).
std::vector<model::PersonName> parsedNames(const ordered_json& list) {
    std::vector<model::PersonName> out;
    if (!list.is_array()) return out;
    for (const ordered_json& item : list) {
        model::PersonName n;
        if (item.is_object()) {
            for (const auto& [key, field] : {std::pair{"family", &n.family}, std::pair{"given", &n.given},
                                             std::pair{"literal", &n.literal}})
                if (const auto it = item.find(key); it != item.end() && it->is_string()) *field = *it;
        }
        out.push_back(std::move(n));
    }
    return out;
}

bool sameNames(const std::vector<model::PersonName>& a, const std::vector<model::PersonName>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].family != b[i].family || a[i].given != b[i].given || a[i].literal != b[i].literal)
            return false;
    return true;
}

// The ISO text the loader makes of a CSL date ("" when it makes none).
std::string parsedIssued(const ordered_json& date) {
    if (date.is_string()) return date.get<std::string>();
    if (!date.is_object()) return {};
    if (const auto parts = date.find("date-parts"); parts != date.end()) {
        if (!parts->is_array() || parts->empty() || !(*parts)[0].is_array()) return {};
        std::string iso;
        for (std::size_t k = 0; k < (*parts)[0].size() && k < 3; ++k) {
            const ordered_json& n = (*parts)[0][k];
            long long v = 0;
            if (n.is_number_integer())
                v = n.get<long long>();
            else if (n.is_string() && !n.get<std::string>().empty())
                v = std::atoll(n.get<std::string>().substr(0, 9).c_str());
            else
                return {};
            char buf[16];
            std::snprintf(buf, sizeof buf, k == 0 ? "%04lld" : "-%02lld", v);
            iso += buf;
        }
        return iso;
    }
    for (const char* key : {"raw", "literal"})
        if (const auto it = date.find(key); it != date.end() && it->is_string())
            return it->get<std::string>();
    return {};
}

} // namespace

namespace entity {

ordered_json source(const model::Source& s) {
    ordered_json verbatim = ordered_json::object();
    if (!s.cslJson.empty()) {
        ordered_json parsed = ordered_json::parse(s.cslJson, nullptr, false);
        if (parsed.is_object()) verbatim = std::move(parsed);
    }
    ordered_json item;
    item["id"] = s.key; // the key may have been renamed (CSL import): it wins over the verbatim id
    for (auto it = verbatim.begin(); it != verbatim.end(); ++it)
        if (it.key() != "id") item[it.key()] = it.value();
    // A member the model reads is kept as written while it says what the model says; when the model
    // differs (an edit), the model's value replaces it, and an emptied field removes it.
    const auto text = [&item](const char* key) {
        const auto it = item.find(key);
        return it != item.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    const auto set = [&item](const char* key, ordered_json value, bool empty) {
        if (empty)
            item.erase(key);
        else
            item[key] = std::move(value);
    };
    const std::string type = s.type.empty() ? std::string("document") : s.type;
    if (text("type") != s.type || !item.contains("type")) set("type", type, false);
    const std::pair<const char*, const std::string*> texts[] = {{"title", &s.title},
                                                                {"container-title", &s.containerTitle},
                                                                {"publisher", &s.publisher},
                                                                {"publisher-place", &s.publisherPlace},
                                                                {"archive", &s.archive},
                                                                {"archive_location", &s.archiveLocation},
                                                                {"URL", &s.url},
                                                                {"DOI", &s.doi},
                                                                {"note", &s.note}};
    for (const auto& [key, value] : texts)
        if (text(key) != *value) set(key, *value, value->empty());
    for (const auto& [key, names] :
         {std::pair{"author", &s.authors}, std::pair{"translator", &s.translators}}) {
        const auto it = item.find(key);
        const auto parsed = it != item.end() ? parsedNames(*it) : std::vector<model::PersonName>();
        if (!sameNames(parsed, *names)) set(key, namesJson(*names), names->empty());
    }
    {
        const auto it = item.find("issued");
        if ((it != item.end() ? parsedIssued(*it) : std::string()) != s.issued)
            set("issued", cslIssued(s.issued), s.issued.empty());
    }
    // The model's kind wins over the verbatim one (it may have been edited); Unknown = absent.
    if (s.evidence == model::Evidence::Unknown)
        item.erase("evidence");
    else if (text("evidence") != model::keyword(s.evidence))
        item["evidence"] = model::keyword(s.evidence);
    return item;
}

ordered_json meta(const model::Meta& m) {
    ordered_json out;
    out["title"] = m.title;
    putText(out, "description", m.description);
    putStrings(out, "authors", m.authors);
    putText(out, "license", m.license);
    putText(out, "citation", m.citation);
    out["start"] = m.start.toString();
    out["end"] = m.end.toString();
    out["step"] = model::keyword(m.step);
    if (m.weightScale != 1.0) out["x-weight-scale"] = m.weightScale;
    return out;
}

ordered_json actor(const model::Dataset& d, const model::Actor& a) {
    ordered_json out;
    out["id"] = a.key;
    out["name"] = a.name;
    putStrings(out, "variants", a.variants);
    putText(out, "native", a.native);
    if (a.nativeUnverified) out["nativeUnverified"] = true;
    out["kind"] = model::keyword(a.kind);
    if (const model::Group* g = d.group(a.group)) out["group"] = g->key;
    putText(out, "description", a.description);
    if (!a.spans.empty()) out["spans"] = spansJson(a.spans);
    if (!a.sources.empty()) out["sources"] = keysOf(a.sources, d.sources);
    if (a.pin) out["pin"] = ordered_json{{"x", a.pin->x}, {"y", a.pin->y}};
    putText(out, "note", a.note);
    putText(out, "ref", a.ref);
    return out;
}

ordered_json claim(const model::Dataset& d, const model::Claim& c) {
    ordered_json out;
    putText(out, "id", c.key);
    if (c.source.valid()) out["source"] = d.source(c.source).key;
    putText(out, "locator", c.locator);
    putText(out, "quote", c.quote);
    putText(out, "supports", c.supports);
    putText(out, "note", c.note);
    putStrings(out, "contradicts", c.contradicts);
    return out;
}

ordered_json tie(const model::Dataset& d, const model::Tie& t) {
    ordered_json out;
    out["id"] = t.key;
    out["from"] = d.actor(t.from).key;
    out["to"] = d.actor(t.to).key;
    out["type"] = d.tieType(t.type).key;
    out["spans"] = spansJson(t.spans);
    if (!t.strength.empty()) {
        ordered_json keys = ordered_json::array();
        for (const model::StrengthKey& k : t.strength)
            keys.push_back(ordered_json::array({k.date.toString(), k.value}));
        out["strength"] = std::move(keys);
    }
    out["confidence"] = model::keyword(t.confidence);
    if (!t.claims.empty()) {
        ordered_json claims = ordered_json::array();
        for (const model::Claim& c : t.claims)
            claims.push_back(claim(d, c));
        out["claims"] = std::move(claims);
    }
    putText(out, "note", t.note);
    putText(out, "ref", t.ref);
    return out;
}

ordered_json event(const model::Dataset& d, const model::Event& e) {
    ordered_json out;
    out["id"] = e.key;
    out["date"] = e.date.toString();
    if (e.end) out["end"] = e.end->toString();
    out["title"] = e.title;
    putText(out, "description", e.description);
    if (!e.actors.empty()) out["actors"] = keysOf(e.actors, d.actors);
    if (!e.sources.empty()) out["sources"] = keysOf(e.sources, d.sources);
    if (e.confidence) out["confidence"] = model::keyword(*e.confidence);
    putText(out, "note", e.note);
    putText(out, "ref", e.ref);
    return out;
}

ordered_json story(const model::Dataset& d, const model::Story& s) {
    ordered_json out;
    out["id"] = s.key;
    out["title"] = s.title;
    putText(out, "description", s.description);
    ordered_json stops = ordered_json::array();
    for (const model::StoryStop& stop : s.stops) {
        ordered_json item;
        item["date"] = stop.date.toString();
        putText(item, "title", stop.title);
        putText(item, "caption", stop.caption);
        if (!stop.focus.empty()) item["focus"] = keysOf(stop.focus, d.actors);
        stops.push_back(std::move(item));
    }
    out["stops"] = std::move(stops);
    return out;
}

ordered_json tieType(const model::TieType& t) {
    ordered_json out;
    out["id"] = t.key;
    out["label"] = t.label;
    putText(out, "description", t.description);
    out["directed"] = t.directed;
    out["sign"] = t.sign;
    out["color"] = hexColor(t.color);
    if (t.layout.declared) {
        ordered_json layout = ordered_json::object();
        if (t.layout.attraction) layout["attraction"] = *t.layout.attraction;
        if (t.layout.repulsion) layout["repulsion"] = *t.layout.repulsion;
        if (t.layout.length) layout["length"] = *t.layout.length;
        if (t.layout.patron != model::PatronRole::None)
            layout["patron"] = model::patronRoleKeyword(t.layout.patron);
        out["layout"] = std::move(layout);
    }
    return out;
}

ordered_json group(const model::Group& g) {
    ordered_json out;
    out["id"] = g.key;
    out["label"] = g.label;
    putText(out, "description", g.description);
    out["color"] = hexColor(g.color);
    return out;
}

ordered_json merge(const model::Dataset& d, const model::DefaultMerge& m) {
    ordered_json out;
    out["actor"] = d.actor(m.actor).key;
    out["into"] = d.actor(m.into).key;
    putText(out, "label", m.label);
    putText(out, "note", m.note);
    return out;
}

namespace {

template <class Item, class Fn>
void putTable(ordered_json& root, const char* key, const std::vector<Item>& items, Fn toJson) {
    if (items.empty()) return;
    ordered_json arr = ordered_json::array();
    for (const Item& item : items)
        arr.push_back(toJson(item));
    root[key] = std::move(arr);
}

} // namespace

ordered_json dataset(const model::Dataset& data) {
    ordered_json root;
    root["format"] = "tieline/1";
    root["meta"] = meta(data.meta);
    putTable(root, "tieTypes", data.tieTypes, tieType);
    putTable(root, "groups", data.groups, group);
    putTable(root, "actors", data.actors, [&](const model::Actor& a) { return actor(data, a); });
    putTable(root, "ties", data.ties, [&](const model::Tie& t) { return tie(data, t); });
    putTable(root, "sources", data.sources, source);
    putTable(root, "events", data.events, [&](const model::Event& e) { return event(data, e); });
    putTable(root, "stories", data.stories, [&](const model::Story& s) { return story(data, s); });
    putTable(root, "merges", data.merges, [&](const model::DefaultMerge& m) { return merge(data, m); });
    return root;
}

} // namespace entity

namespace {

std::string dumpJson(const ordered_json& value, int indent) {
    return value.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

} // namespace

std::string datasetToJson(const model::Dataset& data, const WriteJsonOptions& options) {
    return dumpJson(entity::dataset(data), options.indent) + "\n";
}

std::string sourcesToCslJson(const std::vector<model::Source>& sources, const WriteJsonOptions& options) {
    ordered_json arr = ordered_json::array();
    for (const model::Source& s : sources)
        arr.push_back(entity::source(s));
    return dumpJson(arr, options.indent) + "\n";
}

bool writeDatasetFile(const std::string& path, const model::Dataset& data, std::string& why,
                      const WriteJsonOptions& options) {
    return writeFileAtomic(path, datasetToJson(data, options), why);
}

} // namespace tieline::core::io
