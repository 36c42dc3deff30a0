// The GUI's panels, one file each. A panel reads the data through `const AppView&`, edits UiState
// and asks for changes to the data through Requests, which the frame loop applies between frames
// (gui/frame_loop.cpp, FrameLoop::applyRequests). No gl* calls here.
#pragma once

#include "ui/app_state.hpp"

namespace tieline::core::scene {
class TextMeasure;
}

struct ImVec4;

namespace tieline::ui {

// Fixed rectangles for the panels (ImGui 1.86 has no docking), in window coordinates.
struct PanelLayout {
    float menuHeight = 0;
    float x = 0, y = 0, width = 0, height = 0; // the whole work area under the menu bar
    float timelineHeight = 212;
    float sideWidth = 520;      // 0 when the side panel is hidden
    float framebufferScale = 1; // framebuffer pixels per window unit (high-DPI)

    float canvasWidth() const { return width - sideWidth; }
    float canvasHeight() const { return height - timelineHeight; }
};

void drawMainMenu(const AppView& app, UiState& ui, Requests& requests, float& menuHeight);
void drawTimelinePanel(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout);
void drawSidePanel(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout);
void drawActiveTab(const AppView& app, UiState& ui, Requests& requests);
void drawInspectorTab(const AppView& app, UiState& ui, Requests& requests);
void drawSourcesTab(const AppView& app, UiState& ui, Requests& requests);
void drawFiltersTab(const AppView& app, UiState& ui, Requests& requests);
// The network view's interactions (hover, select, pan, zoom, drag to pin) and its overlays.
void drawCanvas(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout);
// Presentation mode: the band between the header (date, story) and the caption panel where the
// network is framed, in window units.
void presentationBand(const AppView& app, const UiState& ui, const PanelLayout& layout, float& top,
                      float& bottom);
void drawStoryCaption(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout);
void drawMessagesWindow(const AppView& app, UiState& ui, Requests& requests);
void drawOpenDialog(const AppView& app, UiState& ui, Requests& requests);
void drawAboutWindow(const AppView& app, UiState& ui, Requests& requests);
void drawSearchWindow(const AppView& app, UiState& ui, Requests& requests);
void drawNoticeWindow(const AppView& app, UiState& ui, Requests& requests); // ui.notice, until closed
void drawLoadingLine(const AppView& app, const PanelLayout& layout); // app.loadingLine, while a file loads
void drawExportDialog(const AppView& app, UiState& ui, Requests& requests);
void drawDeckDialog(const AppView& app, UiState& ui, Requests& requests);
void drawChartsTab(const AppView& app, UiState& ui, Requests& requests);
// [merge_panel.cpp] View > Merges and groups; the inspector's "Show as one" row for an actor.
void drawMergesMenu(const AppView& app, UiState& ui);
void drawActorMerges(const AppView& app, UiState& ui, core::model::ActorId id);
// Presentation mode: the stop's caption large over the full-window network; click to go on.
void drawPresentation(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout);
// F5 toggles presentation mode; while presenting, the arrows, Page Up/Down, Space and Esc belong
// to it. Returns true when it handled the keys (the other shortcuts then stand aside).
bool presentationKeys(const AppView& app, UiState& ui, Requests& requests);
// The selected actor's chosen metric (Charts tab) as a line over the timeline's strip chart.
// Returns false when there is nothing to draw.
bool drawActorSparkline(const AppView& app, const UiState& ui, float x0, float x1, float top, float bottom);
std::string sparklineName(const UiState& ui); // "betweenness", for the strip chart's label

// Keyboard shortcuts that work whatever has focus (Space, arrows, Home/End, F, Ctrl+F/O/R/Q).
void handleShortcuts(const AppView& app, UiState& ui, Requests& requests);
// [edit_menu.cpp] Edit > Undo, Redo, Save, Save As; their shortcuts; the questions editing asks
// (restore a crash's unsaved edits, the file changed on disk, Save As).
void drawEditMenu(const AppView& app, UiState& ui, Requests& requests);
void editShortcuts(const AppView& app, UiState& ui, Requests& requests);
void drawEditPrompts(const AppView& app, UiState& ui, Requests& requests);

void applyTheme(bool dark);

// The export dialogs' window, `width` wide when first shown: false when closed or collapsed (then
// there is nothing to draw and no End to call).
bool beginExportWindow(const char* title, bool& open, float width);
// The export dialogs' feedback: a refusal beside the button, then the last result or error.
void exportError(const std::string& error);
void exportStatusLine(const ExportStatus& status);

// A small filled circle in a colour, then SameLine (legends, tables).
void colorSwatch(core::model::Rgb rgb);

// A selectable row whose label wraps to the column's width instead of being clipped (tables).
bool wrappedSelectable(const std::string& label, bool selected, int selectableFlags = 0);

// For a row of small buttons: SameLine, or a new line when a button labelled `label` would not fit
// beside the previous one.
void sameLineIfFits(const char* label);

// The text colour of "Contradicts claim N" in the current theme (AA contrast on the panel).
ImVec4 contestedTextColor(bool dark);

} // namespace tieline::ui
