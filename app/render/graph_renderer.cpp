// Instance buffers and draw calls for the scene. Attribute locations match the shaders' layout().
#include "render/graph_renderer.hpp"

#include "embedded_shaders.hpp"

#include <cmath>
#include <cstddef>
#include <string_view>

namespace tieline::render {

namespace {

constexpr int kCurveSegments = 24; // quads along a curved tie; a straight one needs a single quad

} // namespace

// The edge VAO's attributes, starting `base` bytes into the instance buffer (bound to the VAO).
void GraphRenderer::edgeAttributes(std::size_t base) const {
    instanceAttributes(sizeof(EdgeInstance),
                       {{4, offsetof(EdgeInstance, ends)},
                        {2, offsetof(EdgeInstance, control)},
                        {2, offsetof(EdgeInstance, range)},
                        {4, offsetof(EdgeInstance, color)},
                        {3, offsetof(EdgeInstance, style)}},
                       base);
}

bool GraphRenderer::init(std::string& error) {
    if (!m_nodeProgram.build("node", shaders::kNodeVert, shaders::kNodeFrag, error) ||
        !m_edgeProgram.build("edge", shaders::kEdgeVert, shaders::kEdgeFrag, error) ||
        !m_arrowProgram.build("arrow", shaders::kArrowVert, shaders::kArrowFrag, error) ||
        !m_labelProgram.build("label", shaders::kLabelVert, shaders::kLabelFrag, error) ||
        !m_hulls.init(error))
        return false;

    const VertexBindingGuard keep;
    for (InstanceBuffer* p : {&m_nodePass, &m_edgePass, &m_arrowPass, &m_labelPass})
        p->create();
    m_nodePass.bind();
    instanceAttributes(sizeof(NodeInstance), {{2, offsetof(NodeInstance, center)},
                                              {1, offsetof(NodeInstance, radius)},
                                              {4, offsetof(NodeInstance, fill)},
                                              {4, offsetof(NodeInstance, outline)},
                                              {2, offsetof(NodeInstance, ringAlpha)}});
    m_edgePass.bind();
    edgeAttributes(0);
    m_arrowPass.bind();
    instanceAttributes(sizeof(ArrowInstance), {{4, offsetof(ArrowInstance, tipBase)},
                                               {1, offsetof(ArrowInstance, halfWidth)},
                                               {4, offsetof(ArrowInstance, color)}});
    m_labelPass.bind();
    glyphInstanceAttributes();
    return true;
}

template <class Uniforms>
void GraphRenderer::useWithView(const LinkedProgram<Uniforms>& program,
                                const core::scene::Camera& camera) const {
    program.use();
    const ViewUniforms& at = program.at;
    glUniform2f(at.viewCenter, float(camera.centerX), float(camera.centerY));
    glUniform1f(at.zoom, float(camera.zoom));
    glUniform2f(at.viewport, float(camera.width), float(camera.height));
    glUniform1f(at.pixelScale, m_pixelScale);
}

void GraphRenderer::layoutLabel(const core::scene::SceneLabel& label, const core::scene::Scene& scene,
                                const GlyphAtlas& atlas, float pixelScale) {
    const float centerX = 0.5f * (label.boxX0 + label.boxX1);
    float lineTop = label.boxY0;
    const auto line = [&](const std::string& text, float pixels) {
        const float scale = pixels / GlyphAtlas::kBasePixels;
        const float pen = std::round(centerX - 0.5f * atlas.width(text, pixels));
        const float baseline = std::round(lineTop + atlas.ascent() * scale);
        GlyphRunStyle style;
        style.pixels = pixels;
        style.color = scene.style.text;
        style.alpha = label.alpha;
        style.haloTexels = std::min(5.0f, 1.4f * pixelScale * atlas.texelsPerPixel(pixels));
        style.skipWideSpace = true;
        appendGlyphRun(atlas, text, pen, baseline, style, m_glyphs);
        lineTop += atlas.lineHeight(pixels);
    };
    line(*label.text, label.pixels * pixelScale);
    if (label.native) line(*label.native, label.pixels * pixelScale * core::scene::kNativeScale);
}

void GraphRenderer::fillInstances(const core::scene::Scene& scene, const GlyphAtlas* atlas,
                                  float pixelScale) {
    m_nodes.clear();
    m_edges.clear();
    m_arrows.clear();
    m_glyphs.clear();
    // Highlighted ties get a halo in the accent colour under them, and are drawn last so that
    // nothing crosses them: pass 0 halos, pass 1 ordinary ties, pass 2 highlighted ties. Within a
    // pass, straight ties come first as one batch of single quads and curved ties follow: on a
    // software rasteriser, triangles, not pixels, are what a large network costs.
    m_edgeBatches.clear();
    for (int pass = 0; pass < 3; ++pass) {
        for (int curved = 0; curved < 2; ++curved) {
            const std::size_t first = m_edges.size();
            for (const core::scene::SceneEdge& e : scene.edges) {
                if (e.t1 <= e.t0 || e.alpha <= 0.0f) continue;
                if ((pass == 1) == e.highlighted) continue;
                const bool straight = std::abs(e.control.x - 0.5 * (e.p0.x + e.p2.x)) < 1e-9 &&
                                      std::abs(e.control.y - 0.5 * (e.p0.y + e.p2.y)) < 1e-9;
                if (straight == (curved == 1)) continue;
                EdgeInstance ei{};
                ei.ends[0] = float(e.p0.x), ei.ends[1] = float(e.p0.y), ei.ends[2] = float(e.p2.x),
                ei.ends[3] = float(e.p2.y);
                ei.control[0] = float(e.control.x), ei.control[1] = float(e.control.y);
                ei.range[0] = float(e.t0), ei.range[1] = float(e.t1);
                instanceColor(ei.color, pass == 0 ? scene.style.accent : e.color,
                              pass == 0 ? 0.75f * e.alpha : e.alpha);
                ei.style[0] = float(e.width);
                ei.style[1] = pass == 0 ? 0.0f : float(core::scene::edgePattern(e));
                ei.style[2] = pass == 0 ? 3.0f * pixelScale : 0.0f;
                m_edges.push_back(ei);
            }
            if (m_edges.size() > first)
                m_edgeBatches.push_back({first, m_edges.size() - first, curved ? kCurveSegments : 1});
        }
    }
    for (const core::scene::SceneEdge& e : scene.edges) {
        if (!e.arrow || e.alpha <= 0.0f || e.t1 <= e.t0) continue;
        ArrowInstance ai{};
        ai.tipBase[0] = float(e.arrowTip.x), ai.tipBase[1] = float(e.arrowTip.y);
        ai.tipBase[2] = float(e.arrowBase.x), ai.tipBase[3] = float(e.arrowBase.y);
        ai.halfWidth =
            float(e.hostile ? -e.arrowHalfWidth : e.arrowHalfWidth); // negative: a bar (arrow.vert)
        instanceColor(ai.color, e.color, e.alpha);
        m_arrows.push_back(ai);
    }
    for (const core::scene::SceneNode& n : scene.nodes) {
        if (n.alpha <= 0.0f) continue;
        NodeInstance ni{};
        ni.center[0] = float(n.center.x), ni.center[1] = float(n.center.y);
        ni.radius = float(n.radius);
        instanceColor(ni.fill, n.fill, 1.0f);
        instanceColor(ni.outline, n.outline, 1.0f);
        ni.ringAlpha[0] = float(n.ring);
        ni.ringAlpha[1] = n.alpha;
        m_nodes.push_back(ni);
    }
    if (atlas && atlas->isValid())
        for (const core::scene::SceneLabel& l : scene.labels)
            if (l.visible && l.alpha > 0.02f) layoutLabel(l, scene, *atlas, pixelScale);
}

// Labels set off from their node hang on a thin line from its rim (screen pixels, back to layout
// units for the edge pass).
void GraphRenderer::addLeaderLines(const core::scene::Scene& scene, const core::scene::Camera& camera,
                                   float pixelScale) {
    const std::size_t first = m_edges.size();
    for (const core::scene::SceneLabel& l : scene.labels) {
        if (!l.visible || !l.leader || l.alpha <= 0.02f) continue;
        const core::model::Point a = camera.toWorld({l.leaderX0, l.leaderY0});
        const core::model::Point b = camera.toWorld({l.leaderX1, l.leaderY1});
        EdgeInstance ei{};
        ei.ends[0] = float(a.x), ei.ends[1] = float(a.y), ei.ends[2] = float(b.x), ei.ends[3] = float(b.y);
        ei.control[0] = float(0.5 * (a.x + b.x)), ei.control[1] = float(0.5 * (a.y + b.y));
        ei.range[0] = 0.0f, ei.range[1] = 1.0f;
        instanceColor(ei.color, scene.style.text, 0.7f * l.alpha);
        ei.style[0] = float(1.0 * pixelScale / camera.zoom);
        m_edges.push_back(ei);
    }
    if (m_edges.size() > first) m_edgeBatches.push_back({first, m_edges.size() - first, 1});
}

void GraphRenderer::draw(const core::scene::Scene& scene, const core::scene::Camera& camera,
                         const GlyphAtlas* atlas, float pixelScale) {
    fillInstances(scene, atlas, pixelScale);
    m_pixelScale = pixelScale;
    addLeaderLines(scene, camera, pixelScale);

    const PremultipliedPass pass; // restores the GL state when draw() returns
    m_hulls.draw(scene, camera, atlas, pixelScale);

    m_edgePass.upload(m_edges);
    useWithView(m_edgeProgram, camera);
    for (const EdgeBatch& b : m_edgeBatches) {
        glUniform1i(m_edgeProgram.at.segments, b.segments);
        // GL 3.3 has no base instance: point the instanced attributes at the batch's first one.
        edgeAttributes(b.first * sizeof(EdgeInstance));
        glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 2 * (b.segments + 1), GLsizei(b.count));
    }

    m_arrowPass.upload(m_arrows);
    useWithView(m_arrowProgram, camera);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(m_arrows.size()));

    m_nodePass.upload(m_nodes);
    useWithView(m_nodeProgram, camera);
    const core::scene::Rgba& ring = scene.style.accent;
    glUniform4f(m_nodeProgram.at.ringColor, ring.r, ring.g, ring.b, ring.a);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(m_nodes.size()));

    if (atlas) drawGlyphs(m_labelPass, m_labelProgram, camera, scene.style.background, *atlas, m_glyphs);
}

} // namespace tieline::render
