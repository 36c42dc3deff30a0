// The GUI: a GLFW window with an OpenGL 3.3 core context and Dear ImGui. GUI layer.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace tieline::gui {

struct GuiOptions {
    std::string dataset;         // opened at start; empty: the last one (settings), else the fallback
    std::string fallbackDataset; // the default dataset
    int frames = 0;              // with `screenshot`: render this many frames, save, exit
    std::string screenshot;
    std::string script; // a --script file of GUI commands
    struct Size {
        int width = 0, height = 0;
    };
    std::optional<Size> size; // --size WxH; empty: the saved window size (automated runs: 1280x800)
};

// Parses the GUI's arguments ([--frames N] [--screenshot PNG] [--script FILE] [--size WxH] [DATASET]).
// Returns an error message for unusable arguments, or "" when they are fine.
std::string parseGuiArgs(const std::vector<std::string>& args, GuiOptions& options);

// Runs the window until it is closed (or the screenshot is taken). Returns the exit code.
int runGui(const GuiOptions& options);

} // namespace tieline::gui
