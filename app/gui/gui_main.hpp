// The GUI: a GLFW window with an OpenGL 3.3 core context and Dear ImGui. GUI layer.
#pragma once

#include "commands/gui_options.hpp"

namespace tieline::gui {

// The options and their parser live in the GL-free commands library (commands/gui_options.hpp).
using commands::GuiOptions;
using commands::parseGuiArgs;

// Runs the window until it is closed (or the screenshot is taken). Returns the exit code.
int runGui(const GuiOptions& options);

} // namespace tieline::gui
