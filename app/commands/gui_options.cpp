// The window's options, parsed strictly: "--frames 3x" and "--size 800x600px" are refused.
#include "commands/gui_options.hpp"

#include "commands/numbers.hpp"

namespace tieline::commands {

namespace {

constexpr int kMaxFrames = 100000;
constexpr GuiOptions::Size kMinSize{320, 240}, kMaxSize{8192, 8192};

std::optional<GuiOptions::Size> parseSize(const std::string& text) {
    const std::size_t x = text.find('x');
    if (x == std::string::npos) return std::nullopt;
    const std::string_view all = text;
    const auto w = parseWhole(all.substr(0, x), kMinSize.width, kMaxSize.width);
    const auto h = parseWhole(all.substr(x + 1), kMinSize.height, kMaxSize.height);
    if (!w || !h) return std::nullopt;
    return GuiOptions::Size{int(*w), int(*h)};
}

} // namespace

const std::vector<OptionSpec>& guiOptionSpecs() {
    static const std::vector<OptionSpec> specs = {
        {"--frames", true, "N", "render N frames (1 to 100000; default 3), save --screenshot, exit"},
        {"--screenshot", true, "PNG", "save the window as PNG after the frames, then exit"},
        {"--frame-stats", false, "",
         "play for the --frames N, then print the first network frame's time and frame times"},
        {"--script", true, "FILE", "drive the window with a script (tieline help script)"},
        {"--live-layout", false, "",
         "with --script: lay out and compute metrics in the background as interactive use does, not all "
         "first"},
        {"--size", true, "WxH", "window size, 320x240 to 8192x8192 (default: the last one used)"},
    };
    return specs;
}

std::string parseGuiArgs(const std::vector<std::string>& args, GuiOptions& options) {
    const ParsedArgs parsed = parseArgs(args, guiOptionSpecs());
    if (!parsed.error.empty()) return parsed.error;
    if (parsed.positionals.size() > 1)
        return "expected at most one DATASET, found '" + parsed.positionals[1] + "' too";
    if (!parsed.positionals.empty()) options.dataset = parsed.positionals[0];
    if (const auto frames = parsed.value("--frames")) {
        const auto n = parseWhole(*frames, 1, kMaxFrames);
        if (!n) return "option '--frames' expects a number from 1 to " + std::to_string(kMaxFrames);
        options.frames = int(*n);
    }
    options.screenshot = parsed.value("--screenshot").value_or("");
    options.script = parsed.value("--script").value_or("");
    if (const auto size = parsed.value("--size")) {
        options.size = parseSize(*size);
        if (!options.size) return "option '--size' expects WIDTHxHEIGHT, from 320x240 to 8192x8192";
    }
    options.frameStats = parsed.has("--frame-stats");
    options.liveLayout = parsed.has("--live-layout");
    if (options.liveLayout && options.script.empty()) return "option '--live-layout' needs '--script FILE'";
    if (options.frameStats && options.frames == 0) return "option '--frame-stats' needs '--frames N'";
    if (!options.screenshot.empty() && options.frames == 0) options.frames = 3;
    if (options.frames > 0 && options.screenshot.empty() && !options.frameStats)
        return "option '--frames' needs '--screenshot PNG' or '--frame-stats'";
    if (!options.script.empty() && options.frames > 0)
        return "use either '--script' or '--frames/--screenshot'";
    return {};
}

} // namespace tieline::commands
