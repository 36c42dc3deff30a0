// Enum names of the format and the dataset's id lookups. Core: no GL.
#include "core/model/dataset.hpp"

#include <array>
#include <utility>

namespace tieline::core::model {

namespace {

constexpr std::array<std::pair<ActorKind, const char*>, 9> kActorKinds = {{
    {ActorKind::Person, "person"},
    {ActorKind::Faction, "faction"},
    {ActorKind::State, "state"},
    {ActorKind::Party, "party"},
    {ActorKind::StateParty, "state-party"},
    {ActorKind::Military, "military"},
    {ActorKind::Movement, "movement"},
    {ActorKind::Organization, "organization"},
    {ActorKind::Other, "other"},
}};
constexpr std::array<std::pair<Confidence, const char*>, 4> kConfidences = {{
    {Confidence::Contested, "contested"},
    {Confidence::Low, "low"},
    {Confidence::Medium, "medium"},
    {Confidence::High, "high"},
}};
constexpr std::array<std::pair<TimeStep, const char*>, 5> kTimeSteps = {{
    {TimeStep::Day, "day"},
    {TimeStep::Week, "week"},
    {TimeStep::Month, "month"},
    {TimeStep::Quarter, "quarter"},
    {TimeStep::Year, "year"},
}};

constexpr std::array<std::pair<Evidence, const char*>, 6> kEvidence = {{
    {Evidence::Archive, "archive"},
    {Evidence::Scholarship, "scholarship"},
    {Evidence::Memoir, "memoir"},
    {Evidence::Press, "press"},
    {Evidence::Reference, "reference"},
    {Evidence::Popular, "popular"},
}};

template <class Enum, std::size_t N>
const char* nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [e, name] : table)
        if (e == value) return name;
    return "?";
}

template <class Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, N>& table, std::string_view text) {
    for (const auto& [e, name] : table)
        if (text == name) return e;
    return std::nullopt;
}

template <class IdT, class Map> std::optional<IdT> findIn(const Map& map, std::string_view key) {
    const auto it = map.find(key);
    if (it == map.end()) return std::nullopt;
    return it->second;
}

template <class IdT, class Items, class Map> void indexTable(const Items& items, Map& map) {
    map.clear();
    for (std::size_t i = 0; i < items.size(); ++i)
        map.emplace(items[i].key, IdT(static_cast<std::uint32_t>(i)));
}

} // namespace

const char* keyword(ActorKind kind) {
    return nameOf(kActorKinds, kind);
}
const char* keyword(Confidence confidence) {
    return nameOf(kConfidences, confidence);
}
const char* keyword(TimeStep step) {
    return nameOf(kTimeSteps, step);
}
const char* keyword(Evidence evidence) {
    return evidence == Evidence::Unknown ? "" : nameOf(kEvidence, evidence);
}
const char* label(Evidence evidence) {
    switch (evidence) {
    case Evidence::Archive:
        return "archival document";
    case Evidence::Scholarship:
        return "scholarship";
    case Evidence::Memoir:
        return "memoir";
    case Evidence::Press:
        return "press";
    case Evidence::Reference:
        return "reference work";
    case Evidence::Popular:
        return "popular / weak";
    case Evidence::Unknown:
        break;
    }
    return "unknown kind";
}
const char* evidenceKeywords() {
    return "archive, scholarship, memoir, press, reference, popular";
}
std::optional<Evidence> parseEvidence(std::string_view text) {
    return valueOf(kEvidence, text);
}

bool parseEvidenceList(std::string_view text, EvidenceMask& mask, std::string& why) {
    EvidenceMask out = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view word = text.substr(start, end - start);
        while (!word.empty() && word.front() == ' ')
            word.remove_prefix(1);
        while (!word.empty() && word.back() == ' ')
            word.remove_suffix(1);
        if (word == "unknown")
            out |= evidenceBit(Evidence::Unknown);
        else if (const auto e = parseEvidence(word))
            out |= evidenceBit(*e);
        else {
            why = "unknown source kind \"" + std::string(word) + "\": expected a comma-separated list of " +
                  evidenceKeywords() + ", unknown";
            return false;
        }
        start = end + 1;
    }
    mask = out;
    return true;
}

std::optional<ActorKind> parseActorKind(std::string_view text) {
    return valueOf(kActorKinds, text);
}
std::optional<Confidence> parseConfidence(std::string_view text) {
    return valueOf(kConfidences, text);
}
std::optional<TimeStep> parseTimeStep(std::string_view text) {
    return valueOf(kTimeSteps, text);
}

std::optional<ActorId> Dataset::findActor(std::string_view key) const {
    return findIn<ActorId>(actorByKey, key);
}
std::optional<TieId> Dataset::findTie(std::string_view key) const {
    return findIn<TieId>(tieByKey, key);
}
std::optional<SourceId> Dataset::findSource(std::string_view key) const {
    return findIn<SourceId>(sourceByKey, key);
}

void Dataset::indexKeys() {
    indexTable<ActorId>(actors, actorByKey);
    indexTable<TieId>(ties, tieByKey);
    indexTable<TieTypeId>(tieTypes, tieTypeByKey);
    indexTable<GroupId>(groups, groupByKey);
    indexTable<SourceId>(sources, sourceByKey);
}

} // namespace tieline::core::model
