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
    core::calendar::Time at = 0;
    core::figure::ExportOptions options;
    std::string png, svg, bibliography; // each empty when not asked for; bibliography: F.md (+ F.json)
};

struct SnapshotStats {
    std::size_t nodes = 0, ties = 0, labels = 0; // drawn
    double sceneMs = 0, renderMs = 0, pngMs = 0, svgMs = 0;
};

// Builds the scene at `at` and lays out the export frame (also used by sweeps).
void prepareFrame(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                  core::calendar::Time at, const core::figure::ExportOptions& options,
                  const core::figure::FontMetrics& metrics, core::scene::Scene& scene,
                  core::figure::ExportFrame& frame);

bool exportSnapshot(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                    const SnapshotJob& job, SnapshotRenderer& renderer, std::string& error,
                    SnapshotStats* stats = nullptr);

} // namespace tieline::exporter
