// The window's command-line options (tieline [--frames N --screenshot PNG] [--script FILE]
// [--size WxH] [DATASET]), rows of the same OptionSpec table as the commands'. No GL.
#pragma once

#include "commands/options.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tieline::commands {

struct GuiOptions {
    std::string dataset;         // opened at start; empty: the last one (settings), else the fallback
    std::string fallbackDataset; // the default dataset
    int frames = 0;              // with `screenshot`: render this many frames, save, exit
    std::string screenshot;
    // --frame-stats: play from the start for the frames, then print one line of frame times
    // (gui/frame_stats.hpp); no screenshot needed.
    bool frameStats = false;
    std::string script; // a --script file of GUI commands
    // --live-layout: a script's window does not wait for the whole keyframe chain when a dataset
    // opens (it does by default, to show the finished layout): a date ahead of the chain shows a
    // provisional layout (script: wait-layout).
    bool liveLayout = false;
    struct Size {
        int width = 0, height = 0;
    };
    std::optional<Size> size; // --size WxH; empty: the saved window size (automated runs: 1280x800)
};

// The rows: --frames, --screenshot, --frame-stats, --script, --live-layout, --size.
const std::vector<OptionSpec>& guiOptionSpecs();

// Parses the window's arguments. Returns an error message for unusable arguments, or "" when they
// are fine.
std::string parseGuiArgs(const std::vector<std::string>& args, GuiOptions& options);

} // namespace tieline::commands
