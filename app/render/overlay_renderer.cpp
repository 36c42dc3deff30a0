// Overlay panels and text: instanced quads, premultiplied blending like the graph renderer.
#include "render/overlay_renderer.hpp"

#include "embedded_shaders.hpp"

#include <cmath>
#include <cstddef>
#include <string_view>

namespace tieline::render {

bool OverlayRenderer::init(std::string& error) {
    if (!m_panelProgram.build("panel", shaders::kPanelVert, shaders::kPanelFrag, error) ||
        !m_textProgram.build("overlay text", shaders::kLabelVert, shaders::kLabelFrag, error))
        return false;
    const VertexBindingGuard keep;
    m_panelPass.create();
    m_textPass.create();
    m_panelPass.bind();
    instanceAttributes(sizeof(PanelInstance), {{4, offsetof(PanelInstance, rect)},
                                               {4, offsetof(PanelInstance, fill)},
                                               {4, offsetof(PanelInstance, border)},
                                               {2, offsetof(PanelInstance, shape)}});
    m_textPass.bind();
    glyphInstanceAttributes();
    return true;
}

void OverlayRenderer::drawPanels(const core::figure::Overlay& overlay, const OverlayTransform& to) {
    m_panels.clear();
    for (const core::figure::OverlayPanel& p : overlay.panels) {
        PanelInstance pi{};
        pi.rect[0] = float((p.x0 - to.originX) * to.scale),
        pi.rect[1] = float((p.y0 - to.originY) * to.scale);
        pi.rect[2] = float((p.x1 - to.originX) * to.scale),
        pi.rect[3] = float((p.y1 - to.originY) * to.scale);
        instanceColor(pi.fill, p.fill);
        instanceColor(pi.border, p.border);
        pi.shape[0] = float(p.radius * to.scale);
        pi.shape[1] = float(p.borderWidth * to.scale);
        m_panels.push_back(pi);
    }
    if (m_panels.empty()) return;
    const PremultipliedPass state; // restores the GL state when the pass ends
    m_panelPass.upload(m_panels);
    m_panelProgram.use();
    glUniform2f(m_panelProgram.at.viewport, to.viewportWidth, to.viewportHeight);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(m_panels.size()));
}

void OverlayRenderer::drawTexts(const core::figure::Overlay& overlay, const GlyphAtlas& atlas,
                                const OverlayTransform& to) {
    if (!atlas.isValid() || overlay.texts.empty()) return;
    m_glyphs.clear();
    for (const core::figure::OverlayText& t : overlay.texts) {
        const float pixels = t.pixels * to.scale;
        const double width = t.alignEnd ? atlas.width(t.text, pixels) : 0.0;
        // Whole pixels for the pen and the baseline, as labels: crisper stems.
        float pen = std::round(float((t.x - to.originX) * to.scale - width));
        const float baseline = std::round(float((t.baseline - to.originY) * to.scale));
        GlyphRunStyle style;
        style.pixels = pixels;
        style.color = t.color;
        appendGlyphRun(atlas, t.text, pen, baseline, style, m_glyphs);
    }
    if (m_glyphs.empty()) return;
    const PremultipliedPass state; // restores the GL state when the pass ends
    m_textPass.upload(m_glyphs);
    m_textProgram.use();
    glUniform2f(m_textProgram.at.viewport, to.viewportWidth, to.viewportHeight);
    // No halo: label.frag mixes the ink's rim toward the halo colour, so give it the text's own.
    const core::scene::Rgba& c = overlay.texts.front().color;
    glUniform4f(m_textProgram.at.halo, c.r, c.g, c.b, 0.0f);
    glUniform1i(m_textProgram.at.atlas, 0);
    glBindTexture(GL_TEXTURE_2D, atlas.texture());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(m_glyphs.size()));
}

} // namespace tieline::render
