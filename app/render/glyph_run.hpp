// Text as instanced glyph quads, the way label.vert reads them: shared by scene labels
// (GraphRenderer) and export overlay text (OverlayRenderer). Render layer.
#pragma once

#include "core/scene/camera.hpp"
#include "core/scene/scene.hpp"
#include "render/gl_program.hpp"
#include "render/gl_state.hpp"
#include "render/glyph_atlas.hpp"

#include <string_view>
#include <vector>

namespace tieline::render {

// One glyph quad, per instance. Attribute locations 0..3 in the order of the fields.
struct GlyphInstance {
    float rect[4]; // pixels: x0, y0, x1, y1
    float uv[4];   // atlas rectangle
    float color[4];
    float haloTexels;
};

// Declares GlyphInstance's attributes on the bound VAO, reading the bound GL_ARRAY_BUFFER.
void glyphInstanceAttributes();

// Straight RGBA with its alpha scaled by `alpha`, as instance data.
void instanceColor(float out[4], const core::scene::Rgba& c, float alpha = 1.0f);

struct GlyphRunStyle {
    float pixels = 0; // text height
    core::scene::Rgba color;
    float alpha = 1;            // multiplies color.a
    float haloTexels = 0;       // 0: no halo
    bool skipWideSpace = false; // U+3000 has an empty but nonzero atlas box: skip it like ' '
};

// Appends a quad per visible glyph of `utf8`, the pen starting at `pen` on `baseline` (pixels).
void appendGlyphRun(const GlyphAtlas& atlas, std::string_view utf8, float pen, float baseline,
                    const GlyphRunStyle& style, std::vector<GlyphInstance>& out);

// Draws `glyphs` (screen pixels) with the label program, haloed in the background colour `halo`:
// the last pass of the graph and hull renderers.
void drawGlyphs(InstanceBuffer& pass, LinkedProgram<LabelUniforms>& program,
                const core::scene::Camera& camera, const core::scene::Rgba& halo, const GlyphAtlas& atlas,
                const std::vector<GlyphInstance>& glyphs);

} // namespace tieline::render
