// Offscreen framebuffer objects and pixel read-back.
#include "render/framebuffer.hpp"

#include <algorithm>

namespace tieline::render {

std::uint32_t Image::pixel(int x, int y) const {
    const std::size_t i =
        (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4;
    return (std::uint32_t(rgba[i]) << 24) | (std::uint32_t(rgba[i + 1]) << 16) |
           (std::uint32_t(rgba[i + 2]) << 8) | std::uint32_t(rgba[i + 3]);
}

Framebuffer Framebuffer::create(int width, int height, std::string& error) {
    Framebuffer fb;
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (width < 1 || height < 1 || width > maxSize || height > maxSize) {
        error = "unsupported framebuffer size " + std::to_string(width) + "x" + std::to_string(height) +
                " (1 to " + std::to_string(maxSize) + " pixels per side)";
        return fb;
    }
    fb.m_fbo = GlFramebufferObject::create();
    fb.m_color = GlRenderbuffer::create();
    glBindRenderbuffer(GL_RENDERBUFFER, fb.m_color.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    glBindFramebuffer(GL_FRAMEBUFFER, fb.m_fbo.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, fb.m_color.id());
    const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
        error = "the offscreen framebuffer is incomplete (status 0x" + std::to_string(status) + ")";
        return {};
    }
    fb.m_width = width;
    fb.m_height = height;
    return fb;
}

void Framebuffer::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_fbo.id());
    glViewport(0, 0, m_width, m_height);
}

Image readPixels(int width, int height) {
    Image image;
    image.width = width;
    image.height = height;
    image.rgba.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    std::vector<std::uint8_t> bottomUp(image.rgba.size());
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
    const std::size_t row = static_cast<std::size_t>(width) * 4;
    for (int y = 0; y < height; ++y)
        std::copy_n(bottomUp.data() + static_cast<std::size_t>(height - 1 - y) * row, row,
                    image.rgba.data() + static_cast<std::size_t>(y) * row);
    return image;
}

} // namespace tieline::render
