// One runner for every export job: the requests become jobs here, and every job is stepped, checked
// against the change record and reported the same way.
#include "gui/job_runner.hpp"

#include "exporter/deck_exporter.hpp"
#include "exporter/sweep_exporter.hpp"

#include <algorithm>
#include <chrono>

namespace tieline::gui {

namespace {

// Rendering budget per UI frame: a sweep takes a few frames' worth, and the window still redraws.
constexpr double kBudgetMs = 40.0;

// A picture written in one go (a snapshot, or small multiples) as a job of one step, so that it
// reports like the others. `Export` is exporter::exportSnapshot or exporter::exportPanels.
template <class Job, bool (*Export)(const core::model::Dataset&, const std::vector<core::model::Point>&,
                                    const Job&, exporter::SnapshotRenderer&, std::string&)>
class OneStepJob final : public exporter::StepJob {
  public:
    OneStepJob(const core::model::Dataset& data, std::vector<core::model::Point> positions, Job job,
               exporter::SnapshotRenderer& renderer)
        : m_data(data), m_positions(std::move(positions)), m_job(std::move(job)), m_renderer(renderer) {
        m_active = true;
    }

    bool step(std::string& error) override {
        if (finished()) return true;
        if (!Export(m_data, m_positions, m_job, m_renderer, error)) return false;
        ++m_step;
        return true;
    }
    bool finish(std::string&) override {
        m_active = false;
        return true;
    }
    void cancel() override { m_active = false; }
    int stepCount() const override { return 1; }
    std::string resultMessage() const override {
        return exporter::writtenMessage(m_job.svg.empty() ? m_job.png : m_job.svg, m_job.bibliography);
    }
    std::string cancelledNote() const override { return "Nothing was written."; }

