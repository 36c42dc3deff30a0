// Back-buffer read-back into a PNG through the render layer.
#include "gui/screenshot.hpp"

#include "render/framebuffer.hpp"
#include "render/png_writer.hpp"

namespace tieline::gui {

bool saveWindowScreenshot(const std::string& path, int width, int height, std::string& error) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    glReadBuffer(GL_BACK);
    render::Image image = render::readPixels(width, height);
    for (std::size_t i = 3; i < image.rgba.size(); i += 4)
        image.rgba[i] = 255; // the window is opaque
    return render::writePng(path, image, error);
}

} // namespace tieline::gui
