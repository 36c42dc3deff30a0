// The sources list: every source with the number of claims citing it; selecting one highlights
// the ties it supports in the network.
#include "ui/panels.hpp"

#include "core/model/citation.hpp"

#include <imgui.h>

namespace tieline::ui {

void drawSourcesTab(const AppView& app, UiState& ui, Requests& requests) {
    const core::model::Dataset& data = *app.dataset;
    std::vector<int> claims(data.sources.size(), 0);
    for (const core::model::Tie& t : data.ties)
        for (const core::model::Claim& c : t.claims)
            if (c.source.valid()) ++claims[c.source.index()];
    if (ui.selectedSource) {
        const core::model::Source& s = data.source(*ui.selectedSource);
        ImGui::TextWrapped("%s", core::model::formatCitation(s).c_str());
        if (!s.note.empty()) ImGui::TextDisabled("%s", s.note.c_str());
        if (const auto link = core::model::safeSourceLink(s)) {
            if (ImGui::SmallButton("Open source")) requests.openLink = *link;
            ImGui::SameLine();
        }
        if (ImGui::SmallButton("Clear highlight")) ui.selectedSource.reset();
        ImGui::TextDisabled("The ties this source supports are highlighted in the network.");
        ImGui::Separator();
    }
    const ImGuiTableFlags flags =
        ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("sources", 2, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Source", ImGuiTableColumnFlags_WidthStretch, 5.0f);
    ImGui::TableSetupColumn("Claims", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (std::size_t i = 0; i < data.sources.size(); ++i) {
        const core::model::Source& s = data.sources[i];
        const core::model::SourceId id(static_cast<std::uint32_t>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(int(i));
        const std::string label = s.title.empty() ? s.key : s.title;
        if (ImGui::Selectable(label.c_str(), ui.selectedSource == id, ImGuiSelectableFlags_SpanAllColumns))
            ui.selectedSource = ui.selectedSource == id ? std::optional<core::model::SourceId>() : id;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", core::model::formatCitation(s).c_str());
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::Text("%d", claims[i]);
    }
    ImGui::EndTable();
}

} // namespace tieline::ui
