// The canvas behind the network: a themed gradient with a vignette, drawn with the screen shaders.
// Saves and restores the GL state it changes. Render layer.
#pragma once

#include "render/framebuffer.hpp"
#include "render/gl_program.hpp"

#include <string>

namespace tieline::render {

struct BackdropStyle {
    float top[3] = {0.11f, 0.12f, 0.15f};    // linear 0..1 RGB at the top edge
    float bottom[3] = {0.07f, 0.08f, 0.10f}; // at the bottom edge
    float vignette = 0.25f;                  // 0: none, 1: strong
};

BackdropStyle darkBackdrop();
BackdropStyle lightBackdrop();

class Backdrop {
  public:
    bool init(std::string& error);
    // Fills the current viewport.
    void draw(const BackdropStyle& style) const;
    // The same picture for a whole width x height framebuffer, drawn once into a cached texture
    // and copied every frame after: on a software rasteriser the gradient costs ~15 ms a frame at
    // 1280x800, the copy ~1 ms. Draws into the framebuffer bound for drawing.
    void drawCached(const BackdropStyle& style, int width, int height);

  private:
    Framebuffer m_cache;
    BackdropStyle m_cachedStyle;
    bool m_cacheValid = false;
    LinkedProgram<ScreenUniforms> m_program;
    GlVertexArray m_vao; // core profile needs a bound VAO even without attributes
};

} // namespace tieline::render
