// Runs the export dialogs' jobs with the window's GL context: any exporter::StepJob (a snapshot,
// a sweep, a story deck), a bounded number of milliseconds per UI frame, so that the window stays
// responsive and Cancel works. One job at a time; it reports in app.exportStatus. GUI layer.
#pragma once

#include "exporter/snapshot_renderer.hpp"
#include "exporter/step_job.hpp"
#include "gui/layout_driver.hpp"
#include "ui/app_state.hpp"

#include <memory>
#include <string>

namespace tieline::gui {

class JobRunner {
  public:
    // Once per frame, outside the ImGui frame: starts a requested export (requests.exportRequest,
    // requests.deck), advances the running job, and stops it when cancelled (requests.cancelExport)
    // or when the dataset or the window's merges changed under it.
    void update(ui::App& app, const LayoutDriver& layout);

  private:
    // The renderer outlives the job that draws with it (declared first, destroyed last).
    std::unique_ptr<exporter::SnapshotRenderer> m_renderer;
    // What the job draws: the window's shown (merged) dataset as it was when the job started.
    std::unique_ptr<core::model::Dataset> m_data;
    std::unique_ptr<exporter::StepJob> m_job;
    ui::CacheStamp m_built;             // the dataset generation the job reads
    std::uint64_t m_viewGeneration = 0; // and the window's merges (the layout follows them)

    void start(ui::App& app, const LayoutDriver& layout);
    void advance(ui::App& app);
    void stop(ui::App& app, const std::string& message, bool failed);
};

} // namespace tieline::gui
