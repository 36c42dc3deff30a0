// `tieline snapshot FILE --at DATE`: the active network at a date as JSON on stdout.
#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "core/interop/dataset_files.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/snapshot_json.hpp"
#include "core/layout/temporal_layout.hpp"

#include <ostream>

namespace tieline::cli {

namespace {

const std::vector<OptionSpec> kOptions = {
    {"--at", true, "DATE", "the moment to show: 1956, 1956-09 or 1956-09-20 (the first day it names)"},
    {"--compact", false, "", "print the JSON on one line"},
    {"--help", false, "", "show this help"},
};

std::string helpText() {
    return "Usage: tieline snapshot FILE --at DATE [--compact]\n"
           "\n"
           "Prints the network active at DATE as JSON: the actors present with their layout position\n"
           "(x, y), and the ties that hold, with their type, strength at that date, confidence and\n"
           "number of claims.\n"
           "\n"
           "Options:\n" +
           describeOptions(kOptions);
}

} // namespace

int commandSnapshot(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArgs parsed = parseArgs(args, kOptions);
    if (!parsed.error.empty()) return usageError("snapshot", parsed.error, err);
    if (parsed.has("--help")) {
        out << helpText();
        return kExitOk;
    }
    if (parsed.positionals.size() != 1) return usageError("snapshot", "expected exactly one FILE", err);
    const auto at = parsed.value("--at");
    if (!at) return usageError("snapshot", "missing --at DATE", err);
    std::string why;
    const auto date = core::parseDate(*at, &why);
    if (!date) return usageError("snapshot", "invalid date '" + *at + "': expected " + why, err);

    const std::string& path = parsed.positionals[0];
    const core::LoadResult result = core::loadAnyDataset(path);
    for (const core::Diagnostic& d : result.diagnostics.items)
        err << d.format() << "\n";
    if (!result.dataset) return kExitFailure;
    const core::Dataset& data = *result.dataset;
    const core::Time t = date->firstDay();
    if (t < data.rangeBegin() || t >= data.rangeEnd()) {
        err << "tieline snapshot: " << date->toString() << " is outside the dataset's range ("
            << data.meta.start.toString() << " to " << data.meta.end.toString() << ")\n";
        return kExitFailure;
    }
    // Positions come from the layout over time (every keyframe up to the end, so any date looks
    // the same as on screen); the default dataset takes about 15 ms.
    core::layout::TemporalLayout layout;
    layout.setDataset(data);
    layout.computeNow();
    std::vector<core::Point> positions;
    layout.positionsAt(t, positions);
    core::SnapshotOptions options;
    options.positions = &positions;
    if (parsed.has("--compact")) options.indent = -1;
    out << core::snapshotJson(data, t, options) << "\n";
    return kExitOk;
}

} // namespace tieline::cli
