// Tests of app/core/layout/hierarchy.cpp (depths in the patron relation, the level force),
// tie_role.cpp (layout roles and their defaults) and the hierarchy arrangement of the layout.
#include "core/io/dataset_loader.hpp"
#include "core/layout/detail/keyframe_solver.hpp"
#include "core/layout/hierarchy.hpp"
#include "core/layout/temporal_layout.hpp"
#include "core/layout/tie_role.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace tieline::core;
using namespace tieline::core::layout;

namespace {

std::vector<int> depths(std::size_t n, std::vector<PatronEdge> edges, std::vector<LevelPair> same = {}) {
    return patronDepths(n, edges, same);
}

model::Dataset load(const char* text) {
    io::LoadResult r = io::loadDatasetText(text, "roles.json");
    REQUIRE(r.dataset);
    return std::move(*r.dataset);
}

} // namespace

TEST_CASE("hierarchy: a chain of patronage gives one level per link, top down") {
    // 0 patron of 1, 1 of 2, 2 of 3; 4 takes part in nothing.
    CHECK(depths(5, {{0, 1}, {1, 2}, {2, 3}}) == std::vector<int>{0, 1, 2, 3, -1});
    // The order of the edges does not matter.
    CHECK(depths(5, {{2, 3}, {0, 1}, {1, 2}}) == std::vector<int>{0, 1, 2, 3, -1});
}

TEST_CASE("hierarchy: the deepest patron decides (longest path)") {
    // 0 -> 1 -> 2 and 0 -> 2: 2 sits below 1, not beside it.
    CHECK(depths(3, {{0, 1}, {1, 2}, {0, 2}}) == std::vector<int>{0, 1, 2});
}

TEST_CASE("hierarchy: a treaty pair shares a level, and so do their clients' levels") {
    // 0 and 1 same level (treaty); 1 patron of 2.
    CHECK(depths(3, {{1, 2}}, {{0, 1}}) == std::vector<int>{0, 0, 1});
    // A treaty between a patron and a client of a client: patronage orders them, the treaty is
    // dropped (0 -> 1 -> 2, treaty 0-2).
    CHECK(depths(3, {{0, 1}, {1, 2}}, {{0, 2}}) == std::vector<int>{0, 1, 2});
    // A treaty alone puts both on level 0.
    CHECK(depths(2, {}, {{0, 1}}) == std::vector<int>{0, 0});
    // Two clients of one patron bound by a treaty stay on one level below it.
    CHECK(depths(3, {{0, 1}, {0, 2}}, {{1, 2}}) == std::vector<int>{0, 1, 1});
    // A treaty lifts a client's level to its partner's: 0 -> 1 -> 2, 3 -> 4, treaty 2-4: 4 and 2
    // on level 2; 3, with no patron of its own, stays at the top.
    CHECK(depths(5, {{0, 1}, {1, 2}, {3, 4}}, {{2, 4}}) == std::vector<int>{0, 1, 2, 0, 2});
}

TEST_CASE("hierarchy: a cycle of patronage is one level, deterministically") {
    // 0 -> 1 -> 2 -> 0, and 2 patron of 3.
    const std::vector<int> d = depths(4, {{0, 1}, {1, 2}, {2, 0}, {2, 3}});
    CHECK(d == std::vector<int>{0, 0, 0, 1});
    CHECK(depths(4, {{2, 3}, {2, 0}, {1, 2}, {0, 1}}) == d);
    // A mutual pair (each the other's patron) sits on one level too.
    CHECK(depths(2, {{0, 1}, {1, 0}}) == std::vector<int>{0, 0});
}

TEST_CASE("hierarchy: disconnected parts each start at the top") {
    // 0 -> 1 and, apart, 2 -> 3 -> 4; 5 alone.
    CHECK(depths(6, {{0, 1}, {2, 3}, {3, 4}}) == std::vector<int>{0, 1, 0, 1, 2, -1});
    // Edges to nodes out of range are ignored.
    CHECK(depths(2, {{0, 1}, {0, 7}}) == std::vector<int>{0, 1});
}

