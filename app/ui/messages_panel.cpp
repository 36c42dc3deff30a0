// Windows for files: the load messages (errors and warnings with their locations), the Open
// dialog (a path field) and About.
#include "ui/panels.hpp"

#include <imgui.h>

namespace tieline::ui {

void drawMessagesWindow(const AppView& app, UiState& ui, Requests&) {
    if (!ui.showMessages) return;
    ImGui::SetNextWindowSize(ImVec2(760, 300), ImGuiCond_FirstUseEver);
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(center, ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin("Load messages", &ui.showMessages)) {
        if (!app.messagesTitle.empty()) ImGui::TextWrapped("%s", app.messagesTitle.c_str());
        if (app.messages.empty()) ImGui::TextDisabled("No messages.");
        ImGui::Separator();
        for (const core::io::Diagnostic& d : app.messages) {
            const bool error = d.severity == core::io::Severity::Error;
            ImGui::PushStyleColor(ImGuiCol_Text,
                                  error ? ImVec4(0.95f, 0.45f, 0.40f, 1) : ImVec4(0.95f, 0.75f, 0.30f, 1));
            ImGui::TextWrapped("%s", d.format().c_str());
            ImGui::PopStyleColor();
        }
    }
    ImGui::End();
}

void drawOpenDialog(const AppView& app, UiState& ui, Requests& requests) {
    if (ui.showOpenDialog) {
        ImGui::OpenPopup("Open dataset");
        ui.showOpenDialog = false;
    }
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Open dataset", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    ImGui::TextUnformatted(
        "Path of a dataset (.json, .gexf, or .csv). You can also drop a file on the window.");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(560);
    const bool entered =
        ImGui::InputText("##path", ui.openPath, sizeof ui.openPath, ImGuiInputTextFlags_EnterReturnsTrue);
    if ((ImGui::Button("Open", ImVec2(100, 0)) || entered) && ui.openPath[0] != '\0') {
        requests.open = std::string(ui.openPath);
        ImGui::CloseCurrentPopup();
    }
    if (app.nativeFileDialog) {
        ImGui::SameLine();
        if (ImGui::Button("Browse...", ImVec2(100, 0))) {
            requests.browse = true;
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ImVec2(100, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void drawAboutWindow(const AppView& app, UiState& ui, Requests&) {
    if (!ui.showAbout) return;
    ImGui::SetNextWindowSize(ImVec2(480, 0), ImGuiCond_Appearing);
    if (ImGui::Begin("About tieline", &ui.showAbout, ImGuiWindowFlags_NoResize)) {
        ImGui::TextUnformatted("tieline: patron-client networks over time");
        ImGui::TextWrapped("Scrub through the years, read the sources behind each tie, export what you see.");
        if (app.dataset) {
            const core::model::Meta& m = app.dataset->meta;
            ImGui::Separator();
            ImGui::TextWrapped("Dataset: %s", m.title.c_str());
            if (!m.license.empty()) ImGui::TextWrapped("License: %s", m.license.c_str());
            if (!m.citation.empty()) ImGui::TextWrapped("Cite as: %s", m.citation.c_str());
        }
    }
    ImGui::End();
}

void drawNoticeWindow(const AppView&, UiState& ui, Requests&) {
    if (ui.notice.empty()) return;
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_Appearing);
    bool open = true;
    if (ImGui::Begin("Notice", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::TextWrapped("%s", ui.notice.c_str());
        if (ImGui::Button("Close")) open = false;
    }
    ImGui::End();
    if (!open) ui.notice.clear();
}

} // namespace tieline::ui
