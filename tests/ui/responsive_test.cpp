// Tests for issue 18 without a window: the frame loop's calls return while the metrics job runs
// (frames advance), a reload cancels and restarts it, and a background open that a second open
// supersedes never lands.
#include "ui/app_state.hpp"

#include "../bench/synthetic_network.hpp"
#include "core/io/dataset_writer.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

using namespace tieline;

namespace {

// A synthetic network written once to the temporary folder.
std::string syntheticFile(std::uint32_t actors) {
    const char* tmp = std::getenv("TMPDIR");
    const std::string path = std::string(tmp ? tmp : "/tmp") + "/tieline-responsive-" +
                             std::to_string(actors) + "-" + std::to_string(::getpid()) + ".json";
    if (!std::filesystem::exists(path)) {
        std::string why;
        REQUIRE(core::io::writeDatasetFile(path, bench::syntheticNetwork(actors, 11), why));
    }
    return path;
}

// One frame's worth of the frame loop's state calls (gui/frame_loop.cpp without the window).
void frame(ui::App& app) {
    ui::applyRequests(app);
    ui::updateCaches(app);
    ui::advanceTime(app, 1.0 / 60.0);
}

} // namespace

TEST_CASE("responsive: frames advance while the metrics job runs, and the metrics end complete") {
    ui::App app;
    app.waitForMetrics = false;
    const std::string path = syntheticFile(300);
    REQUIRE(ui::openDataset(app, path));
    app.ui.playing = true;
    const core::calendar::Time t0 = app.ui.t;
    frame(app);
    REQUIRE(app.metrics);
    CHECK(app.metrics->steps() == 180);
    CHECK(app.metricsProgress < 1.0f); // the first frame did not wait for them
    int framesWhileRunning = 0;
    while (app.metricsProgress < 1.0f) {
        frame(app);
        ++framesWhileRunning;
    }
    CHECK(framesWhileRunning > 1);
    CHECK(app.ui.t > t0); // playback moved on meanwhile
    const core::metrics::Metrics exact = core::metrics::computeMetrics(*app.dataset);
    CHECK(app.metrics->column(core::metrics::Metrics::Column::Betweenness) ==
          exact.column(core::metrics::Metrics::Column::Betweenness));
    CHECK(app.metrics->values.size() == exact.values.size());
    std::filesystem::remove(path);
}

TEST_CASE("responsive: a reload cancels the running metrics job and starts it again") {
    ui::App app;
    app.waitForMetrics = false;
    const std::string path = syntheticFile(250);
    REQUIRE(ui::openDataset(app, path));
    frame(app);
    REQUIRE(app.metricsJob->running());
    const std::uint64_t generation = app.metricsJob->generation();
    app.requests.reload = true;
    frame(app); // reloads (at once here), which cancels the job; the caches start a new one
    CHECK(app.metricsJob->generation() == generation + 1);
    CHECK(app.metricsProgress < 1.0f);
    while (app.metricsProgress < 1.0f)
        frame(app);
    const core::metrics::Metrics exact = core::metrics::computeMetrics(*app.dataset);
    CHECK(app.metrics->column(core::metrics::Metrics::Column::Betweenness) ==
          exact.column(core::metrics::Metrics::Column::Betweenness));
    CHECK(app.metrics->shares.size() == exact.shares.size());
    std::filesystem::remove(path);
}

TEST_CASE("responsive: a background open keeps the open dataset until it lands, and a second open "
          "supersedes the first") {
    ui::App app;
    app.loadInBackground = true;
    const std::string small = std::string(TIELINE_FIXTURES) + "/valid/minimal.json";
    const std::string big = syntheticFile(3000), other = std::string(TIELINE_DATA) + "/korea-1955-1969.json";
    app.requests.open = small;
    while (!app.dataset)
        frame(app);
    CHECK(app.datasetPath == small);
    app.requests.open = big;
    frame(app);
    CHECK(app.loadJob->loading());
    CHECK(app.datasetPath == small); // still the open one while the big file loads
    app.requests.open = other;       // changed our mind: this one wins, the big one is dropped
    frame(app);
    CHECK(app.loadJob->superseded() == 1);
    while (app.loadJob->loading())
        frame(app);
    CHECK(app.datasetPath == other);
    CHECK(app.dataset->actors.size() < 3000);
    // Nothing lands later either (the superseded parse is discarded).
    for (int i = 0; i < 3; ++i)
        frame(app);
    CHECK(app.datasetPath == other);
    std::filesystem::remove(big);
}