TEST_CASE("hierarchy: arrange keywords") {
    CHECK(parseArrange("hierarchy") == Arrange::Hierarchy);
    CHECK(parseArrange("free") == Arrange::Free);
    CHECK_FALSE(parseArrange("Hierarchy"));
    CHECK(std::string(arrangeKeyword(Arrange::Hierarchy)) == "hierarchy");
}

TEST_CASE("tie roles: undeclared roles take their defaults from the sign") {
    const LayoutParams p;
    const ResolvedTieRole coop = resolveTieRole({}, +1, p), hostile = resolveTieRole({}, -1, p);
    CHECK(coop.attraction == 1.0);
    CHECK(coop.repulsion == 0.0);
    CHECK(coop.length == 1.0);
    CHECK(hostile.attraction == 0.0);
    CHECK(hostile.repulsion == p.hostileStiffness);
    CHECK(hostile.length == p.hostileDistance);
    // A hostile type declared as close pressure: attraction given, repulsion then 0.
    model::TieLayoutRole pressure;
    pressure.attraction = 0.5;
    pressure.length = 1.0;
    const ResolvedTieRole r = resolveTieRole(pressure, -1, p);
    CHECK(r.attraction == 0.5);
    CHECK(r.repulsion == 0.0);
    CHECK(r.length == 1.0);
}

namespace {

const char* kRoles = R"({
  "meta": {"title": "Roles", "start": "1960", "end": "1960", "step": "month"},
  "tieTypes": [
    {"id": "old-coop"}, {"id": "old-hostile", "sign": -1},
    {"id": "coop", "layout": {"attraction": 1, "length": 1}},
    {"id": "hostile", "sign": -1, "layout": {"repulsion": 0.5, "length": 3}},
    {"id": "pressure", "sign": -1, "layout": {"attraction": 0.5, "length": 1}},
    {"id": "idle", "layout": {"attraction": 0, "repulsion": 0}}],
  "actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
  "ties": [
    {"id": "t1", "from": "a", "to": "b", "type": "old-coop", "spans": [{}], "confidence": "high", "strength": [["1960", 0.6]]},
    {"id": "t2", "from": "a", "to": "b", "type": "old-hostile", "spans": [{}], "confidence": "high", "strength": [["1960", 0.6]]},
    {"id": "t3", "from": "a", "to": "b", "type": "coop", "spans": [{}], "confidence": "high", "strength": [["1960", 0.6]]},
    {"id": "t4", "from": "a", "to": "b", "type": "hostile", "spans": [{}], "confidence": "high", "strength": [["1960", 0.6]]},
    {"id": "t5", "from": "a", "to": "b", "type": "pressure", "spans": [{}], "confidence": "high", "strength": [["1960", 0.6]]},
    {"id": "t6", "from": "a", "to": "b", "type": "idle", "spans": [{}], "confidence": "high", "strength": [["1960", 0.6]]}]
})";

} // namespace

TEST_CASE("tie roles: the springs come from the role, declared defaults equal undeclared ones bit for bit") {
    const model::Dataset d = load(kRoles);
    const LayoutParams p;
    const std::vector<LinkSpec> springs = stepSprings(buildTimeline(d), 0, p);
    REQUIRE(springs.size() == 5); // the idle type neither pulls nor pushes: no spring
    const auto same = [](const LinkSpec& x, const LinkSpec& y) {
        return x.distance == y.distance && x.weight == y.weight && x.pushOnly == y.pushOnly;
    };
    CHECK(same(springs[0], springs[2]));
    CHECK(same(springs[1], springs[3]));
    CHECK_FALSE(springs[0].pushOnly);
    CHECK(springs[0].distance == doctest::Approx(30.0 * (1.0 + 0.5 * 0.4)));
    CHECK(springs[1].pushOnly);
    CHECK(springs[1].distance == 90.0);
    CHECK(springs[1].weight == doctest::Approx(0.3));
    // Close pressure: a pull at the cooperative length, half as stiff.
    CHECK_FALSE(springs[4].pushOnly);
    CHECK(springs[4].distance == doctest::Approx(36.0));
    CHECK(springs[4].weight == doctest::Approx(0.3));
}

