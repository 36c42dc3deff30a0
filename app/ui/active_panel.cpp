// The actors and ties active at the current date, with strengths, in two tables.
#include "ui/panels.hpp"

#include "core/model/active.hpp"

#include <imgui.h>

namespace tieline::ui {

namespace {

ImVec4 rgbToVec4(core::Rgb rgb, float alpha = 1.0f) {
    return ImVec4(float((rgb >> 16) & 0xFF) / 255.0f, float((rgb >> 8) & 0xFF) / 255.0f, float(rgb & 0xFF) / 255.0f,
                  alpha);
}

void colorSwatch(core::Rgb rgb) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h * 0.32f,
                                                ImGui::GetColorU32(rgbToVec4(rgb)));
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
}

void actorTable(const core::Dataset& data, const core::ActiveSet& active) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("actors", 3, flags, ImVec2(0, ImGui::GetContentRegionAvail().y * 0.42f))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Actor", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn("Native", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const core::ActiveActor& a : active.actors) {
        const core::Actor& actor = data.actor(a.id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const core::Group* group = data.group(actor.group);
        colorSwatch(group ? group->color : 0x888888);
        ImGui::TextUnformatted(actor.name.c_str());
        if (ImGui::IsItemHovered() && !actor.description.empty()) ImGui::SetTooltip("%s", actor.description.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(actor.native.c_str());
        if (actor.nativeUnverified && ImGui::IsItemHovered()) ImGui::SetTooltip("unverified: no source confirms this spelling");
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s%s", core::keyword(actor.kind), a.approximate ? " ~" : "");
    }
    ImGui::EndTable();
}

void tieTable(const core::Dataset& data, const core::ActiveSet& active) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("ties", 4, flags, ImVec2(0, 0))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Tie", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Strength", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableSetupColumn("Confidence", ImGuiTableColumnFlags_WidthStretch, 1.1f);
    ImGui::TableHeadersRow();
    for (const core::ActiveTie& at : active.ties) {
        const core::Tie& tie = data.tie(at.id);
        const core::TieType& type = data.tieType(tie.type);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const char* arrow = data.isDirected(tie) ? " \xE2\x86\x92 " : " \xE2\x80\x94 "; // → or —
        ImGui::Text("%s%s%s", data.actor(tie.from).name.c_str(), arrow, data.actor(tie.to).name.c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s\n%zu claim%s%s%s", tie.key.c_str(), tie.claims.size(), tie.claims.size() == 1 ? "" : "s",
                              tie.note.empty() ? "" : "\n", tie.note.c_str());
        ImGui::TableNextColumn();
        colorSwatch(type.color);
        ImGui::TextUnformatted(type.label.c_str());
        ImGui::TableNextColumn();
        char text[16];
        std::snprintf(text, sizeof text, "%.2f", at.strength);
        ImGui::PushStyleColor(ImGuiCol_PlotHistogram, rgbToVec4(type.color, 0.85f));
        ImGui::ProgressBar(static_cast<float>(at.strength), ImVec2(-1, 0), text);
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s%s", core::keyword(tie.confidence), at.approximate ? " ~" : "");
    }
    ImGui::EndTable();
}

} // namespace

void drawActivePanel(App& app, const PanelLayout& layout) {
    if (!app.ui.showActivePanel) return;
    ImGui::SetNextWindowPos(ImVec2(layout.x + layout.width - layout.sideWidth, layout.y));
    ImGui::SetNextWindowSize(ImVec2(layout.sideWidth, layout.height - layout.timelineHeight));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse;
    if (ImGui::Begin("Active at this date", &app.ui.showActivePanel, flags) && app.dataset) {
        const core::Dataset& data = *app.dataset;
        const core::ActiveSet active = core::activeAt(data, app.ui.t);
        ImGui::Text("%zu actors present", active.actors.size());
        actorTable(data, active);
        ImGui::Spacing();
        ImGui::Text("%zu ties active", active.ties.size());
        tieTable(data, active);
    }
    ImGui::End();
}

} // namespace tieline::ui
