// Tests for app/ui/app_state.cpp without a window: opening, reloading a broken file (the open
// dataset stays), and playback.
#include "ui/app_state.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace tieline;

namespace {

std::string fixture(const char* rel) { return std::string(TIELINE_FIXTURES) + "/" + rel; }

} // namespace

TEST_CASE("ui state: opening a dataset starts at its first day") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json")));
    CHECK(app.dataset->meta.title == "Every field of format v1");
    CHECK(app.ui.t == core::daysFromCivil(1955, 1, 1));
    CHECK(app.messages.empty());
    CHECK(app.fontsNeedRebuild);
}

TEST_CASE("ui state: a broken file keeps the open dataset and shows why") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json")));
    app.ui.t = core::daysFromCivil(1956, 9, 20);
    app.requests.open = fixture("invalid/unknown-tie-type.json");
    ui::applyRequests(app);
    REQUIRE(app.dataset);
    CHECK(app.dataset->meta.title == "Every field of format v1");
    CHECK(app.datasetPath == fixture("valid/full.json"));
    CHECK(app.ui.t == core::daysFromCivil(1956, 9, 20));
    CHECK(app.ui.showMessages);
    REQUIRE_FALSE(app.messages.empty());
    CHECK(app.messages[0].format().find("unknown tie type \"friendship\"") != std::string::npos);
    CHECK(app.messagesTitle.find("the open dataset is kept") != std::string::npos);
}

TEST_CASE("ui state: opening another dataset keeps the date when it is in range, else clamps it") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json"))); // 1955-1958
    app.ui.t = core::daysFromCivil(1957, 3, 1);
    REQUIRE(ui::openDataset(app, fixture("valid/ok-base.json"))); // 1955-1960
    CHECK(app.ui.t == core::daysFromCivil(1957, 3, 1));
    REQUIRE(ui::openDataset(app, fixture("valid/minimal.json"))); // 1960 only
    CHECK(app.ui.t == core::daysFromCivil(1960, 1, 1));
}

TEST_CASE("ui state: reload re-reads the file from disk") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/minimal.json")));
    app.dataset->meta.title = "edited in memory";
    app.requests.reload = true;
    ui::applyRequests(app);
    CHECK(app.dataset->meta.title == "Minimal");
}

TEST_CASE("ui state: playback advances by months per second and loops or stops at the end") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json")));
    app.ui.playing = true;
    app.ui.monthsPerSecond = 12.0f;
    ui::advanceTime(app, 1.0);
    CHECK(app.ui.t == doctest::Approx(core::daysFromCivil(1955, 1, 1) + 365.2425));
    app.ui.loop = false;
    ui::advanceTime(app, 10.0);
    CHECK(app.ui.t == doctest::Approx(app.dataset->rangeEnd() - 1.0));
    CHECK_FALSE(app.ui.playing);
    app.ui.playing = true;
    app.ui.loop = true;
    ui::advanceTime(app, 1.0);
    CHECK(app.ui.t == app.dataset->rangeBegin());
}