  private:
    const core::model::Dataset& m_data;
    std::vector<core::model::Point> m_positions;
    Job m_job;
    exporter::SnapshotRenderer& m_renderer;
};

// exportSnapshot without its optional timing figures.
bool writeSnapshot(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                   const exporter::SnapshotJob& job, exporter::SnapshotRenderer& renderer,
                   std::string& error) {
    return exporter::exportSnapshot(data, positions, job, renderer, error);
}

using SnapshotJobStep = OneStepJob<exporter::SnapshotJob, writeSnapshot>;
using PanelsJobStep = OneStepJob<exporter::PanelsJob, exporter::exportPanels>;

exporter::PositionsAt positionsFrom(const LayoutDriver& layout) {
    return [&layout](core::calendar::Time t, std::vector<core::model::Point>& out) {
        layout.positionsAt(t, out);
    };
}

// The job for File > Export: a snapshot or a sweep. Returns null and sets `error` when it cannot start.
std::unique_ptr<exporter::StepJob> exportJob(const core::model::Dataset& data,
                                             const core::figure::ExportRequest& r, const LayoutDriver& layout,
                                             exporter::SnapshotRenderer& renderer, std::string& error) {
    if (!core::figure::isSweep(r.kind) && r.panels.size() > 1) {
        exporter::PanelsJob job;
        job.windows = r.panels;
        job.options = r.options;
        (r.kind == core::figure::ExportKind::Svg ? job.svg : job.png) = r.path;
        job.bibliography = r.bibliography;
        std::vector<core::model::Point> positions;
        exporter::sharedPositions(job.windows, positionsFrom(layout), positions);
        return std::make_unique<PanelsJobStep>(data, std::move(positions), std::move(job), renderer);
    }
    if (!core::figure::isSweep(r.kind)) {
        exporter::SnapshotJob job;
        job.at = r.at;
        job.window = r.range ? *r.range : core::calendar::windowAt(r.at, r.precision);
        job.options = r.options;
        (r.kind == core::figure::ExportKind::Svg ? job.svg : job.png) = r.path;
        job.bibliography = r.bibliography;
        std::vector<core::model::Point> positions;
        layout.positionsAt(r.at, positions);
        return std::make_unique<SnapshotJobStep>(data, std::move(positions), std::move(job), renderer);
    }
    exporter::SweepJob job;
    job.kind = r.kind;
    job.path = r.path;
    job.range = r.sweep;
    job.options = r.options;
    job.bibliography = r.bibliography;
    auto sweep = std::make_unique<exporter::SweepExporter>();
    if (!sweep->begin(data, job, positionsFrom(layout), renderer, error)) return nullptr;
    return sweep;
}

// The job for File > Export story as slides.
std::unique_ptr<exporter::StepJob> deckJob(const core::model::Dataset& data, const ui::DeckRequest& r,
                                           const LayoutDriver& layout, exporter::SnapshotRenderer& renderer,
                                           std::string& error) {
    exporter::DeckJob job;
    job.story = std::size_t(std::max(0, r.story));
    job.folder = r.folder;
    job.options = r.options;
    auto deck = std::make_unique<exporter::DeckExporter>();
    if (!deck->begin(data, job, positionsFrom(layout), renderer, error)) return nullptr;
    return deck;
}

} // namespace

void JobRunner::stop(ui::App& app, const std::string& message, bool failed) {
    if (m_job && m_job->active()) m_job->cancel();
    m_job.reset();
    m_renderer.reset();
    app.exportStatus.running = false;
    app.exportStatus.failed = failed;
    app.exportStatus.message = message;
}

void JobRunner::start(ui::App& app, const LayoutDriver& layout) {
    std::optional<core::figure::ExportRequest> exportRequest = std::move(app.requests.exportRequest);
    std::optional<ui::DeckRequest> deckRequest = std::move(app.requests.deck);
    app.requests.exportRequest.reset();
    app.requests.deck.reset();
    if (m_job || !app.dataset || (!exportRequest && !deckRequest)) return; // one job at a time
    app.exportStatus = {};
    // Frames past what the background layout has computed would hold its last positions.
    if (layout.progress() < 1.0f)
        return stop(app,
                    "Export failed: the layout is still being computed (" +
                        std::to_string(int(layout.progress() * 100)) + " %); try again in a moment",
                    true);
    std::string error;
    // A fresh renderer: its glyphs are the dataset's, which may have changed since the last export.
    m_renderer = std::make_unique<exporter::SnapshotRenderer>();
    m_job.reset();
    m_data = std::make_unique<core::model::Dataset>(ui::shownDataset(app)); // merged as on screen
    if (!m_renderer->init(*m_data, error)) return stop(app, "Export failed: " + error, true);
    if (exportRequest) exportRequest->options.hulls = app.ui.merges.hulls;
    if (deckRequest) deckRequest->options.hulls = app.ui.merges.hulls;
    m_job = exportRequest ? exportJob(*m_data, *exportRequest, layout, *m_renderer, error)
                          : deckJob(*m_data, *deckRequest, layout, *m_renderer, error);
    if (!m_job) return stop(app, "Export failed: " + error, true);
    m_built.markBuilt(app.changes);
    m_viewGeneration = app.viewGeneration;
    app.exportStatus.running = true;
}

void JobRunner::advance(ui::App& app) {
    // Any change to the dataset invalidates what the job has drawn so far.
    if (m_built.stale(app.changes, ui::kEverything) || !app.dataset)
        return stop(app, "Stopped: the dataset changed. " + m_job->cancelledNote(), false);
    if (app.viewGeneration != m_viewGeneration)
        return stop(app, "Stopped: the merges changed. " + m_job->cancelledNote(), false);
    if (app.requests.cancelExport) return stop(app, "Cancelled. " + m_job->cancelledNote(), false);
    std::string error;
    const auto begin = std::chrono::steady_clock::now();
    do {
        if (!m_job->step(error)) return stop(app, "Export failed: " + error, true);
    } while (!m_job->finished() &&
             std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count() <
                 kBudgetMs);
    app.exportStatus.progress = float(m_job->progress());
    if (!m_job->finished()) return;
    if (!m_job->finish(error)) return stop(app, "Export failed: " + error, true);
    stop(app, m_job->resultMessage(), false);
}

void JobRunner::update(ui::App& app, const LayoutDriver& layout) {
    start(app, layout); // a snapshot is then written in this same frame
    if (m_job) advance(app);
    app.requests.cancelExport = false;
}

} // namespace tieline::gui
