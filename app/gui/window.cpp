// The window's setup and teardown: GLFW, glad, ImGui's context and its GLFW and OpenGL3 backends.
#include "gui/window.hpp"

#include "render/gl.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>
#include <stdexcept>
#include <utility>

namespace tieline::gui {

namespace {

void onGlfwError(int code, const char* description) {
    std::fprintf(stderr, "tieline: GLFW error %d: %s\n", code, description);
}

} // namespace

Window::Window(WindowSize size, bool vsync) {
    glfwSetErrorCallback(onGlfwError);
    if (!glfwInit())
        throw std::runtime_error("cannot open a window (no display?). Commands such as 'tieline validate' "
                                 "work without one; for the GUI under no display, use xvfb-run.");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    m_window = glfwCreateWindow(size.width, size.height, "tieline", nullptr, nullptr);
    if (!m_window) {
        glfwTerminate();
        throw std::runtime_error("cannot create a window with an OpenGL 3.3 core context");
    }
    glfwMakeContextCurrent(m_window);
    glfwSwapInterval(vsync ? 1 : 0);
    if (!gladLoadGL(glfwGetProcAddress)) {
        destroy();
        throw std::runtime_error("cannot load OpenGL 3.3 core functions");
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr; // panels are fixed; settings are ours to keep
    ImGui_ImplGlfw_InitForOpenGL(m_window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
}

Window::~Window() {
    close();
}

void Window::close() {
    if (!m_window) return;
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    destroy();
}

void Window::destroy() {
    glfwDestroyWindow(m_window);
    glfwTerminate();
    m_window = nullptr;
}

Window::Window(Window&& other) noexcept : m_window(std::exchange(other.m_window, nullptr)) {}

Window& Window::operator=(Window&& other) noexcept {
    if (this != &other) {
        close();
        m_window = std::exchange(other.m_window, nullptr);
    }
    return *this;
}

bool Window::shouldClose() const {
    return glfwWindowShouldClose(m_window);
}

void Window::pollEvents(bool wait, double timeoutSeconds) const {
    if (wait)
        glfwWaitEventsTimeout(timeoutSeconds);
    else
        glfwPollEvents();
}

void Window::beginImGuiFrame() const {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
}

void Window::renderImGui() const {
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Window::swapBuffers() const {
    glfwSwapBuffers(m_window);
}

WindowSize Window::size() const {
    WindowSize s;
    glfwGetWindowSize(m_window, &s.width, &s.height);
    return s;
}

WindowSize Window::framebufferSize() const {
    WindowSize s;
    glfwGetFramebufferSize(m_window, &s.width, &s.height);
    return s;
}

float Window::contentScale() const {
    float scale = 1.0f;
    glfwGetWindowContentScale(m_window, &scale, nullptr);
    return scale;
}

double Window::seconds() const {
    return glfwGetTime();
}

void Window::reloadFontsTexture() const {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

} // namespace tieline::gui
