// App state for analytics and presentation: which actor the charts show, the metrics cache, and
// entering and leaving presentation mode. No GL, no ImGui.
#include "ui/app_state.hpp"

#include <algorithm>

namespace tieline::ui {

namespace {

bool validActor(const AppView& app, const std::optional<core::model::ActorId>& id) {
    return id && app.dataset && id->index() < app.dataset->actors.size();
}

// The charted actor as chosen, before any merge: the Charts tab's choice, else the selection, else
// the first actor that receives a patron-type tie. Known without the metrics.
std::optional<core::model::ActorId> chartSubject(const AppView& app, const UiState& ui) {
    if (validActor(app, ui.charts.actor)) return ui.charts.actor;
    if (validActor(app, ui.selectedActor)) return ui.selectedActor;
    if (!app.dataset) return std::nullopt;
    const core::model::Dataset& data = *app.dataset;
    const std::vector<char> patronType = core::metrics::patronTypeMask(data, {});
    std::optional<core::model::ActorId> first;
    for (const core::model::Tie& tie : data.ties) {
        const char role = patronType[tie.type.index()];
        if (!role) continue;
        const core::model::ActorId client = role == core::metrics::kPatronIsTo ? tie.from : tie.to;
        if (!first || client < *first) first = client;
    }
    return first;
}

// Moves the job's finished steps into app.metrics (all of them when app.waitForMetrics).
void collectMetrics(App& app) {
    core::metrics::MetricsJob& job = *app.metricsJob;
    if (app.metrics) {
        job.collect(*app.metrics);
        if (app.waitForMetrics) job.finish(*app.metrics);
    }
    app.metricsProgress = job.running() ? float(job.progress()) : 1.0f;
}

} // namespace

void startPresentation(const AppView& app, UiState& ui) {
    if (!app.dataset) return;
    ui.presenting = true;
    ui.playing = false;
    const auto& stories = app.dataset->stories;
    if (ui.story >= 0 && std::size_t(ui.story) < stories.size())
        goToStop(app, ui, ui.story, std::max(ui.stop, 0)); // frames the stop in the full window
    else if (!stories.empty())
        goToStop(app, ui, 0, 0);
    else
        ui.fitRequested = true;
}

void stopPresentation(const AppView& app, UiState& ui) {
    ui.presenting = false;
    if (ui.story >= 0)
        goToStop(app, ui, ui.story, ui.stop); // frame again beside the panels
    else
        ui.fitRequested = true;
}

std::optional<core::model::ActorId> chartedActor(const AppView& app, const UiState& ui) {
    const std::optional<core::model::ActorId> subject = chartSubject(app, ui);
    if (!subject || !app.metrics || subject->index() >= app.metrics->actorCount) return subject;
    return core::model::ActorId(app.metrics->representative[subject->index()]);
}

void updateMetrics(App& app) {
    if (!app.dataset) {
        app.metricsJob->cancel();
        app.metrics.reset();
        app.metricsProgress = 1.0f;
        return;
    }
    // The window's merges (ui/merge_state.hpp): the charts count what the map shows as one.
    std::vector<core::metrics::ActorMerge> merges;
    for (const core::scene::MergeRule& m :
         core::scene::flattenedMerges(*app.dataset, currentView(app, app.ui)))
        merges.push_back({m.from, m.into});
    const bool sameMerges =
        std::equal(merges.begin(), merges.end(), app.metricsMerges.begin(), app.metricsMerges.end(),
                   [](const core::metrics::ActorMerge& a, const core::metrics::ActorMerge& b) {
                       return a.from == b.from && a.into == b.into;
                   });
    // Names, styles and layout parameters leave the metrics as they are; ties do not.
    if (app.metrics && !app.metricsBuilt.stale(app.changes, kTies) && sameMerges) {
        collectMetrics(app);
        return;
    }
    // An edit to ties on known days recomputes only the steps in those days (when complete).
    if (app.metrics && app.metricsBuilt.built && sameMerges && !app.metricsJob->running()) {
        const auto changed = app.changes.tiesChangedSince(app.metricsBuilt.generation);
        if (changed && *changed &&
            core::metrics::recomputeSteps(*app.dataset, *app.metrics, (*changed)->t0, (*changed)->t1)) {
            app.metricsBuilt.markBuilt(app.changes);
            return;
        }
    }
    core::metrics::MetricsOptions options;
    options.merges = merges;
    // In the background: the window keeps drawing while they arrive, betweenness first at the
    // date shown. A reload or another merge cancels the job and starts again.
    app.metrics.reset(); // not two sets at once (hundreds of MB on a large network)
    app.metrics = app.metricsJob->start(*app.dataset, options, app.ui.t);
    app.metricsBuilt.markBuilt(app.changes);
    app.metricsMerges = merges;
    collectMetrics(app);
}

} // namespace tieline::ui
