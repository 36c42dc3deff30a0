// The GUI's frame loop, its phases named: pollEvents / applyRequests / update / drawUi / renderGl /
// present. The renderers live inside the Window's lifetime; requests are applied in one place.
#include "gui/frame_loop.hpp"

#include "core/figure/legend.hpp"
#include "core/scene/labels.hpp"
#include "exporter/snapshot_renderer.hpp"
#include "gui/file_dialog.hpp"
#include "gui/fonts.hpp"
#include "gui/frame_stats.hpp"
#include "gui/job_runner.hpp"
#include "gui/layout_driver.hpp"
#include "gui/open_link.hpp"
#include "gui/panel_frame.hpp"
#include "gui/screenshot.hpp"
#include "render/backdrop.hpp"
#include "render/gl.hpp"
#include "render/graph_renderer.hpp"
#include "render/overlay_painter.hpp"
#include "ui/panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <optional>
#include <stdexcept>

namespace tieline::gui {

void warn(const std::string& message) {
    if (!message.empty()) std::fprintf(stderr, "tieline: %s\n", message.c_str());
}

namespace {

// [SECTION] What the loop owns besides the window and the app state

// GL objects and the caches that follow the change record. Made inside runFrames, after the
// Window, so destroyed before it, while the GL context still exists.
struct LoopResources {
    render::Backdrop backdrop;
    render::GraphRenderer graph;
    render::GlyphAtlas atlas;
    bool atlasFont = false;
    render::OverlayRenderer overlay;   // the legend's panel and text
    core::scene::Scene legendSwatches; // paintOverlay's scratch
    FontSet fonts;
    ui::CacheStamp glyphsBuilt; // the UI font's glyphs and the label atlas: names only
    LayoutDriver layout;
    NativeFileDialog fileDialog;
    JobRunner jobs;

    LoopResources() {
        std::string error;
        if (!backdrop.init(error) || !graph.init(error) || !overlay.init(error))
            throw std::runtime_error(error);
        atlasFont = atlas.loadFont(render::kLabelFontPath, render::kLabelFontFace, error);
        if (!atlasFont) std::fprintf(stderr, "tieline: labels will not show: %s\n", error.c_str());
    }
};

// [SECTION] The frame loop

class FrameLoop {
  public:
    FrameLoop(const GuiOptions& options, Script* script, bool automated, Window& window, ui::App& app,
              LoopResources& r)
        : m_options(options), m_script(script), m_automated(automated), m_window(window), m_app(app), m_r(r),
          m_contentScale(window.contentScale()) {}

    // Runs frames until the window closes, the user quits, the script ends or the screenshot is
    // taken. Returns the exit code.
    int run() {
        for (m_frame = 1; running(); ++m_frame) {
            m_stats.frameBegin();
            const double now = m_window.seconds();
            if (m_lastFrameStart > 0) {
                const double ms = 1000.0 * (now - m_lastFrameStart);
                m_app.frameMs = m_app.frameMs > 0 ? 0.9 * m_app.frameMs + 0.1 * ms : ms;
            }
            m_lastFrameStart = now;
            pollEvents();
            if (!running()) break; // the script quit or failed
            applyRequests();
            update();
            drawUi();
            renderGl();
            present();
        }
        return m_exitCode.value_or(0);
    }

  private:
    const GuiOptions& m_options;
    Script* m_script; // null without --script
    const bool m_automated;
    Window& m_window;
    ui::App& m_app;
    LoopResources& m_r;
    const float m_contentScale;
    // The theme the ImGui style has; empty until the first frame applies one (a script may switch
    // the theme before that frame, so this cannot start as the opposite of the current one).
    std::optional<bool> m_appliedDark;
    int m_frame = 0;
    float m_menuHeight = 0;
    ui::PanelLayout m_layout;                 // this frame's panels (the canvas is what they leave)
    core::scene::LabelOptions m_labelOptions; // kept: no allocation per frame
    double m_lastFileCheck = 0;
    std::uint64_t m_glyphsView = 0; // the window's merges the label atlas was built for
    std::string m_screenshot;       // save this frame here
    WindowSize m_size, m_framebuffer;
    float m_framebufferScale = 1;
    std::optional<int> m_exitCode; // set: the loop ends after this frame
    FrameStats m_stats;            // --frame-stats
    bool m_networkAtT = false;     // this frame draws the network at t with its final positions
    // What this frame draws: app.scene thinned by the level of detail, its labels culled (app.scene
    // itself stays whole: the next frame updates it from what changed).
    core::scene::Scene m_drawn;
    double m_lastFrameStart = 0; // seconds, for AppView::frameMs

    bool running() const { return !m_exitCode && !m_window.shouldClose() && !m_app.ui.quit; }

