// Tests for app/core/model/active.cpp: strength interpolation and what is active at a moment.
#include "core/model/active.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;

namespace {

calendar::Date date(const char* text) {
    return *calendar::parseDate(text);
}

model::Dataset smallDataset() {
    model::Dataset d;
    d.meta.start = date("1955");
    d.meta.end = date("1960");
    d.tieTypes.push_back({"patronage", "Patronage", "", true, 1, 0x0072B2});
    model::Actor kim;
    kim.key = "kim";
    kim.name = "Kim";
    model::Actor pak;
    pak.key = "pak";
    pak.name = "Pak";
    pak.spans.push_back({date("1955"), date("1955-12")}); // purged in December 1955
    model::Actor ussr;
    ussr.key = "ussr";
    ussr.name = "USSR";
    d.actors = {kim, pak, ussr};
    model::Tie patronage;
    patronage.key = "ussr-kim";
    patronage.from = model::ActorId(2);
    patronage.to = model::ActorId(0);
    patronage.type = model::TieTypeId(0);
    patronage.spans = {{date("1955"), date("1956-08")}, {date("~1956-10"), std::nullopt}};
    patronage.strength = {{date("1955"), 0.9}, {date("1956-09"), 0.5}};
    model::Tie ally;
    ally.key = "pak-kim";
    ally.from = model::ActorId(1);
    ally.to = model::ActorId(0);
    ally.type = model::TieTypeId(0);
    ally.spans = {{std::nullopt, std::nullopt}};
    d.ties = {patronage, ally};
    d.indexKeys();
    return d;
}

} // namespace

TEST_CASE("strength: piecewise linear between keyframes, constant outside") {
    const model::Dataset d = smallDataset();
    const model::Tie& t = d.ties[0];
    CHECK(model::strengthAt(t, calendar::daysFromCivil(1950, 1, 1)) == doctest::Approx(0.9));
    CHECK(model::strengthAt(t, calendar::daysFromCivil(1955, 1, 1)) == doctest::Approx(0.9));
    const double mid = (calendar::daysFromCivil(1955, 1, 1) + calendar::daysFromCivil(1956, 9, 1)) / 2.0;
    CHECK(model::strengthAt(t, mid) == doctest::Approx(0.7));
    CHECK(model::strengthAt(t, calendar::daysFromCivil(1956, 9, 1)) == doctest::Approx(0.5));
    CHECK(model::strengthAt(t, calendar::daysFromCivil(1969, 1, 1)) == doctest::Approx(0.5));
    CHECK(model::strengthAt(d.ties[1], calendar::daysFromCivil(1957, 1, 1)) == 1.0);
}

TEST_CASE("active: a tie holds inside its spans and not in the gap between them") {
    const model::Dataset d = smallDataset();
    const auto has = [&](const model::ActiveSet& s, const char* key) {
        for (const auto& t : s.ties)
            if (d.tie(t.id).key == key) return true;
        return false;
    };
    CHECK(has(model::activeAt(d, calendar::daysFromCivil(1956, 8, 31)), "ussr-kim"));
    CHECK_FALSE(has(model::activeAt(d, calendar::daysFromCivil(1956, 9, 1)), "ussr-kim"));
    CHECK_FALSE(has(model::activeAt(d, calendar::daysFromCivil(1956, 9, 30)), "ussr-kim"));
    const model::ActiveSet october = activeAt(d, calendar::daysFromCivil(1956, 10, 15));
    REQUIRE(has(october, "ussr-kim"));
    CHECK(october.ties[0].approximate);
    CHECK(october.ties[0].strength == doctest::Approx(0.5));
    const model::ActiveSet later = activeAt(d, calendar::daysFromCivil(1958, 1, 1));
    REQUIRE(has(later, "ussr-kim"));
    CHECK_FALSE(later.ties[0].approximate);
}

TEST_CASE("active: an absent actor takes its ties off stage") {
    const model::Dataset d = smallDataset();
    const model::ActiveSet before = activeAt(d, calendar::daysFromCivil(1955, 12, 31));
    CHECK(before.actors.size() == 3);
    CHECK(before.ties.size() == 2);
    const model::ActiveSet after = activeAt(d, calendar::daysFromCivil(1956, 1, 1));
    CHECK(after.actors.size() == 2);
    REQUIRE(after.ties.size() == 1);
    CHECK(d.tie(after.ties[0].id).key == "ussr-kim");
}

TEST_CASE("active: results come in dataset order with typed ids") {
    const model::Dataset d = smallDataset();
    const model::ActiveSet s = activeAt(d, calendar::daysFromCivil(1955, 6, 1));
    REQUIRE(s.actors.size() == 3);
    CHECK(s.actors[0].id == model::ActorId(0));
    CHECK(s.actors[2].id == model::ActorId(2));
    CHECK(d.findActor("pak") == model::ActorId(1));
    CHECK_FALSE(d.findActor("mao"));
}
