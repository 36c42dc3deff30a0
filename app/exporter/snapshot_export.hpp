// One moment exported: PNG, SVG and the bibliography, each written under a temporary name and
// renamed into place. Shared by `tieline export --at` and the GUI's export dialog. Export layer.
#pragma once

#include "exporter/snapshot_renderer.hpp"

#include <functional>
#include <string>
#include <vector>

namespace tieline::exporter {

// Layout positions of every actor at a moment (TemporalLayout in the CLI, the GUI's driver).
using PositionsAt = std::function<void(core::calendar::Time, std::vector<core::model::Point>&)>;

struct SnapshotJob {
    core::calendar::Time at = 0;   // the layout's moment (the window's first day)
    core::calendar::Window window; // the period the picture shows (README, "Time")
    core::figure::ExportOptions options;
    std::string png, svg, bibliography; // each empty when not asked for; bibliography: F.md (+ F.json)
};

struct SnapshotStats {
    std::size_t nodes = 0, ties = 0, labels = 0; // drawn
    double sceneMs = 0, renderMs = 0, pngMs = 0, svgMs = 0;
};

// Builds the scene of `window` and lays out the export frame (also used by sweeps and decks).
void prepareFrame(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                  const core::calendar::Window& window, const core::figure::ExportOptions& options,
                  const core::figure::FontMetrics& metrics, core::scene::Scene& scene,
                  core::figure::ExportFrame& frame);

// Small multiples: one picture, a panel per window in a grid, every panel on one layout frame (the
// same positions and camera, so an actor sits in the same place in each) and captioned with its
// window at its precision.
struct PanelsJob {
    std::vector<core::calendar::Window> windows;
    int columns = 0, rows = 0;           // 0: core::figure::panelGrid chooses
    core::figure::ExportOptions options; // the whole picture's size
    std::string png, svg, bibliography;
};

// One position per actor shared by all panels: its mean over the windows' first days.
void sharedPositions(const std::vector<core::calendar::Window>& windows, const PositionsAt& positionsAt,
                     std::vector<core::model::Point>& out);

bool exportPanels(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                  const PanelsJob& job, SnapshotRenderer& renderer, std::string& error);

bool exportSnapshot(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                    const SnapshotJob& job, SnapshotRenderer& renderer, std::string& error,
                    SnapshotStats* stats = nullptr);

} // namespace tieline::exporter