    // Window events (sleeping while nothing moves, to spare the CPU), then the script's commands.
    void pollEvents() {
        const ui::App& app = m_app;
        // An export in progress advances a few frames per loop: it must not wait for events either.
        const bool animating = app.ui.playing || app.layoutProgress < 1.0f || app.exportStatus.running ||
                               app.loadJob->loading() || app.metricsProgress < 1.0f ||
                               app.ui.camera.zoom != app.ui.cameraTarget.zoom ||
                               app.ui.camera.centerX != app.ui.cameraTarget.centerX;
        m_window.pollEvents(!m_automated && !animating, 0.5);
        m_screenshot = m_frame == m_options.frames ? m_options.screenshot : std::string();
        if (!m_script) return;
        const ScriptEffect effect = stepScript(*m_script, m_app);
        if (!effect.error.empty()) {
            warn(effect.error);
            m_exitCode = 1;
        } else if (effect.quit) {
            m_exitCode = 0;
        }
        m_screenshot = effect.screenshot;
        if (effect.waitLayout && m_app.dataset) m_r.layout.waitShown(m_app.ui.t);
    }

    // The one place where requests are applied: the data ones (open, reload, a changed file), then,
    // once the caches follow the change record, those that need the window (pins, exports, links).
    void applyRequests() {
        ui::applyRequests(m_app);
        for (const std::string& line : m_app.editFeedback.log) // edits, saves: on standard error too
            warn(line);
        m_app.editFeedback.log.clear();
        if (m_window.seconds() - m_lastFileCheck > 1.0) {
            ui::checkFileChanged(m_app);
            m_lastFileCheck = m_window.seconds();
        }
        followChanges();
        ui::Requests& requests = m_app.requests;
        if (requests.pin && m_app.dataset)
            m_r.layout.pin(*m_app.dataset, requests.pin->first, requests.pin->second);
        if (requests.unpin && m_app.dataset) m_r.layout.unpin(*m_app.dataset, *requests.unpin);
        requests.pin.reset();
        requests.unpin.reset();
        m_r.jobs.update(m_app, m_r.layout); // File > Export and the story decks, a few ms per frame
        if (requests.browse) {
            std::string error;
            if (!m_r.fileDialog.open(error)) warn(error);
            requests.browse = false;
        }
        if (const auto chosen = m_r.fileDialog.poll()) {
            if (std::exchange(m_app.ui.editor.browsingCsl, false))
                m_app.ui.editor.importPath = *chosen; // Edit > Sources: a CSL-JSON file to import
            else
                requests.open = *chosen;
        }
        if (requests.openLink) {
            std::string error;
            if (!openLink(*requests.openLink, error)) {
                warn(error);
                // Say so in the window too, and leave the address on the clipboard to paste.
                ImGui::SetClipboardText(requests.openLink->c_str());
                m_app.ui.notice = error + "\n\nThe address is on the clipboard: paste it into a browser.";
            }
            requests.openLink.reset();
        }
    }

    // Each cache rebuilds only when the change record says something it depends on changed.
    void followChanges() {
        ui::updateShown(m_app); // the window's merges: what the layout, the labels and the scene show
        // The layout first: its worker computes the first keyframe while the glyphs and the caches
        // are built here. Automated runs show the finished layout; --frame-stats waits only for the
        // keyframes around t (update()), as a user would see the network at once.
        const bool restarted = m_app.dataset && m_r.layout.follow(ui::shownDataset(m_app), m_app.changes,
                                                                  m_app.viewGeneration, m_app.ui.arrange);
        if (m_r.glyphsBuilt.stale(m_app.changes, ui::kNames) || m_glyphsView != m_app.viewGeneration)
            rebuildGlyphs();
        if (restarted && m_automated && !m_options.frameStats && !m_options.liveLayout) m_r.layout.finish();
        ui::updateCaches(m_app);
    }

    // New names: new glyphs for the UI font and the labels.
    void rebuildGlyphs() {
        const core::model::Dataset* data = m_app.dataset ? &*m_app.dataset : nullptr;
        warn(m_r.fonts.rebuild(data, 17.0f * m_contentScale));
        ImGui::GetIO().FontGlobalScale = 1.0f / m_contentScale;
        m_window.reloadFontsTexture();
        m_r.glyphsBuilt.markBuilt(m_app.changes);
        m_glyphsView = m_app.viewGeneration;
        if (!data || !m_r.atlasFont) return;
        std::vector<std::string_view> texts;
        // The shown names: merged labels ("Kim Il Sung + KWP/DPRK") and the groups' hull names too.
        for (const core::model::Dataset* d : {data, &ui::shownDataset(m_app)}) {
            for (const core::model::Actor& a : d->actors) {
                texts.push_back(a.name);
                texts.push_back(a.native);
            }
            for (const core::model::Group& g : d->groups)
                texts.push_back(g.label);
        }
        for (const core::model::TieType& t : data->tieTypes) // the legend's rows
            texts.push_back(t.label);
        for (const core::model::Group& g : data->groups)
            texts.push_back(g.label);
        std::string error;
        if (!m_r.atlas.build(texts, error)) warn("labels: " + error);
    }

