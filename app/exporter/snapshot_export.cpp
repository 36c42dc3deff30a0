// A snapshot's files.
#include "exporter/snapshot_export.hpp"

#include "core/figure/bibliography.hpp"
#include "core/figure/legend.hpp"
#include "core/figure/svg_writer.hpp"
#include "core/io/atomic_file.hpp"
#include "core/scene/merge_view.hpp"
#include "exporter/png_encoder.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace tieline::exporter {

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Straight-alpha `top` over opaque or straight-alpha `bottom`, of the same size.
void overLay(const render::Image& top, render::Image& bottom) {
    for (std::size_t i = 0; i + 3 < top.rgba.size() && i + 3 < bottom.rgba.size(); i += 4) {
        const unsigned a = top.rgba[i + 3];
        if (a == 0) continue;
        const unsigned b = bottom.rgba[i + 3], outA = a + b * (255 - a) / 255;
        for (int c = 0; c < 3; ++c) {
            const unsigned src = top.rgba[i + std::size_t(c)], dst = bottom.rgba[i + std::size_t(c)];
            bottom.rgba[i + std::size_t(c)] =
                std::uint8_t(outA ? (src * a + dst * b * (255 - a) / 255 + outA / 2) / outA : 0);
        }
        bottom.rgba[i + 3] = std::uint8_t(outA);
    }
}

// The legend of small multiples: the union of what every panel shows (so `shown` lists each
// panel's nodes and ties), laid out top right of the whole picture in `frame` (transparent, no
// camera content). Returns the width left to the panels.
int wholeLegend(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                const PanelsJob& job, const core::figure::FontMetrics& metrics, core::scene::Scene& shown,
                core::figure::ExportFrame& frame) {
    core::scene::Scene one;
    shown = core::scene::Scene{};
    for (const core::calendar::Window& w : job.windows) {
        core::scene::SceneInput in;
        in.data = &data;
        in.t = w.begin;
        in.window = w;
        in.positions = &positions;
        in.filter = job.options.filter;
        core::scene::buildScene(in, exportSceneStyle(job.options), one);
        shown.style = one.style;
        shown.nodes.insert(shown.nodes.end(), one.nodes.begin(), one.nodes.end());
        for (const core::scene::SceneEdge& e : one.edges) // each tie once, for the source counts
            if (std::none_of(shown.edges.begin(), shown.edges.end(),
                             [&](const core::scene::SceneEdge& s) { return s.tie == e.tie; }))
                shown.edges.push_back(e);
    }
    frame = core::figure::ExportFrame{};
    frame.width = job.options.width;
    frame.height = job.options.height;
    frame.transparent = true;
    frame.backdrop = core::figure::exportBackdrop(job.options.dark);
    const double u = core::figure::exportPixelScale(job.options.width, job.options.height);
    frame.pixelScale = u;
    frame.camera = core::figure::overlayCamera(frame);
    core::figure::LegendPlacement where;
    where.area.add(0, 0);
    where.area.add(job.options.width, job.options.height);
    where.scale = u;
    where.inset = 20; // the export frame's margin
    core::figure::layoutLegend(data, shown, metrics, where, frame.overlay, frame.legend);
    // The scene's nodes and ties are the panels' business: the legend frame draws only itself.
    shown.nodes.clear();
    shown.edges.clear();
    if (frame.legend.box.empty) return job.options.width;
    const int left = int(std::floor(frame.legend.box.minX - 10 * u));
    // Keep at least half the picture for the panels; past that the legend lies over them.
    return std::max(left, job.options.width / 2);
}

} // namespace

void prepareFrame(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                  const core::calendar::Window& window, const core::figure::ExportOptions& options,
                  const core::figure::FontMetrics& metrics, core::scene::Scene& scene,
                  core::figure::ExportFrame& frame) {
    core::scene::SceneInput in;
    in.data = &data;
    in.t = window.begin;
    in.window = window;
    in.positions = &positions;
    in.filter = options.filter;
    core::scene::buildScene(in, exportSceneStyle(options), scene);
    core::scene::decorateMergedScene(data, scene, options.hulls);
    core::figure::layoutExportFrame(data, scene, options, metrics, frame);
}

