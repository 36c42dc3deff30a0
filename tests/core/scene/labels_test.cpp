// Tests for label placement (app/core/scene/labels.*), the spatial grid behind it, and the focus
// rules of the scene: story stops, selection, hiding actors with no tie.
#include "core/figure/story_focus.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/scene/labels.hpp"
#include "core/scene/scene.hpp"
#include "core/scene/spatial_grid.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>

using namespace tieline::core;

namespace {

// A scene by hand: nodes at screen positions (camera zoom 1, centred at 400, 300 of 800x600).
scene::Camera flatCamera() {
    scene::Camera c;
    c.centerX = 400, c.centerY = 300, c.zoom = 1, c.width = 800, c.height = 600;
    return c;
}

const std::string kNames[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"};

void addNode(scene::Scene& s, double x, double y, double radius, double priority, bool guaranteed = false) {
    scene::SceneNode n;
    n.actor = model::ActorId(std::uint32_t(s.nodes.size()));
    n.center = {x, y};
    n.radius = radius;
    s.nodes.push_back(n);
    scene::SceneLabel l;
    l.actor = n.actor;
    l.anchor = {x, y + radius};
    l.nodeRadius = radius;
    l.text = &kNames[s.labels.size()];
    l.pixels = 10;
    l.priority = priority;
    l.guaranteed = guaranteed;
    s.labels.push_back(l);
}

scene::Rect box(const scene::SceneLabel& l) {
    return {l.boxX0, l.boxY0, l.boxX1, l.boxY1};
}

} // namespace

TEST_CASE("spatial grid: queries find exactly the stored rectangles a brute-force scan finds") {
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> pos(-50, 1050), size(0, 80);
    scene::SpatialGrid grid;
    grid.reset(0, 0, 1000, 1000, 40);
    std::vector<scene::Rect> rects;
    for (std::uint32_t i = 0; i < 2000; ++i) {
        const float x = pos(rng), y = pos(rng);
        rects.push_back({x, y, x + size(rng), y + size(rng)});
        grid.insert(rects.back(), i);
    }
    for (int q = 0; q < 300; ++q) {
        const float x = pos(rng), y = pos(rng);
        const scene::Rect query{x, y, x + size(rng) * 2, y + size(rng) * 2};
        std::set<std::uint32_t> fromGrid, brute;
        grid.query(query, [&](std::uint32_t id) {
            if (rects[id].overlaps(query)) CHECK(fromGrid.insert(id).second); // each id once
            return true;
        });
        for (std::uint32_t i = 0; i < rects.size(); ++i)
            if (rects[i].overlaps(query)) brute.insert(i);
        CHECK(fromGrid == brute);
    }
}

TEST_CASE("labels: a label takes the first free spot: below, above, right, left, then the diagonals") {
    scene::Scene s;
    addNode(s, 400, 300, 10, 5);
    scene::cullLabels(s, flatCamera(), scene::FixedAdvanceMeasure());
    CHECK(s.labels[0].visible);
    CHECK(s.labels[0].spot == scene::kBelow);
    CHECK(s.labels[0].boxY0 == doctest::Approx(300 + 10 + scene::kLabelGap));
    CHECK(0.5f * (s.labels[0].boxX0 + s.labels[0].boxX1) == doctest::Approx(400));

    scene::LabelOptions options;
    scene::SceneWorkspace work;
    options.obstacles = {{300, 312, 500, 340}}; // a panel just below the node
    scene::cullLabels(s, flatCamera(), scene::FixedAdvanceMeasure(), work, options);
    CHECK(s.labels[0].spot == scene::kAbove);
    CHECK(s.labels[0].boxY1 == doctest::Approx(300 - 10 - scene::kLabelGap));
    options.obstacles.push_back({300, 260, 500, 288}); // and above
    scene::cullLabels(s, flatCamera(), scene::FixedAdvanceMeasure(), work, options);
    CHECK(s.labels[0].spot == scene::kRight);
    CHECK(s.labels[0].boxX0 == doctest::Approx(400 + 10 + scene::kLabelGap));
    options.obstacles.push_back({412, 280, 500, 320}); // and right
    scene::cullLabels(s, flatCamera(), scene::FixedAdvanceMeasure(), work, options);
    CHECK(s.labels[0].spot == scene::kLeft);
    // Boxed in on every side: an ordinary label is dropped, a guaranteed one stands off on a leader.
    options.obstacles.push_back({300, 280, 388, 320});
    options.obstacles.push_back({300, 200, 500, 400});
    options.obstacles.erase(options.obstacles.begin(), options.obstacles.begin() + 4);
    options.obstacles = {
        {300, 250, 500, 290}, {300, 310, 500, 350}, {300, 290, 389, 310}, {411, 290, 500, 310}};
    scene::cullLabels(s, flatCamera(), scene::FixedAdvanceMeasure(), work, options);
    CHECK_FALSE(s.labels[0].visible);
    s.labels[0].guaranteed = true;
    CHECK(scene::cullLabels(s, flatCamera(), scene::FixedAdvanceMeasure(), work, options) == 0);
    CHECK(s.labels[0].visible);
    CHECK(s.labels[0].leader);
    for (const scene::Rect& o : options.obstacles)
        CHECK_FALSE(box(s.labels[0]).overlaps(o));
}

TEST_CASE("labels: never over another label or disc, guaranteed first, then by priority") {
    scene::Scene s;
    // A hub with neighbours all round, close enough that only some labels fit.
    addNode(s, 400, 300, 12, 10);       // Alpha: the hub
    addNode(s, 400, 330, 6, 1);         // Beta: right under it
    addNode(s, 440, 300, 6, 3);         // Gamma: right of it
    addNode(s, 400, 272, 6, 0.5, true); // Delta: above, guaranteed (selected, say)
    addNode(s, 360, 300, 6, 2);         // Epsilon: left
    addNode(s, 430, 330, 6, 0);         // Zeta: no tie
    scene::cullLabels(s, flatCamera(), scene::FixedAdvanceMeasure());
    CHECK(s.labels[0].visible); // the hub keeps its name although a neighbour sits below it
    CHECK(s.labels[0].spot != scene::kBelow);
    CHECK(s.labels[3].visible); // guaranteed
    for (std::size_t i = 0; i < s.labels.size(); ++i) {
        if (!s.labels[i].visible) continue;
        for (std::size_t j = i + 1; j < s.labels.size(); ++j)
            if (s.labels[j].visible) CHECK_FALSE(box(s.labels[i]).overlaps(box(s.labels[j])));
        for (std::size_t n = 0; n < s.nodes.size(); ++n)
            if (n != i)
                CHECK_FALSE(scene::discMeetsRect(float(s.nodes[n].center.x), float(s.nodes[n].center.y),
                                                 float(s.nodes[n].radius), box(s.labels[i])));
    }
    // Many labels at once stay fast and clean: 3,000 nodes on a jittered grid.
    scene::Scene big;
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> jitter(-6, 6);
    std::vector<std::string> names(3000);
    for (std::size_t i = 0; i < names.size(); ++i) {
        names[i] = "Actor " + std::to_string(i);
        scene::SceneNode n;
        n.actor = model::ActorId(std::uint32_t(i));
        n.center = {20.0 + double(i % 60) * 13 + jitter(rng), 20.0 + double(i / 60) * 11 + jitter(rng)};
        n.radius = 3;
        big.nodes.push_back(n);
        scene::SceneLabel l;
        l.actor = n.actor;
        l.anchor = {n.center.x, n.center.y + 3};
        l.nodeRadius = 3;
        l.text = &names[i];
        l.pixels = 10;
        l.priority = double(i % 97);
        big.labels.push_back(l);
    }
    scene::cullLabels(big, flatCamera(), scene::FixedAdvanceMeasure());
    std::vector<scene::Rect> shown;
    for (const scene::SceneLabel& l : big.labels)
        if (l.visible) shown.push_back(box(l));
    CHECK(shown.size() > 10);
    std::size_t overlaps = 0;
    for (std::size_t i = 0; i < shown.size(); ++i)
        for (std::size_t j = i + 1; j < shown.size(); ++j)
            overlaps += shown[i].overlaps(shown[j]) ? 1 : 0;
    CHECK(overlaps == 0);
}

namespace {

const char* kStory = R"({
  "meta": {"title": "focus", "start": "1956", "end": "1958"},
  "tieTypes": [{"id": "aid", "directed": true, "color": "#0072B2"}],
  "actors": [{"id": "a", "name": "Alpha"}, {"id": "b", "name": "Beta"}, {"id": "c", "name": "Gamma"},
             {"id": "d", "name": "Delta"}, {"id": "e", "name": "Epsilon"}, {"id": "f", "name": "Zeta"}],
  "ties": [{"id": "ab", "from": "a", "to": "b", "type": "aid", "spans": [{}], "confidence": "high"},
           {"id": "cd", "from": "c", "to": "d", "type": "aid", "spans": [{}], "confidence": "high"},
           {"id": "de", "from": "d", "to": "e", "type": "aid", "spans": [{"start": "1957-03-10"}], "confidence": "high"}],
  "stories": [{"id": "s", "title": "S", "stops": [{"date": "1957-03-10", "title": "Stop", "focus": ["a"]}]}]
})";

