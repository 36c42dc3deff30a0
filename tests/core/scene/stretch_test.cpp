// Tests for app/core/scene/stretch.cpp: fitting a network's aspect to the canvas by a stretch.
#include "core/io/dataset_loader.hpp"
#include "core/scene/hit_test.hpp"
#include "core/scene/stretch.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace tieline::core;

namespace {

// Alpha ties Beta (below it) and Gamma (beside it, a little); Delta has no tie (an isolate).
const char* kText = R"({
  "meta": {"title": "stretch", "start": "1956", "end": "1957"},
  "tieTypes": [{"id": "aid", "directed": true, "color": "#0072B2"}],
  "groups": [{"id": "n", "color": "#009E73"}],
  "actors": [{"id": "a", "name": "Alpha", "group": "n"}, {"id": "b", "name": "Beta", "group": "n"},
             {"id": "c", "name": "Gamma", "group": "n"}, {"id": "d", "name": "Delta", "group": "n"}],
  "ties": [{"id": "ab", "from": "a", "to": "b", "type": "aid", "spans": [{}], "confidence": "high"},
           {"id": "ac", "from": "a", "to": "c", "type": "aid", "spans": [{}], "confidence": "high"}]
})";

const model::Dataset& data() {
    static const io::LoadResult r = io::loadDatasetText(kText, "stretch.json");
    REQUIRE(r.dataset);
    return *r.dataset;
}

scene::Scene build(const std::vector<model::Point>& positions, scene::Stretch stretch = {}) {
    scene::SceneInput in;
    in.data = &data();
    in.t = calendar::parseDate("1956-06-01")->firstDay();
    in.positions = &positions;
    in.stretch = stretch;
    scene::Scene s;
    scene::buildScene(in, scene::darkSceneStyle(), s);
    return s;
}

// A tall network: 100 wide between the centres, 200 high; the isolate inside its frame.
const std::vector<model::Point> kTall = {{0, 0}, {0, 200}, {100, 100}, {50, 20}};

} // namespace

TEST_CASE("stretch: a tall network is stretched along x to the area's aspect, radii unchanged") {
    const scene::Scene s = build(kTall);
    REQUIRE(s.nodes.size() == 4);
    const double ra = s.nodes[0].radius, rb = s.nodes[1].radius, rc = s.nodes[2].radius;
    CHECK(s.nodes[3].framed == false); // the isolate is drawn but not framed
    const double height = 200 + ra + rb, width = 100 + ra + rc;
    CHECK(s.bounds.height() == doctest::Approx(height));
    CHECK(s.bounds.width() == doctest::Approx(width));
    // An area 0.8 as wide as high wants a width of 0.8 x the height: 100 s + ra + rc.
    const double want = (0.8 * height - ra - rc) / 100.0;
    REQUIRE(want > 1.0);
    REQUIRE(want < scene::kMaxStretch);
    const scene::Stretch st = scene::fitStretch(s, 800, 1000);
    CHECK(st.x == doctest::Approx(want).epsilon(1e-6));
    CHECK(st.y == 1.0);
    const scene::Bounds b = scene::framedBounds(s, st);
    CHECK(b.width() / b.height() == doctest::Approx(0.8).epsilon(1e-6));
    CHECK(b.height() == doctest::Approx(height)); // radii do not stretch
    // A wide area: capped.
    CHECK(scene::fitStretch(s, 4000, 1000).x == scene::kMaxStretch);
    // A taller area than the network: stretched along y instead.
    const scene::Stretch tall = scene::fitStretch(s, 500, 1000);
    CHECK(tall.x == 1.0);
    CHECK(tall.y == doctest::Approx((width / 0.5 - ra - rb) / 200.0).epsilon(1e-6));
    // An area of the network's own aspect: no stretch.
    const scene::Stretch same = scene::fitStretch(s, width * 3, height * 3);
    CHECK(same.x == doctest::Approx(1.0));
    CHECK(same.y == doctest::Approx(1.0));
}

TEST_CASE("stretch: a wide network is stretched along y") {
    const std::vector<model::Point> wide = {{0, 0}, {100, 0}, {50, 10}, {50, -20}};
    const scene::Scene s = build(wide);
    const scene::Stretch st = scene::fitStretch(s, 1000, 1000);
    CHECK(st.x == 1.0);
    CHECK(st.y == scene::kMaxStretch); // 10 high between centres: far from square even at the cap
    const scene::Stretch some = scene::fitStretch(s, 1000, 200);
    const scene::Bounds b = scene::framedBounds(s, some);
    CHECK(b.width() / b.height() == doctest::Approx(5.0).epsilon(1e-6));
}

