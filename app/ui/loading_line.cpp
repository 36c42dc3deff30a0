// The progress line of a dataset loading in the background: a small window under the menu bar,
// with the file's name, size and the time so far; the window keeps drawing meanwhile.
#include "ui/panels.hpp"

#include <imgui.h>

namespace tieline::ui {

void drawLoadingLine(const AppView& app, const PanelLayout& layout) {
    if (app.loadingLine.empty()) return;
    ImGui::SetNextWindowPos(ImVec2(layout.width * 0.5f, layout.menuHeight + 8.0f), ImGuiCond_Always,
                            ImVec2(0.5f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoInputs;
    if (ImGui::Begin("##loading", nullptr, flags)) {
        // No fraction is known while parsing: a bar that sweeps shows the window is alive.
        const float phase = float(ImGui::GetTime() - double(int(ImGui::GetTime())));
        ImGui::TextUnformatted(app.loadingLine.c_str());
        ImGui::ProgressBar(phase, ImVec2(320, 4), "");
    }
    ImGui::End();
}

} // namespace tieline::ui
