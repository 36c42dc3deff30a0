// The panel layout and the panels of one frame. Needs an ImGui context.
#include "gui/panel_frame.hpp"

#include "ui/edit_panels.hpp"

#include <algorithm>

namespace tieline::gui {

ui::PanelLayout panelLayout(const ui::App& app, float menuHeight, WindowSize size, float framebufferScale) {
    ui::PanelLayout layout;
    layout.menuHeight = menuHeight;
    layout.y = menuHeight;
    layout.width = float(size.width);
    layout.height = float(size.height) - menuHeight;
    layout.sideWidth = app.ui.showSidePanel && app.dataset ? std::min(520.0f, layout.width * 0.42f) : 0.0f;
    if (app.ui.presenting) {
        // Full window: no menu, panels or timeline; the network is framed above the caption.
        layout.y = layout.menuHeight = 0;
        layout.height = float(size.height);
        layout.sideWidth = 0;
        layout.timelineHeight = layout.height * 0.3f;
        if (app.dataset) { // the band between the header and the caption panel
            float top = 0, bottom = 0;
            ui::presentationBand(app, app.ui, layout, top, bottom);
            layout.y = top;
            layout.timelineHeight = float(size.height) - bottom;
            layout.height = float(size.height) - top;
        }
    }
    layout.framebufferScale = framebufferScale;
    return layout;
}

void drawPanels(ui::App& app, const ui::PanelLayout& base, float& menuHeight) {
    const ui::AppView& view = app;
    ui::UiState& ui = app.ui;
    ui::Requests& requests = app.requests;
    ui::handleShortcuts(view, ui, requests);
    if (ui.presenting && view.dataset) {
        menuHeight = 0;
        ui::drawCanvas(view, ui, requests, base);
        ui::PanelLayout full = base; // the slide's parts are placed in the whole window
        full.height = base.y + base.height;
        full.y = full.menuHeight = 0;
        ui::drawPresentation(view, ui, requests, full);
        return;
    }
    ui::drawMainMenu(view, ui, requests, menuHeight);
    ui::PanelLayout layout = base;
    layout.menuHeight = menuHeight;
    layout.y = menuHeight;
    if (view.dataset) ui::drawCanvas(view, ui, requests, layout);
    ui::drawStoryCaption(view, ui, requests, layout);
    ui::drawSidePanel(view, ui, requests, layout);
    ui::drawTimelinePanel(view, ui, requests, layout);
    ui::drawMessagesWindow(view, ui, requests);
    ui::drawOpenDialog(view, ui, requests);
    ui::drawSearchWindow(view, ui, requests);
    ui::drawNoticeWindow(view, ui, requests);
    ui::drawEditPrompts(view, ui, requests);
    ui::drawLoadingLine(view, layout);
    ui::drawAboutWindow(view, ui, requests);
    ui::drawExportDialog(view, ui, requests);
    ui::drawDeckDialog(view, ui, requests);
    ui::drawEditorWindows(view, ui, requests, layout); // popups and windows of the editor
}

} // namespace tieline::gui