TEST_CASE("tie roles: the layout's cache key includes the roles and the arrangement") {
    const model::Dataset d = load(kRoles);
    model::Dataset changed = d;
    changed.tieTypes[4].layout.attraction = 0.7;
    const LayoutParams p;
    LayoutParams h = p;
    h.arrange = Arrange::Hierarchy;
    const auto base = stepFingerprints(buildTimeline(d), p);
    CHECK(stepFingerprints(buildTimeline(changed), p)[0] != base[0]);
    CHECK(stepFingerprints(buildTimeline(d), h)[0] != base[0]);
    CHECK(stepFingerprints(buildTimeline(d), p) == base);
}

namespace {

// Two patrons over a client each, a treaty between the patrons, a sub-client, and a bystander.
const char* kPatrons = R"({
  "meta": {"title": "Patrons", "start": "1960", "end": "1961", "step": "month"},
  "tieTypes": [{"id": "patronage", "layout": {"patron": "from"}},
               {"id": "follows", "layout": {"patron": "to"}},
               {"id": "treaty", "directed": false, "layout": {"patron": "same"}},
               {"id": "friend"}],
  "actors": [{"id": "moscow", "name": "Moscow"}, {"id": "beijing", "name": "Beijing"},
             {"id": "kim", "name": "Kim"}, {"id": "choe", "name": "Choe"}, {"id": "pak", "name": "Pak"},
             {"id": "friend", "name": "Friend"}],
  "ties": [
    {"id": "t1", "from": "moscow", "to": "kim", "type": "patronage", "spans": [{}], "confidence": "high"},
    {"id": "t2", "from": "beijing", "to": "choe", "type": "patronage", "spans": [{}], "confidence": "high"},
    {"id": "t3", "from": "moscow", "to": "beijing", "type": "treaty", "spans": [{}], "confidence": "high"},
    {"id": "t4", "from": "pak", "to": "kim", "type": "follows", "spans": [{}], "confidence": "high"},
    {"id": "t5", "from": "friend", "to": "pak", "type": "friend", "spans": [{}], "confidence": "high"},
    {"id": "t6", "from": "kim", "to": "choe", "type": "friend", "spans": [{}], "confidence": "high"}]
})";

} // namespace

TEST_CASE("hierarchy layout: patrons sit above their clients (smaller y), each level shaped by the forces") {
    const model::Dataset d = load(kPatrons);
    const Timeline tl = buildTimeline(d);
    CHECK(stepDepths(tl, 0) == std::vector<int>{0, 0, 1, 1, 2, -1});
    LayoutParams p;
    p.arrange = Arrange::Hierarchy;
    TemporalLayout layout;
    layout.setParams(p);
    layout.setDataset(d);
    layout.computeNow();
    std::vector<model::Point> at;
    for (std::size_t k = 0; k < layout.keyframeTimes().size(); ++k) {
        layout.keyframe(k, at);
        const double moscow = at[0].y, beijing = at[1].y, kim = at[2].y, choe = at[3].y, pak = at[4].y;
        CHECK(moscow < kim - 20);
        CHECK(beijing < choe - 20);
        CHECK(kim < pak - 20);
        CHECK(std::abs(moscow - beijing) < 15);  // the treaty's level
        CHECK(std::abs(at[0].x - at[1].x) > 10); // side by side, not on top of each other
    }
    // Free, the same dataset does not order them so (the arrangement is what does).
    TemporalLayout free;
    free.setDataset(d);
    free.computeNow();
    std::vector<model::Point> f;
    free.keyframe(0, f);
    layout.keyframe(0, at);
    CHECK((f[0].y != at[0].y || f[2].y != at[2].y));
}
