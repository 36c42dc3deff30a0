// Hull triangles (a fan and a feathered rim per hull) and the groups' names. The two small shaders
// live here rather than in shaders/: nothing else uses them.
#include "render/hull_renderer.hpp"

#include "core/scene/hulls.hpp"
#include "embedded_shaders.hpp"

#include <cmath>
#include <cstddef>

namespace tieline::render {

namespace {

constexpr const char* kHullVert = R"(#version 330 core
layout(location = 0) in vec2 aA;
layout(location = 1) in vec2 aB;
layout(location = 2) in vec2 aC;
layout(location = 3) in vec3 aAlphas;
layout(location = 4) in vec4 aColor;
uniform vec2 uViewCenter;
uniform float uZoom;
uniform vec2 uViewport;
uniform float uPixelScale;
out vec4 vColor;
void main() {
    vec2 p = gl_VertexID == 0 ? aA : (gl_VertexID == 1 ? aB : aC);
    float a = gl_VertexID == 0 ? aAlphas.x : (gl_VertexID == 1 ? aAlphas.y : aAlphas.z);
    vec2 screen = (p - uViewCenter) * uZoom + 0.5 * uViewport;
    gl_Position = vec4(screen.x / uViewport.x * 2.0 - 1.0, 1.0 - screen.y / uViewport.y * 2.0, 0.0, 1.0);
    vColor = vec4(aColor.rgb, aColor.a * a);
}
)";

constexpr const char* kHullFrag = R"(#version 330 core
in vec4 vColor;
out vec4 fragColor;
void main() { fragColor = vec4(vColor.rgb * vColor.a, vColor.a); }
)";

} // namespace

bool HullRenderer::init(std::string& error) {
    if (!m_program.build("hull", kHullVert, kHullFrag, error) ||
        !m_labelProgram.build("hull label", shaders::kLabelVert, shaders::kLabelFrag, error))
        return false;
    const VertexBindingGuard keep;
    m_pass.create();
    m_pass.bind();
    instanceAttributes(sizeof(Triangle), {{2, offsetof(Triangle, corners)},
                                          {2, offsetof(Triangle, corners) + 2 * sizeof(float)},
                                          {2, offsetof(Triangle, corners) + 4 * sizeof(float)},
                                          {3, offsetof(Triangle, alphas)},
                                          {4, offsetof(Triangle, color)}});
    m_labelPass.create();
    m_labelPass.bind();
    glyphInstanceAttributes();
    return true;
}

void HullRenderer::draw(const core::scene::Scene& scene, const core::scene::Camera& camera,
                        const GlyphAtlas* atlas, float pixelScale) {
    if (scene.hulls.empty()) return;
    m_triangles.clear();
    m_glyphs.clear();
    const double feather = 1.5 * pixelScale / std::max(camera.zoom, 1e-9); // layout units
    for (const core::scene::SceneHull& h : scene.hulls) {
        const std::vector<core::model::Point>& p = h.outline;
        if (p.size() < 3) continue;
        double cx = 0, cy = 0;
        for (const core::model::Point& q : p)
            cx += q.x, cy += q.y;
        cx /= double(p.size()), cy /= double(p.size());
        // The rim's inner corners sit half a feather inside the outline, the outer ones half outside.
        std::vector<core::model::Point> inner(p.size()), outer(p.size());
        for (std::size_t i = 0; i < p.size(); ++i) {
            const double dx = p[i].x - cx, dy = p[i].y - cy, len = std::max(std::hypot(dx, dy), 1e-9);
            inner[i] = {p[i].x - dx / len * feather * 0.5, p[i].y - dy / len * feather * 0.5};
            outer[i] = {p[i].x + dx / len * feather * 0.5, p[i].y + dy / len * feather * 0.5};
        }
        const auto add = [&](core::model::Point a, core::model::Point b, core::model::Point c, float aa,
                             float ab, float ac) {
            Triangle t{};
            t.corners[0] = float(a.x), t.corners[1] = float(a.y), t.corners[2] = float(b.x),
            t.corners[3] = float(b.y), t.corners[4] = float(c.x), t.corners[5] = float(c.y);
            t.alphas[0] = aa, t.alphas[1] = ab, t.alphas[2] = ac;
            instanceColor(t.color, h.fill);
            m_triangles.push_back(t);
        };
        for (std::size_t i = 0; i < p.size(); ++i) {
            const std::size_t j = (i + 1) % p.size();
            add({cx, cy}, inner[i], inner[j], 1, 1, 1);
            add(inner[i], outer[i], outer[j], 1, 0, 0);
            add(inner[i], outer[j], inner[j], 1, 0, 1);
        }
        if (h.name && atlas && atlas->isValid()) {
            const float pixels = float(core::scene::kHullNamePixels) * pixelScale;
            const core::model::Point at = camera.toScreen(h.nameAnchor);
            GlyphRunStyle style;
            style.pixels = pixels;
            style.color = h.text;
            style.haloTexels = std::min(5.0f, 1.4f * pixelScale * atlas->texelsPerPixel(pixels));
            const float pen = std::round(float(at.x) - 0.5f * atlas->width(*h.name, pixels));
            const float baseline = std::round(float(at.y) - atlas->lineHeight(pixels) * 0.3f);
            appendGlyphRun(*atlas, *h.name, pen, baseline, style, m_glyphs);
        }
    }
    m_pass.upload(m_triangles);
    m_program.use();
    glUniform2f(m_program.at.viewCenter, float(camera.centerX), float(camera.centerY));
    glUniform1f(m_program.at.zoom, float(camera.zoom));
    glUniform2f(m_program.at.viewport, float(camera.width), float(camera.height));
    glUniform1f(m_program.at.pixelScale, pixelScale);
    glDrawArraysInstanced(GL_TRIANGLES, 0, 3, GLsizei(m_triangles.size()));
    if (atlas) drawGlyphs(m_labelPass, m_labelProgram, camera, scene.style.background, *atlas, m_glyphs);
}

} // namespace tieline::render
