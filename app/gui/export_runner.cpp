// Export requests from the dialog, run in the frame loop.
#include "gui/export_runner.hpp"

#include <chrono>

namespace tieline::gui {

namespace {

// Rendering budget per UI frame: a sweep takes a few frames' worth, and the window still redraws.
constexpr double kBudgetMs = 40.0;

std::string writtenMessage(const core::ExportRequest& r) {
    std::string text = "Wrote " + r.path;
    if (!r.bibliography.empty())
        text += " and its sources, " + r.bibliography + " and " + core::cslPathFor(r.bibliography);
    return text + ".";
}

} // namespace

void ExportRunner::fail(ui::App& app, const std::string& error) {
    app.exportStatus.running = false;
    app.exportStatus.failed = true;
    app.exportStatus.message = "Export failed: " + error;
}

void ExportRunner::start(ui::App& app, const core::ExportRequest& r, const LayoutDriver& layout) {
    if (!app.dataset) return;
    const core::Dataset& data = *app.dataset;
    app.exportStatus = {};
    // Frames past what the background layout has computed would hold its last positions.
    if (layout.progress() < 1.0f)
        return fail(app, "the layout is still being computed (" +
                             std::to_string(int(layout.progress() * 100)) + " %); try again in a moment");
    std::string error;
    // A fresh renderer: its glyphs are the dataset's, which may have changed since the last export.
    m_renderer = std::make_unique<exporter::SnapshotRenderer>();
    if (!m_renderer->init(data, error)) return fail(app, error);
    if (!core::isSweep(r.kind)) {
        exporter::SnapshotJob job;
        job.at = r.at;
        job.options = r.options;
        (r.kind == core::ExportKind::Svg ? job.svg : job.png) = r.path;
        job.bibliography = r.bibliography;
        std::vector<core::Point> positions;
        layout.positionsAt(r.at, positions);
        if (!exporter::exportSnapshot(data, positions, job, *m_renderer, error)) return fail(app, error);
        app.exportStatus.message = writtenMessage(r);
        m_renderer.reset();
        return;
    }
    exporter::SweepJob job;
    job.kind = r.kind;
    job.path = r.path;
    job.range = r.sweep;
    job.options = r.options;
    job.bibliography = r.bibliography;
    const auto positionsAt = [&layout](core::Time t, std::vector<core::Point>& out) {
        layout.positionsAt(t, out);
    };
    if (!m_sweep.begin(data, job, positionsAt, *m_renderer, error)) return fail(app, error);
    m_dataset = &data;
    m_datasetMtime = app.datasetMtime;
    m_done = writtenMessage(r);
    app.exportStatus.running = true;
}

void ExportRunner::update(ui::App& app, const LayoutDriver& layout) {
    if (m_sweep.active()) {
        const bool changed = !app.dataset || &*app.dataset != m_dataset || app.datasetMtime != m_datasetMtime;
        if (app.requests.cancelExport || changed) {
            m_sweep.cancel();
            app.exportStatus.running = false;
            app.exportStatus.message = changed ? "Stopped: the dataset changed. Nothing was written."
                                               : "Cancelled. Nothing was written.";
        } else {
            std::string error;
            const auto start = std::chrono::steady_clock::now();
            do {
                if (!m_sweep.step(error)) return fail(app, error);
            } while (
                !m_sweep.finished() &&
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count() <
                    kBudgetMs);
            app.exportStatus.progress = float(m_sweep.progress());
            if (m_sweep.finished()) {
                if (!m_sweep.finish(error)) return fail(app, error);
                app.exportStatus.running = false;
                app.exportStatus.message = m_done;
                m_renderer.reset();
            }
        }
    }
    app.requests.cancelExport = false;
    if (app.requests.exportRequest) {
        const core::ExportRequest request = *app.requests.exportRequest;
        app.requests.exportRequest.reset();
        if (!m_sweep.active()) start(app, request, layout);
    }
}

} // namespace tieline::gui
