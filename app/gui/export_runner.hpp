// Performs the export dialog's requests with the window's GL context: a snapshot at once, a sweep
// a few frames per UI frame so that the window stays responsive and Cancel works. GUI layer.
#pragma once

#include "exporter/sweep_exporter.hpp"
#include "gui/layout_driver.hpp"
#include "ui/app_state.hpp"

#include <memory>
#include <string>

namespace tieline::gui {

class ExportRunner {
  public:
    // Once per frame, outside the ImGui frame: starts a requested export, advances a running
    // sweep, cancels it when asked or when the dataset changed, and reports in app.exportStatus.
    void update(ui::App& app, const LayoutDriver& layout);

  private:
    std::unique_ptr<exporter::SnapshotRenderer> m_renderer;
    exporter::SweepExporter m_sweep;
    const core::Dataset* m_dataset = nullptr; // what the sweep reads; it stops if that changes
    long long m_datasetMtime = 0;
    std::string m_done; // the success message of the running sweep

    void start(ui::App& app, const core::ExportRequest& request, const LayoutDriver& layout);
    void fail(ui::App& app, const std::string& error);
};

} // namespace tieline::gui