const model::Dataset& storyData() {
    static const io::LoadResult r = io::loadDatasetText(kStory, "focus.json");
    REQUIRE(r.dataset);
    return *r.dataset;
}

const std::vector<model::Point> kSix = {{0, 0}, {60, 0}, {0, 60}, {60, 60}, {120, 60}, {300, 300}};

const scene::SceneEdge& edgeOf(const scene::Scene& s, const char* key) {
    for (const scene::SceneEdge& e : s.edges)
        if (storyData().tie(e.tie).key == key) return e;
    FAIL("no edge " << key);
    return s.edges.front();
}

const scene::SceneNode& nodeOf(const scene::Scene& s, const char* key) {
    for (const scene::SceneNode& n : s.nodes)
        if (storyData().actor(n.actor).key == key) return n;
    FAIL("no node " << key);
    return s.nodes.front();
}

} // namespace

TEST_CASE("focus: a story stop emphasises its focus and the ties that start that day, dims the rest") {
    const model::Dataset& d = storyData();
    scene::SceneInput in;
    figure::slideInput(d, d.stories[0].stops[0], kSix, {}, in);
    scene::Scene s;
    scene::buildScene(in, scene::darkSceneStyle(), s);
    const float dim = float(scene::darkSceneStyle().dimAlpha);
    CHECK(edgeOf(s, "ab").alpha == doctest::Approx(1.0)); // touches the focus
    CHECK(edgeOf(s, "de").alpha == doctest::Approx(1.0)); // starts on the stop's day
    CHECK(edgeOf(s, "cd").alpha == doctest::Approx(dim));
    CHECK(nodeOf(s, "a").alpha == doctest::Approx(1.0));
    CHECK(nodeOf(s, "e").alpha == doctest::Approx(1.0));
    CHECK(nodeOf(s, "c").alpha == doctest::Approx(dim));
    CHECK(nodeOf(s, "a").ring == 2); // a lone focus actor is selected
    // What stays is drawn last (on top).
    CHECK(d.tie(s.edges.front().tie).key == "cd");
    // The focus actor's label is guaranteed; the isolate Zeta does not shrink the frame.
    for (const scene::SceneLabel& l : s.labels)
        if (d.actor(l.actor).key == "a") CHECK(l.guaranteed);
    CHECK(s.bounds.maxX < 200);
}

