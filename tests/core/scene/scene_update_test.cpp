// Tests for core::scene::updateScene (scene.hpp): the window's scene updated from what changed since
// the last frame equals a full rebuild, field by field and to the bit, after random moves of t
// forward and backward (small steps, steps within a day, jumps), positions that move or stay, and
// changes of filter, focus, style, stretch and precision; on the default dataset and a synthetic
// network. And the straight ties' fast rim search (detail/edge_shape.cpp) gives the bisection's
// bits.
#include "core/scene/scene.hpp"

#include "../bench/synthetic_network.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/model/span_index.hpp"
#include "core/scene/detail/edge_shape.hpp"
#include "core/scene/merge_view.hpp"

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstring>
#include <random>

using namespace tieline::core;

namespace {

bool same(double a, double b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}
bool same(float a, float b) {
    return std::memcmp(&a, &b, sizeof a) == 0;
}
bool same(model::Point a, model::Point b) {
    return same(a.x, b.x) && same(a.y, b.y);
}
bool same(const scene::Rgba& a, const scene::Rgba& b) {
    return same(a.r, b.r) && same(a.g, b.g) && same(a.b, b.b) && same(a.a, b.a);
}

// Every field of two scenes, to the bit.
void requireIdentical(const scene::Scene& a, const scene::Scene& b) {
    REQUIRE(same(a.t, b.t));
    REQUIRE(a.window == b.window);
    REQUIRE(a.style == b.style);
    REQUIRE(a.stretch == b.stretch);
    REQUIRE((a.bounds.empty == b.bounds.empty && same(a.bounds.minX, b.bounds.minX) &&
             same(a.bounds.minY, b.bounds.minY) && same(a.bounds.maxX, b.bounds.maxX) &&
             same(a.bounds.maxY, b.bounds.maxY)));
    REQUIRE(a.nodes.size() == b.nodes.size());
    for (std::size_t i = 0; i < a.nodes.size(); ++i) {
        const scene::SceneNode &x = a.nodes[i], &y = b.nodes[i];
        INFO("node ", i);
        REQUIRE(x.actor == y.actor);
        REQUIRE((same(x.center, y.center) && same(x.radius, y.radius) && same(x.fill, y.fill) &&
                 same(x.outline, y.outline) && x.ring == y.ring && same(x.alpha, y.alpha) &&
                 same(x.importance, y.importance) && x.present == y.present && x.framed == y.framed));
    }
    REQUIRE(a.edges.size() == b.edges.size());
    for (std::size_t i = 0; i < a.edges.size(); ++i) {
        const scene::SceneEdge &x = a.edges[i], &y = b.edges[i];
        INFO("edge ", i);
        REQUIRE((x.tie == y.tie && x.from == y.from && x.to == y.to));
        REQUIRE((same(x.p0, y.p0) && same(x.control, y.control) && same(x.p2, y.p2) && same(x.bend, y.bend)));
        REQUIRE((same(x.t0, y.t0) && same(x.t1, y.t1) && same(x.width, y.width) && same(x.color, y.color)));
        REQUIRE((x.dashed == y.dashed && x.approximate == y.approximate && x.contested == y.contested &&
                 x.arrow == y.arrow && x.directed == y.directed && x.hostile == y.hostile));
        REQUIRE((same(x.arrowTip, y.arrowTip) && same(x.arrowBase, y.arrowBase) &&
                 same(x.arrowHalfWidth, y.arrowHalfWidth)));
        REQUIRE((same(x.alpha, y.alpha) && x.highlighted == y.highlighted && x.partial == y.partial));
    }
    REQUIRE(a.labels.size() == b.labels.size());
    for (std::size_t i = 0; i < a.labels.size(); ++i) {
        const scene::SceneLabel &x = a.labels[i], &y = b.labels[i];
        INFO("label ", i);
        REQUIRE((x.actor == y.actor && same(x.anchor, y.anchor) && same(x.nodeRadius, y.nodeRadius)));
        REQUIRE((x.text == y.text && x.native == y.native && same(x.pixels, y.pixels) &&
                 same(x.priority, y.priority) && same(x.alpha, y.alpha) && x.guaranteed == y.guaranteed));
        REQUIRE((x.visible == y.visible && x.spot == y.spot && x.leader == y.leader &&
                 same(x.boxX0, y.boxX0) && same(x.boxY1, y.boxY1)));
    }
    REQUIRE(a.hulls.size() == b.hulls.size());
    for (std::size_t i = 0; i < a.hulls.size(); ++i) {
        REQUIRE(a.hulls[i].group == b.hulls[i].group);
        REQUIRE(a.hulls[i].outline.size() == b.hulls[i].outline.size());
        for (std::size_t k = 0; k < a.hulls[i].outline.size(); ++k)
            REQUIRE(same(a.hulls[i].outline[k], b.hulls[i].outline[k]));
    }
}

// Positions that drift with t for some actors and stay for others (as a layout's between keyframes,
// with isolates at rest), rounded to floats like stored keyframes.
void positionsAt(const model::Dataset& d, calendar::Time t, std::vector<model::Point>& out) {
    out.resize(d.actors.size());
    for (std::size_t i = 0; i < d.actors.size(); ++i) {
        const double a = double(i) * 2.399963;
        const double r = 30.0 * std::sqrt(double(i) + 1.0);
        const double drift = i % 3 == 0 ? 0.0 : std::sin(t * 0.01 + double(i)) * 6.0;
        out[i] = {double(float(r * std::cos(a) + drift)), double(float(r * std::sin(a) - drift))};
    }
}

// Plays `steps` random moves of t through `data` and compares updateScene's scene with a full
// build at each; every few steps an input changes. Returns how often each kind of update ran.
std::array<int, 3> play(const model::Dataset& data, std::uint64_t seed, int steps) {
    const model::SpanIndex index(data);
    std::mt19937_64 rng(seed);
    std::vector<model::Point> positions;
    scene::Scene kept;
    scene::SceneWorkspace work;
    std::array<int, 3> kinds{};
    calendar::Time t = data.rangeBegin() + 400;
    scene::SceneInput base;
    base.data = &data;
    base.spans = &index;
    base.positions = &positions;
    scene::SceneStyle style = scene::darkSceneStyle();
    bool frozen = false; // positions held (paused layout, a drag elsewhere)
    for (int step = 0; step < steps; ++step) {
        const int kind = int(rng() % 20);
        if (kind < 8)
            t += 2.0; // playing: a window a frame
        else if (kind < 11)
            t += 0.1; // slow playing: within the day
        else if (kind < 13)
            t -= 3.5; // back
        else if (kind < 14)
            t += double(rng() % 3000) - 1500.0; // a jump
        else if (kind == 14)
            frozen = !frozen;
        else if (kind == 15) // a filter or a style changes, and back later
            base.filter.hideAbsent = !base.filter.hideAbsent;
        else if (kind == 16)
            base.focus.selectedActor =
                rng() % 2 ? std::optional(model::ActorId(std::uint32_t(rng() % data.actors.size())))
                          : std::nullopt;
        else if (kind == 17)
            base.precision = base.precision == calendar::DatePrecision::Day ? calendar::DatePrecision::Month
                                                                            : calendar::DatePrecision::Day;
        else if (kind == 18)
            style = rng() % 2 ? scene::darkSceneStyle() : scene::lightSceneStyle();
        else
            base.filter.hideUntied = !base.filter.hideUntied;
        t = std::clamp(t, double(data.rangeBegin()), double(data.rangeEnd() - 1));
        if (!frozen || positions.empty()) positionsAt(data, t, positions);
        scene::SceneInput in = base;
        in.t = t;
        const scene::SceneUpdate update = scene::updateScene(in, style, kept, work);
        ++kinds[std::size_t(update)];
        scene::Scene fresh;
        scene::buildScene(in, style, fresh);
        INFO("step ", step, " at day ", t, " update ", int(update));
        requireIdentical(kept, fresh);
    }
    return kinds;
}

} // namespace

