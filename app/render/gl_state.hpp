// Saves the GL state a drawing pass changes and restores it when the pass ends, as ImGui's OpenGL3
// backend does, so that our drawing and ImGui's never break each other. Also sets up the blending
// every pass of ours uses: premultiplied alpha, no depth test, no culling, no scissor. And the
// one way our renderers declare and fill instanced attributes. Render layer.
#pragma once

#include "render/gl_object.hpp"

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <vector>

namespace tieline::render {

// One float field of a per-instance record: how many floats, and where in the record.
struct InstanceField {
    int components;
    std::size_t offset;
};

// Declares `fields` as attributes 0, 1, 2... of the bound VAO, in that order (the shaders'
// layout(location = N)), as per-instance data read from the `stride`-byte records of the bound
// GL_ARRAY_BUFFER starting `base` bytes in.
void instanceAttributes(std::size_t stride, std::initializer_list<InstanceField> fields,
                        std::size_t base = 0);

// A VAO and the one buffer its per-instance attributes read, which grows but never shrinks.
class InstanceBuffer {
  public:
    void create(); // needs a current context; then bind() and declare the attributes
    void bind() const;
    // Binds, then copies `items` into the buffer, growing it geometrically so that steady playback
    // never reallocates.
    template <class T> void upload(const std::vector<T>& items) {
        bind();
        const std::size_t bytes = items.size() * sizeof(T);
        if (bytes > m_capacity) {
            m_capacity = std::max<std::size_t>(bytes, m_capacity * 2);
            glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(m_capacity), nullptr, GL_DYNAMIC_DRAW);
        }
        if (bytes) glBufferSubData(GL_ARRAY_BUFFER, 0, GLsizeiptr(bytes), items.data());
    }

  private:
    GlVertexArray m_vao;
    GlBuffer m_vbo;
    std::size_t m_capacity = 0; // bytes allocated in m_vbo
};

// Keeps the VAO and GL_ARRAY_BUFFER bindings of the caller while attributes are declared.
class VertexBindingGuard {
  public:
    VertexBindingGuard();
    ~VertexBindingGuard();
    VertexBindingGuard(const VertexBindingGuard&) = delete;
    VertexBindingGuard& operator=(const VertexBindingGuard&) = delete;

  private:
    GLint m_vao = 0, m_buffer = 0;
};

// One drawing pass of ours: set up on construction, the caller's state back on destruction.
// Not copyable, through its VertexBindingGuard.
class PremultipliedPass {
  public:
    PremultipliedPass();
    ~PremultipliedPass();

  private:
    VertexBindingGuard m_vertexBindings;
    GLint m_program = 0, m_texture = 0, m_activeTexture = 0;
    GLint m_srcRgb = 0, m_dstRgb = 0, m_srcAlpha = 0, m_dstAlpha = 0;
    GLboolean m_blend = GL_FALSE, m_depth = GL_FALSE, m_cull = GL_FALSE, m_scissor = GL_FALSE;
};

} // namespace tieline::render
