// Render benchmark (issue: "the network on screen"): draws frames offscreen at 1280x800 through
// EGL with the window's pipeline (scene, label culling, backdrop, graph renderer) while time
// advances, and prints frame times. Two cases: the default dataset playing through 1955-1969 with
// its real layout, and a synthetic network of 5,000 actors and 15,000 ties laid out once by the
// engine's static simulation over all its ties (300 ticks), so that ties are as long as a layout
// makes them.
// usage: tieline_bench_render [FRAMES]
#include "core/io/dataset_loader.hpp"
#include "core/layout/graph_layout.hpp"
#include "core/layout/temporal_layout.hpp"
#include "core/scene/labels.hpp"
#include "render/backdrop.hpp"
#include "render/framebuffer.hpp"
#include "render/graph_renderer.hpp"
#include "render/offscreen_egl.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace tieline;
using Clock = std::chrono::steady_clock;

namespace {

core::model::Dataset syntheticDataset(std::size_t actors, std::size_t ties) {
    core::model::Dataset d;
    d.meta.title = "synthetic";
    d.meta.start = *core::calendar::parseDate("1955");
    d.meta.end = *core::calendar::parseDate("1969");
    for (int k = 0; k < 4; ++k)
        d.tieTypes.push_back({"type-" + std::to_string(k), "Type " + std::to_string(k), "", k != 3,
                              k == 2 ? -1 : 1, core::model::Rgb(0x0072B2 + 0x203040 * k)});
    for (int g = 0; g < 8; ++g)
        d.groups.push_back(
            {"group-" + std::to_string(g), "Group", "", core::model::Rgb(0x009E73 + 0x151515 * g)});
    std::uint64_t state = 1;
    const auto next = [&] { // a small LCG: deterministic and the same everywhere
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::uint32_t(state >> 33);
    };
    for (std::size_t i = 0; i < actors; ++i) {
        core::model::Actor a;
        a.key = "a" + std::to_string(i);
        a.name = "Actor " + std::to_string(i);
        a.group = core::model::GroupId(std::uint32_t(i % 8));
        d.actors.push_back(a);
    }
    for (std::size_t i = 0; i < ties; ++i) {
        core::model::Tie t;
        t.key = "t" + std::to_string(i);
        t.from = core::model::ActorId(next() % std::uint32_t(actors));
        t.to = core::model::ActorId((t.from.value + 1 + next() % 50) %
                                    std::uint32_t(actors)); // local, like real networks
        t.type = core::model::TieTypeId(next() % 4);
        const int startYear = 1955 + int(next() % 12);
        t.spans.push_back({core::calendar::parseDate(std::to_string(startYear)),
                           core::calendar::parseDate(std::to_string(startYear + 1 + int(next() % 3)))});
        t.strength.push_back({*core::calendar::parseDate("1955"), 0.2 + 0.8 * (next() % 100) / 100.0});
        t.confidence = core::model::Confidence(next() % 4);
        d.ties.push_back(t);
    }
    d.indexKeys();
    return d;
}

struct Stats {
    double median, p95, max;
};

Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

// Plays `frames` frames across the dataset's range and times each from scene building to glFinish.
void run(const char* name, const core::model::Dataset& data, const std::vector<core::model::Point>* fixed,
         core::layout::TemporalLayout* layout, int frames, render::GraphRenderer& graph,
         render::Backdrop& backdrop, render::GlyphAtlas& atlas) {
    std::string error;
    std::vector<std::string_view> texts;
    for (const auto& a : data.actors)
        texts.push_back(a.name), texts.push_back(a.native);
    atlas.build(texts, error);
    std::vector<core::model::Point> positions = fixed ? *fixed : std::vector<core::model::Point>();
    core::scene::Scene scene;
    std::vector<double> times, sceneMs, cullMs;
    core::scene::Camera camera;
    for (int f = 0; f < frames; ++f) {
        const double t =
            data.rangeBegin() + (data.rangeEnd() - 1.0 - data.rangeBegin()) * f / std::max(1, frames - 1);
        const auto start = Clock::now();
        if (layout) layout->positionsAt(t, positions);
        core::scene::SceneInput in;
        in.data = &data;
        in.t = t;
        in.positions = &positions;
        core::scene::buildScene(in, core::scene::darkSceneStyle(), scene);
        const auto built = Clock::now();
        if (f == 0) camera = core::scene::fitCamera(scene.bounds, 1280, 800, 40);
        core::scene::cullLabels(scene, camera, atlas);
        const auto culled = Clock::now();
        sceneMs.push_back(std::chrono::duration<double, std::milli>(built - start).count());
        cullMs.push_back(std::chrono::duration<double, std::milli>(culled - built).count());
        backdrop.drawCached(render::darkBackdrop(), 1280, 800);
        graph.draw(scene, camera, &atlas, 1.0f);
        glFinish();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    const Stats s = stats(times);
    std::printf("%-34s %5d frames  median %6.2f ms  p95 %6.2f ms  max %6.2f ms  (%.0f fps at the median)\n",
                name, frames, s.median, s.p95, s.max, 1000.0 / s.median);
    std::printf("%-34s of which scene %.2f ms, label culling %.2f ms (medians), the rest GL\n", "",
                stats(sceneMs).median, stats(cullMs).median);
}

} // namespace

int main(int argc, char** argv) {
    const int frames = argc > 1 ? std::max(2, std::atoi(argv[1])) : 240;
    std::string error;
    auto context = render::EglContext::create(error);
    if (!context) {
        std::fprintf(stderr, "tieline_bench_render: %s\n", error.c_str());
        return 1;
    }
    std::printf("renderer: %s, 1280x800\n", context->renderer().c_str());
    render::Framebuffer target = render::Framebuffer::create(1280, 800, error);
    render::GraphRenderer graph;
    render::Backdrop backdrop;
    render::GlyphAtlas atlas;
    if (!target.isValid() || !graph.init(error) || !backdrop.init(error) ||
        !atlas.loadFont(render::kLabelFontPath, render::kLabelFontFace, error)) {
        std::fprintf(stderr, "tieline_bench_render: %s\n", error.c_str());
        return 1;
    }
    target.bind();

    const core::io::LoadResult korea = core::io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    if (!korea.dataset) return 1;
    core::layout::TemporalLayout layout;
    layout.setDataset(*korea.dataset);
    layout.computeNow();
    run("default dataset (44 actors)", *korea.dataset, nullptr, &layout, frames, graph, backdrop, atlas);

    const core::model::Dataset big = syntheticDataset(5000, 15000);
    core::layout::Graph unionGraph;
    unionGraph.nodeCount = std::uint32_t(big.actors.size());
    for (const core::model::Tie& t : big.ties)
        unionGraph.edges.push_back({t.from.value, t.to.value, 1.0});
    core::layout::Simulation simulation =
        core::layout::makeGraphSimulation(unionGraph, core::layout::d3DefaultParams());
    simulation.tick(300);
    std::vector<core::model::Point> spiral(big.actors.size());
    for (std::size_t i = 0; i < spiral.size(); ++i)
        spiral[i] = {simulation.bodies().x[i], simulation.bodies().y[i]};
    run("synthetic (5,000 actors, 15,000 ties)", big, &spiral, nullptr, std::max(2, frames / 4), graph,
        backdrop, atlas);
    return 0;
}
