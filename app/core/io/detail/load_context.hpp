// Shared state while one dataset file is validated and converted: the checker, the ids seen so
// far, and helpers for dates, ids and references. Internal to io/.
#pragma once

#include "core/io/json_checker.hpp"
#include "core/model/dataset.hpp"

#include <map>
#include <optional>
#include <string>

namespace tieline::core::io {

struct LoadContext {
    JsonChecker& check;
    model::Dataset& data;
    std::size_t maxItems = 1000000; // per table
    // Where each id was first defined, per table, to report duplicates.
    std::map<std::string, std::string, std::less<>> claimIdAt; // claim id -> pointer
    bool strict = false; // LoadOptions::strict: warn about ties without claims too

    // A required or optional date member; reports syntax and calendar errors.
    std::optional<calendar::Date> date(const json& obj, const std::string& ptr, const char* key,
                                       bool required);
    std::optional<calendar::Date> dateValue(const json& value, const std::string& ptr);

    // The item's "id": present, a string, kebab-case. Returns "" when unusable.
    std::string id(const json& obj, const std::string& ptr);

    // "high", "medium", "low" or "contested".
    std::optional<model::Confidence> confidence(const json& obj, const std::string& ptr, bool required);

    // Checks "#RRGGBB" and returns the colour, or `fallback`.
    model::Rgb color(const json& obj, const std::string& ptr, const char* key, model::Rgb fallback);

    std::vector<std::string> strings(const json& obj, const std::string& ptr, const char* key);

    // Calls fn(element, pointer) for each element of the optional array obj[key] (a value that is
    // not an array is reported).
    template <class Fn> void forEachElement(const json& obj, const std::string& ptr, const char* key, Fn fn) {
        const json* arr = check.array(obj, ptr, key, false);
        if (!arr) return;
        const std::string arrPtr = JsonChecker::child(ptr, key);
        for (std::size_t i = 0; i < arr->size(); ++i)
            fn((*arr)[i], JsonChecker::child(arrPtr, i));
    }

    // Resolves a reference written as a string at ptr; reports unknown ones ("unknown actor ...").
    template <class IdT, class Map>
    IdT resolve(const Map& map, const std::string& key, const std::string& ptr, const char* what) {
        const auto it = map.find(key);
        if (it != map.end()) return it->second;
        check.error(ptr, std::string("unknown ") + what + " " + inQuotes(key));
        return IdT();
    }

    // A list of references (strings) at obj[key], each resolved through `map`.
    template <class IdT, class Map>
    std::vector<IdT> refs(const json& obj, const std::string& ptr, const char* key, const Map& map,
                          const char* what);
    std::vector<model::SourceId> sourceRefs(const json& obj, const std::string& ptr, const char* key);
    std::vector<model::ActorId> actorRefs(const json& obj, const std::string& ptr, const char* key);

    // Spans: each checked (end not before start) and, within one list, for overlaps.
    std::vector<calendar::Span> spans(const json& obj, const std::string& ptr, bool required);
};

// Calls fn(item, pointer, index) for each object element of a top-level table (the id pass has
// reported the rest).
template <class Fn> void forEachItem(const json& root, const char* table, Fn fn) {
    const auto it = root.find(table);
    if (it == root.end() || !it->is_array()) return;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& item = (*it)[i];
        if (item.is_object()) fn(item, JsonChecker::child(JsonChecker::child("", table), i), i);
    }
}

bool isKebabId(std::string_view text);

// Per-table readers (load_tables.cpp, load_ties.cpp, load_merges.cpp).
void loadMeta(LoadContext& ctx, const json& root);
void registerIds(LoadContext& ctx, const json& root); // first pass: ids of every table
void loadTieTypes(LoadContext& ctx, const json& root);
void loadGroups(LoadContext& ctx, const json& root);
void loadSources(LoadContext& ctx, const json& root);
void loadActors(LoadContext& ctx, const json& root);
void loadTies(LoadContext& ctx, const json& root);
void loadEvents(LoadContext& ctx, const json& root);
void loadStories(LoadContext& ctx, const json& root);
void loadMerges(LoadContext& ctx, const json& root); // load_merges.cpp

// One item of a table, read and checked on its own (the loaders' per-item bodies; the editor's
// incremental validation runs them on one serialised entity, so its messages are the loader's).
// `groupsTable`: the file has a "groups" table (without one, a new group name declares a group).
void readActor(LoadContext& ctx, const json& item, const std::string& ptr, model::Actor& a, bool groupsTable);
void readSource(LoadContext& ctx, const json& item, const std::string& ptr, model::Source& s);
// A claim naming another claim as contradicted, checked once every claim id is known.
struct Contradiction {
    std::string target, pointer, own; // the claim id named, where, and the naming claim's id
};
// The claims of obj["claims"] (ids registered in ctx.claimIdAt).
std::vector<model::Claim> readClaims(LoadContext& ctx, const json& obj, const std::string& ptr);
void readTie(LoadContext& ctx, const json& item, const std::string& ptr, model::Tie& t,
             std::vector<Contradiction>& contradictions);
// Reports each contradiction naming a claim id not in ctx.claimIdAt, or its own claim.
void checkContradictions(LoadContext& ctx, const std::vector<Contradiction>& contradictions);
model::Event readEvent(LoadContext& ctx, const json& item, const std::string& ptr);
model::Story readStory(LoadContext& ctx, const json& item, const std::string& ptr);

} // namespace tieline::core::io
