// The canvas behind the network: a themed gradient with a vignette, drawn with the screen shaders.
// Saves and restores the GL state it changes. Render layer.
#pragma once

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
    Backdrop() = default;
    ~Backdrop();
    Backdrop(const Backdrop&) = delete;
    Backdrop& operator=(const Backdrop&) = delete;

    bool init(std::string& error);
    // Fills the current viewport.
    void draw(const BackdropStyle& style) const;

private:
    GlProgram m_program;
    GLuint m_vao = 0;
    GLint m_uTop = -1, m_uBottom = -1, m_uVignette = -1;
};

} // namespace tieline::render
