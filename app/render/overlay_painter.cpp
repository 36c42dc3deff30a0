// Panels, then swatches, then text.
#include "render/overlay_painter.hpp"

namespace tieline::render {

void paintOverlay(const core::figure::Overlay& overlay, const core::scene::SceneStyle& style,
                  const OverlayTransform& to, float pixelScale, OverlayRenderer& panelsAndText,
                  GraphRenderer& swatches, const GlyphAtlas& atlas, core::scene::Scene& scratch) {
    panelsAndText.drawPanels(overlay, to);
    if (!overlay.lines.empty() || !overlay.discs.empty()) {
        scratch.style = style;
        scratch.nodes = overlay.discs;
        scratch.edges = overlay.lines;
        scratch.labels.clear();
        // Overlay coordinates are output pixels: a camera of zoom `scale` centred on the viewport.
        core::scene::Camera flat;
        flat.zoom = to.scale;
        flat.width = to.viewportWidth;
        flat.height = to.viewportHeight;
        flat.centerX = to.originX + to.viewportWidth * 0.5 / to.scale;
        flat.centerY = to.originY + to.viewportHeight * 0.5 / to.scale;
        swatches.draw(scratch, flat, nullptr, pixelScale);
    }
    panelsAndText.drawTexts(overlay, atlas, to);
}

} // namespace tieline::render
