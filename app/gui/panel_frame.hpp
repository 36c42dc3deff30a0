// Where the ImGui side of a frame goes and what it draws: the panel layout of the window (or of the
// full-window presentation) and the panels themselves, each given the data const, the UI state and
// the requests (ui/panels.hpp). Needs an ImGui context.
#pragma once

#include "gui/window.hpp"
#include "ui/panels.hpp"

namespace tieline::gui {

// The window's panels and canvas for this frame's app state: menu bar, side panel, timeline; in
// presentation the whole window, the network framed between the header and the caption.
ui::PanelLayout panelLayout(const ui::App& app, float menuHeight, WindowSize size, float framebufferScale);

// Every panel of the frame; sets `menuHeight` to the menu bar's drawn height (0 when presenting).
void drawPanels(ui::App& app, const ui::PanelLayout& base, float& menuHeight);

} // namespace tieline::gui
