// A snapshot's files.
#include "exporter/snapshot_export.hpp"

#include "core/figure/bibliography.hpp"
#include "core/figure/svg_writer.hpp"
#include "core/io/atomic_file.hpp"
#include "exporter/png_encoder.hpp"

#include <chrono>

namespace tieline::exporter {

namespace {

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

void prepareFrame(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                  core::calendar::Time at, const core::figure::ExportOptions& options,
                  const core::figure::FontMetrics& metrics, core::scene::Scene& scene,
                  core::figure::ExportFrame& frame) {
    core::scene::SceneInput in;
    in.data = &data;
    in.t = at;
    in.positions = &positions;
    in.filter = options.filter;
    core::scene::buildScene(in, exportSceneStyle(options), scene);
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
    prepareFrame(data, positions, job.at, job.options, renderer.metrics(), scene, frame);
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
        if (!core::figure::writeBibliography(data, seen, "on " + frame.date, job.bibliography, error,
                                             job.options.bibKinds))
            return false;
    }
    return true;
}

} // namespace tieline::exporter
