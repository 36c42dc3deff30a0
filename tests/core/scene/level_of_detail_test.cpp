// Tests for app/core/scene/level_of_detail.cpp: the window's level of detail thins a zoomed-out
// large network (the strongest ties within the ink budget, in their drawing order; arrowheads too
// small to see; label candidates past what fits), never when zoomed in or without a fit, never a
// tie or label in focus; and the scene built through the span index and a warm workspace, after
// any sequence of moves in time, equals one built from scratch by the scan.
#include "core/scene/level_of_detail.hpp"

#include "../bench/synthetic_network.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/model/span_index.hpp"
#include "core/scene/labels.hpp"

#include <doctest/doctest.h>

#include <random>
#include <set>

using namespace tieline::core;

namespace {

struct World {
    model::Dataset data;
    std::vector<model::Point> positions;
};

// A synthetic network with seeded positions in a square (the scene needs positions, not a layout).
const World& world() {
    static const World w = [] {
        World w;
        w.data = tieline::bench::syntheticNetwork(3000, 5);
        std::mt19937_64 rng(5);
        std::uniform_real_distribution<double> at(-1500, 1500);
        for (std::size_t i = 0; i < w.data.actors.size(); ++i)
            w.positions.push_back({at(rng), at(rng)});
        return w;
    }();
    return w;
}

scene::SceneInput inputAt(const World& w, calendar::Time t) {
    scene::SceneInput in;
    in.data = &w.data;
    in.t = t;
    in.positions = &w.positions;
    return in;
}

scene::Camera fitted(const scene::Scene& s) {
    return scene::fitCamera(s.bounds, 1280, 800, 24);
}

// Exact equality of what two scenes draw.
void requireSameScene(const scene::Scene& a, const scene::Scene& b) {
    REQUIRE(a.nodes.size() == b.nodes.size());
    REQUIRE(a.edges.size() == b.edges.size());
    REQUIRE(a.labels.size() == b.labels.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        const scene::SceneNode &x = a.nodes[i], &y = b.nodes[i];
        REQUIRE(x.actor == y.actor);
        REQUIRE((x.center.x == y.center.x && x.center.y == y.center.y && x.radius == y.radius));
        REQUIRE((x.alpha == y.alpha && x.importance == y.importance && x.ring == y.ring &&
                 x.present == y.present));
    }
    for (std::size_t i = 0; i < a.edges.size(); ++i) {
        const scene::SceneEdge &x = a.edges[i], &y = b.edges[i];
        REQUIRE(x.tie == y.tie);
        REQUIRE((x.p0.x == y.p0.x && x.p0.y == y.p0.y && x.control.x == y.control.x &&
                 x.control.y == y.control.y && x.p2.x == y.p2.x && x.p2.y == y.p2.y));
        REQUIRE((x.t0 == y.t0 && x.t1 == y.t1 && x.width == y.width && x.alpha == y.alpha));
        REQUIRE((x.arrow == y.arrow && x.arrowHalfWidth == y.arrowHalfWidth &&
                 x.approximate == y.approximate && x.partial == y.partial && x.highlighted == y.highlighted));
    }
    for (std::size_t i = 0; i < a.labels.size(); ++i) {
        const scene::SceneLabel &x = a.labels[i], &y = b.labels[i];
        REQUIRE(x.actor == y.actor);
        REQUIRE((x.priority == y.priority && x.guaranteed == y.guaranteed && x.pixels == y.pixels &&
                 x.anchor.x == y.anchor.x && x.anchor.y == y.anchor.y));
    }
    CHECK(a.bounds.minX == b.bounds.minX);
    CHECK(a.bounds.maxY == b.bounds.maxY);
}

} // namespace

