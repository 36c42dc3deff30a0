// The GUI's panels, one file each. Each draws ImGui widgets from the app state and edits only
// UiState and Requests. No gl* calls here.
#pragma once

#include "ui/app_state.hpp"

namespace tieline::ui {

// Fixed rectangles for the panels (ImGui 1.86 has no docking), computed from the window size.
struct PanelLayout {
    float menuHeight = 0;
    float x = 0, y = 0, width = 0, height = 0; // the whole work area under the menu bar
    float timelineHeight = 132;
    float sideWidth = 520;
};

void drawMainMenu(App& app, float& menuHeight);
void drawTimelinePanel(App& app, const PanelLayout& layout);
void drawActivePanel(App& app, const PanelLayout& layout);
void drawCanvasOverlay(const App& app, const PanelLayout& layout);
void drawMessagesWindow(App& app);
void drawOpenDialog(App& app);
void drawAboutWindow(App& app);

// Keyboard shortcuts that work whatever has focus (Space, arrows, Home/End, Ctrl+O, Ctrl+R).
void handleShortcuts(App& app);

void applyTheme(bool dark);

} // namespace tieline::ui
