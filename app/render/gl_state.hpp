// Saves the GL state a drawing pass changes and restores it when the pass ends, as ImGui's OpenGL3
// backend does, so that our drawing and ImGui's never break each other. Also sets up the blending
// every pass of ours uses: premultiplied alpha, no depth test, no culling, no scissor. And the
// one way our renderers declare instanced attributes. Render layer.
#pragma once

#include "render/gl.hpp"

#include <cstddef>

namespace tieline::render {

// Declares float attribute `location` of the bound VAO as per-instance data: `components` floats
// at `offset` bytes into each `stride`-byte record of the bound GL_ARRAY_BUFFER.
void instanceAttribute(GLuint location, int components, std::size_t stride, std::size_t offset);

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
