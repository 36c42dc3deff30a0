// The "Active now" tab: the actors present and the ties active at the current date, with strengths.
#include "ui/panels.hpp"

#include "core/model/active.hpp"

#include <imgui.h>

namespace tieline::ui {

namespace {

constexpr ImGuiTableFlags kTableFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                        ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;

void actorTable(const AppView& app, UiState& ui, const core::model::ActiveSet& active) {
    const core::model::Dataset& data = *app.dataset;
    if (!ImGui::BeginTable("actors", 3, kTableFlags, ImVec2(0, ImGui::GetContentRegionAvail().y * 0.42f)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Actor", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn("Native", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("organization ~").x);
    ImGui::TableHeadersRow();
    for (const core::model::ActiveActor& a : active.actors) {
        const core::model::Actor& actor = data.actor(a.id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const core::model::Group* group = data.group(actor.group);
        colorSwatch(group ? group->color : 0x9A9A9A);
        ImGui::PushID(int(a.id.value));
        if (wrappedSelectable(actor.name, ui.selectedActor == a.id, ImGuiSelectableFlags_SpanAllColumns))
            selectActor(ui, a.id);
        ImGui::PopID();
        if (ImGui::IsItemHovered()) ui.hoveredActor = a.id;
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", actor.native.c_str());
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s%s", core::model::keyword(actor.kind), a.approximate ? " ~" : "");
    }
    ImGui::EndTable();
}

void tieTable(const AppView& app, UiState& ui, const core::model::ActiveSet& active) {
    const core::model::Dataset& data = *app.dataset;
    if (!ImGui::BeginTable("ties", 4, kTableFlags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Names and types wrap; strength and confidence keep the width of their widest value.
    ImGui::TableSetupColumn("Tie", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Strength", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("0.00").x * 2.2f);
    ImGui::TableSetupColumn("Confidence", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("Confidence").x);
    ImGui::TableHeadersRow();
    for (const core::model::ActiveTie& at : active.ties) {
        const core::model::Tie& tie = data.tie(at.id);
        const core::model::TieType& type = data.tieType(tie.type);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const char* arrow = data.isDirected(tie) ? " \xE2\x86\x92 " : " \xE2\x80\x94 "; // → or —
        const std::string label = data.actor(tie.from).name + arrow + data.actor(tie.to).name;
        ImGui::PushID(int(at.id.value) + 100000);
        if (wrappedSelectable(label, ui.selectedTie == at.id, ImGuiSelectableFlags_SpanAllColumns))
            selectTie(ui, at.id);
        ImGui::PopID();
        if (ImGui::IsItemHovered()) ui.hoveredTie = at.id;
        ImGui::TableNextColumn();
        colorSwatch(type.color);
        ImGui::TextWrapped("%s", type.label.c_str());
        ImGui::TableNextColumn();
        char text[16];
        std::snprintf(text, sizeof text, "%.2f", at.strength);
        const ImVec4 c(float((type.color >> 16) & 0xFF) / 255.0f, float((type.color >> 8) & 0xFF) / 255.0f,
                       float(type.color & 0xFF) / 255.0f, 0.85f);
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, c);
        ImGui::ProgressBar(float(at.strength), ImVec2(-1, 0), text);
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s%s", core::model::keyword(tie.confidence), at.approximate ? " ~" : "");
    }
    ImGui::EndTable();
}

} // namespace

void drawActiveTab(const AppView& app, UiState& ui, Requests&) {
    const core::model::ActiveSet active = core::model::activeDuring(*app.dataset, pictureWindow(ui));
    ImGui::Text("%zu actors present", active.actors.size());
    actorTable(app, ui, active);
    ImGui::Spacing();
    ImGui::Text("%zu ties active", active.ties.size());
    tieTable(app, ui, active);
}

} // namespace tieline::ui
