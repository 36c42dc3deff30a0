// `tieline snapshot FILE --at DATE`: the active network at a date as JSON on stdout.
#include "cli/command.hpp"
#include "core/io/snapshot_json.hpp"
#include "core/layout/temporal_layout.hpp"

#include <ostream>

namespace tieline::cli {

namespace {

std::string readDate(const ParsedArgs& args, core::calendar::Date& date) {
    const auto at = args.value("--at");
    if (!at) return "missing --at DATE";
    std::string why;
    const auto parsed = core::calendar::parseDate(*at, &why);
    if (!parsed) return "invalid date '" + *at + "': expected " + why;
    date = *parsed;
    return "";
}

int printSnapshot(Invocation& in, core::calendar::Date& date, const core::model::Dataset& data) {
    const core::calendar::Time t = date.firstDay();
    if (t < data.rangeBegin() || t >= data.rangeEnd()) return in.fail(outsideRange(data, date.toString()));
    // Positions come from the layout over time, computed up to the date only (each keyframe
    // warm-starts from the one before, so they are the window's); --no-positions skips it.
    core::io::SnapshotOptions options;
    std::vector<core::model::Point> positions;
    if (!in.args.has("--no-positions")) {
        core::layout::TemporalLayout layout;
        layout.setDataset(data);
        layout.computeUntil(t);
        layout.positionsAt(t, positions);
        options.positions = &positions;
    }
    if (in.args.has("--compact")) options.indent = -1;
    in.out << core::io::snapshotJson(data, core::calendar::windowOf(date), options) << "\n";
    return kExitOk;
}

} // namespace

const Command& snapshotCommand() {
    static const Command command{
        "snapshot",
        "FILE --at DATE [--compact] [--no-positions]",
        "print the network at a date as JSON",
        "Prints the network active at DATE as JSON: the actors present with their layout position\n"
        "(x, y), and the ties that hold, with their type, strength at that date, confidence and\n"
        "number of claims. A day (1956-09-20) gives what is true on that day; a month (1956-09)\n"
        "or a year (1956) what is true at any time in it, each tie at its greatest strength there\n"
        "and marked \"partial\" when it does not hold throughout.\n",
        "",
        {
            {"--at", true, "DATE",
             "the period to show: 1956, 1956-09 or 1956-09-20 (what is true at any time in it)"},
            {"--compact", false, "", "print the JSON on one line"},
            {"--no-positions", false, "",
             "leave out x and y: no layout is computed (fast on large networks)"},
        },
        {1, 1, "expected exactly one FILE"},
        [](Invocation& in) { return withDataset(in, readDate, printSnapshot); },
    };
    return command;
}

} // namespace tieline::cli
