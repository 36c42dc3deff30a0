// Render tests for app/render/graph_renderer.cpp through EGL (no display): draw scenes offscreen
// and read the pixels back where the scene says things are.
#include "core/io/dataset_loader.hpp"
#include "core/scene/labels.hpp"
#include "render/framebuffer.hpp"
#include "render/graph_renderer.hpp"
#include "render/offscreen_egl.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace tieline;

namespace {

const char* kText = R"({
  "meta": {"title": "render", "start": "1956", "end": "1957"},
  "tieTypes": [{"id": "aid", "directed": true, "color": "#0072B2"},
               {"id": "rivalry", "directed": false, "sign": -1, "color": "#D55E00"}],
  "groups": [{"id": "n", "color": "#009E73"}, {"id": "s", "color": "#CC79A7"}],
  "actors": [{"id": "a", "name": "Kim Il Sung", "native": "김일성", "group": "n"},
             {"id": "b", "name": "Beta", "group": "n"},
             {"id": "c", "name": "Gamma", "group": "s", "spans": [{"end": "1956-06"}]},
             {"id": "d", "name": "Delta", "group": "s"}],
  "ties": [{"id": "ab", "from": "a", "to": "b", "type": "aid", "spans": [{}], "confidence": "high"},
           {"id": "ad", "from": "a", "to": "d", "type": "rivalry", "spans": [{}], "confidence": "contested",
            "claims": [{"source": "s", "quote": "x"}, {"source": "s", "quote": "y"}]},
           {"id": "bc", "from": "b", "to": "c", "type": "aid", "spans": [{"end": "1956-06"}], "confidence": "high"}],
  "sources": [{"id": "s", "type": "book", "title": "t"}]
})";

struct Fixture {
    std::unique_ptr<render::EglContext> context;
    render::Framebuffer target;
    render::GraphRenderer renderer;
    core::model::Dataset data;
    std::vector<core::model::Point> positions = {{0, 0}, {200, 0}, {200, 150}, {0, 150}};
    std::string error;

    Fixture() {
        context = render::EglContext::create(error);
        REQUIRE_MESSAGE(context, error);
        target = render::Framebuffer::create(400, 300, error);
        REQUIRE_MESSAGE(target.isValid(), error);
        REQUIRE_MESSAGE(renderer.init(error), error);
        auto loaded = core::io::loadDatasetText(kText, "render.json");
        REQUIRE(loaded.dataset);
        data = std::move(*loaded.dataset);
    }

    // Draws the scene at `day` over the style's background; returns the pixels and the camera used.
    render::Image draw(const char* day, const core::scene::SceneStyle& style, core::scene::Scene& scene,
                       core::scene::Camera& camera, const render::GlyphAtlas* atlas = nullptr) {
        core::scene::SceneInput in;
        in.data = &data;
        in.t = core::calendar::parseDate(day)->firstDay();
        in.positions = &positions;
        core::scene::buildScene(in, style, scene);
        camera = core::scene::fitCamera(scene.bounds, 400, 300, 30);
        if (atlas) core::scene::cullLabels(scene, camera, *atlas);
        target.bind();
        glClearColor(style.background.r, style.background.g, style.background.b, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        renderer.draw(scene, camera, atlas);
        return render::readPixels(400, 300);
    }
};

struct Rgb8 {
    int r, g, b;
};
Rgb8 at(const render::Image& image, core::model::Point p) {
    const std::uint32_t v = image.pixel(int(std::lround(p.x)), int(std::lround(p.y)));
    return {int(v >> 24), int((v >> 16) & 0xFF), int((v >> 8) & 0xFF)};
}
bool near(Rgb8 a, core::model::Rgb rgb, int tolerance = 8) {
    return std::abs(a.r - int(rgb >> 16)) <= tolerance &&
           std::abs(a.g - int((rgb >> 8) & 0xFF)) <= tolerance &&
           std::abs(a.b - int(rgb & 0xFF)) <= tolerance;
}

} // namespace

TEST_CASE("render: a node's colour appears at its projected position") {
    Fixture f;
    core::scene::Scene scene;
    core::scene::Camera camera;
    const render::Image image = f.draw("1956-03-01", core::scene::darkSceneStyle(), scene, camera);
    CHECK(near(at(image, camera.toScreen(f.positions[0])), 0x009E73));
    CHECK(near(at(image, camera.toScreen(f.positions[3])), 0xCC79A7));
}