TEST_CASE("updateScene equals a full rebuild after random moves on a synthetic network") {
    const model::Dataset data = tieline::bench::syntheticNetwork(1500, 7);
    const std::array<int, 3> kinds = play(data, 18, 400);
    // Every path ran: nothing to do, positions only, rebuilt.
    CHECK(kinds[0] > 0);
    CHECK(kinds[1] > 0);
    CHECK(kinds[2] > 0);
}

TEST_CASE("updateScene equals a full rebuild after random moves on the default dataset") {
    const io::LoadResult loaded = io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    const std::array<int, 3> kinds = play(*loaded.dataset, 55, 600);
    CHECK(kinds[0] > 0);
    CHECK(kinds[1] > 0); // a new day with the same active set moves positions only
    CHECK(kinds[2] > 0);
}

TEST_CASE("updateScene: a new revision, stretch or story focus rebuilds, and hulls are left to the caller") {
    const io::LoadResult loaded = io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    const model::Dataset& d = *loaded.dataset;
    const model::SpanIndex index(d);
    std::vector<model::Point> positions;
    positionsAt(d, 0, positions);
    scene::SceneInput in;
    in.data = &d;
    in.spans = &index;
    in.positions = &positions;
    in.t = calendar::daysFromCivil(1956, 8, 30);
    scene::Scene kept;
    scene::SceneWorkspace work;
    CHECK(scene::updateScene(in, scene::darkSceneStyle(), kept, work) == scene::SceneUpdate::Rebuilt);
    CHECK(scene::updateScene(in, scene::darkSceneStyle(), kept, work) == scene::SceneUpdate::Unchanged);
    // Hulls added by the caller stay while nothing changes, and go when the positions move.
    scene::decorateMergedScene(d, kept, true);
    REQUIRE(!kept.hulls.empty());
    CHECK(scene::updateScene(in, scene::darkSceneStyle(), kept, work) == scene::SceneUpdate::Unchanged);
    CHECK(!kept.hulls.empty());
    positions[0].x += 1.0;
    CHECK(scene::updateScene(in, scene::darkSceneStyle(), kept, work) == scene::SceneUpdate::Moved);
    CHECK(kept.hulls.empty());
    in.revision = 1; // an edit in place
    CHECK(scene::updateScene(in, scene::darkSceneStyle(), kept, work) == scene::SceneUpdate::Rebuilt);
    in.stretch = {1.25, 1.0};
    CHECK(scene::updateScene(in, scene::darkSceneStyle(), kept, work) == scene::SceneUpdate::Rebuilt);
    in.focus.storyStop = true;
    in.focus.storyFocus = {model::ActorId(0), model::ActorId(3)};
    const calendar::DayNumber day = calendar::daysFromCivil(1956, 8, 30);
    in.focus.storyDays = calendar::rangeWindow(day, day + 1);
    CHECK(scene::updateScene(in, scene::darkSceneStyle(), kept, work) == scene::SceneUpdate::Rebuilt);
    scene::Scene fresh;
    scene::buildScene(in, scene::darkSceneStyle(), fresh);
    requireIdentical(kept, fresh);
    // buildScene with the same workspace: the next update starts afresh.
    scene::Scene other;
    scene::buildScene(in, scene::lightSceneStyle(), other, work);
    CHECK(scene::updateScene(in, scene::darkSceneStyle(), kept, work) == scene::SceneUpdate::Rebuilt);
    requireIdentical(kept, fresh);
}

