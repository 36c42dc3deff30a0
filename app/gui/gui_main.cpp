// The window, the ImGui backends and the frame loop, with its phases named.
#include "gui/gui_main.hpp"

#include "gui/fonts.hpp"
#include "gui/screenshot.hpp"
#include "render/backdrop.hpp"
#include "render/gl.hpp"
#include "ui/panels.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
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
            if (*end != '\0' || n < 1 || n > 100000) return "option '--frames' expects a number from 1 to 100000";
            options.frames = static_cast<int>(n);
        } else if (a == "--screenshot") {
            if (!hasNext) return "option '--screenshot' needs a value (PNG)";
            options.screenshot = args[++i];
        } else if (a == "--size") {
            if (!hasNext) return "option '--size' needs a value (WxH)";
            int w = 0, h = 0;
            char tail = 0;
            if (std::sscanf(args[++i].c_str(), "%dx%d%c", &w, &h, &tail) != 2 || w < 320 || h < 240 || w > 8192 ||
                h > 8192)
                return "option '--size' expects WIDTHxHEIGHT, from 320x240 to 8192x8192";
            options.width = w;
            options.height = h;
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
    return {};
}

namespace {

void onGlfwError(int code, const char* description) {
    std::fprintf(stderr, "tieline: GLFW error %d: %s\n", code, description);
}

void onDrop(GLFWwindow* window, int count, const char** paths) {
    auto* app = static_cast<ui::App*>(glfwGetWindowUserPointer(window));
    if (app && count > 0) app->requests.open = std::string(paths[0]);
}

void drawUi(ui::App& app, int width, int height) {
    ui::handleShortcuts(app);
    ui::PanelLayout layout;
    ui::drawMainMenu(app, layout.menuHeight);
    layout.y = layout.menuHeight;
    layout.width = static_cast<float>(width);
    layout.height = static_cast<float>(height) - layout.menuHeight;
    layout.sideWidth = std::min(520.0f, layout.width * 0.45f);
    ui::drawCanvasOverlay(app, layout);
    ui::drawActivePanel(app, layout);
    ui::drawTimelinePanel(app, layout);
    ui::drawMessagesWindow(app);
    ui::drawOpenDialog(app);
    ui::drawAboutWindow(app);
}

} // namespace

int runGui(const GuiOptions& options) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit()) {
        std::fprintf(stderr, "tieline: cannot open a window (no display?). Commands such as 'tieline validate' "
                             "work without one; for the GUI under no display, use xvfb-run.\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    GLFWwindow* window = glfwCreateWindow(options.width, options.height, "tieline", nullptr, nullptr);
    if (!window) {
        glfwTerminate();
        return 1;
    }
    glfwMakeContextCurrent(window);
    glfwSwapInterval(options.frames > 0 ? 0 : 1);
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
    io.IniFilename = nullptr; // panels are fixed; nothing to persist yet
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    render::Backdrop backdrop;
    std::string error;
    if (!backdrop.init(error)) std::fprintf(stderr, "tieline: %s\n", error.c_str());

    if (!options.dataset.empty()) ui::openDataset(app, options.dataset);
    for (const auto& d : app.messages) std::fprintf(stderr, "%s\n", d.format().c_str());

    FontSet fonts;
    float contentScale = 1.0f;
    glfwGetWindowContentScale(window, &contentScale, nullptr);
    bool appliedDark = !app.ui.darkTheme;
    int exitCode = 0;
    for (int frame = 1; !glfwWindowShouldClose(window) && !app.ui.quit; ++frame) {
        // [1] events: sleep while nothing moves, to spare the CPU
        if (options.frames == 0 && !app.ui.playing) glfwWaitEventsTimeout(0.5);
        else glfwPollEvents();
        // [2] apply requests from the last frame (open, reload), then rebuild fonts if needed
        ui::applyRequests(app);
        if (app.fontsNeedRebuild) {
            const std::string warning = fonts.rebuild(app.dataset ? &*app.dataset : nullptr, 17.0f * contentScale);
            if (!warning.empty()) std::fprintf(stderr, "tieline: %s\n", warning.c_str());
            io.FontGlobalScale = 1.0f / contentScale;
            ImGui_ImplOpenGL3_DestroyFontsTexture();
            ImGui_ImplOpenGL3_CreateFontsTexture();
            app.fontsNeedRebuild = false;
        }
        if (appliedDark != app.ui.darkTheme) {
            ui::applyTheme(app.ui.darkTheme);
            appliedDark = app.ui.darkTheme;
        }
        // [3] update: core state only
        ui::advanceTime(app, io.DeltaTime);
        // [4] ImGui widgets
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        int width = 0, height = 0;
        glfwGetWindowSize(window, &width, &height);
        drawUi(app, width, height);
        ImGui::Render();
        // [5] GL: the canvas, then the panels on top
        int fbWidth = 0, fbHeight = 0;
        glfwGetFramebufferSize(window, &fbWidth, &fbHeight);
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, fbWidth, fbHeight);
        backdrop.draw(app.ui.darkTheme ? render::darkBackdrop() : render::lightBackdrop());
        ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
        // [6] screenshot (before the swap, from the back buffer) and present
        if (options.frames > 0 && frame >= options.frames) {
            if (!saveWindowScreenshot(options.screenshot, fbWidth, fbHeight, error)) {
                std::fprintf(stderr, "tieline: %s\n", error.c_str());
                exitCode = 1;
            }
            break;
        }
        glfwSwapBuffers(window);
    }

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return exitCode;
}

} // namespace tieline::gui
