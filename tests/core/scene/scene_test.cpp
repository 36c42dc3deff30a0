// Tests for app/core/scene: what the renderer and the SVG writer will draw.
#include "core/io/dataset_loader.hpp"
#include "core/scene/hit_test.hpp"
#include "core/scene/labels.hpp"
#include "core/scene/scene.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace tieline::core;

namespace {

const char* kText = R"({
  "meta": {"title": "scene", "start": "1956", "end": "1957"},
  "tieTypes": [{"id": "aid", "directed": true, "color": "#0072B2"},
               {"id": "rivalry", "directed": false, "sign": -1, "color": "#D55E00"}],
  "groups": [{"id": "n", "color": "#009E73"}, {"id": "s", "color": "#CC79A7"}],
  "actors": [{"id": "a", "name": "Alpha", "native": "알파", "group": "n"},
             {"id": "b", "name": "Beta", "group": "n"},
             {"id": "c", "name": "Gamma", "group": "s", "spans": [{"start": "1956-06"}]}],
  "ties": [{"id": "ab", "from": "a", "to": "b", "type": "aid", "spans": [{}], "confidence": "high",
            "strength": [["1956", 1.0]]},
           {"id": "ba", "from": "b", "to": "a", "type": "rivalry", "spans": [{}], "confidence": "low",
            "strength": [["1956", 0.0]]},
           {"id": "ac", "from": "a", "to": "c", "type": "aid", "spans": [{"start": "~1956-09"}], "confidence": "high"}]
})";

const model::Dataset& data() {
    static const io::LoadResult r = io::loadDatasetText(kText, "scene.json");
    REQUIRE(r.dataset);
    return *r.dataset;
}

const std::vector<model::Point> kPositions = {{0, 0}, {100, 0}, {0, 100}};

scene::Scene build(const char* day, scene::SceneInput in = {}) {
    in.data = &data();
    in.t = calendar::parseDate(day)->firstDay();
    in.positions = &kPositions;
    scene::Scene scene;
    scene::buildScene(in, scene::darkSceneStyle(), scene);
    return scene;
}

const scene::SceneEdge& edge(const scene::Scene& s, const char* key) {
    for (const scene::SceneEdge& e : s.edges)
        if (data().tie(e.tie).key == key) return e;
    FAIL("no edge " << key);
    return s.edges.front();
}

} // namespace

TEST_CASE("scene: nodes for present actors, coloured by group and sized by weighted degree") {
    const scene::Scene s = build("1956-03-01");
    REQUIRE(s.nodes.size() == 2); // Gamma enters in June
    CHECK(s.nodes[0].fill.g == doctest::Approx(0x9E / 255.0));
    CHECK(s.nodes[0].radius == doctest::Approx(s.nodes[1].radius)); // both have degree 1.0
    CHECK(s.nodes[0].radius == doctest::Approx(scene::darkSceneStyle().maxRadius));
    const scene::Scene withGamma = build("1957-01-01");
    REQUIRE(withGamma.nodes.size() == 3);
    CHECK(withGamma.nodes[0].radius > withGamma.nodes[2].radius); // Alpha: 2 ties, Gamma: 1
}

TEST_CASE("scene: two ties between one pair curve to opposite sides; a single tie is straight") {
    const scene::Scene s = build("1957-01-01");
    const scene::SceneEdge& ab = edge(s, "ab");
    const scene::SceneEdge& ba = edge(s, "ba");
    const scene::SceneEdge& ac = edge(s, "ac");
    CHECK(ab.control.y * ba.control.y < 0);
    CHECK(std::abs(ab.control.y) == doctest::Approx(std::abs(ba.control.y)));
    CHECK(ac.control.x == doctest::Approx(0.0));
    CHECK(ac.control.y == doctest::Approx(50.0));
}

