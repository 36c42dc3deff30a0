// The window, the ImGui backends and the frame loop, with its phases named.
#include "gui/gui_main.hpp"

#include "core/io/settings.hpp"
#include "core/scene/labels.hpp"
#include "gui/deck_runner.hpp"
#include "gui/export_runner.hpp"
#include "gui/file_dialog.hpp"
#include "gui/fonts.hpp"
#include "gui/layout_driver.hpp"
#include "gui/open_link.hpp"
#include "gui/screenshot.hpp"
#include "gui/script.hpp"
#include "render/backdrop.hpp"
#include "render/gl.hpp"
#include "render/graph_renderer.hpp"
#include "ui/panels.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>

namespace tieline::gui {

namespace {

// Everything the frame loop owns besides the app state; no globals.
struct Renderers {
    render::Backdrop backdrop;
    render::GraphRenderer graph;
    render::GlyphAtlas atlas;
    bool atlasFont = false;
    LayoutDriver layout;
    NativeFileDialog fileDialog;
    ExportRunner exporter;
    DeckRunner deck;
    FontSet fonts;
};

void onGlfwError(int code, const char* description) {
    std::fprintf(stderr, "tieline: GLFW error %d: %s\n", code, description);
}

void onDrop(GLFWwindow* window, int count, const char** paths) {
    auto* app = static_cast<ui::App*>(glfwGetWindowUserPointer(window));
    if (app && count > 0) app->requests.open = std::string(paths[0]);
}

ui::PanelLayout panelLayout(const ui::App& app, float menuHeight, int width, int height,
                            float framebufferScale) {
    ui::PanelLayout layout;
    layout.menuHeight = menuHeight;
    layout.y = menuHeight;
    layout.width = float(width);
    layout.height = float(height) - menuHeight;
    layout.sideWidth = app.ui.showSidePanel && app.dataset ? std::min(520.0f, layout.width * 0.42f) : 0.0f;
    if (app.ui.presenting) {
        // Full window: no menu, panels or timeline; the network is framed above the caption.
        layout.y = layout.menuHeight = 0;
        layout.height = float(height);
        layout.sideWidth = 0;
        layout.timelineHeight = layout.height * 0.3f;
    }
    layout.framebufferScale = framebufferScale;
    return layout;
}

void drawUi(ui::App& app, const ui::PanelLayout& base, float& menuHeight) {
    ui::handleShortcuts(app);
    if (app.ui.presenting && app.dataset) {
        menuHeight = 0;
        ui::drawCanvas(app, base);
        ui::drawPresentation(app, base);
        return;
    }
    ui::drawMainMenu(app, menuHeight);
    ui::PanelLayout layout = base;
    layout.menuHeight = menuHeight;
    layout.y = menuHeight;
    if (app.dataset) ui::drawCanvas(app, layout);
    ui::drawStoryCaption(app, layout);
    ui::drawSidePanel(app, layout);
    ui::drawTimelinePanel(app, layout);
    ui::drawMessagesWindow(app);
    ui::drawOpenDialog(app);
    ui::drawSearchWindow(app);
    ui::drawAboutWindow(app);
    ui::drawExportDialog(app);
    ui::drawDeckDialog(app);
}

// Applies what the panels asked for that needs more than the app state: layout pins, links.
void applyFrameRequests(ui::App& app, Renderers& r) {
    if (app.requests.pin && app.dataset) {
        r.layout.pin(*app.dataset, app.requests.pin->first, app.requests.pin->second);
        app.requests.pin.reset();
    }
    if (app.requests.unpin && app.dataset) {
        r.layout.unpin(*app.dataset, *app.requests.unpin);
        app.requests.unpin.reset();
    }
    r.exporter.update(app, r.layout); // File > Export: a snapshot now, a sweep a few frames at a time
    r.deck.update(app, r.layout);     // File > Export story as slides: a slide per frame
    if (app.requests.browse) {
        std::string error;
        if (!r.fileDialog.open(error)) std::fprintf(stderr, "tieline: %s\n", error.c_str());
        app.requests.browse = false;
    }
    if (const auto chosen = r.fileDialog.poll()) app.requests.open = *chosen;
    if (app.requests.openLink) {
        std::string error;
        if (!openLink(*app.requests.openLink, error)) std::fprintf(stderr, "tieline: %s\n", error.c_str());
        app.requests.openLink.reset();
    }
}

// A new dataset: new glyphs for the UI font and the labels, a new layout.
void followDataset(ui::App& app, Renderers& r, float contentScale, bool automated) {
    if (app.fontsNeedRebuild) {
        const std::string warning =
            r.fonts.rebuild(app.dataset ? &*app.dataset : nullptr, 17.0f * contentScale);
        if (!warning.empty()) std::fprintf(stderr, "tieline: %s\n", warning.c_str());
        ImGui::GetIO().FontGlobalScale = 1.0f / contentScale;
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        app.fontsNeedRebuild = false;
        if (app.dataset && r.atlasFont) {
            std::vector<std::string_view> texts;
            for (const core::Actor& a : app.dataset->actors) {
                texts.push_back(a.name);
                texts.push_back(a.native);
            }
            std::string error;
            if (!r.atlas.build(texts, error)) std::fprintf(stderr, "tieline: labels: %s\n", error.c_str());
        }
    }
    if (app.datasetChanged && app.dataset) {
        r.layout.reset(*app.dataset);
        if (automated) r.layout.finish();
        app.datasetChanged = false;
    }
}

} // namespace

namespace {

bool fileExists(const std::string& path) {
    FILE* f = path.empty() ? nullptr : std::fopen(path.c_str(), "rb");
    if (f) std::fclose(f);
    return f != nullptr;
}

void applySettings(const core::Settings& s, ui::App& app) {
    app.ui.darkTheme = s.darkTheme;
    app.ui.showSidePanel = s.showSidePanel;
    app.ui.showNative = s.showNative;
    app.ui.monthsPerSecond = s.monthsPerSecond;
}

core::Settings currentSettings(const ui::App& app, GLFWwindow* window) {
    core::Settings s;
    s.darkTheme = app.ui.darkTheme;
    s.showSidePanel = app.ui.showSidePanel;
    s.showNative = app.ui.showNative;
    s.monthsPerSecond = app.ui.monthsPerSecond;
    glfwGetWindowSize(window, &s.windowWidth, &s.windowHeight);
    s.lastDataset = app.datasetPath;
    return s;
}

} // namespace

int runGui(const GuiOptions& options) {
    Script script;
    std::string error;
    // Automated runs (screenshots, scripts) neither read nor write settings: their pictures must
    // not depend on what a user chose last time.
    const bool automated = options.frames > 0 || !options.script.empty();
    const std::string settingsFile = automated ? std::string() : core::settingsPath();
    std::string warning;
    const core::Settings settings = core::loadSettings(settingsFile, warning);
    if (!warning.empty()) std::fprintf(stderr, "tieline: %s\n", warning.c_str());
    if (!options.script.empty() && !loadScript(options.script, script, error)) {
        std::fprintf(stderr, "tieline: %s\n", error.c_str());
        return 2;
    }
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        std::fprintf(stderr,
                     "tieline: cannot open a window (no display?). Commands such as 'tieline validate' "
                     "work without one; for the GUI under no display, use xvfb-run.\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    // --size wins; automated runs use a fixed size so their pictures do not depend on settings.
    const GuiOptions::Size size = options.size ? *options.size
                                  : automated  ? GuiOptions::Size{1280, 800}
                                              : GuiOptions::Size{settings.windowWidth, settings.windowHeight};
    GLFWwindow* window = glfwCreateWindow(size.width, size.height, "tieline", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(automated ? 0 : 1);
    if (!gladLoadGL(glfwGetProcAddress)) {
        std::fprintf(stderr, "tieline: cannot load OpenGL 3.3 core functions\n");
        glfwDestroyWindow(window);
        glfwTerminate();
        return 1;
    }

    ui::App app; // owned here and passed down: no globals but ImGui's context
    glfwSetWindowUserPointer(window, &app);
    glfwSetDropCallback(window, onDrop);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr; // panels are fixed; settings are ours to keep
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    Renderers r;
    if (!r.backdrop.init(error) || !r.graph.init(error)) {
        std::fprintf(stderr, "tieline: %s\n", error.c_str());
        return 1;
    }
    r.atlasFont = r.atlas.loadFont(render::kLabelFontPath, render::kLabelFontFace, error);
    if (!r.atlasFont) std::fprintf(stderr, "tieline: labels will not show: %s\n", error.c_str());

    if (!automated) applySettings(settings, app);
    app.nativeFileDialog = NativeFileDialog::available();
    std::string dataset = options.dataset;
    if (dataset.empty())
        dataset =
            !automated && fileExists(settings.lastDataset) ? settings.lastDataset : options.fallbackDataset;
    if (!dataset.empty()) ui::openDataset(app, dataset);
    for (const auto& d : app.messages)
        std::fprintf(stderr, "%s\n", d.format().c_str());

    float contentScale = 1.0f;
    glfwGetWindowContentScale(window, &contentScale, nullptr);
    bool appliedDark = !app.ui.darkTheme;
    float menuHeight = 0;
    double lastFileCheck = 0;
    int exitCode = 0;
    for (int frame = 1; !glfwWindowShouldClose(window) && !app.ui.quit; ++frame) {
        // [1] events: sleep while nothing moves, to spare the CPU
        // An export in progress advances a few frames per loop: it must not wait for events either.
        const bool animating = app.ui.playing || app.layoutProgress < 1.0f || app.exportStatus.running ||
                               app.ui.camera.zoom != app.ui.cameraTarget.zoom ||
                               app.ui.camera.centerX != app.ui.cameraTarget.centerX;
        if (!automated && !animating)
            glfwWaitEventsTimeout(0.5);
        else
            glfwPollEvents();
        // [2] script commands, requests from the last frame, a changed file, a new dataset
        std::string shotPath = frame == options.frames ? options.screenshot : std::string();
        if (!options.script.empty()) {
            const ScriptEffect effect = stepScript(script, app);
            if (!effect.error.empty()) {
                std::fprintf(stderr, "tieline: %s\n", effect.error.c_str());
                exitCode = 1;
                break;
            }
            if (effect.quit) break;
            shotPath = effect.screenshot;
        }
        ui::applyRequests(app);
        if (glfwGetTime() - lastFileCheck > 1.0) {
            ui::checkFileChanged(app);
            lastFileCheck = glfwGetTime();
        }
        followDataset(app, r, contentScale, automated);
        ui::updateMetrics(app);
        applyFrameRequests(app, r);
        if (appliedDark != app.ui.darkTheme) {
            ui::applyTheme(app.ui.darkTheme);
            appliedDark = app.ui.darkTheme;
        }
        // [3] update: time, positions, the scene
        ui::advanceTime(app, automated ? 1.0 / 60.0 : io.DeltaTime);
        if (app.dataset) r.layout.positionsAt(app.ui.t, app.positions);
        if (app.ui.dragPin && app.ui.dragPin->first.index() < app.positions.size())
            app.positions[app.ui.dragPin->first.index()] = app.ui.dragPin->second;
        app.layoutProgress = r.layout.progress();
        ui::updateScene(app);
        // [4] ImGui widgets (the canvas does hit tests and moves the camera)
        int width = 0, height = 0, fbWidth = 0, fbHeight = 0;
        glfwGetWindowSize(window, &width, &height);
        glfwGetFramebufferSize(window, &fbWidth, &fbHeight);
        const float fbScale = width > 0 ? float(fbWidth) / float(width) : 1.0f;
        app.ui.camera.width = app.ui.cameraTarget.width = fbWidth;
        app.ui.camera.height = app.ui.cameraTarget.height = fbHeight;
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        // Scripts and screenshots must not depend on where the pointer happens to rest (Xvfb puts
        // it mid-screen, over some node): automated runs see no mouse at all.
        // Nor on how fast the machine is: they advance a fixed 1/60 s per frame (camera easing too).
        if (automated) {
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            io.DeltaTime = 1.0f / 60.0f;
        }
        ImGui::NewFrame();
        drawUi(app, panelLayout(app, menuHeight, width, height, fbScale), menuHeight);
        ImGui::Render();
        // [5] GL: the canvas, the network, then the panels on top
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, fbWidth, fbHeight);
        r.backdrop.drawCached(app.ui.darkTheme ? render::darkBackdrop() : render::lightBackdrop(), fbWidth,
                              fbHeight);
        if (r.atlasFont) core::cullLabels(app.scene, app.ui.camera, r.atlas);
        r.graph.draw(app.scene, app.ui.camera, r.atlasFont ? &r.atlas : nullptr, fbScale);
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        // [6] screenshot (before the swap, from the back buffer) and present
        if (!shotPath.empty()) {
            if (!saveWindowScreenshot(shotPath, fbWidth, fbHeight, error)) {
                std::fprintf(stderr, "tieline: %s\n", error.c_str());
                exitCode = 1;
                break;
            }
            if (options.frames > 0) break;
        }
        glfwSwapBuffers(window);
    }

    if (!settingsFile.empty() && !core::saveSettings(settingsFile, currentSettings(app, window), error))
        std::fprintf(stderr, "tieline: settings not saved: %s\n", error.c_str());
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exitCode;
}

} // namespace tieline::gui
