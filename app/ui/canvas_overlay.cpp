// Text over the canvas, where the network view will be drawn: the dataset, the date and what is
// present now.
#include "ui/panels.hpp"

#include "core/model/active.hpp"

#include <imgui.h>

namespace tieline::ui {

void drawCanvasOverlay(const App& app, const PanelLayout& layout) {
    ImGui::SetNextWindowPos(ImVec2(layout.x + 16, layout.y + 16));
    ImGui::SetNextWindowBgAlpha(0.0f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    const float wrap = layout.width - (app.ui.showActivePanel ? layout.sideWidth : 0) - 48;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    const bool open = ImGui::Begin("##canvas-overlay", nullptr, flags);
    ImGui::PopStyleVar();
    if (open) {
        if (!app.dataset) {
            ImGui::TextUnformatted("No dataset open.");
        } else {
            const core::Dataset& data = *app.dataset;
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
            ImGui::SetWindowFontScale(1.25f);
            ImGui::TextUnformatted(data.meta.title.c_str());
            ImGui::SetWindowFontScale(1.0f);
            if (!data.meta.description.empty()) ImGui::TextDisabled("%s", data.meta.description.c_str());
            ImGui::PopTextWrapPos();
            const core::ActiveSet active = core::activeAt(data, app.ui.t);
            ImGui::Text("%s: %zu of %zu actors present, %zu of %zu ties active", core::formatMonthYear(app.ui.t).c_str(),
                        active.actors.size(), data.actors.size(), active.ties.size(), data.ties.size());
        }
    }
    ImGui::End();
}

} // namespace tieline::ui
