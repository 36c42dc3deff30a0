// Full-viewport triangle with the screen shaders.
#include "render/backdrop.hpp"

#include "embedded_shaders.hpp"

#include <string_view>

namespace tieline::render {

BackdropStyle darkBackdrop() {
    return {};
}

BackdropStyle lightBackdrop() {
    BackdropStyle s;
    s.top[0] = 0.98f, s.top[1] = 0.98f, s.top[2] = 0.97f;
    s.bottom[0] = 0.93f, s.bottom[1] = 0.94f, s.bottom[2] = 0.95f;
    s.vignette = 0.06f;
    return s;
}

bool Backdrop::init(std::string& error) {
    if (!m_program.build("screen", shaders::kScreenVert, shaders::kScreenFrag, error)) return false;
    m_vao = GlVertexArray::create();
    return true;
}

void Backdrop::draw(const BackdropStyle& style) const {
    GLint lastProgram = 0, lastVao = 0;
    glGetIntegerv(GL_CURRENT_PROGRAM, &lastProgram);
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &lastVao);
    const GLboolean lastBlend = glIsEnabled(GL_BLEND);
    const GLboolean lastDepth = glIsEnabled(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    glDisable(GL_DEPTH_TEST);

    m_program.use();
    glUniform3fv(m_program.at.top, 1, style.top);
    glUniform3fv(m_program.at.bottom, 1, style.bottom);
    glUniform1f(m_program.at.vignette, style.vignette);
    glBindVertexArray(m_vao.id());
    glDrawArrays(GL_TRIANGLES, 0, 3);

    glBindVertexArray(static_cast<GLuint>(lastVao));
    glUseProgram(static_cast<GLuint>(lastProgram));
    if (lastBlend) glEnable(GL_BLEND);
    if (lastDepth) glEnable(GL_DEPTH_TEST);
}

void Backdrop::drawCached(const BackdropStyle& style, int width, int height) {
    const auto same = [](const BackdropStyle& a, const BackdropStyle& b) {
        for (int i = 0; i < 3; ++i)
            if (a.top[i] != b.top[i] || a.bottom[i] != b.bottom[i]) return false;
        return a.vignette == b.vignette;
    };
    GLint target = 0, viewport[4] = {};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
    glGetIntegerv(GL_VIEWPORT, viewport);
    if (!m_cacheValid || m_cache.width() != width || m_cache.height() != height ||
        !same(style, m_cachedStyle)) {
        std::string error;
        m_cache = Framebuffer::create(width, height, error);
        if (!m_cache.isValid()) { // no cache: draw directly, as slow as that is
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(target));
            draw(style);
            return;
        }
        m_cache.bind();
        draw(style);
        m_cachedStyle = style;
        m_cacheValid = true;
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_cache.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(target));
    glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(target));
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
}

} // namespace tieline::render
