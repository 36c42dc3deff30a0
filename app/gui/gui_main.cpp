// The GUI's entry: settings, the script, the Window (GLFW, GL context, ImGui; made first, destroyed
// last), the app state and the first dataset; then the frame loop (gui/frame_loop.cpp).
#include "gui/gui_main.hpp"

#include "core/io/settings.hpp"
#include "gui/file_dialog.hpp"
#include "gui/frame_loop.hpp"
#include "gui/script.hpp"
#include "gui/window.hpp"
#include "ui/load_job.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdio>
#include <memory>

namespace tieline::gui {

namespace {

void onDrop(GLFWwindow* window, int count, const char** paths) {
    auto* app = static_cast<ui::App*>(glfwGetWindowUserPointer(window));
    if (app && count > 0) app->requests.open = std::string(paths[0]);
}

bool fileExists(const std::string& path) {
    FILE* f = path.empty() ? nullptr : std::fopen(path.c_str(), "rb");
    if (f) std::fclose(f);
    return f != nullptr;
}

void applySettings(const core::io::Settings& s, ui::UiState& ui) {
    ui.darkTheme = s.darkTheme;
    ui.showSidePanel = s.showSidePanel;
    ui.showNative = s.showNative;
    ui.arrange = s.hierarchy ? core::layout::Arrange::Hierarchy : core::layout::Arrange::Free;
    ui.showLegend = s.showLegend;
    ui.merges.hulls = s.showHulls;
    ui.labelScale = s.labelScale;
    ui.monthsPerSecond = s.monthsPerSecond;
}

core::io::Settings currentSettings(const ui::App& app, const Window& window) {
    core::io::Settings s;
    s.darkTheme = app.ui.darkTheme;
    s.showSidePanel = app.ui.showSidePanel;
    s.showNative = app.ui.showNative;
    s.hierarchy = app.ui.arrange == core::layout::Arrange::Hierarchy;
    s.showLegend = app.ui.showLegend;
    s.showHulls = app.ui.merges.hulls;
    s.labelScale = app.ui.labelScale;
    s.monthsPerSecond = app.ui.monthsPerSecond;
    const WindowSize size = window.size();
    s.windowWidth = size.width;
    s.windowHeight = size.height;
    s.lastDataset = app.datasetPath;
    return s;
}

} // namespace

int runGui(const GuiOptions& options) {
    // Automated runs (screenshots, scripts) neither read nor write settings: their pictures must
    // not depend on what a user chose last time.
    const bool automated = options.frames > 0 || !options.script.empty();
    const std::string settingsFile = automated ? std::string() : core::io::settingsPath();
    std::string warning, error;
    const core::io::Settings settings = core::io::loadSettings(settingsFile, warning);
    warn(warning);
    Script script;
    if (!options.script.empty() && !loadScript(options.script, script, error)) {
        warn(error);
        return 2;
    }
    // --size wins; automated runs use a fixed size so their pictures do not depend on settings.
    const WindowSize size = options.size ? WindowSize{options.size->width, options.size->height}
                            : automated  ? WindowSize{1280, 800}
                                         : WindowSize{settings.windowWidth, settings.windowHeight};
    std::string dataset = options.dataset;
    if (dataset.empty())
        dataset =
            !automated && fileExists(settings.lastDataset) ? settings.lastDataset : options.fallbackDataset;
    // The file loads while the window opens (ui/load_job.hpp). The window then draws while it
    // loads, as --frame-stats does to measure what a user sees; scripts and screenshots wait for it.
    auto loading = std::make_unique<ui::LoadJob>();
    if (!dataset.empty()) loading->start(dataset);
    // Order matters: the window (and its GL context) first, so that it is destroyed last.
    Window window(size, !automated);
    ui::App app; // owned here and passed down: no globals but ImGui's context
    app.loadJob = std::move(loading);
    glfwSetWindowUserPointer(window.handle(), &app);
    glfwSetDropCallback(window.handle(), onDrop);

    if (!automated) applySettings(settings, app.ui);
    // The window never waits for the metrics; scripts and screenshots do (their pictures must not
    // depend on the machine's speed), --frame-stats does not (it measures what a user would see), nor
    // does --live-layout (a script that watches the background work as a user would).
    app.waitForMetrics = automated && !options.frameStats && !options.liveLayout;
    app.ui.playing = options.frameStats;
    app.nativeFileDialog = NativeFileDialog::available();
    app.loadInBackground = !automated || options.frameStats;
    if (!app.loadInBackground)
        if (auto loaded = app.loadJob->wait()) ui::adoptDataset(app, loaded->path, std::move(loaded->result));
    for (const auto& d : app.messages)
        std::fprintf(stderr, "%s\n", d.format().c_str());

    const int exitCode =
        runFrames(options, options.script.empty() ? nullptr : &script, automated, window, app);
    if (!settingsFile.empty() && !core::io::saveSettings(settingsFile, currentSettings(app, window), error))
        warn("settings not saved: " + error);
    return exitCode;
}

} // namespace tieline::gui