namespace {

// edge_shape.cpp's bisection as it was before the straight ties' fast path: the reference.
double referenceParam(const scene::SceneEdge& e, model::Point center, double distance, bool fromEnd) {
    double inside = fromEnd ? 1.0 : 0.0, outside = 0.5;
    const double squared = distance * distance;
    for (int i = 0; i < 24; ++i) {
        const double mid = 0.5 * (inside + outside);
        const model::Point p = scene::edgePoint(e, mid);
        const double dx = p.x - center.x, dy = p.y - center.y;
        (dx * dx + dy * dy < squared ? inside : outside) = mid;
    }
    return 0.5 * (inside + outside);
}

} // namespace

TEST_CASE(
    "straight ties: the fast rim search gives the bisection's bits, also where a step lands on the rim") {
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> coordinate(-3000, 3000), radius(1.0, 12.0), width(0.6, 3.0);
    int checked = 0;
    for (int i = 0; i < 200000; ++i) {
        scene::SceneNode from, to;
        from.center = {coordinate(rng), coordinate(rng)};
        if (i % 4 == 0) from.center = {std::round(from.center.x), std::round(from.center.y)};
        if (i % 4 == 0) {
            // Short ties, and ends whose distance makes radius / length a dyadic fraction: the
            // bisection's midpoints then fall exactly on the rim.
            const double length = std::ldexp(1.0, int(rng() % 8) + 3);
            const double angle = double(rng() % 4) * 1.5707963267948966;
            to.center = {from.center.x + length * std::round(std::cos(angle)),
                         from.center.y + length * std::round(std::sin(angle))};
            from.radius = length * double(rng() % 64) / 256.0 - 0.6;
            to.radius = length * double(rng() % 64) / 256.0 - 0.6;
        } else {
            to.center = i % 3 == 0 ? model::Point{from.center.x + coordinate(rng) * 0.01,
                                                  from.center.y + coordinate(rng) * 0.01}
                                   : model::Point{coordinate(rng), coordinate(rng)};
            from.radius = radius(rng);
            to.radius = radius(rng);
        }
        if (from.radius <= 0 || to.radius <= 0) continue;
        scene::SceneEdge e;
        e.width = width(rng);
        e.arrow = e.directed = i % 2 == 0;
        scene::shapeEdge(e, from, to, 0.0);
        if (e.t0 == 0.5 && e.t1 == 0.5) continue; // discs overlap: no search
        const double gap = 0.6;
        INFO("tie ", i);
        REQUIRE(same(e.t0, referenceParam(e, from.center, from.radius + gap, false)));
        const double tip = referenceParam(e, to.center, to.radius + gap, true);
        REQUIRE(same(e.arrowTip, scene::edgePoint(e, tip)));
        const double arrowLength = e.arrow ? 2.2 * e.width + 3.0 : 0.0;
        const double t1 = e.arrow ? referenceParam(e, to.center, to.radius + gap + arrowLength, true) : tip;
        REQUIRE(same(e.t1, std::max(t1, e.t0)));
        ++checked;
    }
    CHECK(checked > 150000);
}
