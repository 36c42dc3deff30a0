// One item through the writer's per-entity code and the loader's per-item reader. Core: no GL.
#include "core/io/entity_check.hpp"

#include "core/io/detail/entity_json.hpp"
#include "core/io/detail/load_context.hpp"

namespace tieline::core::io {

namespace {

using C = JsonChecker;

// The loader's checker and context over `data`, with no positions (an edit has no file lines).
struct Check {
    LazyPositions positions; // none
    Diagnostics out;
    JsonChecker checker;
    // The per-item readers take the dataset mutably (the loader fills it); they only read it here
    // except through groupByKey for files without a groups table, which checkActor does not use.
    LoadContext ctx;

    Check(const model::Dataset& data, std::size_t maxMessages = 20)
        : checker(positions, out, "", maxMessages), ctx{checker,
                                                        const_cast<model::Dataset&>(data),
                                                        1000000,
                                                        {}} {
        ctx.strict = true; // an edit leaving a tie without claims is warned about (still applied)
    }
};

std::string pointerOf(const char* table, std::size_t index) {
    return C::child(C::child("", table), index);
}

// The id pass for one item: kebab-case, and not used by another item of the table.
template <class Items>
void checkId(Check& c, const json& item, const std::string& ptr, const char* table, const Items& items,
             std::size_t index) {
    const std::string key = c.ctx.id(item, ptr);
    if (key.empty()) return;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (i != index && items[i].key == key) {
            c.checker.error(C::child(ptr, "id"), "duplicate id " + inQuotes(key) + " (already used at " +
                                                     pointerOf(table, i) + ")");
            return;
        }
}

// The same through a key map (actors, ties, sources), without a scan.
template <class Map>
void checkIdIndexed(Check& c, const json& item, const std::string& ptr, const char* table, const Map& byKey,
                    std::size_t index) {
    const std::string key = c.ctx.id(item, ptr);
    if (key.empty()) return;
    const auto it = byKey.find(key);
    if (it != byKey.end() && it->second.index() != index)
        c.checker.error(C::child(ptr, "id"), "duplicate id " + inQuotes(key) + " (already used at " +
                                                 pointerOf(table, it->second.index()) + ")");
}

json toJson(const entity::ordered_json& value) {
    return json::parse(value.dump(-1, ' ', false, entity::ordered_json::error_handler_t::replace));
}

} // namespace

Diagnostics checkActor(const model::Dataset& data, std::size_t index, const model::Actor& actor) {
    Check c(data);
    const std::string ptr = pointerOf("actors", index);
    const json item = toJson(entity::actor(data, actor));
    checkIdIndexed(c, item, ptr, "actors", data.actorByKey, index);
    model::Actor read;
    readActor(c.ctx, item, ptr, read, true);
    return std::move(c.out);
}

Diagnostics checkTie(const model::Dataset& data, std::size_t index, const model::Tie& tie) {
    Check c(data);
    const std::string ptr = pointerOf("ties", index);
    const json item = toJson(entity::tie(data, tie));
    checkIdIndexed(c, item, ptr, "ties", data.tieByKey, index);
    // Claim ids: only when this tie has or names some is the dataset's list needed.
    bool claimIds = false;
    for (const model::Claim& claim : tie.claims)
        claimIds = claimIds || !claim.key.empty() || !claim.contradicts.empty();
    if (claimIds)
        for (std::size_t t = 0; t < data.ties.size(); ++t) {
            if (t == index) continue;
            for (std::size_t k = 0; k < data.ties[t].claims.size(); ++k)
                if (!data.ties[t].claims[k].key.empty())
                    c.ctx.claimIdAt.emplace(data.ties[t].claims[k].key,
                                            C::child(C::child(pointerOf("ties", t), "claims"), k));
        }
    model::Tie read;
    std::vector<Contradiction> contradictions;
    readTie(c.ctx, item, ptr, read, contradictions);
    checkContradictions(c.ctx, contradictions);
    return std::move(c.out);
}

Diagnostics checkSource(const model::Dataset& data, std::size_t index, const model::Source& source) {
    Check c(data);
    const std::string ptr = pointerOf("sources", index);
    const json item = toJson(entity::source(source));
    checkIdIndexed(c, item, ptr, "sources", data.sourceByKey, index);
    model::Source read;
    readSource(c.ctx, item, ptr, read);
    return std::move(c.out);
}

Diagnostics checkEvent(const model::Dataset& data, std::size_t index, const model::Event& event) {
    Check c(data);
    const std::string ptr = pointerOf("events", index);
    const json item = toJson(entity::event(data, event));
    checkId(c, item, ptr, "events", data.events, index);
    readEvent(c.ctx, item, ptr);
    return std::move(c.out);
}

Diagnostics checkStory(const model::Dataset& data, std::size_t index, const model::Story& story) {
    Check c(data);
    const std::string ptr = pointerOf("stories", index);
    const json item = toJson(entity::story(data, story));
    checkId(c, item, ptr, "stories", data.stories, index);
    readStory(c.ctx, item, ptr);
    return std::move(c.out);
}

namespace {

std::string dumpText(const entity::ordered_json& value) {
    return value.dump(-1, ' ', false, entity::ordered_json::error_handler_t::replace);
}

// Parses `text` and runs `read` on it with the loader's context; false with the first error.
template <class Read>
bool readText(const model::Dataset& data, std::string_view text, std::string& why, Read read) {
    json item = json::parse(text, nullptr, false);
    if (item.is_discarded() || !item.is_object()) {
        why = "expected a JSON object";
        return false;
    }
    Check c(data);
    read(c, item);
    for (const Diagnostic& d : c.out.items)
        if (d.severity == Severity::Error) {
            why = (d.pointer.empty() ? "" : d.pointer + ": ") + d.message;
            return false;
        }
    return true;
}

} // namespace

std::string toJsonText(const model::Dataset& data, const model::Actor& item) {
    return dumpText(entity::actor(data, item));
}
std::string toJsonText(const model::Dataset& data, const model::Tie& item) {
    return dumpText(entity::tie(data, item));
}
std::string toJsonText(const model::Dataset& data, const model::Claim& item) {
    return dumpText(entity::claim(data, item));
}
std::string toJsonText(const model::Dataset&, const model::Source& item) {
    return dumpText(entity::source(item));
}
std::string toJsonText(const model::Dataset& data, const model::Event& item) {
    return dumpText(entity::event(data, item));
}
std::string toJsonText(const model::Dataset& data, const model::StoryStop& item) {
    model::Story story;
    story.stops = {item};
    return dumpText(entity::story(data, story)["stops"][0]);
}

bool fromJsonText(const model::Dataset& data, std::string_view text, model::Actor& out, std::string& why) {
    return readText(data, text, why, [&](Check& c, const json& item) {
        out = model::Actor();
        if (item.contains("id") && item["id"].is_string()) out.key = item["id"].get<std::string>();
        readActor(c.ctx, item, "", out, true);
    });
}
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Tie& out, std::string& why) {
    return readText(data, text, why, [&](Check& c, const json& item) {
        out = model::Tie();
        if (item.contains("id") && item["id"].is_string()) out.key = item["id"].get<std::string>();
        std::vector<Contradiction> contradictions;
        readTie(c.ctx, item, "", out, contradictions);
    });
}
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Claim& out, std::string& why) {
    return readText(data, text, why, [&](Check& c, const json& item) {
        const json holder = {{"claims", json::array({item})}};
        const auto claims = readClaims(c.ctx, holder, "");
        out = claims.empty() ? model::Claim() : claims[0];
    });
}
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Source& out, std::string& why) {
    return readText(data, text, why, [&](Check& c, const json& item) {
        out = model::Source();
        if (item.contains("id") && item["id"].is_string()) out.key = item["id"].get<std::string>();
        readSource(c.ctx, item, "", out);
    });
}
bool fromJsonText(const model::Dataset& data, std::string_view text, model::Event& out, std::string& why) {
    return readText(data, text, why, [&](Check& c, const json& item) { out = readEvent(c.ctx, item, ""); });
}
bool fromJsonText(const model::Dataset& data, std::string_view text, model::StoryStop& out,
                  std::string& why) {
    return readText(data, text, why, [&](Check& c, const json& item) {
        const json holder = {{"id", "x"}, {"title", "x"}, {"stops", json::array({item})}};
        const model::Story story = readStory(c.ctx, holder, "");
        out = story.stops.empty() ? model::StoryStop() : story.stops[0];
    });
}

} // namespace tieline::core::io
