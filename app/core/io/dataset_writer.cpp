// Dataset -> format v1 JSON, member by member in the order README.md documents them. Core: no GL.
#include "core/io/dataset_writer.hpp"
#include "core/model/tie_roles.hpp"

#include "core/io/atomic_file.hpp"

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

ordered_json sourceJson(const model::Source& s) {
    ordered_json verbatim = ordered_json::object();
    if (!s.cslJson.empty()) {
        ordered_json parsed = ordered_json::parse(s.cslJson, nullptr, false);
        if (parsed.is_object()) verbatim = std::move(parsed);
    }
    ordered_json item;
    item["id"] = s.key; // the key may have been renamed (CSL import): it wins over the verbatim id
    for (auto it = verbatim.begin(); it != verbatim.end(); ++it)
        if (it.key() != "id") item[it.key()] = it.value();
    const auto fill = [&item](const char* key, ordered_json value) {
        if (!item.contains(key)) item[key] = std::move(value);
    };
    fill("type", s.type.empty() ? std::string("document") : s.type);
    const std::pair<const char*, const std::string*> texts[] = {{"title", &s.title},
                                                                {"container-title", &s.containerTitle},
                                                                {"publisher", &s.publisher},
                                                                {"publisher-place", &s.publisherPlace},
                                                                {"archive", &s.archive},
                                                                {"archive_location", &s.archiveLocation},
                                                                {"URL", &s.url},
                                                                {"DOI", &s.doi},
                                                                {"note", &s.note}};
    for (const auto& [key, text] : texts)
        if (!text->empty()) fill(key, *text);
    if (!s.authors.empty()) fill("author", namesJson(s.authors));
    if (!s.translators.empty()) fill("translator", namesJson(s.translators));
    if (!s.issued.empty()) fill("issued", cslIssued(s.issued));
    // The model's kind wins over the verbatim one (it may have been edited); Unknown = absent.
    if (s.evidence == model::Evidence::Unknown)
        item.erase("evidence");
    else
        item["evidence"] = model::keyword(s.evidence);
    return item;
}

ordered_json metaJson(const model::Meta& m) {
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

ordered_json actorJson(const model::Dataset& d, const model::Actor& a) {
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
    putText(out, "ref", a.ref);
    return out;
}

ordered_json claimJson(const model::Dataset& d, const model::Claim& c) {
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

ordered_json tieJson(const model::Dataset& d, const model::Tie& t) {
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
            claims.push_back(claimJson(d, c));
        out["claims"] = std::move(claims);
    }
    putText(out, "note", t.note);
    putText(out, "ref", t.ref);
    return out;
}

ordered_json eventJson(const model::Dataset& d, const model::Event& e) {
    ordered_json out;
    out["id"] = e.key;
    out["date"] = e.date.toString();
    if (e.end) out["end"] = e.end->toString();
    out["title"] = e.title;
    putText(out, "description", e.description);
    if (!e.actors.empty()) out["actors"] = keysOf(e.actors, d.actors);
    if (!e.sources.empty()) out["sources"] = keysOf(e.sources, d.sources);
    putText(out, "ref", e.ref);
    return out;
}

ordered_json storyJson(const model::Dataset& d, const model::Story& s) {
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

template <class Item, class Fn>
void putTable(ordered_json& root, const char* key, const std::vector<Item>& items, Fn toJson) {
    if (items.empty()) return;
    ordered_json arr = ordered_json::array();
    for (const Item& item : items)
        arr.push_back(toJson(item));
    root[key] = std::move(arr);
}

std::string dumpJson(const ordered_json& value, int indent) {
    return value.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

} // namespace

std::string datasetToJson(const model::Dataset& data, const WriteJsonOptions& options) {
    ordered_json root;
    root["format"] = "tieline/1";
    root["meta"] = metaJson(data.meta);
    putTable(root, "tieTypes", data.tieTypes, [](const model::TieType& t) {
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
    });
    putTable(root, "groups", data.groups, [](const model::Group& g) {
        ordered_json out;
        out["id"] = g.key;
        out["label"] = g.label;
        putText(out, "description", g.description);
        out["color"] = hexColor(g.color);
        return out;
    });
    putTable(root, "actors", data.actors, [&](const model::Actor& a) { return actorJson(data, a); });
    putTable(root, "ties", data.ties, [&](const model::Tie& t) { return tieJson(data, t); });
    putTable(root, "sources", data.sources, sourceJson);
    putTable(root, "events", data.events, [&](const model::Event& e) { return eventJson(data, e); });
    putTable(root, "stories", data.stories, [&](const model::Story& s) { return storyJson(data, s); });
    putTable(root, "merges", data.merges, [&](const model::DefaultMerge& m) {
        ordered_json out;
        out["actor"] = data.actor(m.actor).key;
        out["into"] = data.actor(m.into).key;
        putText(out, "label", m.label);
        putText(out, "note", m.note);
        return out;
    });
    return dumpJson(root, options.indent) + "\n";
}

std::string sourcesToCslJson(const std::vector<model::Source>& sources, const WriteJsonOptions& options) {
    ordered_json arr = ordered_json::array();
    for (const model::Source& s : sources)
        arr.push_back(sourceJson(s));
    return dumpJson(arr, options.indent) + "\n";
}

bool writeDatasetFile(const std::string& path, const model::Dataset& data, std::string& why,
                      const WriteJsonOptions& options) {
    return writeFileAtomic(path, datasetToJson(data, options), why);
}

} // namespace tieline::core::io
