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

TEST_CASE("scene: two ties between one pair curve to opposite sides, a single tie is straight") {
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

TEST_CASE("scene: widths follow strength, dashes mark approximate dates and weak confidence") {
    const scene::Scene s = build("1956-09-15");
    const scene::SceneStyle style = scene::darkSceneStyle();
    CHECK(edge(s, "ab").width == doctest::Approx(style.maxWidth));
    CHECK(edge(s, "ba").width == doctest::Approx(style.minWidth));
    CHECK_FALSE(edge(s, "ab").dashed);
    CHECK(edge(s, "ba").dashed); // low confidence
    CHECK(edge(s, "ac").dashed); // ~1956-09: approximate now
    CHECK_FALSE(edge(build("1957-01-01"), "ac").dashed);
}

TEST_CASE("scene: a still picture shows an entrance at full opacity on its first day, not before") {
    CHECK(build("1956-05-31").nodes.size() == 2);
    REQUIRE(build("1956-06-01").nodes.size() == 3);
    CHECK(build("1956-06-01").nodes[2].alpha == doctest::Approx(1.0));
    CHECK(build("1956-06-11").nodes[2].alpha == doctest::Approx(1.0));
}

TEST_CASE("scene: filters hide tie types, groups and weak confidence, absent actors can show as ghosts") {
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

TEST_CASE("scene: labels of overlapping discs move aside rather than cover each other") {
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
    for (const scene::SceneLabel& l : s.labels)
        CHECK(l.visible); // all three have ties at t: all in the top 8, all guaranteed
    // Alpha (degree 2) first: below it runs its tie to the far node, above and right lie on Beta's
    // disc, so its label takes the free spot no tie runs through, the left.
    CHECK(s.labels[0].spot == scene::kLeft);
    CHECK(s.labels[1].spot != s.labels[0].spot); // Beta sits on top of it: elsewhere
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = i + 1; j < 3; ++j) {
            const scene::Rect a{s.labels[i].boxX0, s.labels[i].boxY0, s.labels[i].boxX1, s.labels[i].boxY1};
            const scene::Rect b{s.labels[j].boxX0, s.labels[j].boxY0, s.labels[j].boxX1, s.labels[j].boxY1};
            CHECK_FALSE(a.overlaps(b));
        }
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

TEST_CASE("camera: zooming at a point keeps it in place, fitting shows the bounds") {
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

namespace {

// The time rule (README, "Time"): a one-day tie, a four-day tie inside September, a tie from
// 1956-03-15 to the end of 1956-04 and one from 1956-11 on.
const model::Dataset& timeData() {
    static const io::LoadResult r = io::loadDatasetText(R"({
      "meta": {"title": "time", "start": "1956", "end": "1957"},
      "tieTypes": [{"id": "meet"}],
      "actors": [{"id": "m", "name": "Mikoyan"}, {"id": "k", "name": "Kim"}, {"id": "p", "name": "Peng"},
                 {"id": "c", "name": "Choe", "spans": [{"start": "1956-03-15", "end": "1956-04"}]}],
      "ties": [{"id": "day", "from": "p", "to": "k", "type": "meet", "confidence": "high", "spans": [{"start": "1956-08-30", "end": "1956-08-30"}]},
               {"id": "mission", "from": "m", "to": "k", "type": "meet", "confidence": "high",
                "spans": [{"start": "1956-09-19", "end": "1956-09-23"}], "strength": [["1956-09-19", 0.2], ["1956-09-21", 0.8], ["1956-09-23", 0.4]]},
               {"id": "spring", "from": "c", "to": "k", "type": "meet", "confidence": "high", "spans": [{}]},
               {"id": "late", "from": "m", "to": "p", "type": "meet", "confidence": "high", "spans": [{"start": "1956-11"}]}]})",
                                                        "time.json");
    REQUIRE(r.dataset);
    return *r.dataset;
}

std::vector<std::string> tiesShown(const char* date, calendar::DatePrecision precision,
                                   float* alphaOf = nullptr, const char* key = nullptr) {
    static const std::vector<model::Point> positions = {{0, 0}, {100, 0}, {0, 100}, {100, 100}};
    scene::SceneInput in;
    in.data = &timeData();
    in.t = calendar::parseDate(date)->firstDay();
    in.precision = precision;
    in.positions = &positions;
    scene::Scene s;
    scene::buildScene(in, scene::darkSceneStyle(), s);
    std::vector<std::string> keys;
    for (const scene::SceneEdge& e : s.edges) {
        keys.push_back(timeData().tie(e.tie).key);
        if (alphaOf && key && keys.back() == key) *alphaOf = e.alpha;
    }
    return keys;
}

using Keys = std::vector<std::string>;
constexpr auto kDay = calendar::DatePrecision::Day;
constexpr auto kMonth = calendar::DatePrecision::Month;
constexpr auto kYear = calendar::DatePrecision::Year;

} // namespace

TEST_CASE("time rule: at day precision exactly the ties true that day, at full strength of opacity") {
    CHECK(tiesShown("1956-08-29", kDay) == Keys{});
    CHECK(tiesShown("1956-08-30", kDay) == Keys{"day"}); // a one-day tie: that day only
    CHECK(tiesShown("1956-08-31", kDay) == Keys{});
    CHECK(tiesShown("1956-09-01", kDay) == Keys{}); // no "brief tie of the month" before it began
    CHECK(tiesShown("1956-09-18", kDay) == Keys{});
    float alpha = 0;
    CHECK(tiesShown("1956-09-19", kDay, &alpha, "mission") == Keys{"mission"}); // first day of the span
    CHECK(alpha == doctest::Approx(1.0)); // no fade-in on a still picture
    CHECK(tiesShown("1956-09-23", kDay, &alpha, "mission") == Keys{"mission"}); // last day
    CHECK(alpha == doctest::Approx(1.0));
    CHECK(tiesShown("1956-09-24", kDay) == Keys{});
    CHECK(tiesShown("1956-03-14", kDay) == Keys{}); // Choe arrives on the 15th
    CHECK(tiesShown("1956-03-15", kDay) == Keys{"spring"});
    CHECK(tiesShown("1956-04-30", kDay) == Keys{"spring"});
    CHECK(tiesShown("1956-05-01", kDay) == Keys{});
    CHECK(tiesShown("1956-10-31", kDay) == Keys{});
    CHECK(tiesShown("1956-11-01", kDay) == Keys{"late"});
}

TEST_CASE("time rule: at month precision what is true at any time in the month, partial ties paler") {
    float alpha = 0;
    CHECK(tiesShown("1956-09", kMonth, &alpha, "mission") == Keys{"mission"}); // four days inside September
    CHECK(alpha == doctest::Approx(scene::darkSceneStyle().partialAlpha));
    CHECK(tiesShown("1956-08", kMonth) == Keys{"day"});
    CHECK(tiesShown("1956-10", kMonth) == Keys{});
    CHECK(tiesShown("1956-03", kMonth) == Keys{"spring"});                   // from the 15th: partial
    CHECK(tiesShown("1956-04", kMonth, &alpha, "spring") == Keys{"spring"}); // the whole month
    CHECK(alpha == doctest::Approx(1.0));
    CHECK(tiesShown("1956-05", kMonth) == Keys{});
    CHECK(tiesShown("1956-11-20", kMonth, &alpha, "late") == Keys{"late"}); // any day names its month
    CHECK(alpha == doctest::Approx(1.0));
    CHECK(tiesShown("1956-06-30", kYear) == Keys{"day", "mission", "spring", "late"});
}

TEST_CASE("time rule: over a window a tie's strength is its maximum there, windows and captions") {
    const model::Dataset& d = timeData();
    const model::ActiveSet month =
        model::activeDuring(d, calendar::windowOf(*calendar::parseDate("1956-09")));
    REQUIRE(month.ties.size() == 1);
    CHECK(month.ties[0].strength == doctest::Approx(0.8)); // the keyframe of the 21st
    CHECK(month.ties[0].partial);
    const model::ActiveSet day =
        model::activeDuring(d, calendar::windowOf(*calendar::parseDate("1956-09-20")));
    REQUIRE(day.ties.size() == 1);
    CHECK(day.ties[0].strength == doctest::Approx(0.5));
    CHECK_FALSE(day.ties[0].partial);
    const model::ActiveSet range = model::activeDuring(
        d, calendar::rangeWindow(calendar::daysFromCivil(1956, 9, 22), calendar::daysFromCivil(1956, 9, 23)));
    REQUIRE(range.ties.size() == 1);
    CHECK(range.ties[0].strength == doctest::Approx(0.6)); // halfway from 0.8 down to 0.4
    CHECK_FALSE(range.ties[0].partial);                    // it holds on both days
    const calendar::Window sep = calendar::windowAt(calendar::daysFromCivil(1956, 9, 20), kMonth);
    CHECK(sep.begin == calendar::daysFromCivil(1956, 9, 1));
    CHECK(sep.end == calendar::daysFromCivil(1956, 10, 1));
    CHECK(calendar::windowCaption(sep) == "September 1956");
    CHECK(calendar::windowKey(sep) == "1956-09");
    CHECK(calendar::windowCaption(calendar::windowAt(sep.begin, kYear)) == "1956");
    CHECK(calendar::windowKey(calendar::windowAt(sep.begin, kYear)) == "1956");
    CHECK(calendar::windowCaption(calendar::windowAt(sep.begin + 19, kDay)) == "20 September 1956");
    const calendar::Window r =
        calendar::rangeWindow(calendar::daysFromCivil(1956, 8, 1), calendar::daysFromCivil(1956, 10, 31));
    CHECK(calendar::windowCaption(r) == "1 August 1956 \u2013 31 October 1956");
    CHECK(calendar::windowKey(r) == "1956-08-01..1956-10-31");
    CHECK(calendar::windowKey(calendar::windowAt(sep.begin, kDay)) == "1956-09-01");
}
