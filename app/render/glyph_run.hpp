// Text as instanced glyph quads, the way label.vert reads them: shared by scene labels
// (GraphRenderer) and export overlay text (OverlayRenderer). Render layer.
#pragma once

#include "core/scene/scene.hpp"
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

} // namespace tieline::render