TEST_CASE("render: a tie's colour lies between its ends, and its arrowhead is wider than it") {
    Fixture f;
    core::scene::Scene scene;
    core::scene::Camera camera;
    const render::Image image = f.draw("1956-03-01", core::scene::darkSceneStyle(), scene, camera);
    const core::model::Point mid = camera.toScreen({100, 0});
    CHECK(near(at(image, mid), 0x0072B2, 12));
    // Off the ribbon, beside its middle: background.
    CHECK(near(at(image, {mid.x, mid.y + 12}), 0x17191F, 12));
    // Beside the arrowhead, at the same offset from the axis as above but wider than the ribbon.
    const core::scene::SceneEdge* ab = nullptr;
    for (const auto& e : scene.edges)
        if (f.data.tie(e.tie).key == "ab") ab = &e;
    REQUIRE(ab);
    const core::model::Point base = camera.toScreen(ab->arrowBase), tip = camera.toScreen(ab->arrowTip);
    const core::model::Point inArrow{0.7 * base.x + 0.3 * tip.x,
                                     base.y + 0.5 * ab->arrowHalfWidth * camera.zoom};
    CHECK(near(at(image, inArrow), 0x0072B2, 16));
    const core::model::Point beyondTip{tip.x + 3, tip.y};
    CHECK_FALSE(near(at(image, beyondTip), 0x0072B2, 40));
}

TEST_CASE("render: a contested tie is dashed: its pixels alternate along the line") {
    Fixture f;
    core::scene::Scene scene;
    core::scene::Camera camera;
    const render::Image image = f.draw("1956-03-01", core::scene::darkSceneStyle(), scene, camera);
    const core::model::Point a = camera.toScreen({0, 40}), b = camera.toScreen({0, 110});
    int on = 0, off = 0, switches = 0;
    bool previous = false;
    for (int y = int(a.y); y <= int(b.y); ++y) {
        const bool ink = near(at(image, {a.x, double(y)}), 0xD55E00, 40);
        (ink ? on : off) += 1;
        if (y > int(a.y) && ink != previous) ++switches;
        previous = ink;
    }
    CHECK(on > 10);
    CHECK(off > 10);
    CHECK(switches >= 4);
}

TEST_CASE("render: a still picture draws an actor at full colour on its last day and not after") {
    Fixture f;
    core::scene::Scene scene;
    core::scene::Camera camera;
    render::Image image = f.draw("1956-03-01", core::scene::darkSceneStyle(), scene, camera);
    const Rgb8 full = at(image, camera.toScreen(f.positions[2]));
    CHECK(near(full, 0xCC79A7));
    image = f.draw("1956-06-30", core::scene::darkSceneStyle(), scene, camera); // the last day of its span
    const Rgb8 last = at(image, camera.toScreen(f.positions[2]));
    CHECK(std::abs(last.r - full.r) <= 4);
    CHECK(std::abs(last.g - full.g) <= 4);
    image = f.draw("1956-07-01", core::scene::darkSceneStyle(), scene, camera);
    CHECK(scene.nodes.size() == 3);
}

TEST_CASE("render: the light theme draws on a light background, the dark theme on a dark one") {
    Fixture f;
    core::scene::Scene scene;
    core::scene::Camera camera;
    render::Image image = f.draw("1956-03-01", core::scene::lightSceneStyle(), scene, camera);
    CHECK(at(image, {5, 5}).r > 230);
    image = f.draw("1956-03-01", core::scene::darkSceneStyle(), scene, camera);
    CHECK(at(image, {5, 5}).r < 40);
}

TEST_CASE("render: labels are drawn below their nodes from the CJK font") {
    Fixture f;
    render::GlyphAtlas atlas;
    REQUIRE_MESSAGE(atlas.loadFont(render::kLabelFontPath, render::kLabelFontFace, f.error), f.error);
    REQUIRE_MESSAGE(atlas.build({"Kim Il Sung", "김일성", "Beta", "Gamma", "Delta"}, f.error), f.error);
    CHECK(atlas.glyph(U'김') != nullptr);
    CHECK(atlas.width("Kim", 13) > 13);
    core::scene::Scene scene;
    core::scene::Camera camera;
    const render::Image image = f.draw("1956-03-01", core::scene::darkSceneStyle(), scene, camera, &atlas);
    const core::scene::SceneLabel& kim = scene.labels[0];
    REQUIRE(kim.visible);
    int bright = 0; // the text's near-white pixels (not the orange rivalry's dashes under the label)
    for (int y = int(kim.boxY0); y < int(kim.boxY1); ++y)
        for (int x = int(kim.boxX0); x < int(kim.boxX1); ++x) {
            const Rgb8 p = at(image, {double(x), double(y)});
            if (std::min({p.r, p.g, p.b}) > 120) ++bright;
        }
    CHECK(bright > 40);
    CHECK(f.renderer.lastGlyphCount() ==
          9 + 3 + 4 + 5 + 5); // spaces draw nothing; 김일성 is Kim's native line
}
