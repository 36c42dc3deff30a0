// Overlay panels and text: instanced quads, premultiplied blending like the graph renderer.
#include "render/overlay_renderer.hpp"

#include "render/gl_state.hpp"

#include <cmath>
#include <cstddef>
#include <string_view>

namespace tieline::render::shaders {
extern const std::string_view kPanelVert, kPanelFrag, kLabelVert, kLabelFrag;
} // namespace tieline::render::shaders

namespace tieline::render {

namespace {

void copyColor(float out[4], const core::Rgba& c) {
    out[0] = c.r, out[1] = c.g, out[2] = c.b, out[3] = c.a;
}

} // namespace

OverlayRenderer::~OverlayRenderer() {
    for (int i = 0; i < 2; ++i) {
        if (m_vbo[i]) glDeleteBuffers(1, &m_vbo[i]);
        if (m_vao[i]) glDeleteVertexArrays(1, &m_vao[i]);
    }
}

bool OverlayRenderer::init(std::string& error) {
    m_panelProgram = GlProgram::build("panel", shaders::kPanelVert, shaders::kPanelFrag, error);
    if (!m_panelProgram.isValid()) return false;
    m_textProgram = GlProgram::build("overlay text", shaders::kLabelVert, shaders::kLabelFrag, error);
    if (!m_textProgram.isValid()) return false;
    GLint lastVao = 0, lastBuffer = 0;
    glGetIntegerv(GL_VERTEX_ARRAY_BINDING, &lastVao);
    glGetIntegerv(GL_ARRAY_BUFFER_BINDING, &lastBuffer);
    glGenVertexArrays(2, m_vao);
    glGenBuffers(2, m_vbo);
    glBindVertexArray(m_vao[0]);
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo[0]);
    instanceAttribute(0, 4, sizeof(PanelInstance), offsetof(PanelInstance, rect));
    instanceAttribute(1, 4, sizeof(PanelInstance), offsetof(PanelInstance, fill));
    instanceAttribute(2, 4, sizeof(PanelInstance), offsetof(PanelInstance, border));
    instanceAttribute(3, 2, sizeof(PanelInstance), offsetof(PanelInstance, shape));
    glBindVertexArray(m_vao[1]);
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo[1]);
    instanceAttribute(0, 4, sizeof(GlyphInstance), offsetof(GlyphInstance, rect));
    instanceAttribute(1, 4, sizeof(GlyphInstance), offsetof(GlyphInstance, uv));
    instanceAttribute(2, 4, sizeof(GlyphInstance), offsetof(GlyphInstance, color));
    instanceAttribute(3, 1, sizeof(GlyphInstance), offsetof(GlyphInstance, haloTexels));
    glBindVertexArray(GLuint(lastVao));
    glBindBuffer(GL_ARRAY_BUFFER, GLuint(lastBuffer));
    return true;
}

template <class T>
void OverlayRenderer::drawInstances(const GlProgram& program, int pass, const std::vector<T>& items,
                                    const OverlayTransform& to, GLuint texture) {
    if (items.empty()) return;
    const PremultipliedPass state; // restores the GL state when the pass ends

    glUseProgram(program.id());
    glUniform2f(program.uniform("uViewport"), to.viewportWidth, to.viewportHeight);
    if (texture) {
        glUniform1i(program.uniform("uAtlas"), 0);
        glBindTexture(GL_TEXTURE_2D, texture);
    }
    glBindVertexArray(m_vao[pass]);
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo[pass]);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(items.size() * sizeof(T)), items.data(), GL_STREAM_DRAW);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(items.size()));
}

void OverlayRenderer::drawPanels(const core::Overlay& overlay, const OverlayTransform& to) {
    m_panels.clear();
    for (const core::OverlayPanel& p : overlay.panels) {
        PanelInstance pi{};
        pi.rect[0] = float((p.x0 - to.originX) * to.scale),
        pi.rect[1] = float((p.y0 - to.originY) * to.scale);
        pi.rect[2] = float((p.x1 - to.originX) * to.scale),
        pi.rect[3] = float((p.y1 - to.originY) * to.scale);
        copyColor(pi.fill, p.fill);
        copyColor(pi.border, p.border);
        pi.shape[0] = float(p.radius * to.scale);
        pi.shape[1] = float(p.borderWidth * to.scale);
        m_panels.push_back(pi);
    }
    drawInstances(m_panelProgram, 0, m_panels, to, 0);
}

void OverlayRenderer::drawTexts(const core::Overlay& overlay, const GlyphAtlas& atlas,
                                const OverlayTransform& to) {
    if (!atlas.isValid() || overlay.texts.empty()) return;
    m_glyphs.clear();
    for (const core::OverlayText& t : overlay.texts) {
        const float pixels = t.pixels * to.scale, scale = pixels / GlyphAtlas::kBasePixels;
        const double width = t.alignEnd ? atlas.width(t.text, pixels) : 0.0;
        // Whole pixels for the pen and the baseline, as labels: crisper stems.
        float pen = std::round(float((t.x - to.originX) * to.scale - width));
        const float baseline = std::round(float((t.baseline - to.originY) * to.scale));
        for (std::size_t i = 0; i < t.text.size();) {
            const std::uint32_t cp = nextCodepoint(t.text, i);
            const Glyph* g = atlas.glyph(cp);
            if (!g) continue;
            if (cp != ' ' && g->x1 > g->x0) {
                GlyphInstance gi{};
                gi.rect[0] = pen + g->x0 * scale, gi.rect[1] = baseline + g->y0 * scale;
                gi.rect[2] = pen + g->x1 * scale, gi.rect[3] = baseline + g->y1 * scale;
                gi.uv[0] = g->u0, gi.uv[1] = g->v0, gi.uv[2] = g->u1, gi.uv[3] = g->v1;
                copyColor(gi.color, t.color);
                m_glyphs.push_back(gi);
            }
            pen += g->advance * scale;
        }
    }
    // No halo: label.frag mixes the ink's rim toward the halo colour, so give it the text's own.
    GLint lastProgram = 0;
    glGetIntegerv(GL_CURRENT_PROGRAM, &lastProgram);
    glUseProgram(m_textProgram.id());
    const core::Rgba& c = overlay.texts.front().color;
    glUniform4f(m_textProgram.uniform("uHalo"), c.r, c.g, c.b, 0.0f);
    glUseProgram(GLuint(lastProgram));
    drawInstances(m_textProgram, 1, m_glyphs, to, atlas.texture());
}

} // namespace tieline::render
