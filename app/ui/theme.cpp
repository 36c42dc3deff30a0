// Dark (screen) and light (print) ImGui styles.
#include "ui/panels.hpp"

#include <imgui.h>

namespace tieline::ui {

void applyTheme(bool dark) {
    ImGuiStyle& style = ImGui::GetStyle();
    if (dark)
        ImGui::StyleColorsDark(&style);
    else
        ImGui::StyleColorsLight(&style);
    style.WindowRounding = 4.0f;
    style.FrameRounding = 3.0f;
    style.GrabRounding = 3.0f;
    style.WindowBorderSize = 1.0f;
    style.ItemSpacing = ImVec2(8, 5);
    if (dark) {
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.13f, 0.96f);
        style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.13f, 0.14f, 0.17f, 1.0f);
    } else {
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 0.97f);
    }
}

} // namespace tieline::ui
