// Export benchmarks on the default dataset (run on demand, not by ctest):
//   tieline_bench_export [DATASET] [--sweep-frames N]
// A 3840x2160 PNG (render and encode), the SVG of the same moment, and a 1920x1080 sweep of
// 1955-1969 at 24 fps over 20 s (480 frames) to MP4. Prints milliseconds per phase.
#include "core/interop/dataset_files.hpp"
#include "core/layout/temporal_layout.hpp"
#include "exporter/sweep_exporter.hpp"
#include "render/offscreen_egl.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

using namespace tieline;
using Clock = std::chrono::steady_clock;

namespace {

double msSince(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

int fail(const std::string& what) {
    std::fprintf(stderr, "bench_export: %s\n", what.c_str());
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    std::string path = TIELINE_DATA "/korea-1955-1969.json";
    int sweepFrames = 480;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--sweep-frames" && i + 1 < argc)
            sweepFrames = std::atoi(argv[++i]);
        else
            path = a;
    }
    const core::io::LoadResult loaded = core::interop::loadAnyDataset(path);
    if (!loaded.dataset) return fail("cannot load " + path);
    const core::model::Dataset& data = *loaded.dataset;
    std::string error;
    auto start = Clock::now();
    const auto context = render::EglContext::create(error);
    if (!context) return fail(error);
    exporter::SnapshotRenderer renderer;
    if (!renderer.init(data, error)) return fail(error);
    std::printf("setup (EGL, programs, glyphs): %.0f ms on %s\n", msSince(start),
                context->renderer().c_str());
    core::layout::TemporalLayout layout;
    layout.setDataset(data);
    start = Clock::now();
    layout.computeNow();
    std::printf("layout (all keyframes): %.0f ms\n", msSince(start));

    const std::string dir = "/tmp/tieline-bench-export-" + std::to_string(::getpid());
    if (::mkdir(dir.c_str(), 0755) != 0) return fail("cannot create " + dir);
    exporter::SnapshotJob job;
    job.at = core::calendar::parseDate("1956-09-20")->firstDay();
    job.options.width = 3840;
    job.options.height = 2160;
    job.png = dir + "/big.png";
    job.svg = dir + "/big.svg";
    std::vector<core::model::Point> positions;
    layout.positionsAt(job.at, positions);
    for (int run = 0; run < 2; ++run) { // the first run warms the driver's shader caches
        exporter::SnapshotStats stats;
        start = Clock::now();
        if (!exporter::exportSnapshot(data, positions, job, renderer, error, &stats)) return fail(error);
        std::printf(
            "3840x2160 run %d: scene+frame %.1f ms, render %.0f ms, PNG encode+write %.0f ms, SVG %.1f ms "
            "(%zu nodes, %zu ties, %zu labels); PNG total %.0f ms\n",
            run + 1, stats.sceneMs, stats.renderMs, stats.pngMs, stats.svgMs, stats.nodes, stats.ties,
            stats.labels, stats.sceneMs + stats.renderMs + stats.pngMs);
    }

    exporter::SweepJob sweep;
    sweep.kind = core::figure::ExportKind::Mp4;
    sweep.path = dir + "/sweep.mp4";
    sweep.range.from = core::calendar::parseDate("1955")->firstDay();
    sweep.range.to = core::calendar::parseDate("1969")->dayAfterLast() - 1;
    sweep.range.fps = 24;
    sweep.range.seconds = sweepFrames / 24.0;
    exporter::SweepExporter exporter;
    const auto positionsAt = [&layout](core::calendar::Time t, std::vector<core::model::Point>& p) {
        layout.positionsAt(t, p);
    };
    start = Clock::now();
    if (!exporter.begin(data, sweep, positionsAt, renderer, error)) return fail(error);
    while (!exporter.finished())
        if (!exporter.step(error)) return fail(error);
    if (!exporter.finish(error)) return fail(error);
    const double ms = msSince(start);
    std::printf("1920x1080 sweep to MP4, %d frames: %.1f s (%.0f ms per frame)\n", sweep.range.frameCount(),
                ms / 1000, ms / sweep.range.frameCount());
    std::printf("files in %s\n", dir.c_str());
    return 0;
}
