// CSL-JSON items <-> Sources, with located messages (file:line:column: /3/issued). Core: no GL.
#include "core/interop/csl_json.hpp"
#include "core/io/guarded_load.hpp"

#include "core/interop/detail/import_builder.hpp"
#include "core/io/dataset_writer.hpp"
#include "core/io/json_checker.hpp"

#include <algorithm>
#include <set>

namespace tieline::core::interop {

namespace {

using io::json;
using io::JsonChecker;

std::vector<model::PersonName> names(JsonChecker& check, const json& item, const std::string& ptr,
                                     const char* key) {
    std::vector<model::PersonName> out;
    const json* arr = check.array(item, ptr, key, false);
    if (!arr) return out;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const std::string namePtr = JsonChecker::child(JsonChecker::child(ptr, key), i);
        if (!check.expectObject((*arr)[i], namePtr, "a CSL name {\"family\": ..., \"given\": ...}")) continue;
        model::PersonName n;
        n.family = check.text((*arr)[i], namePtr, "family");
        n.given = check.text((*arr)[i], namePtr, "given");
        n.literal = check.text((*arr)[i], namePtr, "literal");
        out.push_back(std::move(n));
    }
    return out;
}

// CSL dates: {"date-parts": [[2017, 7]]} (numbers or digit strings), {"raw": ...} or {"literal": ...}.
std::string issued(JsonChecker& check, const json& item, const std::string& ptr) {
    const auto it = item.find("issued");
    if (it == item.end()) return {};
    const std::string datePtr = JsonChecker::child(ptr, "issued");
    if (it->is_string()) return it->get<std::string>();
    if (!check.expectObject(*it, datePtr, "a CSL date {\"date-parts\": [[2017, 7]]}")) return {};
    if (const auto parts = it->find("date-parts"); parts != it->end()) {
        if (!parts->is_array() || parts->empty() || !(*parts)[0].is_array() || (*parts)[0].empty()) {
            check.error(JsonChecker::child(datePtr, "date-parts"),
                        "expected [[year], [year, month] or [year, month, day]]");
            return {};
        }
        std::string iso;
        for (std::size_t k = 0; k < (*parts)[0].size() && k < 3; ++k) {
            const json& n = (*parts)[0][k];
            const std::string digits = n.is_number_integer() ? std::to_string(n.get<long long>())
                                       : n.is_string()       ? n.get<std::string>()
                                                             : std::string();
            if (digits.empty() || digits.size() > 4 ||
                digits.find_first_not_of("0123456789") != std::string::npos) {
                check.error(
                    JsonChecker::child(JsonChecker::child(JsonChecker::child(datePtr, "date-parts"), 0), k),
                    "expected an integer date part, found " + io::describeJson(n));
                return {};
            }
            if (k > 0) iso += '-';
            iso.append((k == 0 ? 4 : 2) - std::min<std::size_t>(digits.size(), k == 0 ? 4 : 2),
                       '0'); // 0800, 07
            iso += digits;
        }
        return iso;
    }
    if (const json* raw = check.string(*it, datePtr, "raw", false)) return raw->get<std::string>();
    if (const json* literal = check.string(*it, datePtr, "literal", false))
        return literal->get<std::string>();
    check.error(datePtr, "expected \"date-parts\", \"raw\" or \"literal\" in a CSL date");
    return {};
}

// A key for an item: its id in kebab-case, or for Zotero's URI ids ("http://zotero.org/users/1/
// items/ABCD1234") the first author's family name and the year, as citation keys read.
std::string keyFor(const model::Source& s, const std::string& id) {
    if (id.find('/') == std::string::npos && id.find(':') == std::string::npos) {
        if (std::string key = interop::kebabKey(id); !key.empty()) return key;
    }
    std::string key;
    if (!s.authors.empty())
        key = interop::kebabKey(s.authors[0].family.empty() ? s.authors[0].literal : s.authors[0].family);
    if (s.issued.size() >= 4) {
        if (!key.empty()) key += '-';
        key += s.issued.substr(0, 4);
    }
    if (key.empty()) key = interop::kebabKey(id.substr(id.find_last_of('/') + 1));
    return key.empty() ? std::string("source") : key;
}

} // namespace

