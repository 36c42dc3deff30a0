// The "Active now" tab: the actors present and the ties active at the current date, with strengths.
#include "ui/panels.hpp"

#include "core/model/active.hpp"

#include <imgui.h>

namespace tieline::ui {

namespace {

// Above this many rows a table draws only the rows in view (ImGui's list clipper), one line each
// (no wrapping: the clipper needs rows of one height); below, every row, names wrapped.
constexpr std::size_t kClipAbove = 400;

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
    const bool clipped = active.actors.size() > kClipAbove;
    const auto row = [&](const core::model::ActiveActor& a) {
        const core::model::Actor& actor = data.actor(a.id);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const core::model::Group* group = data.group(actor.group);
        colorSwatch(group ? group->color : 0x9A9A9A);
        ImGui::PushID(int(a.id.value));
        const bool selected = ui.selectedActor == a.id;
        if (clipped ? ImGui::Selectable(actor.name.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)
                    : wrappedSelectable(actor.name, selected, ImGuiSelectableFlags_SpanAllColumns))
            selectActor(ui, a.id);
        ImGui::PopID();
        if (ImGui::IsItemHovered()) ui.hoveredActor = a.id;
        ImGui::TableNextColumn();
        if (clipped)
            ImGui::TextUnformatted(actor.native.c_str());
        else
            ImGui::TextWrapped("%s", actor.native.c_str());
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s%s", core::model::keyword(actor.kind), a.approximate ? " ~" : "");
    };
    if (clipped) {
        ImGuiListClipper clipper;
        clipper.Begin(int(active.actors.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
                row(active.actors[std::size_t(i)]);
    } else {
        for (const core::model::ActiveActor& a : active.actors)
            row(a);
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
    const bool clipped = active.ties.size() > kClipAbove;
    const auto row = [&](const core::model::ActiveTie& at) {
        const core::model::Tie& tie = data.tie(at.id);
        const core::model::TieType& type = data.tieType(tie.type);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        const char* arrow = data.isDirected(tie) ? " \xE2\x86\x92 " : " \xE2\x80\x94 "; // → or —
        const std::string label = data.actor(tie.from).name + arrow + data.actor(tie.to).name;
        ImGui::PushID(int(at.id.value) + 100000);
        const bool selected = ui.selectedTie == at.id;
        if (clipped ? ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)
                    : wrappedSelectable(label, selected, ImGuiSelectableFlags_SpanAllColumns))
            selectTie(ui, at.id);
        ImGui::PopID();
        if (ImGui::IsItemHovered()) ui.hoveredTie = at.id;
        ImGui::TableNextColumn();
        colorSwatch(type.color);
        if (clipped)
            ImGui::TextUnformatted(type.label.c_str());
        else
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
    };
    if (clipped) {
        ImGuiListClipper clipper;
        clipper.Begin(int(active.ties.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
                row(active.ties[std::size_t(i)]);
    } else {
        for (const core::model::ActiveTie& at : active.ties)
            row(at);
    }
    ImGui::EndTable();
}

} // namespace

void drawActiveTab(const AppView& app, UiState& ui, Requests&) {
    // The scene's own set when it shows this window of the dataset (a frame's work saved at 20,000
    // actors); else taken here.
    const core::calendar::Window window = pictureWindow(ui);
    core::model::ActiveSet own;
    const core::model::ActiveSet* set = app.sceneActiveSet;
    if (!set || app.scene.window != window) {
        std::vector<char> present;
        if (app.spanIndex.fits(*app.dataset))
            app.spanIndex.activeDuring(*app.dataset, window, own, present);
        else
            own = core::model::activeDuring(*app.dataset, window);
        set = &own;
    }
    const core::model::ActiveSet& active = *set;
    ImGui::Text("%zu actors present", active.actors.size());
    actorTable(app, ui, active);
    ImGui::Spacing();
    ImGui::Text("%zu ties active", active.ties.size());
    tieTable(app, ui, active);
}

} // namespace tieline::ui
