// Saves the GL state a drawing pass changes and restores it when the pass ends, as ImGui's OpenGL3
// backend does, so that our drawing and ImGui's never break each other. Also sets up the blending
// every pass of ours uses: premultiplied alpha, no depth test, no culling, no scissor. Render layer.
#pragma once

#include "render/gl.hpp"

namespace tieline::render {

class PremultipliedPass {
public:
    PremultipliedPass();
    ~PremultipliedPass();
    PremultipliedPass(const PremultipliedPass&) = delete;
    PremultipliedPass& operator=(const PremultipliedPass&) = delete;

private:
    GLint m_program = 0, m_vao = 0, m_buffer = 0, m_texture = 0, m_activeTexture = 0;
    GLint m_srcRgb = 0, m_dstRgb = 0, m_srcAlpha = 0, m_dstAlpha = 0;
    GLboolean m_blend = GL_FALSE, m_depth = GL_FALSE, m_cull = GL_FALSE, m_scissor = GL_FALSE;
};

} // namespace tieline::render
