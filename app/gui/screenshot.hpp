// Saving what the window shows as a PNG (for `--screenshot` and GUI tests). GUI layer.
#pragma once

#include <string>

namespace tieline::gui {

// Reads the back buffer of the current GL context (call before swapping) and writes a PNG.
bool saveWindowScreenshot(const std::string& path, int width, int height, std::string& error);

} // namespace tieline::gui
