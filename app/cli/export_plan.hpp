// `tieline export`'s options read into a plan: one moment (PNG, SVG), a sweep (frames, MP4, GIF) or
// a story's deck. Reading needs no dataset; command_export.cpp checks the plan against the dataset
// and renders it.
#pragma once

#include "cli/view_options.hpp"
#include "commands/options.hpp"
#include "core/layout/layout_params.hpp"
#include "exporter/snapshot_export.hpp"
#include "exporter/sweep_exporter.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tieline::cli {

// The three plans, and the request that holds one with what they share.
// One picture: of one date, of a range (--range), or small multiples (--at with several dates).
struct SnapshotPlan {
    std::vector<core::calendar::Date> at; // one, or a panel each
    std::optional<std::pair<core::calendar::Date, core::calendar::Date>> range;
    int columns = 0, rows = 0; // --grid; 0: chosen from the count and the size
    exporter::SnapshotJob job;
};
struct SweepPlan {
    core::calendar::Date from, to;
    exporter::SweepJob job;
};
struct DeckPlan {
    std::string story; // an id or a number, resolved once the dataset is loaded
    std::string folder;
    std::size_t storyIndex = 0;
    // --stop K (from 1): that stop's slide alone as --png / --svg, instead of a deck folder.
    std::optional<std::size_t> stop;
    std::string png, svg;
};
using Plan = std::variant<SnapshotPlan, SweepPlan, DeckPlan>;

struct ExportRequest {
    core::figure::ExportOptions options;              // the picture: size, theme, what it shows
    std::optional<core::calendar::Date> at, from, to; // at: the first of --at's dates
    std::vector<core::calendar::Date> atList;         // every date --at lists
    std::optional<std::pair<core::calendar::Date, core::calendar::Date>> range;
    std::string bibliography;
    core::layout::LayoutParams layout; // --arrange
    ViewRequest view; // --merge, --collapse, --no-merges, --hulls (the dataset's merges apply by default)
    Plan plan;
};

// The options' rows; their help states the defaults of core::ExportOptions and core::SweepRange.
std::vector<commands::OptionSpec> exportOptions();

// Reads the options into a request; returns a usage message, or "" when they are usable.
std::string readExportRequest(const commands::ParsedArgs& parsed, ExportRequest& request);

// "1920x1080"
std::string sizeText(const core::figure::ExportOptions& options);

} // namespace tieline::cli
