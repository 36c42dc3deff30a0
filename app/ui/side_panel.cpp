// The right-hand panel: tabs for the inspector, what is active now, sources and filters.
#include "ui/panels.hpp"

#include <imgui.h>

#include <algorithm>

namespace tieline::ui {

void colorSwatch(core::model::Rgb rgb) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const ImU32 color = IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 255);
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(p.x + h * 0.5f, p.y + h * 0.5f), h * 0.32f, color);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
}

bool wrappedSelectable(const std::string& label, bool selected, int selectableFlags) {
    const float wrap = std::max(1.0f, ImGui::GetContentRegionAvail().x);
    const ImVec2 size = ImGui::CalcTextSize(label.c_str(), nullptr, false, wrap);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::Selectable("##wrapped", selected, selectableFlags, ImVec2(0, size.y));
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at,
                                        ImGui::GetColorU32(ImGuiCol_Text), label.c_str(), nullptr, wrap);
    return clicked;
}

void sameLineIfFits(const char* label) {
    const float width = ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SameLine();
    if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

void drawSidePanel(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout) {
    if (!ui.showSidePanel) return;
    ImGui::SetNextWindowPos(ImVec2(layout.x + layout.width - layout.sideWidth, layout.y));
    ImGui::SetNextWindowSize(ImVec2(layout.sideWidth, layout.height - layout.timelineHeight));
    ImGui::SetNextWindowBgAlpha(1.0f); // opaque: the network never shows through the panel
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar;
    if (ImGui::Begin("Side panel", nullptr, flags) && app.dataset && ImGui::BeginTabBar("side-tabs")) {
        const auto tab = [&](const char* label, SideTab which,
                             void (*draw)(const AppView&, UiState&, Requests&)) {
            ImGuiTabItemFlags f = 0;
            if (ui.sideTabRequested && ui.sideTab == which) f |= ImGuiTabItemFlags_SetSelected;
            if (ImGui::BeginTabItem(label, nullptr, f)) {
                if (!ui.sideTabRequested) ui.sideTab = which;
                ImGui::BeginChild(label);
                draw(app, ui, requests);
                ImGui::EndChild();
                ImGui::EndTabItem();
            }
        };
        tab("Inspector", SideTab::Inspector, drawInspectorTab);
        tab("Active now", SideTab::Active, drawActiveTab);
        tab("Sources", SideTab::Sources, drawSourcesTab);
        tab("Filters", SideTab::Filters, drawFiltersTab);
        tab("Charts", SideTab::Charts, drawChartsTab);
        ui.sideTabRequested = false;
        ImGui::EndTabBar();
    }
    ImGui::End();
}

} // namespace tieline::ui
