// Glyph quads from an atlas's metrics, at whole-pixel pens chosen by the caller.
#include "render/glyph_run.hpp"

#include "render/gl_state.hpp"

#include <cstddef>

namespace tieline::render {

void glyphInstanceAttributes() {
    instanceAttributes(sizeof(GlyphInstance), {{4, offsetof(GlyphInstance, rect)},
                                               {4, offsetof(GlyphInstance, uv)},
                                               {4, offsetof(GlyphInstance, color)},
                                               {1, offsetof(GlyphInstance, haloTexels)}});
}

void instanceColor(float out[4], const core::scene::Rgba& c, float alpha) {
    out[0] = c.r, out[1] = c.g, out[2] = c.b, out[3] = c.a * alpha;
}

void appendGlyphRun(const GlyphAtlas& atlas, std::string_view utf8, float pen, float baseline,
                    const GlyphRunStyle& style, std::vector<GlyphInstance>& out) {
    const float scale = style.pixels / GlyphAtlas::kBasePixels;
    for (std::size_t i = 0; i < utf8.size();) {
        const std::uint32_t cp = nextCodepoint(utf8, i);
        const Glyph* g = atlas.glyph(cp);
        if (!g) continue;
        const bool blank = cp == ' ' || (style.skipWideSpace && cp == 0x3000);
        if (!blank && g->x1 > g->x0) {
            GlyphInstance gi{};
            gi.rect[0] = pen + g->x0 * scale, gi.rect[1] = baseline + g->y0 * scale;
            gi.rect[2] = pen + g->x1 * scale, gi.rect[3] = baseline + g->y1 * scale;
            gi.uv[0] = g->u0, gi.uv[1] = g->v0, gi.uv[2] = g->u1, gi.uv[3] = g->v1;
            instanceColor(gi.color, style.color, style.alpha);
            gi.haloTexels = style.haloTexels;
            out.push_back(gi);
        }
        pen += g->advance * scale;
    }
}

void drawGlyphs(InstanceBuffer& pass, LinkedProgram<LabelUniforms>& program,
                const core::scene::Camera& camera, const core::scene::Rgba& halo, const GlyphAtlas& atlas,
                const std::vector<GlyphInstance>& glyphs) {
    if (glyphs.empty()) return;
    pass.upload(glyphs);
    program.use();
    glUniform2f(program.at.viewport, float(camera.width), float(camera.height));
    glUniform4f(program.at.halo, halo.r, halo.g, halo.b, 0.85f);
    glUniform1i(program.at.atlas, 0);
    glBindTexture(GL_TEXTURE_2D, atlas.texture());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(glyphs.size()));
}

} // namespace tieline::render
