// Draws the scene's group hulls (core/scene/hulls.hpp): each a filled convex polygon in the group's
// colour at low alpha, its rim feathered over about a pixel and a half, and the group's name above
// it. GraphRenderer calls it first, so the hulls lie behind ties, nodes and labels. Render layer.
#pragma once

#include "core/scene/scene.hpp"
#include "render/gl_program.hpp"
#include "render/gl_state.hpp"
#include "render/glyph_run.hpp"

#include <string>
#include <vector>

namespace tieline::render {

class HullRenderer {
  public:
    bool init(std::string& error); // needs a current GL 3.3 core context
    // Within GraphRenderer::draw's pass (premultiplied blending set up).
    void draw(const core::scene::Scene& scene, const core::scene::Camera& camera, const GlyphAtlas* atlas,
              float pixelScale);

  private:
    // One triangle per instance, its corners in layout units with an opacity each (the rim's
    // outer corners are transparent).
    struct Triangle {
        float corners[6];
        float alphas[3];
        float color[4];
    };
    LinkedProgram<ViewUniforms> m_program;
    LinkedProgram<LabelUniforms> m_labelProgram;
    InstanceBuffer m_pass, m_labelPass;
    std::vector<Triangle> m_triangles;
    std::vector<GlyphInstance> m_glyphs;
};

} // namespace tieline::render
