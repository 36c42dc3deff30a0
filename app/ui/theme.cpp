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
    // Muted text stays readable: WCAG AA (4.5:1) on the panels in both themes (tests/ui/theme_test).
    if (dark) {
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.10f, 0.11f, 0.13f, 0.96f);
        style.Colors[ImGuiCol_MenuBarBg] = ImVec4(0.13f, 0.14f, 0.17f, 1.0f);
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.63f, 0.66f, 1.0f);
        // ImGui's bright blue under white text is 3:1; these darker blues keep 4.5:1.
        style.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.20f, 0.42f, 0.78f, 1.0f);
        style.Colors[ImGuiCol_ButtonActive] = ImVec4(0.14f, 0.34f, 0.66f, 1.0f);
        style.Colors[ImGuiCol_HeaderHovered] = ImVec4(0.20f, 0.42f, 0.78f, 0.90f);
        style.Colors[ImGuiCol_HeaderActive] = ImVec4(0.14f, 0.34f, 0.66f, 1.0f);
        style.Colors[ImGuiCol_TabHovered] = ImVec4(0.20f, 0.42f, 0.78f, 1.0f);
    } else {
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 0.97f);
        style.Colors[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.40f, 1.0f);
    }
}

ImVec4 contestedTextColor(bool dark) {
    return dark ? ImVec4(0.96f, 0.58f, 0.26f, 1.0f) : ImVec4(0.62f, 0.24f, 0.0f, 1.0f);
}

} // namespace tieline::ui
