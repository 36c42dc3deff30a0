// Actor search over all names. Core: no GL.
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

} // namespace tieline::core::model
