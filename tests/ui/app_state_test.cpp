// Tests for app/ui/app_state.cpp without a window: opening, reloading a broken file (the open
// dataset stays), and playback.
#include "core/io/dataset_loader.hpp"
#include "ui/app_state.hpp"

#include <cstdio>
#include <filesystem>

#include <doctest/doctest.h>

#include <string>

using namespace tieline;

namespace {

std::string fixture(const char* rel) {
    return std::string(TIELINE_FIXTURES) + "/" + rel;
}

} // namespace

TEST_CASE("ui state: opening a dataset starts at its first day") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json")));
    CHECK(app.dataset->meta.title == "Every field of format v1");
    CHECK(app.ui.t == core::calendar::daysFromCivil(1955, 1, 1));
    CHECK(app.messages.empty());
    CHECK(app.changes.generation() == 1); // a whole new dataset: every cache rebuilds
}

TEST_CASE("ui state: a broken file keeps the open dataset and shows why") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json")));
    app.ui.t = core::calendar::daysFromCivil(1956, 9, 20);
    app.requests.open = fixture("invalid/unknown-tie-type.json");
    ui::applyRequests(app);
    REQUIRE(app.dataset);
    CHECK(app.dataset->meta.title == "Every field of format v1");
    CHECK(app.datasetPath == fixture("valid/full.json"));
    CHECK(app.ui.t == core::calendar::daysFromCivil(1956, 9, 20));
    CHECK(app.ui.showMessages);
    REQUIRE_FALSE(app.messages.empty());
    CHECK(app.messages[0].format().find("unknown tie type \"friendship\"") != std::string::npos);
    CHECK(app.messagesTitle.find("the open dataset is kept") != std::string::npos);
}

TEST_CASE("ui state: opening another dataset keeps the date when it is in range, else clamps it") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json"))); // 1955-1958
    app.ui.t = core::calendar::daysFromCivil(1957, 3, 1);
    REQUIRE(ui::openDataset(app, fixture("valid/ok-base.json"))); // 1955-1960
    CHECK(app.ui.t == core::calendar::daysFromCivil(1957, 3, 1));
    REQUIRE(ui::openDataset(app, fixture("valid/minimal.json"))); // 1960 only
    CHECK(app.ui.t == core::calendar::daysFromCivil(1960, 1, 1));
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
    CHECK(app.ui.t == doctest::Approx(core::calendar::daysFromCivil(1955, 1, 1) + 365.2425));
    app.ui.loop = false;
    ui::advanceTime(app, 10.0);
    CHECK(app.ui.t == doctest::Approx(app.dataset->rangeEnd() - 1.0));
    CHECK_FALSE(app.ui.playing);
    app.ui.playing = true;
    app.ui.loop = true;
    ui::advanceTime(app, 1.0);
    CHECK(app.ui.t == app.dataset->rangeBegin());
}

TEST_CASE("ui state: stepping through a story moves the date and the focus, and stops at the ends") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json")));
    ui::goToStop(app, app.ui, 0, 0);
    CHECK(app.ui.story == 0);
    CHECK(app.ui.stop == 0);
    CHECK(app.ui.t == core::calendar::daysFromCivil(1955, 3, 1));
    CHECK(app.ui.frameRequest.size() == 2);
    ui::nextStop(app, app.ui);
    CHECK(app.ui.stop == 1);
    CHECK(app.ui.t == core::calendar::daysFromCivil(1956, 8, 30));
    REQUIRE(app.ui.selectedActor); // a single focus actor is selected
    CHECK(app.dataset->actor(*app.ui.selectedActor).key == "rival");
    ui::nextStop(app, app.ui);
    ui::nextStop(app, app.ui); // past the last stop: stays
    CHECK(app.ui.stop == 2);
    CHECK(app.ui.fitRequested); // a stop with no focus frames everything
    ui::previousStop(app, app.ui);
    CHECK(app.ui.stop == 1);
    ui::goToStop(app, app.ui, 5, 0); // no such story: nothing changes
    CHECK(app.ui.story == 0);
}

TEST_CASE("ui state: the scene follows filters and selection") {
    ui::App app;
    REQUIRE(ui::openDataset(app, fixture("valid/full.json")));
    app.ui.t = core::calendar::daysFromCivil(1956, 3, 1);
    app.positions = {{0, 0}, {50, 0}, {0, 50}};
    ui::updateScene(app);
    CHECK(app.scene.edges.size() == 2);
    app.ui.filter.minConfidence = core::model::Confidence::Low; // hides the contested tie
    ui::updateScene(app);
    CHECK(app.scene.edges.size() == 1);
    ui::selectTie(app.ui, *app.dataset->findTie("patron-client"));
    ui::updateScene(app);
    REQUIRE(app.scene.edges.size() == 1);
    CHECK(app.scene.edges[0].highlighted);
    CHECK(app.ui.sideTab == ui::SideTab::Inspector);
    app.ui.selectedSource = *app.dataset->findSource("doc-1");
    ui::clearSelection(app.ui);
    ui::updateScene(app);
    CHECK(app.scene.edges[0].highlighted); // the source supports that tie
}

TEST_CASE("ui state: a file changed on disk is reloaded") {
    const std::string path = "/tmp/tieline-ui-reload-test.json";
    std::string text;
    std::string why;
    REQUIRE(tieline::core::io::readFileLimited(fixture("valid/minimal.json"), 1 << 20, text, why));
    FILE* f = std::fopen(path.c_str(), "w");
    std::fputs(text.c_str(), f);
    std::fclose(f);
    ui::App app;
    REQUIRE(ui::openDataset(app, path));
    ui::checkFileChanged(app);
    CHECK_FALSE(app.requests.reload);
    app.fileMtime -= 1; // as if the file had been saved since
    ui::checkFileChanged(app);
    CHECK(app.requests.reload);
    std::remove(path.c_str());
}

TEST_CASE("ui state: GEXF and CSV files open like datasets") {
    ui::App app;
    const std::string gexf = std::string(TIELINE_FIXTURES) + "/gexf";
    std::string first;
    for (const auto& entry : std::filesystem::directory_iterator(gexf + "/valid"))
        if (entry.path().extension() == ".gexf" && (first.empty() || entry.path().string() < first))
            first = entry.path().string();
    REQUIRE_FALSE(first.empty());
    REQUIRE_MESSAGE(ui::openDataset(app, first), (app.messages.empty() ? "" : app.messages[0].format()));
    CHECK_FALSE(app.dataset->actors.empty());
}
