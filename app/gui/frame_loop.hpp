// The frame loop: pollEvents / applyRequests / update / drawUi / renderGl / present, once per frame,
// with one exit. It owns the renderers and the caches that follow the change record (glyphs, layout)
// for as long as it runs, inside the Window's lifetime. GUI layer.
#pragma once

#include "gui/gui_main.hpp"
#include "gui/script.hpp"
#include "gui/window.hpp"
#include "ui/app_state.hpp"

#include <string>

namespace tieline::gui {

// Runs frames until the window closes, the user quits, the script ends or the screenshot is taken.
// `script` is null without --script; `automated` runs (scripts, screenshots) step a fixed 1/60 s and
// see no mouse. Returns the exit code.
int runFrames(const GuiOptions& options, Script* script, bool automated, Window& window, ui::App& app);

// "tieline: MESSAGE" on stderr; nothing for an empty message.
void warn(const std::string& message);

} // namespace tieline::gui