TEST_CASE("scene: arrows end at the target's rim and only directed ties have them") {
    const scene::Scene s = build("1957-01-01");
    const scene::SceneEdge& ac = edge(s, "ac");
    REQUIRE(ac.arrow);
    const scene::SceneNode& c = s.nodes[2];
    CHECK(std::hypot(ac.arrowTip.x - c.center.x, ac.arrowTip.y - c.center.y) ==
          doctest::Approx(c.radius + 0.6).epsilon(1e-4));
    CHECK(ac.arrowBase.y < ac.arrowTip.y);
    CHECK_FALSE(edge(s, "ba").arrow);
    const model::Point start = edgePoint(ac, ac.t0);
    CHECK(std::hypot(start.x, start.y) == doctest::Approx(s.nodes[0].radius + 0.6).epsilon(1e-4));
}

TEST_CASE("scene: widths follow strength; dashes mark approximate dates and weak confidence") {
    const scene::Scene s = build("1956-09-15");
    const scene::SceneStyle style = scene::darkSceneStyle();
    CHECK(edge(s, "ab").width == doctest::Approx(style.maxWidth));
    CHECK(edge(s, "ba").width == doctest::Approx(style.minWidth));
    CHECK_FALSE(edge(s, "ab").dashed);
    CHECK(edge(s, "ba").dashed); // low confidence
    CHECK(edge(s, "ac").dashed); // ~1956-09: approximate now
    CHECK_FALSE(edge(build("1957-01-01"), "ac").dashed);
}

TEST_CASE("scene: entrances fade in over the fade period") {
    CHECK(build("1956-06-01").nodes[2].alpha == doctest::Approx(0.0));
    const float mid = build("1956-06-11").nodes[2].alpha;
    CHECK(mid == doctest::Approx(0.5));
    CHECK(build("1956-07-01").nodes[2].alpha == doctest::Approx(1.0));
}

TEST_CASE("scene: filters hide tie types, groups and weak confidence; absent actors can show as ghosts") {
    scene::SceneInput in;
    in.filter.hiddenTieTypes = {1, 0}; // hide aid
    scene::Scene s = build("1957-01-01", in);
    CHECK(s.edges.size() == 1);
    in = {};
    in.filter.hiddenGroups = {0, 1};
    s = build("1957-01-01", in);
    CHECK(s.nodes.size() == 2);
    CHECK(s.edges.size() == 2);
    in = {};
    in.filter.minConfidence = model::Confidence::Medium;
    CHECK(build("1957-01-01", in).edges.size() == 2);
    in = {};
    in.filter.hideAbsent = false;
    s = build("1956-03-01", in);
    REQUIRE(s.nodes.size() == 3);
    CHECK_FALSE(s.nodes[2].present);
    CHECK(s.nodes[2].alpha == doctest::Approx(scene::darkSceneStyle().absentAlpha));
}

TEST_CASE("scene: hovering an actor dims what lies outside its neighbourhood") {
    scene::SceneInput in;
    in.focus.hoveredActor = model::ActorId(2);
    const scene::Scene s = build("1957-01-01", in);
    CHECK(s.nodes[0].alpha == doctest::Approx(1.0));
    CHECK(s.nodes[1].alpha == doctest::Approx(scene::darkSceneStyle().dimAlpha));
    CHECK(s.nodes[2].ring == 1);
    CHECK(edge(s, "ab").alpha < 0.5f);
    CHECK(edge(s, "ac").alpha == doctest::Approx(1.0));
}

TEST_CASE("scene: overlapping labels keep the more important one") {
    scene::SceneInput in;
    const std::vector<model::Point> close = {{0, 0}, {2, 0}, {300, 300}};
    in.data = &data();
    in.t = calendar::parseDate("1957-01-01")->firstDay();
    in.positions = &close;
    scene::Scene s;
    scene::buildScene(in, scene::darkSceneStyle(), s);
    scene::Camera camera = fitCamera(s.bounds, 800, 600, 40);
    scene::cullLabels(s, camera, scene::FixedAdvanceMeasure());
    REQUIRE(s.labels.size() == 3);
    CHECK(s.labels[0].visible);       // Alpha: degree 2
    CHECK_FALSE(s.labels[1].visible); // Beta sits on top of it
    CHECK(s.labels[2].visible);
    CHECK(s.labels[0].native != nullptr);
    camera.centerX += 10000; // everything off screen
    cullLabels(s, camera, scene::FixedAdvanceMeasure());
    for (const scene::SceneLabel& l : s.labels)
        CHECK_FALSE(l.visible);
}

