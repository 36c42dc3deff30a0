// Search over actors, ties, sources and events. Core: no GL.
#include "core/model/search.hpp"

#include <algorithm>

namespace tieline::core::model {

namespace {

std::string folded(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    // Hyphens and spaces both separate romanized syllables ("Il-sung", "Il Sung").
    std::replace(out.begin(), out.end(), '-', ' ');
    return out;
}

// 0: exact, 1: prefix, 2: contains, 3: no match.
int rank(const std::string& haystack, const std::string& needle) {
    if (haystack == needle) return 0;
    const auto at = haystack.find(needle);
    if (at == std::string::npos) return 3;
    return at == 0 ? 1 : 2;
}

} // namespace

std::vector<ActorId> searchActors(const Dataset& data, std::string_view query) {
    const std::string needle = folded(query);
    if (needle.find_first_not_of(' ') == std::string::npos) return {};
    std::vector<std::pair<int, std::uint32_t>> hits;
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        const Actor& a = data.actors[i];
        int best = rank(folded(a.name), needle);
        for (const std::string& v : a.variants)
            best = std::min(best, rank(folded(v), needle));
        if (!a.native.empty()) best = std::min(best, rank(folded(a.native), needle));
        best = std::min(best, rank(folded(a.key), needle));
        if (best < 3) hits.emplace_back(best, std::uint32_t(i));
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::vector<ActorId> out;
    for (const auto& [r, i] : hits)
        out.push_back(ActorId(i));
    return out;
}

namespace {

int best(const std::string& needle, std::initializer_list<std::string_view> texts) {
    int r = 3;
    for (std::string_view t : texts)
        if (!t.empty()) r = std::min(r, rank(folded(t), needle));
    return r;
}

int actorRank(const Actor& a, const std::string& needle) {
    int r = best(needle, {a.name, a.native, a.key});
    for (const std::string& v : a.variants)
        r = std::min(r, rank(folded(v), needle));
    return r;
}

std::string personText(const PersonName& p) {
    if (!p.literal.empty()) return p.literal;
    return p.given.empty() ? p.family : p.given + " " + p.family;
}

} // namespace

std::vector<SearchHit> searchAll(const Dataset& data, std::string_view query) {
    const std::string needle = folded(query);
    if (needle.find_first_not_of(' ') == std::string::npos) return {};
    std::vector<SearchHit> out;
    const auto add = [&out](HitKind kind, std::size_t from, auto&& rankOf, std::size_t count) {
        for (std::size_t i = 0; i < count; ++i)
            if (const int r = rankOf(i); r < 3) out.push_back({kind, std::uint32_t(i), r});
        std::stable_sort(out.begin() + std::ptrdiff_t(from), out.end(),
                         [](const SearchHit& x, const SearchHit& y) { return x.rank < y.rank; });
    };
    add(
        HitKind::Actor, out.size(), [&](std::size_t i) { return actorRank(data.actors[i], needle); },
        data.actors.size());
    add(
        HitKind::Tie, out.size(),
        [&](std::size_t i) {
            const Tie& t = data.ties[i];
            const TieType& type = data.tieType(t.type);
            return std::min({actorRank(data.actor(t.from), needle), actorRank(data.actor(t.to), needle),
                             best(needle, {type.key, type.label, t.key})});
        },
        data.ties.size());
    add(
        HitKind::Source, out.size(),
        [&](std::size_t i) {
            const Source& s = data.sources[i];
            int r = best(needle, {s.title, s.archive, s.archiveLocation, s.key});
            for (const PersonName& p : s.authors)
                r = std::min({r, rank(folded(personText(p)), needle), best(needle, {p.family})});
            for (const PersonName& p : s.translators)
                r = std::min(r, rank(folded(personText(p)), needle));
            return r;
        },
        data.sources.size());
    add(
        HitKind::Event, out.size(),
        [&](std::size_t i) {
            return best(needle, {data.events[i].title, data.events[i].key});
        },
        data.events.size());
    return out;
}

} // namespace tieline::core::model
