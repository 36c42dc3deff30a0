// Settings as a small JSON file. Unknown members are ignored so older and newer versions coexist.
#include "core/io/settings.hpp"

#include "core/io/atomic_file.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/utf8.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace tieline::core::io {

std::string settingsPath() {
    const char* xdg = std::getenv("XDG_CONFIG_HOME");
    if (xdg && *xdg == '/') return std::string(xdg) + "/tieline/settings.json";
    const char* home = std::getenv("HOME");
    if (home && *home) return std::string(home) + "/.config/tieline/settings.json";
    return {};
}

Settings loadSettings(const std::string& path, std::string& warning) {
    Settings s;
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0) return s;
    std::string text, why;
    bool ok = readFileLimited(path, 1 << 20, text, why);
    if (ok) {
        try {
            const nlohmann::json j = nlohmann::json::parse(text);
            if (!j.is_object()) throw std::runtime_error("expected an object");
            s.darkTheme = j.value("theme", std::string("dark")) != "light";
            s.windowWidth = std::clamp(j.value("windowWidth", s.windowWidth), 320, 16384);
            s.windowHeight = std::clamp(j.value("windowHeight", s.windowHeight), 240, 16384);
            s.lastDataset = j.value("lastDataset", std::string());
            s.showSidePanel = j.value("showSidePanel", true);
            s.showNative = j.value("showNative", true);
            s.hierarchy = j.value("arrange", std::string("free")) == "hierarchy";
            s.showLegend = j.value("showLegend", true);
            s.showHulls = j.value("showHulls", false);
            s.labelScale = std::clamp(j.value("labelScale", s.labelScale), 0.5f, 3.0f);
            s.monthsPerSecond = std::clamp(j.value("monthsPerSecond", s.monthsPerSecond), 0.5f, 24.0f);
        } catch (const std::exception& e) {
            ok = false;
            why = e.what();
            s = Settings{};
        }
    }
    if (!ok) {
        const std::string backup = path + ".bak";
        std::rename(path.c_str(), backup.c_str());
        warning = "the settings file " + path + " could not be read (" + why +
                  "); using the defaults, the file is kept as " + backup;
    }
    return s;
}

bool saveSettings(const std::string& path, const Settings& s, std::string& error) {
    if (path.empty()) {
        error = "no settings folder (set HOME or XDG_CONFIG_HOME)";
        return false;
    }
    // Create the folders on the way (…/.config/tieline).
    for (std::size_t slash = path.find('/', 1); slash != std::string::npos;
         slash = path.find('/', slash + 1)) {
        const std::string dir = path.substr(0, slash);
        if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) {
            error = "cannot create " + dir + ": " + std::strerror(errno);
            return false;
        }
    }
    nlohmann::ordered_json j;
    j["theme"] = s.darkTheme ? "dark" : "light";
    j["windowWidth"] = s.windowWidth;
    j["windowHeight"] = s.windowHeight;
    // JSON holds UTF-8 only: a path that is not (a Latin-1 file name) is not remembered, rather than
    // aborting the window on exit.
    j["lastDataset"] = firstInvalidUtf8(s.lastDataset) == std::string::npos ? s.lastDataset : std::string();
    j["showSidePanel"] = s.showSidePanel;
    j["showNative"] = s.showNative;
    j["arrange"] = s.hierarchy ? "hierarchy" : "free";
    j["showLegend"] = s.showLegend;
    j["showHulls"] = s.showHulls;
    j["labelScale"] = s.labelScale;
    j["monthsPerSecond"] = s.monthsPerSecond;
    return writeFileAtomic(path, j.dump(2) + "\n", error);
}

} // namespace tieline::core::io
