// Draws an export overlay's panels (rounded boxes) and text (from a glyph atlas, with the label
// shaders) over whatever the framebuffer holds. Its swatches are scene items: GraphRenderer draws
// them. Saves and restores the GL state it changes. Render layer.
#pragma once

#include "core/figure/export_frame.hpp"
#include "render/gl_program.hpp"
#include "render/gl_state.hpp"
#include "render/glyph_run.hpp"

#include <string>
#include <vector>

namespace tieline::render {

// Where overlay coordinates (output pixels) land in the viewport: (p - origin) * scale.
struct OverlayTransform {
    double originX = 0, originY = 0;
    float scale = 1;
    float viewportWidth = 0, viewportHeight = 0;
};

class OverlayRenderer {
  public:
    bool init(std::string& error);
    void drawPanels(const core::figure::Overlay& overlay, const OverlayTransform& to);
    void drawTexts(const core::figure::Overlay& overlay, const GlyphAtlas& atlas, const OverlayTransform& to);

  private:
    struct PanelInstance {
        float rect[4];
        float fill[4];
        float border[4];
        float shape[2];
    };
    LinkedProgram<PanelUniforms> m_panelProgram;
    LinkedProgram<LabelUniforms> m_textProgram;
    InstanceBuffer m_panelPass, m_textPass;
    std::vector<PanelInstance> m_panels;
    std::vector<GlyphInstance> m_glyphs;
};

} // namespace tieline::render
