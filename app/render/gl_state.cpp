// Save, set up, restore: the GL state of one drawing pass.
#include "render/gl_state.hpp"

namespace tieline::render {

void instanceAttributes(std::size_t stride, std::initializer_list<InstanceField> fields, std::size_t base) {
    GLuint location = 0;
    for (const InstanceField& f : fields) {
        glEnableVertexAttribArray(location);
        glVertexAttribPointer(location, f.components, GL_FLOAT, GL_FALSE, GLsizei(stride),
                              reinterpret_cast<const void*>(base + f.offset));
        glVertexAttribDivisor(location, 1);
        ++location;
    }
}

void InstanceBuffer::create() {
    m_vao = GlVertexArray::create();
    m_vbo = GlBuffer::create();
    m_capacity = 0;
}

void InstanceBuffer::bind() const {
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
}

VertexBindingGuard::VertexBindingGuard() {
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &m_vao);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &m_buffer);
}

VertexBindingGuard::~VertexBindingGuard() {
    glBindVertexArray(GLuint(m_vao));
    glBindBuffer(GL_ARRAY_BUFFER, GLuint(m_buffer));
}

PremultipliedPass::PremultipliedPass() {
    glGetIntegerv(GL_CURRENT_PROGRAM, &m_program);
    glGetIntegerv(GL_ACTIVE_TEXTURE, &m_activeTexture);
    glActiveTexture(GL_TEXTURE0);
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &m_texture);
    glGetIntegerv(GL_BLEND_SRC_RGB, &m_srcRgb);
    glGetIntegerv(GL_BLEND_DST_RGB, &m_dstRgb);
    glGetIntegerv(GL_BLEND_SRC_ALPHA, &m_srcAlpha);
    glGetIntegerv(GL_BLEND_DST_ALPHA, &m_dstAlpha);
    m_blend = glIsEnabled(GL_BLEND);
    m_depth = glIsEnabled(GL_DEPTH_TEST);
    m_cull = glIsEnabled(GL_CULL_FACE);
    m_scissor = glIsEnabled(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA); // our shaders output premultiplied colour
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
}

PremultipliedPass::~PremultipliedPass() {
    glUseProgram(GLuint(m_program));
    glBindTexture(GL_TEXTURE_2D, GLuint(m_texture));
    glActiveTexture(GLenum(m_activeTexture));
    glBlendFuncSeparate(GLenum(m_srcRgb), GLenum(m_dstRgb), GLenum(m_srcAlpha), GLenum(m_dstAlpha));
    if (!m_blend) glDisable(GL_BLEND);
    if (m_depth) glEnable(GL_DEPTH_TEST);
    if (m_cull) glEnable(GL_CULL_FACE);
    if (m_scissor) glEnable(GL_SCISSOR_TEST);
}

} // namespace tieline::render