TEST_CASE("level of detail: off when zoomed in or before a fit: the whole scene is left as built") {
    const World& w = world();
    scene::Scene s;
    scene::buildScene(inputAt(w, calendar::daysFromCivil(1962, 6, 15)), scene::darkSceneStyle(), s);
    const scene::Scene built = s;
    scene::SceneWorkspace work;
    const scene::Camera fit = fitted(s);
    scene::Camera closer = fit;
    closer.zoom *= 1.5;
    for (const auto& [camera, fitZoom] : {std::pair(closer, fit.zoom), std::pair(fit, 0.0)}) {
        const scene::LevelOfDetail lod = scene::applyLevelOfDetail(s, camera, fitZoom, {}, work);
        CHECK_FALSE(lod.active);
        CHECK(lod.drawnTies == built.edges.size());
        CHECK(lod.shownTies == built.edges.size());
        requireSameScene(s, built);
    }
}

TEST_CASE("level of detail: zoomed out, the strongest ties within the budget in drawing order, guaranteed "
          "labels and the focus kept") {
    const World& w = world();
    scene::SceneInput in = inputAt(w, calendar::daysFromCivil(1962, 6, 15));
    scene::Scene probe;
    scene::buildScene(in, scene::darkSceneStyle(), probe);
    // Select the actor with the most ties shown: all of its ties and its label must stay.
    std::vector<int> count(w.data.actors.size(), 0);
    for (const scene::SceneEdge& e : probe.edges)
        ++count[e.from.index()], ++count[e.to.index()];
    const auto hub =
        model::ActorId(std::uint32_t(std::max_element(count.begin(), count.end()) - count.begin()));
    in.focus.selectedActor = hub;
    scene::Scene s;
    scene::buildScene(in, scene::darkSceneStyle(), s);
    const scene::Scene built = s;
    const scene::Camera camera = fitted(s);
    scene::SceneWorkspace work;
    const scene::LevelOfDetailOptions options;
    const scene::LevelOfDetail lod = scene::applyLevelOfDetail(s, camera, camera.zoom, options, work);
    REQUIRE(lod.active);
    CHECK(lod.shownTies == built.edges.size());
    CHECK(lod.drawnTies == s.edges.size());
    REQUIRE(lod.drawnTies < lod.shownTies); // 3,000 actors at fit fill the screen
    CHECK(lod.drawnTies > 0);

    // The kept edges are a subsequence of the built ones (drawing order kept).
    std::set<std::uint32_t> kept;
    std::size_t next = 0;
    for (const scene::SceneEdge& e : s.edges) {
        while (next < built.edges.size() && built.edges[next].tie != e.tie)
            ++next;
        REQUIRE(next < built.edges.size());
        kept.insert(e.tie.value);
        ++next;
    }
    // Every tie of the selected actor stays; of the others, no dropped one is stronger than a kept one.
    double weakestKept = 1e9, strongestDropped = -1;
    for (const scene::SceneEdge& e : built.edges) {
        const bool focus = e.from == hub || e.to == hub;
        if (focus) {
            CHECK(kept.count(e.tie.value) == 1);
        } else if (kept.count(e.tie.value)) {
            weakestKept = std::min(weakestKept, e.width);
        } else {
            strongestDropped = std::max(strongestDropped, e.width);
        }
    }
    CHECK(strongestDropped <= weakestKept);
    // Within the ink budget (the focus aside).
    double ink = 0;
    for (const scene::SceneEdge& e : s.edges)
        if (e.from != hub && e.to != hub)
            ink += std::hypot(e.p2.x - e.p0.x, e.p2.y - e.p0.y) * camera.zoom * (e.t1 - e.t0) *
                   (std::max(1.0, e.width * camera.zoom) + options.fringePixels);
    CHECK(ink <= options.inkShare * camera.width * camera.height);
    // Arrowheads left off only where narrower than the minimum, never on the focus.
    for (const scene::SceneEdge& e : s.edges) {
        const auto& original = *std::find_if(built.edges.begin(), built.edges.end(),
                                             [&](const scene::SceneEdge& b) { return b.tie == e.tie; });
        if (original.arrow && !e.arrow) {
            CHECK(2 * e.arrowHalfWidth * camera.zoom < options.minArrowPixels);
            CHECK((e.from != hub && e.to != hub));
        }
    }
    // Every guaranteed label (top 8 by weighted degree, the selection) is still a candidate, and
    // cullLabels places the selected actor's.
    std::set<std::uint32_t> guaranteed, after;
    for (const scene::SceneLabel& l : built.labels)
        if (l.guaranteed) guaranteed.insert(l.actor.value);
    for (const scene::SceneLabel& l : s.labels)
        after.insert(l.actor.value);
    CHECK(guaranteed.size() >= 8);
    CHECK(guaranteed.count(hub.value) == 1);
    for (const std::uint32_t a : guaranteed)
        CHECK(after.count(a) == 1);
    CHECK(lod.labelsLeft == built.labels.size() - s.labels.size());
    CHECK(s.labels.size() < built.labels.size());
    // Placed: every guaranteed label the whole scene places is placed in the thinned one too.
    scene::Scene whole = built;
    scene::cullLabels(whole, camera, scene::FixedAdvanceMeasure(), work);
    scene::cullLabels(s, camera, scene::FixedAdvanceMeasure(), work);
    std::set<std::uint32_t> placedWhole, placedThinned;
    for (const scene::SceneLabel& l : whole.labels)
        if (l.guaranteed && l.visible) placedWhole.insert(l.actor.value);
    for (const scene::SceneLabel& l : s.labels)
        if (l.guaranteed && l.visible) placedThinned.insert(l.actor.value);
    CHECK(!placedWhole.empty());
    for (const std::uint32_t a : placedWhole)
        CHECK(placedThinned.count(a) == 1);
}

