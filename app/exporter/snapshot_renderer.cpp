// Tiled, supersampled offscreen rendering of an export frame.
#include "exporter/snapshot_renderer.hpp"

#include <algorithm>
#include <cstring>

namespace tieline::exporter {

namespace {

constexpr int kS = SnapshotRenderer::kSupersample;

render::BackdropStyle backdropStyle(const core::figure::ExportBackdrop& b) {
    render::BackdropStyle s;
    s.top[0] = b.top.r, s.top[1] = b.top.g, s.top[2] = b.top.b;
    s.bottom[0] = b.bottom.r, s.bottom[1] = b.bottom.g, s.bottom[2] = b.bottom.b;
    s.vignette = b.vignette;
    return s;
}

// Premultiplied (as the shaders blend) to straight alpha, which PNG stores.
void unpremultiply(std::vector<std::uint8_t>& rgba) {
    for (std::size_t i = 0; i < rgba.size(); i += 4) {
        const unsigned a = rgba[i + 3];
        if (a == 0 || a == 255) continue;
        for (int c = 0; c < 3; ++c)
            rgba[i + std::size_t(c)] =
                std::uint8_t(std::min(255u, (rgba[i + std::size_t(c)] * 255u + a / 2) / a));
    }
}

} // namespace

core::scene::SceneStyle exportSceneStyle(const core::figure::ExportOptions& options) {
    core::scene::SceneStyle style =
        options.dark ? core::scene::darkSceneStyle() : core::scene::lightSceneStyle();
    style.showNative = options.showNative;
    style.labelPixels *= options.labelScale;
    return style;
}

bool SnapshotRenderer::init(const core::model::Dataset& data, std::string& error) {
    if (!m_backdrop.init(error) || !m_graph.init(error) || !m_overlay.init(error)) return false;
    std::vector<std::string_view> texts{data.meta.title, "\xE2\x80\xA6"};
    for (const core::model::Actor& a : data.actors) {
        texts.push_back(a.name);
        texts.push_back(a.native);
    }
    for (const core::model::TieType& t : data.tieTypes)
        texts.push_back(t.label);
    for (const core::model::Group& g : data.groups)
        texts.push_back(g.label);
    if (!m_labels.loadFont(render::kLabelFontPath, render::kLabelFontFace, error) ||
        !m_labels.build(texts, error))
        return false;
    m_overlayGlyphs.setOversample(4);
    if (!m_overlayGlyphs.loadFont(render::kLabelFontPath, render::kLabelFontFace, error)) return false;
    std::vector<std::string_view> overlayTexts{data.meta.title, "\xE2\x80\xA6"};
    for (const core::model::TieType& t : data.tieTypes)
        overlayTexts.push_back(t.label);
    for (const core::model::Group& g : data.groups)
        overlayTexts.push_back(g.label);
    // Story decks put the story's title, its stops' titles and captions on the slides, and a "·".
    overlayTexts.push_back("\xC2\xB7");
    for (const core::model::Story& story : data.stories) {
        overlayTexts.push_back(story.title);
        for (const core::model::StoryStop& stop : story.stops) {
            overlayTexts.push_back(stop.title);
            overlayTexts.push_back(stop.caption);
        }
    }
    return m_overlayGlyphs.build(overlayTexts, error);
}

void SnapshotRenderer::drawTile(const core::scene::Scene& scene, const core::figure::ExportFrame& frame,
                                int x, int y, int w, int h) {
    const float pixelScale = float(kS * frame.pixelScale);
    m_big.bind();
    glViewport(0, 0, w * kS, h * kS);
    glClearColor(0, 0, 0, 0);
    glEnable(GL_SCISSOR_TEST); // clear only the tile's part of the framebuffer
    glScissor(0, 0, w * kS, h * kS);
    glClear(GL_COLOR_BUFFER_BIT);
    glDisable(GL_SCISSOR_TEST);
    if (!frame.transparent) {
        // The gradient spans the whole picture: a viewport of the picture's size, offset to the tile.
        glViewport(-x * kS, -(frame.height - y - h) * kS, frame.width * kS, frame.height * kS);
        m_backdrop.draw(backdropStyle(frame.backdrop));
        glViewport(0, 0, w * kS, h * kS);
    }
    // The network: the frame's camera moved to the tile and scaled by the supersampling, labels
    // moved with it (their boxes are in output pixels).
    core::scene::Camera camera = frame.camera;
    const core::model::Point center = frame.camera.toWorld({x + w * 0.5, y + h * 0.5});
    camera.centerX = center.x, camera.centerY = center.y;
    camera.zoom *= kS;
    camera.width = w * kS, camera.height = h * kS;
    m_tileScene.style = scene.style;
    m_tileScene.nodes = scene.nodes;
    m_tileScene.edges = scene.edges;
    m_tileScene.labels = scene.labels;
    m_tileScene.hulls = scene.hulls;
    for (core::scene::SceneLabel& l : m_tileScene.labels) {
        l.boxX0 = (l.boxX0 - float(x)) * kS, l.boxX1 = (l.boxX1 - float(x)) * kS;
        l.boxY0 = (l.boxY0 - float(y)) * kS, l.boxY1 = (l.boxY1 - float(y)) * kS;
        l.leaderX0 = (l.leaderX0 - float(x)) * kS, l.leaderX1 = (l.leaderX1 - float(x)) * kS;
        l.leaderY0 = (l.leaderY0 - float(y)) * kS, l.leaderY1 = (l.leaderY1 - float(y)) * kS;
    }
    m_graph.draw(m_tileScene, camera, &m_labels, pixelScale);

    // The overlay: panels, swatches (scene items in output pixels), text.
    const render::OverlayTransform to{double(x), double(y), float(kS), float(w * kS), float(h * kS)};
    render::paintOverlay(frame.overlay, scene.style, to, pixelScale, m_overlay, m_graph, m_overlayGlyphs,
                         m_swatches);
}

bool SnapshotRenderer::render(const core::scene::Scene& scene, const core::figure::ExportFrame& frame,
                              render::Image& out, std::string& error) {
    if (frame.width < 1 || frame.height < 1 || frame.width > core::figure::kMaxExportSide ||
        frame.height > core::figure::kMaxExportSide) {
        error =
            "unsupported picture size " + std::to_string(frame.width) + "x" + std::to_string(frame.height);
        return false;
    }
    // Even tiles (3840 wide: two of 1920 rather than 2048 + 1792) of at most kTile pixels.
    const int columns = (frame.width + kTile - 1) / kTile, rows = (frame.height + kTile - 1) / kTile;
    const int tileW = (frame.width + columns - 1) / columns, tileH = (frame.height + rows - 1) / rows;
    if (m_big.width() < tileW * kS || m_big.height() < tileH * kS) {
        m_big = render::Framebuffer::create(tileW * kS, tileH * kS, error);
        m_small = render::Framebuffer::create(tileW, tileH, error);
        if (!m_big.isValid() || !m_small.isValid()) return false;
    }
    while (glGetError() != GL_NO_ERROR) {
    } // errors from before are not ours to report
    GLint lastFramebuffer = 0, lastViewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_FRAMEBUFFER_BINDING, &lastFramebuffer);
    glGetIntegerv(GL_VIEWPORT, lastViewport);
    out.width = frame.width;
    out.height = frame.height;
    out.rgba.resize(std::size_t(frame.width) * std::size_t(frame.height) * 4);
    for (int y = 0; y < frame.height; y += tileH) {
        for (int x = 0; x < frame.width; x += tileW) {
            const int w = std::min(tileW, frame.width - x), h = std::min(tileH, frame.height - y);
            drawTile(scene, frame, x, y, w, h);
            // Linear filtering at exactly half size samples each 2x2 block's shared corner: the box filter.
            glBindFramebuffer(GL_READ_FRAMEBUFFER, m_big.id());
            glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_small.id());
            glBlitFramebuffer(0, 0, w * kS, h * kS, 0, 0, w, h, GL_COLOR_BUFFER_BIT, GL_LINEAR);
            glBindFramebuffer(GL_READ_FRAMEBUFFER, m_small.id());
            m_rows.resize(std::size_t(w) * std::size_t(h) * 4);
            glPixelStorei(GL_PACK_ALIGNMENT, 1);
            glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, m_rows.data());
            const std::size_t row = std::size_t(w) * 4;
            for (int r = 0; r < h; ++r) // GL rows run bottom-up
                std::memcpy(out.rgba.data() +
                                (std::size_t(y + r) * std::size_t(frame.width) + std::size_t(x)) * 4,
                            m_rows.data() + std::size_t(h - 1 - r) * row, row);
        }
    }
    glBindFramebuffer(GL_FRAMEBUFFER, GLuint(lastFramebuffer));
    glViewport(lastViewport[0], lastViewport[1], lastViewport[2], lastViewport[3]);
    if (frame.transparent) {
        unpremultiply(out.rgba);
    } else {
        for (std::size_t i = 3; i < out.rgba.size(); i += 4)
            out.rgba[i] = 255;
    }
    if (glGetError() != GL_NO_ERROR) {
        error = "OpenGL reported an error while rendering the export";
        return false;
    }
    return true;
}

} // namespace tieline::exporter
