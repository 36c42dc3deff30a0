// Filters: tie types and groups to show (doubling as the legend), the minimum confidence, absent
// actors, and whether labels show native-script names.
#include "ui/panels.hpp"

#include <imgui.h>

namespace tieline::ui {

namespace {

// One checkbox per entry of a legend; `hidden` is indexed like the entries.
template <class Items> void legendChecks(const char* title, const Items& items, std::vector<char>& hidden) {
    hidden.resize(items.size(), 0);
    ImGui::TextUnformatted(title);
    for (std::size_t i = 0; i < items.size(); ++i) {
        ImGui::PushID(int(i));
        bool shown = !hidden[i];
        colorSwatch(items[i].color);
        if (ImGui::Checkbox(items[i].label.c_str(), &shown)) hidden[i] = !shown;
        if (ImGui::IsItemHovered() && !items[i].description.empty())
            ImGui::SetTooltip("%s", items[i].description.c_str());
        ImGui::PopID();
    }
}

} // namespace

void drawFiltersTab(const AppView& app, UiState& ui, Requests&) {
    const core::model::Dataset& data = *app.dataset;
    core::scene::SceneFilter& f = ui.filter;
    ImGui::PushID("types");
    legendChecks("Tie types", data.tieTypes, f.hiddenTieTypes);
    ImGui::PopID();
    ImGui::Separator();
    ImGui::PushID("groups");
    legendChecks("Groups", data.groups, f.hiddenGroups);
    ImGui::PopID();
    ImGui::Separator();
    const char* levels[] = {"all (contested too)", "low and above", "medium and above", "high only"};
    int level = int(f.minConfidence);
    ImGui::SetNextItemWidth(200);
    if (ImGui::Combo("Minimum confidence", &level, levels, 4))
        f.minConfidence = core::model::Confidence(level);
    ImGui::Checkbox("Only ties with archival evidence", &f.archivalOnly);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(
            "Hide the ties none of whose claims cites an archival document (evidence: archive)");
    ImGui::Checkbox("Hide absent actors", &f.hideAbsent);
    ImGui::Checkbox("Hide actors with no tie now", &f.hideUntied);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Hide the actors that have no tie shown at this date (isolates), present or not");
    ImGui::Checkbox("Native-script names on labels", &ui.showNative);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("Dashed ties: approximate dates, or low or contested confidence.");
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    // The kinds of source in use, with how many sources and ties each has.
    ImGui::TextUnformatted("Source kinds");
    std::vector<int> sources(core::model::kEvidenceCount, 0), ties(core::model::kEvidenceCount, 0);
    for (const core::model::Source& s : data.sources)
        ++sources[std::size_t(s.evidence)];
    for (const core::model::Tie& t : data.ties) {
        core::model::EvidenceMask cited = 0;
        for (const core::model::Claim& c : t.claims)
            if (c.source.valid()) cited |= core::model::evidenceBit(data.source(c.source).evidence);
        for (int k = 0; k < core::model::kEvidenceCount; ++k)
            if (cited & core::model::evidenceBit(core::model::Evidence(k))) ++ties[std::size_t(k)];
    }
    if (ImGui::BeginTable("kinds", 3, ImGuiTableFlags_SizingStretchProp)) {
        for (int n = 1; n <= core::model::kEvidenceCount; ++n) {
            const int k = n % core::model::kEvidenceCount; // unknown last
            if (sources[std::size_t(k)] == 0) continue;
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextWrapped("%s", core::model::label(core::model::Evidence(k)));
            ImGui::TableNextColumn();
            const int count = sources[std::size_t(k)], m = ties[std::size_t(k)];
            ImGui::TextDisabled("%d source%s", count, count == 1 ? "" : "s");
            ImGui::TableNextColumn();
            ImGui::TextDisabled("%d tie%s", m, m == 1 ? "" : "s");
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Show everything")) f = {};
}

} // namespace tieline::ui
