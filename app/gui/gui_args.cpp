// The GUI's command-line options.
#include "gui/gui_main.hpp"

#include <cstdio>
#include <cstdlib>

namespace tieline::gui {

std::string parseGuiArgs(const std::vector<std::string>& args, GuiOptions& options) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool hasNext = i + 1 < args.size();
        if (a == "--frames") {
            if (!hasNext) return "option '--frames' needs a value (N)";
            char* end = nullptr;
            const long n = std::strtol(args[++i].c_str(), &end, 10);
            if (*end != '\0' || n < 1 || n > 100000)
                return "option '--frames' expects a number from 1 to 100000";
            options.frames = static_cast<int>(n);
        } else if (a == "--screenshot") {
            if (!hasNext) return "option '--screenshot' needs a value (PNG)";
            options.screenshot = args[++i];
        } else if (a == "--script") {
            if (!hasNext) return "option '--script' needs a value (FILE)";
            options.script = args[++i];
        } else if (a == "--size") {
            if (!hasNext) return "option '--size' needs a value (WxH)";
            int w = 0, h = 0;
            char tail = 0;
            if (std::sscanf(args[++i].c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < 320 || h < 240 ||
                w > 8192 || h > 8192)
                return "option '--size' expects WIDTHxHEIGHT, from 320x240 to 8192x8192";
            options.size = GuiOptions::Size{w, h};
        } else if (a.size() > 1 && a[0] == '-') {
            return "unknown option '" + a + "'";
        } else if (options.dataset.empty()) {
            options.dataset = a;
        } else {
            return "expected at most one DATASET, found '" + a + "' too";
        }
    }
    if (!options.screenshot.empty() && options.frames == 0) options.frames = 3;
    if (options.frames > 0 && options.screenshot.empty()) return "option '--frames' needs '--screenshot PNG'";
    if (!options.script.empty() && options.frames > 0)
        return "use either '--script' or '--frames/--screenshot'";
    return {};
}

} // namespace tieline::gui
