// The menu bar: File (open, reload, quit), View (theme, panels), Help.
#include "ui/panels.hpp"

#include <imgui.h>

namespace tieline::ui {

namespace {

// View > Time in the picture: the precision the picture shows the date at, and range mode.
void drawTimeMenu(const AppView& app, UiState& ui) {
    if (!ImGui::BeginMenu("Time in the picture")) return;
    using core::calendar::DatePrecision;
    const bool ranged = ui.range.has_value();
    for (const auto& [label, p] :
         {std::pair{"The day", DatePrecision::Day}, std::pair{"Any time in the month", DatePrecision::Month},
          std::pair{"Any time in the year", DatePrecision::Year}})
        if (ImGui::MenuItem(label, nullptr, !ranged && ui.precision == p)) {
            ui.precision = p;
            ui.range.reset();
        }
    ImGui::Separator();
    ImGui::TextUnformatted("Range (everything active in it):");
    ImGui::SetNextItemWidth(220);
    if (ImGui::InputTextWithHint("##range", "1956-08..1956-10", ui.rangeField, sizeof ui.rangeField,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        const std::string text = ui.rangeField;
        const std::size_t dots = text.find("..");
        std::string why;
        const auto first =
            dots == std::string::npos ? std::nullopt : core::calendar::parseDate(text.substr(0, dots), &why);
        const auto last = first ? core::calendar::parseDate(text.substr(dots + 2), &why) : std::nullopt;
        if (!first || !last) {
            ui.rangeError = dots == std::string::npos ? "expected D1..D2" : why;
        } else if (last->dayAfterLast() <= first->firstDay()) {
            ui.rangeError = "the range ends before it starts";
        } else {
            ui.rangeError.clear();
            ui.range = std::pair{core::calendar::Time(first->firstDay()),
                                 core::calendar::Time(last->dayAfterLast() - 1)};
            if (app.dataset) ui.t = clampToRange(*app.dataset, first->firstDay());
        }
    }
    if (!ui.rangeError.empty()) ImGui::TextDisabled("%s", ui.rangeError.c_str());
    if (ImGui::MenuItem("Leave range mode", nullptr, false, ranged)) ui.range.reset();
    ImGui::EndMenu();
}

} // namespace

// View > Layout: free, or patrons above clients (the tie types' patron roles; --arrange).
void drawLayoutMenu(UiState& ui) {
    if (!ImGui::BeginMenu("Layout")) return;
    using core::layout::Arrange;
    if (ImGui::MenuItem("Free (forces only)", nullptr, ui.arrange == Arrange::Free))
        ui.arrange = Arrange::Free;
    if (ImGui::MenuItem("Patrons above clients", nullptr, ui.arrange == Arrange::Hierarchy))
        ui.arrange = Arrange::Hierarchy;
    ImGui::EndMenu();
}

void drawMainMenu(const AppView& app, UiState& ui, Requests& requests, float& menuHeight) {
    if (!ImGui::BeginMainMenuBar()) return;
    menuHeight = ImGui::GetWindowSize().y;
    if (ImGui::BeginMenu("File")) {
        if (ImGui::MenuItem("Open...", "Ctrl+O")) ui.showOpenDialog = true;
        if (ImGui::MenuItem("Reload", "Ctrl+R", false, !app.datasetPath.empty())) requests.reload = true;
        if (ImGui::MenuItem("Export...", nullptr, false, app.dataset.has_value())) ui.showExport = true;
        if (ImGui::MenuItem("Export story as slides...", nullptr, false,
                            app.dataset && !app.dataset->stories.empty()))
            ui.showDeckExport = true;
        ImGui::Separator();
        if (ImGui::MenuItem("Quit", "Ctrl+Q")) ui.quit = true;
        ImGui::EndMenu();
    }
    drawEditMenu(app, ui, requests);
    if (ImGui::BeginMenu("View")) {
        if (ImGui::MenuItem("Dark theme", nullptr, ui.darkTheme)) ui.darkTheme = true;
        if (ImGui::MenuItem("Light theme", nullptr, !ui.darkTheme)) ui.darkTheme = false;
        ImGui::Separator();
        ImGui::MenuItem("Side panel", nullptr, &ui.showSidePanel);
        ImGui::MenuItem("Native-script names on labels", nullptr, &ui.showNative);
        ImGui::MenuItem("Legend", nullptr, &ui.showLegend);
        ImGui::MenuItem("Collapse legend", nullptr, &ui.legendCollapsed, ui.showLegend);
        ImGui::MenuItem("Simplify when zoomed out", nullptr, &ui.levelOfDetail);
        ImGui::MenuItem("Frame times", nullptr, &ui.showFrameTimes);
        ImGui::SetNextItemWidth(160);
        ImGui::SliderFloat("Label size", &ui.labelScale, 0.5f, 3.0f, "%.2fx");
        if (ImGui::MenuItem("Fit to view", "F")) ui.fitRequested = true;
        if (ImGui::MenuItem("Present full-window (the open story, else the first)", "F5", false,
                            app.dataset.has_value()))
            startPresentation(app, ui);
        if (ImGui::MenuItem("Find an actor...", "Ctrl+F")) ui.showSearch = true;
        ImGui::MenuItem("Load messages", nullptr, &ui.showMessages);
        drawMergesMenu(app, ui);
        ImGui::Separator();
        drawTimeMenu(app, ui);
        drawLayoutMenu(ui);
        ImGui::EndMenu();
    }
    if (app.dataset && !app.dataset->stories.empty() && ImGui::BeginMenu("Stories")) {
        for (std::size_t i = 0; i < app.dataset->stories.size(); ++i)
            if (ImGui::MenuItem(app.dataset->stories[i].title.c_str(), nullptr, ui.story == int(i)))
                goToStop(app, ui, int(i), 0);
        ImGui::Separator();
        if (ImGui::MenuItem("Next stop", "Page Down", false, ui.story >= 0)) nextStop(app, ui);
        if (ImGui::MenuItem("Previous stop", "Page Up", false, ui.story >= 0)) previousStop(app, ui);
        if (ImGui::MenuItem("Close story", nullptr, false, ui.story >= 0)) ui.story = ui.stop = -1;
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("About tieline")) ui.showAbout = true;
        ImGui::EndMenu();
    }
    if (app.dataset) {
        const std::string title = (app.editing.modified() ? "* " : "") + app.dataset->meta.title;
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

void handleShortcuts(const AppView& app, UiState& ui, Requests& requests) {
    ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl && pressedLetter('O')) ui.showOpenDialog = true;
    if (io.KeyCtrl && pressedLetter('R')) requests.reload = true;
    if (io.KeyCtrl && pressedLetter('Q')) ui.quit = true;
    if (io.KeyCtrl && pressedLetter('F')) ui.showSearch = true;
    editShortcuts(app, ui, requests);
    if (io.WantTextInput || !app.dataset) return;
    if (presentationKeys(app, ui, requests)) return;
    if (!io.KeyCtrl && pressedLetter('F')) ui.fitRequested = true;
    if (pressed(ImGuiKey_PageDown, false)) nextStop(app, ui);
    if (pressed(ImGuiKey_PageUp, false)) previousStop(app, ui);
    if (pressed(ImGuiKey_Escape, false)) {
        if (ui.selectedActor || ui.selectedTie)
            clearSelection(ui);
        else
            ui.story = ui.stop = -1;
    }
    const core::model::Dataset& data = *app.dataset;
    if (pressed(ImGuiKey_Space, false)) ui.playing = !ui.playing;
    // The arrows step by the timeline's visible unit (day, week, month, year); Shift: the next larger.
    const TimeUnit unit = io.KeyShift ? largerUnit(visibleUnit(data, ui)) : visibleUnit(data, ui);
    if (pressed(ImGuiKey_RightArrow)) ui.t = clampToRange(data, stepTime(ui.t, unit, 1));
    if (pressed(ImGuiKey_LeftArrow)) ui.t = clampToRange(data, stepTime(ui.t, unit, -1));
    if (pressed(ImGuiKey_Home, false)) ui.t = data.rangeBegin();
    if (pressed(ImGuiKey_End, false)) ui.t = clampToRange(data, data.rangeEnd());
}

} // namespace tieline::ui
