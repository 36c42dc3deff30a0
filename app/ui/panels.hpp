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
    float sideWidth = 520;                      // 0 when the side panel is hidden
    float framebufferScale = 1;                 // framebuffer pixels per window unit (high-DPI)

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

// Keyboard shortcuts that work whatever has focus (Space, arrows, Home/End, F, Ctrl+F/O/R/Q).
void handleShortcuts(App& app);

void applyTheme(bool dark);

// A small filled circle in a colour, then SameLine (legends, tables).
void colorSwatch(core::Rgb rgb);

} // namespace tieline::ui