TEST_CASE("focus: selecting an actor or a tie dims the rest like hover") {
    const model::Dataset& d = storyData();
    scene::SceneInput in;
    in.data = &d;
    in.t = calendar::parseDate("1957-06-01")->firstDay();
    in.positions = &kSix;
    in.focus.selectedActor = model::ActorId(3); // Delta
    scene::Scene s;
    scene::buildScene(in, scene::darkSceneStyle(), s);
    const float dim = float(scene::darkSceneStyle().dimAlpha);
    CHECK(edgeOf(s, "cd").alpha == doctest::Approx(1.0));
    CHECK(edgeOf(s, "de").alpha == doctest::Approx(1.0));
    CHECK(edgeOf(s, "ab").alpha == doctest::Approx(dim));
    CHECK(nodeOf(s, "a").alpha == doctest::Approx(dim));
    CHECK(d.tie(s.edges.front().tie).key == "ab");
    in.focus = {};
    in.focus.selectedTie = model::TieId(0); // ab
    scene::buildScene(in, scene::darkSceneStyle(), s);
    CHECK(edgeOf(s, "ab").alpha == doctest::Approx(1.0));
    CHECK(edgeOf(s, "ab").highlighted);
    CHECK(edgeOf(s, "cd").alpha == doctest::Approx(dim));
    CHECK(nodeOf(s, "b").alpha == doctest::Approx(1.0));
    CHECK(nodeOf(s, "d").alpha == doctest::Approx(dim));
    CHECK(d.tie(s.edges.back().tie).key == "ab");
    // Nothing selected: nothing dimmed.
    in.focus = {};
    scene::buildScene(in, scene::darkSceneStyle(), s);
    for (const scene::SceneEdge& e : s.edges)
        CHECK(e.alpha == doctest::Approx(1.0));
}

TEST_CASE("focus: top 8 by weighted degree are guaranteed, hide actors with no tie now") {
    const model::Dataset& d = storyData();
    scene::SceneInput in;
    in.data = &d;
    in.t = calendar::parseDate("1957-06-01")->firstDay();
    in.positions = &kSix;
    scene::Scene s;
    scene::buildScene(in, scene::darkSceneStyle(), s);
    REQUIRE(s.nodes.size() == 6);
    for (const scene::SceneLabel& l : s.labels)
        CHECK(l.guaranteed == (d.actor(l.actor).key != "f")); // five tied actors, Zeta has none
    in.filter.hideUntied = true;
    scene::buildScene(in, scene::darkSceneStyle(), s);
    CHECK(s.nodes.size() == 5);
    CHECK(s.edges.size() == 3);
    in.filter.hideUntied = false;
    in.t = calendar::parseDate("1956-06-01")->firstDay(); // before de: Epsilon has no tie
    scene::buildScene(in, scene::darkSceneStyle(), s);
    CHECK(s.nodes.size() == 6); // shown, but the frame is the tied actors'
    CHECK(s.bounds.maxX < 100);
}