namespace {

CslImport readCsl(std::string_view text, const std::string& fileName, const io::LoadOptions& limits) {
    CslImport result;
    json root;
    io::JsonReadError syntax;
    const io::JsonLimits jsonLimits{limits.maxDepth, limits.maxStringBytes};
    if (!io::readJson(text, jsonLimits, root, syntax)) {
        result.diagnostics.add({io::Severity::Error, fileName, syntax.pos.line, syntax.pos.column,
                                syntax.pointer, syntax.message},
                               limits.maxMessages);
        return result;
    }
    const io::LazyPositions positions(text, jsonLimits);
    JsonChecker check(positions, result.diagnostics, fileName, limits.maxMessages);
    if (!root.is_array() && !root.is_object()) {
        check.error("", "expected a CSL-JSON array of items, found " + io::describeJson(root));
        return result;
    }
    const bool single = root.is_object(); // one item on its own
    std::set<std::string> used;
    for (std::size_t i = 0; i < (single ? 1 : root.size()); ++i) {
        const std::string ptr = single ? std::string() : JsonChecker::child("", i);
        json& item = single ? root : root[i];
        if (!check.expectObject(item, ptr, "a CSL item")) continue;
        std::string id;
        if (const auto it = item.find("id"); it != item.end() && (it->is_string() || it->is_number_integer()))
            id = it->is_string() ? it->get<std::string>() : std::to_string(it->get<long long>());
        else
            check.error(JsonChecker::child(ptr, "id"), "expected an \"id\" (a string or a number)");
        model::Source s;
        s.type = check.text(item, ptr, "type", true);
        s.title = check.text(item, ptr, "title");
        s.authors = names(check, item, ptr, "author");
        s.translators = names(check, item, ptr, "translator");
        s.issued = issued(check, item, ptr);
        s.containerTitle = check.text(item, ptr, "container-title");
        s.publisher = check.text(item, ptr, "publisher");
        s.publisherPlace = check.text(item, ptr, "publisher-place");
        s.archive = check.text(item, ptr, "archive");
        s.archiveLocation = check.text(item, ptr, "archive_location");
        s.url = check.text(item, ptr, "URL");
        s.doi = check.text(item, ptr, "DOI");
        s.note = check.text(item, ptr, "note");
        if (const json* v = check.string(item, ptr, "evidence", false)) {
            if (const auto kind = model::parseEvidence(v->get<std::string>()))
                s.evidence = *kind;
            else
                check.error(JsonChecker::child(ptr, "evidence"),
                            std::string("expected one of ") + model::evidenceKeywords() + ", found \"" +
                                v->get<std::string>() + "\"");
        }
        const std::string base = keyFor(s, id);
        s.key = base;
        for (int n = 2; !used.insert(s.key).second; ++n)
            s.key = base + "-" + std::to_string(n);
        if (s.key != id && !id.empty()) item["x-csl-id"] = id;
        item["id"] = s.key;
        s.cslJson = item.dump(-1, ' ', false, json::error_handler_t::replace);
        result.sources.push_back(std::move(s));
    }
    if (result.diagnostics.hasErrors()) result.sources.clear();
    return result;
}

} // namespace

CslImport readCslJson(std::string_view text, const std::string& fileName, const io::LoadOptions& limits) {
    return io::guardedLoad<CslImport>(fileName, limits.maxMessages,
                                      [&] { return readCsl(text, fileName, limits); });
}

CslImport readCslJsonFile(const std::string& path, const io::LoadOptions& limits) {
    return io::loadFromFile<CslImport>(
        path, limits.maxFileBytes, limits.maxMessages,
        [&](const std::string& text) { return readCslJson(text, path, limits); });
}

std::string cslJsonText(const std::vector<model::Source>& sources) {
    return io::sourcesToCslJson(sources);
}

std::size_t addSources(model::Dataset& data, const std::vector<model::Source>& sources) {
    std::size_t replaced = 0;
    for (const model::Source& s : sources) {
        if (const auto id = data.findSource(s.key)) {
            data.sources[id->index()] = s;
            ++replaced;
        } else {
            data.sourceByKey.emplace(s.key, model::SourceId(static_cast<std::uint32_t>(data.sources.size())));
            data.sources.push_back(s);
        }
    }
    return replaced;
}

} // namespace tieline::core::interop