TEST_CASE("scene: hit tests find the node under the cursor and the tie near it") {
    const scene::Scene s = build("1957-01-01");
    const scene::Camera camera = fitCamera(s.bounds, 800, 600, 40);
    CHECK(scene::nodeAt(s, camera, camera.toScreen({100, 0})) == model::ActorId(1));
    CHECK_FALSE(scene::nodeAt(s, camera, camera.toScreen({50, 50})));
    const scene::SceneEdge& ac = edge(s, "ac");
    CHECK(scene::tieAt(s, camera, camera.toScreen(scene::edgePoint(ac, 0.5))) == ac.tie);
    CHECK_FALSE(scene::tieAt(s, camera, camera.toScreen({80, 80})));
}

TEST_CASE("camera: zooming at a point keeps it in place; fitting shows the bounds") {
    scene::Camera c;
    c.width = 800;
    c.height = 600;
    const model::Point cursor{200, 150};
    const model::Point before = c.toWorld(cursor);
    c.zoomAt(cursor, 2.5);
    const model::Point after = c.toWorld(cursor);
    CHECK(after.x == doctest::Approx(before.x));
    CHECK(after.y == doctest::Approx(before.y));
    scene::Bounds b;
    b.add(-50, -20);
    b.add(150, 80);
    const scene::Camera f = fitCamera(b, 800, 600, 20);
    CHECK(f.toScreen({-50, 30}).x == doctest::Approx(20));
    CHECK(f.toScreen({150, 30}).x == doctest::Approx(780));
    const scene::Camera half = blendCamera(c, f, 0.5);
    CHECK(half.zoom == doctest::Approx(std::sqrt(c.zoom * f.zoom)));
}

TEST_CASE("scene: a tie shorter than a month shows for the whole calendar month it touches") {
    static const io::LoadResult r = io::loadDatasetText(R"({
      "meta": {"title": "brief", "start": "1956", "end": "1956"},
      "tieTypes": [{"id": "intervention"}],
      "actors": [{"id": "mikoyan", "name": "Mikoyan"}, {"id": "kim", "name": "Kim"}],
      "ties": [{"id": "mission", "from": "mikoyan", "to": "kim", "type": "intervention",
                "spans": [{"start": "1956-09-19", "end": "1956-09-23"}], "confidence": "high"}]})",
                                                        "brief.json");
    REQUIRE(r.dataset);
    const std::vector<model::Point> positions = {{0, 0}, {100, 0}};
    const auto edgesAt = [&](const char* day, bool fill) {
        scene::SceneInput in;
        in.data = &*r.dataset;
        in.t = calendar::parseDate(day)->firstDay();
        in.positions = &positions;
        scene::SceneStyle style = scene::darkSceneStyle();
        style.briefTiesFillMonth = fill;
        scene::Scene s;
        scene::buildScene(in, style, s);
        return s.edges;
    };
    auto e = edgesAt("1956-09-01", true);
    REQUIRE(e.size() == 1);
    CHECK(e[0].brief);
    CHECK(e[0].alpha == doctest::Approx(1.0));
    CHECK(edgesAt("1956-09-01", false).empty());
    CHECK(edgesAt("1956-10-01", true).empty());
    CHECK(edgesAt("1956-08-31", true).empty());
    e = edgesAt("1956-09-20", true); // inside the span: an ordinary edge, fading over a quarter of it
    REQUIRE(e.size() == 1);
    CHECK_FALSE(e[0].brief);
    CHECK(e[0].alpha == doctest::Approx(1.0));
}