bool exportSnapshot(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                    const SnapshotJob& job, SnapshotRenderer& renderer, std::string& error,
                    SnapshotStats* stats) {
    for (const std::string* path : {&job.png, &job.svg, &job.bibliography})
        if (!path->empty() && !core::figure::checkOutputFile(*path, error)) return false;
    SnapshotStats local;
    SnapshotStats& s = stats ? *stats : local;
    auto start = Clock::now();
    core::scene::Scene scene;
    core::figure::ExportFrame frame;
    prepareFrame(data, positions, job.window, job.options, renderer.metrics(), scene, frame);
    s.sceneMs = msSince(start);
    for (const core::scene::SceneNode& n : scene.nodes)
        s.nodes += n.alpha > 0.0f ? 1 : 0;
    for (const core::scene::SceneEdge& e : scene.edges)
        s.ties += e.alpha > 0.0f && e.t1 > e.t0 ? 1 : 0;
    for (const core::scene::SceneLabel& l : scene.labels)
        s.labels += l.visible ? 1 : 0;

    if (!job.png.empty()) {
        start = Clock::now();
        render::Image image;
        if (!renderer.render(scene, frame, image, error)) return false;
        s.renderMs = msSince(start);
        start = Clock::now();
        if (!writeExportPng(job.png, image, error)) return false;
        s.pngMs = msSince(start);
    }
    if (!job.svg.empty()) {
        start = Clock::now();
        const std::string svg = core::figure::svgDocument(data, scene, frame, renderer.metrics());
        if (!core::io::writeFileAtomic(job.svg, svg, error)) return false;
        s.svgMs = msSince(start);
    }
    if (!job.bibliography.empty()) {
        std::vector<char> seen;
        core::figure::markVisibleTies(data, scene, seen);
        if (!core::figure::writeBibliography(data, seen, core::calendar::windowPhrase(scene.window),
                                             job.bibliography, error, job.options.bibKinds))
            return false;
    }
    return true;
}

void sharedPositions(const std::vector<core::calendar::Window>& windows, const PositionsAt& positionsAt,
                     std::vector<core::model::Point>& out) {
    out.clear();
    std::vector<core::model::Point> at;
    for (const core::calendar::Window& w : windows) {
        positionsAt(w.begin, at);
        if (out.empty()) out.assign(at.size(), core::model::Point{0, 0});
        for (std::size_t i = 0; i < at.size() && i < out.size(); ++i) {
            out[i].x += at[i].x / double(windows.size());
            out[i].y += at[i].y / double(windows.size());
        }
    }
}