TEST_CASE("stretch: building with a stretch equals restretching a built scene, both ways") {
    const scene::Stretch st{1.5, 1.0};
    const scene::Scene direct = build(kTall, st);
    scene::Scene re = build(kTall);
    scene::restretchScene(re, st);
    CHECK(re.stretch == st);
    REQUIRE(re.nodes.size() == direct.nodes.size());
    for (std::size_t i = 0; i < re.nodes.size(); ++i) {
        CHECK(re.nodes[i].center.x == direct.nodes[i].center.x);
        CHECK(re.nodes[i].center.y == direct.nodes[i].center.y);
        CHECK(re.nodes[i].radius == direct.nodes[i].radius);
    }
    CHECK(direct.nodes[2].center.x == 150.0); // 100 x 1.5
    CHECK(direct.nodes[2].center.y == 100.0);
    REQUIRE(re.edges.size() == direct.edges.size());
    for (std::size_t i = 0; i < re.edges.size(); ++i) {
        CHECK(re.edges[i].p0.x == direct.edges[i].p0.x);
        CHECK(re.edges[i].control.x == direct.edges[i].control.x);
        CHECK(re.edges[i].t0 == direct.edges[i].t0);
        CHECK(re.edges[i].t1 == direct.edges[i].t1);
        CHECK(re.edges[i].arrowTip.x == direct.edges[i].arrowTip.x);
        CHECK(re.edges[i].arrowTip.y == direct.edges[i].arrowTip.y);
    }
    for (std::size_t i = 0; i < re.labels.size(); ++i)
        CHECK(re.labels[i].anchor.x == direct.labels[i].anchor.x);
    CHECK(re.bounds.minX == direct.bounds.minX);
    CHECK(re.bounds.maxX == direct.bounds.maxX);
    // And back: the unstretched scene again, arrows restored where the discs had left no room.
    scene::Scene near = build({{0, 0}, {0, 100}, {0.5, 0}, {-20, 50}}); // Gamma on Alpha: no arrow
    CHECK_FALSE(near.edges[1].arrow);
    scene::restretchScene(near, {40, 1}); // 20 units apart now: room for the arrow
    CHECK(near.edges[1].arrow);
    scene::restretchScene(near, {});
    CHECK_FALSE(near.edges[1].arrow);
    CHECK(near.nodes[2].center.x == doctest::Approx(0.5));
}

TEST_CASE("stretch: never shortens a distance, so it adds no overlap") {
    const scene::Scene s = build(kTall);
    scene::Scene t = s;
    scene::restretchScene(t, {1.8, 1});
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
        for (std::size_t j = i + 1; j < s.nodes.size(); ++j) {
            const double before = std::hypot(s.nodes[i].center.x - s.nodes[j].center.x,
                                             s.nodes[i].center.y - s.nodes[j].center.y);
            const double after = std::hypot(t.nodes[i].center.x - t.nodes[j].center.x,
                                            t.nodes[i].center.y - t.nodes[j].center.y);
            CHECK(after >= before);
        }
}

TEST_CASE("stretch: an isolate does not hold it back") {
    // Delta far to the left, drawn but not framed: the same stretch as without it.
    const std::vector<model::Point> far = {{0, 0}, {0, 200}, {100, 100}, {-300, 100}};
    CHECK(scene::fitStretch(build(far), 800, 1000) == scene::fitStretch(build(kTall), 800, 1000));
}

TEST_CASE("stretch: hover and pick find the nodes where they are drawn") {
    const scene::Scene s = build(kTall, {1.6, 1});
    scene::Camera camera = scene::fitCamera(s.bounds, 800, 600, 20);
    for (const scene::SceneNode& n : s.nodes) {
        const auto hit = scene::nodeAt(s, camera, camera.toScreen(n.center));
        REQUIRE(hit);
        CHECK(*hit == n.actor);
    }
    // Gamma's raw position (100, 100) is not where it is drawn (160, 100).
    const auto miss = scene::nodeAt(s, camera, camera.toScreen({100, 100}), 0);
    CHECK_FALSE(miss);
}
