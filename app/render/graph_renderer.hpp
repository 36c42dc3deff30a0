// Draws a core::Scene with OpenGL 3.3 core: ties as instanced antialiased ribbons (dashed where the
// scene says so), arrowheads, nodes as instanced discs with outlines and rings, and labels from a
// glyph atlas with a halo. Into whatever framebuffer is bound: the window or an offscreen target,
// so exports match the screen. Saves and restores the GL state it changes. Render layer.
#pragma once

#include "core/scene/scene.hpp"
#include "render/gl_program.hpp"
#include "render/gl_state.hpp"
#include "render/glyph_run.hpp"
#include "render/hull_renderer.hpp"

#include <string>
#include <vector>

namespace tieline::render {

class GraphRenderer {
  public:
    // Compiles the programs and creates the buffers. Needs a current GL 3.3 core context.
    bool init(std::string& error);

    // Draws the scene over what the framebuffer holds, into the viewport the camera describes.
    // `pixelScale` multiplies pixel-sized things (label sizes, halos) for supersampled exports.
    void draw(const core::scene::Scene& scene, const core::scene::Camera& camera, const GlyphAtlas* atlas,
              float pixelScale = 1.0f);

    // Pixels of GPU-side instance data used by the last draw (for tests and benchmarks).
    std::size_t lastEdgeCount() const { return m_edges.size(); }
    std::size_t lastGlyphCount() const { return m_glyphs.size(); }

  private:
    struct NodeInstance {
        float center[2];
        float radius;
        float fill[4];
        float outline[4];
        float ringAlpha[2];
    };
    struct EdgeInstance {
        float ends[4];
        float control[2];
        float range[2];
        float color[4];
        float style[3];
    };
    struct ArrowInstance {
        float tipBase[4];
        float halfWidth;
        float color[4];
    };
    LinkedProgram<NodeUniforms> m_nodeProgram;
    LinkedProgram<EdgeUniforms> m_edgeProgram;
    LinkedProgram<ViewUniforms> m_arrowProgram;
    LinkedProgram<LabelUniforms> m_labelProgram;
    InstanceBuffer m_nodePass, m_edgePass, m_arrowPass, m_labelPass;
    HullRenderer m_hulls; // the scene's group hulls, drawn first
    std::vector<NodeInstance> m_nodes;
    std::vector<EdgeInstance> m_edges;
    struct EdgeBatch {
        std::size_t first, count;
        int segments;
    };
    std::vector<EdgeBatch> m_edgeBatches;
    std::vector<ArrowInstance> m_arrows;
    std::vector<GlyphInstance> m_glyphs;
    float m_pixelScale = 1.0f; // of the current draw, for the shaders' pixel-sized constants

    template <class Uniforms>
    void useWithView(const LinkedProgram<Uniforms>& program, const core::scene::Camera& camera) const;
    void edgeAttributes(std::size_t base) const;
    void addLeaderLines(const core::scene::Scene& scene, const core::scene::Camera& camera, float pixelScale);
    void fillInstances(const core::scene::Scene& scene, const GlyphAtlas* atlas, float pixelScale);
    void layoutLabel(const core::scene::SceneLabel& label, const core::scene::Scene& scene,
                     const GlyphAtlas& atlas, float pixelScale);
};

} // namespace tieline::render
