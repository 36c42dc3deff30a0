// The GUI's panels, one file each. Each draws ImGui widgets from the app state and edits only
// UiState and Requests. No gl* calls here.
#pragma once

#include "ui/app_state.hpp"

namespace tieline::core {
class TextMeasure;
}

namespace tieline::ui {

// Fixed rectangles for the panels (ImGui 1.86 has no docking), in window coordinates.
struct PanelLayout {
    float menuHeight = 0;
    float x = 0, y = 0, width = 0, height = 0; // the whole work area under the menu bar
    float timelineHeight = 176;
    float sideWidth = 520;      // 0 when the side panel is hidden
    float framebufferScale = 1; // framebuffer pixels per window unit (high-DPI)

    float canvasWidth() const { return width - sideWidth; }
    float canvasHeight() const { return height - timelineHeight; }
};

void drawMainMenu(App& app, float& menuHeight);
void drawTimelinePanel(App& app, const PanelLayout& layout);
void drawSidePanel(App& app, const PanelLayout& layout);
void drawActiveTab(App& app);
void drawInspectorTab(App& app);
void drawSourcesTab(App& app);
void drawFiltersTab(App& app);
// The network view's interactions (hover, select, pan, zoom, drag to pin) and its overlays.
void drawCanvas(App& app, const PanelLayout& layout);
void drawStoryCaption(App& app, const PanelLayout& layout);
void drawMessagesWindow(App& app);
void drawOpenDialog(App& app);
void drawAboutWindow(App& app);
void drawSearchWindow(App& app);
void drawExportDialog(App& app);
void drawDeckDialog(App& app);
void drawChartsTab(App& app);
// Presentation mode: the stop's caption large over the full-window network; click to go on.
void drawPresentation(App& app, const PanelLayout& layout);
// F5 toggles presentation mode; while presenting, the arrows, Page Up/Down, Space and Esc belong
// to it. Returns true when it handled the keys (the other shortcuts then stand aside).
bool presentationKeys(App& app);
// The selected actor's chosen metric (Charts tab) as a line over the timeline's strip chart.
// Returns false when there is nothing to draw.
bool drawActorSparkline(const App& app, float x0, float x1, float top, float bottom);
std::string sparklineName(const App& app); // "betweenness", for the strip chart's label

// Keyboard shortcuts that work whatever has focus (Space, arrows, Home/End, F, Ctrl+F/O/R/Q).
void handleShortcuts(App& app);

void applyTheme(bool dark);

// The export dialogs' feedback: a refusal beside the button, then the last result or error.
void exportError(const std::string& error);
void exportStatusLine(const ExportStatus& status);

// A small filled circle in a colour, then SameLine (legends, tables).
void colorSwatch(core::Rgb rgb);

} // namespace tieline::ui
