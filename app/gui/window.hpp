// The window: GLFW, its OpenGL 3.3 core context with the functions loaded (glad), and Dear ImGui's
// context and backends, created together and destroyed together in reverse order. Declare it
// before anything that uses GL, so that those are destroyed while the context still exists.
// Move-only; one per process (it initialises and terminates GLFW). GUI layer.
#pragma once

#include <string>

struct GLFWwindow;

namespace tieline::gui {

struct WindowSize {
    int width = 0, height = 0;
};

class Window {
  public:
    // Opens the window and makes its context current; throws std::runtime_error naming what failed
    // (no display, no OpenGL 3.3). `vsync`: swap at the display's rate (not in automated runs).
    Window(WindowSize size, bool vsync);
    ~Window();
    Window(Window&& other) noexcept;
    Window& operator=(Window&& other) noexcept;
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return m_window; }
    bool shouldClose() const;
    // Sleeps until an event (or `timeoutSeconds`) when `wait`, else only collects pending events.
    void pollEvents(bool wait, double timeoutSeconds) const;
    // The backends' NewFrame (input, display size); ImGui::NewFrame is the caller's, after any
    // change to the input (automated runs hide the mouse).
    void beginImGuiFrame() const;
    void renderImGui() const; // ImGui::Render's draw data, on top of what GL drew
    void swapBuffers() const;
    WindowSize size() const;            // in window units
    WindowSize framebufferSize() const; // in pixels
    float contentScale() const;         // display scale (high-DPI): 2 on a doubled display
    double seconds() const;             // since GLFW started
    // Re-uploads ImGui's font texture after its atlas was rebuilt (outside an ImGui frame).
    void reloadFontsTexture() const;

  private:
    GLFWwindow* m_window = nullptr; // null when moved from
    void close();                   // ImGui's backends and context, then the window
    void destroy();                 // the window and GLFW
};

} // namespace tieline::gui
