// Tests for app/core/model/active.cpp: strength interpolation and what is active at a moment.
#include "core/model/active.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;

namespace {

Date date(const char* text) {
    return *parseDate(text);
}

Dataset smallDataset() {
    Dataset d;
    d.meta.start = date("1955");
    d.meta.end = date("1960");
    d.tieTypes.push_back({"patronage", "Patronage", "", true, 1, 0x0072B2});
    Actor kim;
    kim.key = "kim";
    kim.name = "Kim";
    Actor pak;
    pak.key = "pak";
    pak.name = "Pak";
    pak.spans.push_back({date("1955"), date("1955-12")}); // purged in December 1955
    Actor ussr;
    ussr.key = "ussr";
    ussr.name = "USSR";
    d.actors = {kim, pak, ussr};
    Tie patronage;
    patronage.key = "ussr-kim";
    patronage.from = ActorId(2);
    patronage.to = ActorId(0);
    patronage.type = TieTypeId(0);
    patronage.spans = {{date("1955"), date("1956-08")}, {date("~1956-10"), std::nullopt}};
    patronage.strength = {{date("1955"), 0.9}, {date("1956-09"), 0.5}};
    Tie ally;
    ally.key = "pak-kim";
    ally.from = ActorId(1);
    ally.to = ActorId(0);
    ally.type = TieTypeId(0);
    ally.spans = {{std::nullopt, std::nullopt}};
    d.ties = {patronage, ally};
    d.indexKeys();
    return d;
}

} // namespace

TEST_CASE("strength: piecewise linear between keyframes, constant outside") {
    const Dataset d = smallDataset();
    const Tie& t = d.ties[0];
    CHECK(strengthAt(t, daysFromCivil(1950, 1, 1)) == doctest::Approx(0.9));
    CHECK(strengthAt(t, daysFromCivil(1955, 1, 1)) == doctest::Approx(0.9));
    const double mid = (daysFromCivil(1955, 1, 1) + daysFromCivil(1956, 9, 1)) / 2.0;
    CHECK(strengthAt(t, mid) == doctest::Approx(0.7));
    CHECK(strengthAt(t, daysFromCivil(1956, 9, 1)) == doctest::Approx(0.5));
    CHECK(strengthAt(t, daysFromCivil(1969, 1, 1)) == doctest::Approx(0.5));
    CHECK(strengthAt(d.ties[1], daysFromCivil(1957, 1, 1)) == 1.0);
}

TEST_CASE("active: a tie holds inside its spans and not in the gap between them") {
    const Dataset d = smallDataset();
    const auto has = [&](const ActiveSet& s, const char* key) {
        for (const auto& t : s.ties)
            if (d.tie(t.id).key == key) return true;
        return false;
    };
    CHECK(has(activeAt(d, daysFromCivil(1956, 8, 31)), "ussr-kim"));
    CHECK_FALSE(has(activeAt(d, daysFromCivil(1956, 9, 1)), "ussr-kim"));
    CHECK_FALSE(has(activeAt(d, daysFromCivil(1956, 9, 30)), "ussr-kim"));
    const ActiveSet october = activeAt(d, daysFromCivil(1956, 10, 15));
    REQUIRE(has(october, "ussr-kim"));
    CHECK(october.ties[0].approximate);
    CHECK(october.ties[0].strength == doctest::Approx(0.5));
    const ActiveSet later = activeAt(d, daysFromCivil(1958, 1, 1));
    REQUIRE(has(later, "ussr-kim"));
    CHECK_FALSE(later.ties[0].approximate);
}

TEST_CASE("active: an absent actor takes its ties off stage") {
    const Dataset d = smallDataset();
    const ActiveSet before = activeAt(d, daysFromCivil(1955, 12, 31));
    CHECK(before.actors.size() == 3);
    CHECK(before.ties.size() == 2);
    const ActiveSet after = activeAt(d, daysFromCivil(1956, 1, 1));
    CHECK(after.actors.size() == 2);
    REQUIRE(after.ties.size() == 1);
    CHECK(d.tie(after.ties[0].id).key == "ussr-kim");
}

TEST_CASE("active: results come in dataset order with typed ids") {
    const Dataset d = smallDataset();
    const ActiveSet s = activeAt(d, daysFromCivil(1955, 6, 1));
    REQUIRE(s.actors.size() == 3);
    CHECK(s.actors[0].id == ActorId(0));
    CHECK(s.actors[2].id == ActorId(2));
    CHECK(d.findActor("pak") == ActorId(1));
    CHECK_FALSE(d.findActor("mao"));
}
