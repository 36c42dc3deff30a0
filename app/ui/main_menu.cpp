// The menu bar: File (open, reload, quit), View (theme, panels), Help.
#include "ui/panels.hpp"

#include <imgui.h>

namespace tieline::ui {

void drawMainMenu(App& app, float& menuHeight) {
    if (!ImGui::BeginMainMenuBar()) return;
    menuHeight = ImGui::GetWindowSize().y;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Open...", "Ctrl+O")) app.ui.showOpenDialog = true;
        if (ImGui::MenuItem("Reload", "Ctrl+R", false, !app.datasetPath.empty())) app.requests.reload = true;
        if (ImGui::MenuItem("Export...", nullptr, false, app.dataset.has_value())) app.ui.showExport = true;
        if (ImGui::MenuItem("Export story as slides...", nullptr, false,
                            app.dataset && !app.dataset->stories.empty()))
            app.ui.showDeckExport = true;
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) app.ui.quit = true;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Dark theme", nullptr, app.ui.darkTheme)) app.ui.darkTheme = true;
        if (ImGui::MenuItem("Light theme", nullptr, !app.ui.darkTheme)) app.ui.darkTheme = false;
        ImGui::Separator();
        ImGui::MenuItem("Side panel", nullptr, &app.ui.showSidePanel);
        ImGui::MenuItem("Native-script names on labels", nullptr, &app.ui.showNative);
        if (ImGui::MenuItem("Fit to view", "F")) app.ui.fitRequested = true;
        if (ImGui::MenuItem("Present full-window (the open story, else the first)", "F5", false,
                            app.dataset.has_value()))
            startPresentation(app);
        if (ImGui::MenuItem("Find an actor...", "Ctrl+F")) app.ui.showSearch = true;
        ImGui::MenuItem("Load messages", nullptr, &app.ui.showMessages);
        ImGui::EndMenu();
    }
    if (app.dataset && !app.dataset->stories.empty() && ImGui::BeginMenu("Stories")) {
        for (std::size_t i = 0; i < app.dataset->stories.size(); ++i)
            if (ImGui::MenuItem(app.dataset->stories[i].title.c_str(), nullptr, app.ui.story == int(i)))
                goToStop(app, int(i), 0);
        ImGui::Separator();
        if (ImGui::MenuItem("Next stop", "Page Down", false, app.ui.story >= 0)) nextStop(app);
        if (ImGui::MenuItem("Previous stop", "Page Up", false, app.ui.story >= 0)) previousStop(app);
        if (ImGui::MenuItem("Close story", nullptr, false, app.ui.story >= 0))
            app.ui.story = app.ui.stop = -1;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("About tieline")) app.ui.showAbout = true;
        ImGui::EndMenu();
    }
    if (app.dataset) {
        const std::string title = app.dataset->meta.title;
        const float w = ImGui::CalcTextSize(title.c_str()).x;
        ImGui::SameLine(ImGui::GetWindowWidth() - w - 16);
        ImGui::TextDisabled("%s", title.c_str());
    }
    ImGui::EndMainMenuBar();
}

namespace {

// ImGui 1.86 maps named keys through io.KeyMap; letters are the backend's key codes, which for
// GLFW are their upper-case ASCII values.
bool pressed(ImGuiKey key, bool repeat = true) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), repeat);
}
bool pressedLetter(char upper) {
    return ImGui::IsKeyPressed(upper, false);
}

} // namespace

void handleShortcuts(App& app) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && pressedLetter('O')) app.ui.showOpenDialog = true;
    if (io.KeyCtrl && pressedLetter('R')) app.requests.reload = true;
    if (io.KeyCtrl && pressedLetter('Q')) app.ui.quit = true;
    if (io.KeyCtrl && pressedLetter('F')) app.ui.showSearch = true;
    if (io.WantTextInput || !app.dataset) return;
    if (presentationKeys(app)) return;
    if (!io.KeyCtrl && pressedLetter('F')) app.ui.fitRequested = true;
    if (pressed(ImGuiKey_PageDown, false)) nextStop(app);
    if (pressed(ImGuiKey_PageUp, false)) previousStop(app);
    if (pressed(ImGuiKey_Escape, false)) {
        if (app.ui.selectedActor || app.ui.selectedTie)
            clearSelection(app);
        else
            app.ui.story = app.ui.stop = -1;
    }
    const core::Dataset& data = *app.dataset;
    if (pressed(ImGuiKey_Space, false)) app.ui.playing = !app.ui.playing;
    const auto day = static_cast<core::DayNumber>(app.ui.t);
    if (pressed(ImGuiKey_RightArrow)) app.ui.t = clampToRange(data, core::addMonths(day, 1));
    if (pressed(ImGuiKey_LeftArrow)) app.ui.t = clampToRange(data, core::addMonths(day, -1));
    if (pressed(ImGuiKey_Home, false)) app.ui.t = data.rangeBegin();
    if (pressed(ImGuiKey_End, false)) app.ui.t = clampToRange(data, data.rangeEnd());
}

} // namespace tieline::ui