TEST_CASE("scene: built through the span index with a warm workspace after moves forward, backward and "
          "jumps, it equals a from-scratch build by the scan") {
    const World& w = world();
    const model::SpanIndex index(w.data);
    scene::Scene warm;
    scene::SceneWorkspace work;
    calendar::Time t = calendar::daysFromCivil(1955, 1, 1);
    std::mt19937_64 rng(18);
    for (int step = 0; step < 60; ++step) {
        // Small steps forward (playing), a few back, and jumps anywhere in the range.
        const int kind = int(rng() % 10);
        t += kind < 6 ? 2.0 : kind < 8 ? -7.0 : double(rng() % 5000) - 2500.0;
        t = std::clamp(t, double(w.data.rangeBegin()), double(w.data.rangeEnd() - 1));
        scene::SceneInput in = inputAt(w, t);
        if (step % 7 == 3) in.precision = calendar::DatePrecision::Month;
        in.spans = &index;
        scene::buildScene(in, scene::darkSceneStyle(), warm, work);
        in.spans = nullptr;
        scene::Scene fresh;
        scene::buildScene(in, scene::darkSceneStyle(), fresh);
        INFO("step ", step, " at day ", t);
        requireSameScene(warm, fresh);
    }
}

TEST_CASE("scene: the span index gives the scan's scene on the default dataset at sampled dates") {
    const io::LoadResult loaded = io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    const model::Dataset& d = *loaded.dataset;
    std::vector<model::Point> positions;
    for (std::size_t i = 0; i < d.actors.size(); ++i)
        positions.push_back({double(i % 7) * 40.0, double(i / 7) * 35.0});
    const model::SpanIndex index(d);
    scene::SceneWorkspace work;
    for (calendar::DayNumber day = d.rangeBegin(); day < d.rangeEnd(); day += 23) {
        for (const auto precision :
             {calendar::DatePrecision::Day, calendar::DatePrecision::Month, calendar::DatePrecision::Year}) {
            scene::SceneInput in;
            in.data = &d;
            in.t = day;
            in.precision = precision;
            in.positions = &positions;
            in.filter.hideAbsent = day % 2 == 0;
            scene::Scene scanned, indexed;
            scene::buildScene(in, scene::darkSceneStyle(), scanned);
            in.spans = &index;
            scene::buildScene(in, scene::darkSceneStyle(), indexed, work);
            INFO("day ", day);
            requireSameScene(indexed, scanned);
        }
    }
}
