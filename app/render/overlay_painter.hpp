// Draws a whole export overlay (caption, legend, slide bands): its panels, its swatches (scene
// items in output pixels, drawn by the graph renderer so that they look like the ties and nodes
// they stand for) and its text. The window's legend and the exports' overlays go through here.
// Render layer.
#pragma once

#include "core/figure/export_frame.hpp"
#include "render/glyph_atlas.hpp"
#include "render/graph_renderer.hpp"
#include "render/overlay_renderer.hpp"

namespace tieline::render {

// `scratch` holds the swatches between calls (no allocation once warm); `pixelScale` is the
// graph renderer's (pixel-sized constants: minimum widths, antialiasing).
void paintOverlay(const core::figure::Overlay& overlay, const core::scene::SceneStyle& style,
                  const OverlayTransform& to, float pixelScale, OverlayRenderer& panelsAndText,
                  GraphRenderer& swatches, const GlyphAtlas& atlas, core::scene::Scene& scratch);

} // namespace tieline::render