    // Time, positions and the scene; the theme when it changed.
    void update() {
        ui::App& app = m_app;
        if (m_appliedDark != app.ui.darkTheme) {
            ui::applyTheme(app.ui.darkTheme);
            m_appliedDark = app.ui.darkTheme;
        }
        // Automated runs advance a fixed 1/60 s per frame: their pictures must not depend on how
        // fast the machine is.
        // --frame-stats measures the first date's network: its clock starts with the first network
        // frame (before it, a slow start would have played t on to another date).
        if (!m_options.frameStats || m_stats.networkShown())
            ui::advanceTime(app, m_automated ? 1.0 / 60.0 : ImGui::GetIO().DeltaTime);
        if (app.dataset && m_options.frameStats && !m_stats.networkShown()) m_r.layout.waitFor(app.ui.t);
        m_networkAtT = app.dataset && m_r.layout.shownPositionsAt(app.ui.t, app.positions);
        app.layoutProvisional = app.dataset && m_r.layout.provisional();
        if (app.ui.dragPin && app.ui.dragPin->first.index() < app.positions.size())
            app.positions[app.ui.dragPin->first.index()] = app.ui.dragPin->second;
        app.layoutProgress = m_r.layout.progress();
        ui::updateScene(app);
        layoutCanvasLegend();
    }

    // The legend in the canvas's top right corner (the window minus menu, panels and timeline; the
    // whole window when presenting, above the caption band), in framebuffer pixels.
    void layoutCanvasLegend() {
        ui::App& app = m_app;
        app.legendOverlay.clear();
        app.legend.clear();
        if (!app.ui.showLegend || !app.dataset || !m_r.atlasFont || !m_r.atlas.isValid()) return;
        // The presentation band measures its text with ImGui's font, which exists only once the first
        // ImGui frame has begun: a script that presents at once gets the legend from the next frame.
        if (app.ui.presenting && !ImGui::GetFont()) return;
        const ui::PanelLayout layout = panelLayout(app, m_menuHeight, m_window.size(), m_framebufferScale);
        const double s = m_framebufferScale;
        core::scene::Bounds canvas;
        // A story stop's caption (top left, ui/story_panel.cpp) keeps the legend right of it.
        const bool storyCaption = !app.ui.presenting && app.ui.story >= 0 && app.ui.stop >= 0;
        const float left =
            storyCaption ? layout.x + 16 + std::min(560.0f, layout.canvasWidth() - 32) + 4 : layout.x;
        canvas.add(left * s, layout.y * s);
        canvas.add((layout.x + layout.canvasWidth()) * s, (layout.y + layout.canvasHeight()) * s);
        const exporter::AtlasMetrics metrics(m_r.atlas);
        core::figure::layoutLegend(*app.dataset, app.scene, metrics,
                                   core::figure::canvasLegendPlacement(canvas, s, app.ui.legendCollapsed),
                                   app.legendOverlay, app.legend);
    }

    // ImGui widgets (the canvas does hit tests and moves the camera); no GL here.
    void drawUi() {
        m_size = m_window.size();
        m_framebuffer = m_window.framebufferSize();
        m_framebufferScale = m_size.width > 0 ? float(m_framebuffer.width) / float(m_size.width) : 1.0f;
        ui::UiState& ui = m_app.ui;
        ui.camera.width = ui.cameraTarget.width = m_framebuffer.width;
        ui.camera.height = ui.cameraTarget.height = m_framebuffer.height;
        m_window.beginImGuiFrame();
        if (m_automated) {
            // Scripts and screenshots must not depend on where the pointer happens to rest (Xvfb
            // puts it mid-screen, over some node), nor on the machine's speed (camera easing).
            ImGuiIO& io = ImGui::GetIO();
            io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
            io.DeltaTime = 1.0f / 60.0f;
        }
        ImGui::NewFrame();
        m_layout = panelLayout(m_app, m_menuHeight, m_size, m_framebufferScale);
        drawPanels(m_app, m_layout, m_menuHeight);
        if (!m_app.ui.presenting) m_layout.y = m_layout.menuHeight = m_menuHeight;
        ImGui::Render();
    }