bool exportPanels(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                  const PanelsJob& job, SnapshotRenderer& renderer, std::string& error) {
    for (const std::string* path : {&job.png, &job.svg, &job.bibliography})
        if (!path->empty() && !core::figure::checkOutputFile(*path, error)) return false;
    if (job.windows.empty()) {
        error = "no dates for the panels";
        return false;
    }
    // One legend for the whole picture, in a strip on the right: what any panel shows.
    core::scene::Scene shown;
    core::figure::ExportFrame legendFrame;
    const int gridWidth = job.options.legend
                              ? wholeLegend(data, positions, job, renderer.metrics(), shown, legendFrame)
                              : job.options.width;
    int columns = job.columns, rows = job.rows;
    if (columns <= 0 || rows <= 0)
        core::figure::panelGrid(int(job.windows.size()), gridWidth, job.options.height, columns, rows);
    if (std::size_t(columns * rows) < job.windows.size()) {
        error = "a " + std::to_string(columns) + "x" + std::to_string(rows) + " grid holds " +
                std::to_string(columns * rows) + " panels, not " + std::to_string(job.windows.size());
        return false;
    }
    const int cellWidth = gridWidth / columns, cellHeight = job.options.height / rows;
    if (cellWidth < 16 || cellHeight < 16) {
        error = "panels of " + std::to_string(cellWidth) + "x" + std::to_string(cellHeight) +
                " pixels are too small";
        return false;
    }
    core::figure::ExportOptions panel = job.options;
    panel.width = cellWidth;
    panel.height = cellHeight;
    panel.legend = false; // drawn once, beside the panels
    // One frame for all: fitted to every actor any panel shows (the span from the first window to
    // the last), then given to each panel as its view at the panel's own size.
    core::calendar::Window all = job.windows.front();
    for (const core::calendar::Window& w : job.windows)
        all.begin = std::min(all.begin, w.begin), all.end = std::max(all.end, w.end);
    all.range = true;
    core::scene::Scene scene;
    core::figure::ExportFrame frame;
    prepareFrame(data, positions, all, panel, renderer.metrics(), scene, frame);
    panel.view = frame.camera;
    panel.stretch = scene.stretch;

    render::Image whole, image;
    whole.width = job.options.width;
    whole.height = job.options.height;
    const core::figure::ExportBackdrop backdrop = core::figure::exportBackdrop(job.options.dark);
    whole.rgba.assign(std::size_t(whole.width) * std::size_t(whole.height) * 4, 0);
    if (!job.options.transparent) // behind the cells the grid leaves over (a few pixels at most)
        for (std::size_t i = 0; i < whole.rgba.size(); i += 4) {
            whole.rgba[i] = std::uint8_t(backdrop.bottom.r * 255.0f + 0.5f);
            whole.rgba[i + 1] = std::uint8_t(backdrop.bottom.g * 255.0f + 0.5f);
            whole.rgba[i + 2] = std::uint8_t(backdrop.bottom.b * 255.0f + 0.5f);
            whole.rgba[i + 3] = 255;
        }
    std::vector<core::figure::SvgPanel> svgPanels;
    std::vector<char> seen;
    std::string dates;
    for (std::size_t k = 0; k < job.windows.size(); ++k) {
        const int x0 = int(k % std::size_t(columns)) * cellWidth,
                  y0 = int(k / std::size_t(columns)) * cellHeight;
        prepareFrame(data, positions, job.windows[k], panel, renderer.metrics(), scene, frame);
        if (!job.png.empty()) {
            if (!renderer.render(scene, frame, image, error)) return false;
            for (int y = 0; y < image.height; ++y)
                std::copy_n(
                    &image.rgba[std::size_t(y) * std::size_t(image.width) * 4], std::size_t(image.width) * 4,
                    &whole.rgba[(std::size_t(y0 + y) * std::size_t(whole.width) + std::size_t(x0)) * 4]);
        }
        if (!job.svg.empty())
            svgPanels.push_back({double(x0), double(y0), core::calendar::windowKey(job.windows[k]),
                                 core::figure::svgDocument(data, scene, frame, renderer.metrics())});
        core::figure::markVisibleTies(data, scene, seen);
        dates += (k == 0 ? "" : k + 1 == job.windows.size() ? " and " : ", ") + frame.date;
    }
    if (!legendFrame.legend.box.empty && !job.png.empty()) {
        if (!renderer.render(shown, legendFrame, image, error)) return false;
        overLay(image, whole); // transparent but for the legend
    }
    if (!job.png.empty() && !writeExportPng(job.png, whole, error)) return false;
    if (!job.svg.empty()) {
        const std::string legendSvg =
            legendFrame.legend.box.empty
                ? std::string()
                : core::figure::svgDocument(data, shown, legendFrame, renderer.metrics());
        const std::string svg = core::figure::svgPanelsDocument(data.meta.title + ": " + dates, whole.width,
                                                                whole.height, svgPanels, legendSvg);
        if (!core::io::writeFileAtomic(job.svg, svg, error)) return false;
    }
    if (!job.bibliography.empty() &&
        !core::figure::writeBibliography(data, seen, "in the panels of " + dates, job.bibliography, error))
        return false;
    return true;
}

} // namespace tieline::exporter
