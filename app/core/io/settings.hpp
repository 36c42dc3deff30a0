// The GUI's settings kept between runs (theme, window size, last dataset, panels shown), in
// $XDG_CONFIG_HOME/tieline/settings.json (~/.config/tieline/ when unset). Written atomically; a
// corrupt file falls back to the defaults with a warning and is kept as settings.json.bak. Core.
#pragma once

#include <string>

namespace tieline::core::io {

struct Settings {
    bool darkTheme = true;
    int windowWidth = 1280;  // = 1280 window units
    int windowHeight = 800;  // = 800 window units
    std::string lastDataset; // the file open when the app last closed
    bool showSidePanel = true;
    bool showNative = true;  // native-script names on labels
    bool hierarchy = false;  // View > Layout > Patrons above clients ("arrange": "hierarchy")
    bool showLegend = true;  // the legend over the canvas (window and presentation)
    bool showHulls = false;  // View > Merges and groups > Group hulls
    float labelScale = 1.0f; // label size, 0.5 to 3 times the default
    float monthsPerSecond = 4.0f;
};

// The settings file's path from the environment ("" when neither XDG_CONFIG_HOME nor HOME is set).
std::string settingsPath();

// Reads `path`. A missing file gives the defaults silently; an unreadable or corrupt one gives the
// defaults, sets `warning`, and renames the file to path + ".bak" so it is not lost.
Settings loadSettings(const std::string& path, std::string& warning);

// Writes `path` atomically, creating its folder. Returns false and sets `error` on failure.
bool saveSettings(const std::string& path, const Settings& settings, std::string& error);

} // namespace tieline::core::io
