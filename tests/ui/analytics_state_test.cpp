// Tests for app/ui/analytics_state.cpp without a window: presentation mode over a story, and the
// charts' actor and merge driving the metrics cache. Uses the default dataset.
#include "ui/app_state.hpp"

#include <doctest/doctest.h>

#include <cmath>

#include <string>

using namespace tieline;

namespace {

ui::App openDefault() {
    ui::App app;
    REQUIRE(ui::openDataset(app, std::string(TIELINE_DATA) + "/korea-1955-1969.json"));
    return app;
}

core::model::ActorId actor(const ui::App& app, const char* key) {
    return *app.dataset->findActor(key);
}

} // namespace

TEST_CASE(
    "present: F5 starts the first story at its first stop, leaving keeps the stop, starting again resumes") {
    ui::App app = openDefault();
    ui::startPresentation(app, app.ui);
    CHECK(app.ui.presenting);
    CHECK(app.ui.story == 0);
    CHECK(app.ui.stop == 0);
    CHECK(app.ui.t == core::calendar::daysFromCivil(1955, 12, 2));
    ui::nextStop(app, app.ui);
    ui::nextStop(app, app.ui);
    ui::stopPresentation(app, app.ui);
    CHECK_FALSE(app.ui.presenting);
    CHECK(app.ui.story == 0);
    CHECK(app.ui.stop == 2);
    ui::goToStop(app, app.ui, 1, 5);
    ui::startPresentation(app, app.ui);
    CHECK(app.ui.story == 1);
    CHECK(app.ui.stop == 5);
    CHECK(app.ui.t == core::calendar::daysFromCivil(1961, 7, 11));
}

TEST_CASE("present: the charts show the selection, else the first client, and count what the window "
          "shows as one") {
    ui::App app = openDefault();
    ui::updateMetrics(app);
    REQUIRE(app.metrics);
    CHECK(app.metrics->steps() == 180);
    // The default dataset shows the party-state as part of Kim: the charts count it so too.
    REQUIRE(app.metricsMerges.size() == 1);
    CHECK(app.metricsMerges[0].from == actor(app, "kwp-dprk"));
    CHECK(app.metricsMerges[0].into == actor(app, "kim-il-sung"));
    CHECK(app.metrics->representative[actor(app, "kwp-dprk").index()] == actor(app, "kim-il-sung").index());
    CHECK(ui::chartedActor(app, app.ui) == actor(app, "kim-il-sung")); // the first actor receiving patronage
    ui::selectActor(app.ui, actor(app, "yanan-faction"));
    CHECK(ui::chartedActor(app, app.ui) == actor(app, "yanan-faction"));
    // Selecting the party-state charts Kim, whom it stands for.
    ui::selectActor(app.ui, actor(app, "kwp-dprk"));
    CHECK(ui::chartedActor(app, app.ui) == actor(app, "kim-il-sung"));
    // Showing it apart (View > Merges, the Charts tab, `unmerge`) recomputes the metrics once.
    ui::showApart(app, app.ui, actor(app, "kwp-dprk"));
    ui::updateMetrics(app);
    CHECK(app.metricsMerges.empty());
    CHECK(ui::chartedActor(app, app.ui) == actor(app, "kwp-dprk"));
    const std::uint64_t before = app.metricsBuilt.generation;
    ui::updateMetrics(app);
    CHECK(app.metricsBuilt.generation == before);
    // And on again: the same merge, whoever asks for it.
    ui::showAsOne(app, app.ui, actor(app, "kwp-dprk"), actor(app, "kim-il-sung"));
    CHECK(app.ui.merges.added.empty()); // the dataset's own merge, turned back on
    ui::updateMetrics(app);
    REQUIRE(app.metricsMerges.size() == 1);
    CHECK(ui::mergedInto(app, app.ui, actor(app, "kim-il-sung")) ==
          std::vector<core::model::ActorId>{actor(app, "kwp-dprk")});
    // A reload of another dataset starts the merges afresh.
    REQUIRE(ui::openDataset(app, std::string(TIELINE_FIXTURES) + "/valid/full.json"));
    CHECK(app.ui.merges.defaultOff.empty());
    ui::updateMetrics(app);
    CHECK(app.metricsMerges.empty());
    CHECK(app.metricsBuilt.generation == app.changes.generation());
}

TEST_CASE("present: a change to names or styles keeps the metrics, a change to ties recomputes them") {
    ui::App app = openDefault();
    ui::updateCaches(app);
    REQUIRE(app.metrics);
    const std::uint64_t built = app.metricsBuilt.generation;
    const std::vector<int> counts = app.activeTiesByMonth;
    REQUIRE_FALSE(counts.empty());
    app.changes.record(ui::kNames | ui::kStyles);
    ui::updateCaches(app);
    CHECK(app.metricsBuilt.generation == built);
    app.changes.record(ui::kTies, ui::TimeRange{double(core::calendar::daysFromCivil(1956, 1, 1)),
                                                double(core::calendar::daysFromCivil(1956, 2, 1))});
    ui::updateCaches(app);
    CHECK(app.metricsBuilt.generation == app.changes.generation());
    CHECK(app.activeTiesBuilt.generation == app.changes.generation());
    CHECK(app.activeTiesByMonth == counts); // the same ties: the same counts
}

TEST_CASE("present: a tie change on known days recomputes only the metric steps in those days") {
    ui::App app = openDefault();
    ui::updateCaches(app);
    REQUIRE(app.metrics);
    core::metrics::Metrics& m = *app.metrics;
    const core::calendar::Time inside = core::calendar::daysFromCivil(1956, 9, 20);
    const std::size_t in = m.stepAt(inside), out = m.stepAt(core::calendar::daysFromCivil(1965, 6, 15));
    // Marks in one step inside the changed days and one outside: only the inside one is computed again.
    // (Betweenness marked unknown: NaN until computed again.)
    m.betweennessKnown[in] = 0;
    m.betweennessKnown[out] = 0;
    REQUIRE(std::isnan(m.betweenness(m.at(in, 0))));
    app.changes.record(ui::kTies, ui::TimeRange{m.times[in], m.times[in]});
    ui::updateCaches(app);
    CHECK(app.metricsBuilt.generation == app.changes.generation());
    CHECK(app.metrics->betweenness(m.at(in, 0)) >= 0.0);
    CHECK(std::isnan(app.metrics->betweenness(m.at(out, 0))));
    // A change without days (actors added, a new dataset) computes every step.
    app.changes.record(ui::kTies);
    ui::updateCaches(app);
    CHECK(app.metrics->betweenness(app.metrics->at(out, 0)) >= 0.0);
}