    // GL: the canvas, the network, then the panels on top. Reads the app state, never writes it.
    void renderGl() {
        const int width = m_framebuffer.width, height = m_framebuffer.height;
        glBindFramebuffer(GL_FRAMEBUFFER, 0);
        glViewport(0, 0, width, height);
        m_r.backdrop.drawCached(m_app.ui.darkTheme ? render::darkBackdrop() : render::lightBackdrop(), width,
                                height);
        applyLevelOfDetail();
        if (m_r.atlasFont) {
            // Labels stay on the canvas: the menu, the panels and the timeline (in presentation,
            // the header and the caption) and the legend are obstacles.
            const float s = m_framebufferScale, W = float(width), H = float(height);
            const float x1 = (m_layout.x + m_layout.canvasWidth()) * s, y0 = m_layout.y * s,
                        y1 = (m_layout.y + m_layout.canvasHeight()) * s;
            m_labelOptions.obstacles = {{0, 0, W, y0}, {0, y1, W, H}, {x1, 0, W, H}, m_app.ui.eventBox};
            if (const core::scene::Bounds& legend = m_app.legend.box; !legend.empty)
                m_labelOptions.obstacles.push_back(
                    {float(legend.minX), float(legend.minY), float(legend.maxX), float(legend.maxY)});
            core::scene::cullLabels(m_drawn, m_app.ui.camera, m_r.atlas, m_app.sceneWork, m_labelOptions);
        }
        m_r.graph.draw(m_drawn, m_app.ui.camera, m_r.atlasFont ? &m_r.atlas : nullptr, m_framebufferScale);
        if (!m_app.legend.box.empty) {
            const render::OverlayTransform to{0, 0, 1, float(width), float(height)};
            render::paintOverlay(m_app.legendOverlay, m_drawn.style, to, m_framebufferScale, m_r.overlay,
                                 m_r.graph, m_r.atlas, m_r.legendSwatches);
        }
        m_window.renderImGui();
    }

    // Zoomed out, the window draws what can be read (core/scene/level_of_detail.hpp); exports and
    // snapshots build their own scenes and never thin them.
    void applyLevelOfDetail() {
        m_drawn = m_app.scene; // the vectors keep their storage: no allocation once warm
        core::scene::Scene& scene = m_drawn;
        if (m_app.ui.levelOfDetail && m_app.dataset)
            m_app.lod = core::scene::applyLevelOfDetail(scene, m_app.ui.camera, m_app.ui.fitZoom, {},
                                                        m_app.sceneWork);
        else
            m_app.lod = {false, scene.edges.size(), scene.edges.size(), 0, 0};
    }

    // The screenshot (from the back buffer, before the swap), then the swap.
    void present() {
        presentFrame();
        if (m_options.frameStats) {
            m_stats.frameEnd(m_networkAtT && !m_app.scene.nodes.empty());
            m_stats.observe(m_app.dataset && m_app.layoutProgress >= 1.0f,
                            m_app.metrics && m_app.metricsProgress >= 1.0f);
        }
        // Once the network is on screen (after the swap: the first network frame does not wait
        // for it), the rest of the keyframe chain computes below the window's priority.
        if (m_networkAtT) m_r.layout.backgroundOnceShown();
        // N frames from the first network frame on (the file loads behind the first frames); N
        // frames in all when no network can come (no dataset, none of its actors at t).
        const bool networkComing = m_app.loadJob->loading() || (m_app.dataset && !m_networkAtT);
        if (m_options.frameStats &&
            (m_stats.counted() >= m_options.frames ||
             (m_frame >= m_options.frames && !m_stats.networkShown() && !networkComing))) {
            // After the four fields the issue names: when all keyframes and the metrics were there
            // (-1: not within the frames), and how far the metrics had come.
            // Then the ties drawn and shown at t in the last frame (the level of detail thins them
            // when zoomed out).
            char extra[200];
            std::snprintf(
                extra, sizeof extra,
                " drawn-ties=%zu shown-ties=%zu keyframes-ms=%.0f metrics-ms=%.0f metrics-progress=%.3f",
                m_app.lod.drawnTies, m_app.lod.shownTies, m_stats.keyframesMs(), m_stats.metricsMs(),
                double(m_app.metricsProgress));
            std::printf("%s\n", m_stats.line(extra).c_str());
            std::fflush(stdout);
            m_exitCode = m_exitCode.value_or(0);
        }
    }

    void presentFrame() {
        if (!m_screenshot.empty()) {
            std::string error;
            if (!saveWindowScreenshot(m_screenshot, m_framebuffer.width, m_framebuffer.height, error)) {
                warn(error);
                m_exitCode = 1;
                return;
            }
            if (m_options.frames > 0) {
                m_exitCode = 0;
                return;
            }
        }
        m_window.swapBuffers();
    }
};

} // namespace

int runFrames(const GuiOptions& options, Script* script, bool automated, Window& window, ui::App& app) {
    LoopResources resources;
    FrameLoop loop(options, script, automated, window, app, resources);
    return loop.run();
}

} // namespace tieline::gui
