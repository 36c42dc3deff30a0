// Renders an export frame offscreen with the screen's renderer and shaders: backdrop, network,
// labels, caption and legend, supersampled 2x2 and box-filtered, in tiles so that any size up to
// 8192 x 8192 needs only a small framebuffer. The result is straight (not premultiplied) RGBA,
// transparent around the network when the frame asks for it. Reuses its buffers: rendering frame
// after frame allocates nothing once warm. Needs a current GL 3.3 core context (EGL or the
// window's). Export layer.
//
// Usage:
//   1. SnapshotRenderer r; r.init(dataset, error);        // programs, label font, glyphs
//   2. buildExportScene(...); layoutExportFrame(data, scene, options, r.metrics(), frame);
//   3. r.render(scene, frame, image, error);               // then writePng(path, image, error)
#pragma once

#include "core/figure/export_frame.hpp"
#include "render/backdrop.hpp"
#include "render/framebuffer.hpp"
#include "render/glyph_atlas.hpp"
#include "render/graph_renderer.hpp"
#include "render/overlay_painter.hpp"
#include "render/overlay_renderer.hpp"

#include <string>
#include <vector>

namespace tieline::exporter {

// The glyph atlas's metrics as the core's exporters need them.
class AtlasMetrics : public core::figure::FontMetrics {
  public:
    explicit AtlasMetrics(const render::GlyphAtlas& atlas) : m_atlas(atlas) {}
    float width(std::string_view utf8, float pixels) const override { return m_atlas.width(utf8, pixels); }
    float lineHeight(float pixels) const override { return m_atlas.lineHeight(pixels); }
    float ascent(float pixels) const override {
        return m_atlas.ascent() * pixels / render::GlyphAtlas::kBasePixels;
    }
    float cssFontSize(float pixels) const override { return pixels * m_atlas.emScale(); }

  private:
    const render::GlyphAtlas& m_atlas;
};

class SnapshotRenderer {
  public:
    static constexpr int kSupersample = 2; // per side; a linear blit halves exactly into a 2x2 box filter
    static constexpr int kTile = 2048;     // output pixels per tile side, at most

    SnapshotRenderer() : m_metrics(m_labels) {}
    SnapshotRenderer(const SnapshotRenderer&) = delete;
    SnapshotRenderer& operator=(const SnapshotRenderer&) = delete;

    // Compiles the programs and rasterises the glyphs the dataset's names, title and legend use.
    bool init(const core::model::Dataset& data, std::string& error);
    const core::figure::FontMetrics& metrics() const { return m_metrics; }

    bool render(const core::scene::Scene& scene, const core::figure::ExportFrame& frame, render::Image& out,
                std::string& error);

  private:
    render::Backdrop m_backdrop;
    render::GraphRenderer m_graph;
    render::OverlayRenderer m_overlay;
    render::GlyphAtlas m_labels;        // as on screen
    render::GlyphAtlas m_overlayGlyphs; // oversampled more: caption text is large
    AtlasMetrics m_metrics;
    render::Framebuffer m_big, m_small;
    core::scene::Scene m_tileScene, m_swatches;
    std::vector<std::uint8_t> m_rows;

    void drawTile(const core::scene::Scene& scene, const core::figure::ExportFrame& frame, int x, int y,
                  int w, int h);
};

// The scene of an export at t: the theme's style, native names as asked, everything present.
core::scene::SceneStyle exportSceneStyle(const core::figure::ExportOptions& options);

} // namespace tieline::exporter
