// An offscreen colour target (RGBA8) with pixel read-back, move-only. Render layer.
#pragma once

#include "render/gl_object.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace tieline::render {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba; // rows from top to bottom, 4 bytes per pixel

    std::uint32_t pixel(int x, int y) const; // 0xRRGGBBAA
};

class Framebuffer {
  public:
    // Returns an invalid framebuffer and sets `error` when the size is unsupported.
    static Framebuffer create(int width, int height, std::string& error);

    bool isValid() const { return m_fbo.isValid(); }
    GLuint id() const { return m_fbo.id(); } // for blits and read-back
    int width() const { return m_width; }
    int height() const { return m_height; }
    void bind() const; // also sets the viewport to the whole target

  private:
    GlFramebufferObject m_fbo;
    GlRenderbuffer m_color;
    int m_width = 0;
    int m_height = 0;
};

// Reads the currently bound read framebuffer (window or offscreen) into an Image, flipping rows
// so that the first row is the top of the picture.
Image readPixels(int width, int height);

} // namespace tieline::render
