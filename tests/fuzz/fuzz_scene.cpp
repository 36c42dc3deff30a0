// libFuzzer target: a loaded dataset drawn as a scene (filters, parallel ties, arrows, labels,
// hit tests) with deterministic positions, at several moments.
#include "core/io/dataset_loader.hpp"
#include "core/scene/hit_test.hpp"
#include "core/scene/labels.hpp"
#include "core/scene/scene.hpp"

#include <cmath>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tieline::core;
    io::LoadOptions options;
    options.maxItems = 500;
    const io::LoadResult r =
        loadDatasetText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json", options);
    if (!r.dataset) return 0;
    const model::Dataset& d = *r.dataset;
    std::vector<model::Point> positions(d.actors.size());
    for (std::size_t i = 0; i < positions.size(); ++i) // a spiral; every tenth node on top of another
        positions[i] = i % 10 == 9 ? positions[i - 1]
                                   : model::Point{std::cos(i * 2.4) * std::sqrt(i) * 20,
                                                  std::sin(i * 2.4) * std::sqrt(i) * 20};
    scene::Scene scene;
    for (calendar::Time t : {calendar::Time(d.rangeBegin()), (d.rangeBegin() + d.rangeEnd()) * 0.5}) {
        scene::SceneInput in;
        in.data = &d;
        in.t = t;
        in.positions = &positions;
        in.filter.hideAbsent = size % 2 == 0;
        if (!d.actors.empty()) in.focus.hoveredActor = model::ActorId(std::uint32_t(size % d.actors.size()));
        buildScene(in, scene::darkSceneStyle(), scene);
        const scene::Camera camera = fitCamera(scene.bounds, 640, 480, 20);
        cullLabels(scene, camera, scene::FixedAdvanceMeasure());
        (void)nodeAt(scene, camera, {320, 240});
        (void)tieAt(scene, camera, {300, 200});
    }
    return 0;
}
