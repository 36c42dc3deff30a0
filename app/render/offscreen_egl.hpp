// A headless OpenGL 3.3 core context through EGL on Mesa's surfaceless platform: no X display,
// no window. Used by `tieline export` and the render tests. Render layer.
#pragma once

#include <memory>
#include <string>

namespace tieline::render {

class EglContext {
  public:
    // Creates the context and makes it current on this thread, then loads GL through glad.
    // Returns null and sets `error` (what failed, and what to install) when there is no driver.
    static std::unique_ptr<EglContext> create(std::string& error);
    ~EglContext();
    EglContext(const EglContext&) = delete;
    EglContext& operator=(const EglContext&) = delete;

    std::string renderer() const; // GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"

  private:
    EglContext() = default;
    void* m_display = nullptr;
    void* m_context = nullptr;
};

} // namespace tieline::render
