// `tieline snapshot FILE --at DATE`: the active network at a date as JSON on stdout.
#include "cli/command.hpp"
#include "cli/view_options.hpp"
#include "commands/arrange_option.hpp"
#include "core/io/snapshot_json.hpp"
#include "core/layout/temporal_layout.hpp"
#include "core/scene/hulls.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

#include <ostream>

namespace tieline::cli {

namespace {

struct Request {
    core::calendar::Date date;
    core::layout::LayoutParams params;
    ViewRequest view;
};

std::string readRequest(const ParsedArgs& args, Request& request) {
    if (const std::string why = commands::readArrangeOption(args, request.params); !why.empty()) return why;
    const auto at = args.value("--at");
    if (!at) return "missing --at DATE";
    std::string why;
    const auto parsed = core::calendar::parseDate(*at, &why);
    if (!parsed) return "invalid date '" + *at + "': expected " + why;
    request.date = *parsed;
    return readViewRequest(args, request.view);
}

int printSnapshot(Invocation& in, Request& request, const core::model::Dataset& original) {
    const core::calendar::Date& date = request.date;
    const core::calendar::Time t = date.firstDay();
    if (t < original.rangeBegin() || t >= original.rangeEnd())
        return in.fail(outsideRange(original, date.toString()));
    // Every actor keeps its own id unless --merge or --collapse asks for a merged view.
    core::scene::ViewMerges view;
    if (const std::string why = resolveView(original, request.view, false, view); !why.empty())
        return in.fail(why);
    const core::model::Dataset data = core::scene::mergedDataset(original, view);
    // Positions come from the layout over time, computed up to the date only (each keyframe
    // warm-starts from the one before, so they are the window's); --no-positions skips it.
    core::io::SnapshotOptions options;
    std::vector<core::model::Point> positions;
    if (!in.args.has("--no-positions")) {
        core::layout::TemporalLayout layout;
        layout.setParams(request.params);
        layout.setDataset(data);
        layout.computeUntil(t);
        layout.positionsAt(t, positions);
        options.positions = &positions;
    }
    if (in.args.has("--compact")) options.indent = -1;
    const std::string json = core::io::snapshotJson(data, core::calendar::windowOf(date), options);
    if (!request.view.hulls) {
        in.out << json << "\n";
        return kExitOk;
    }
    // --hulls: each group's hull around its members' discs as the picture draws them.
    core::scene::SceneInput sceneInput;
    sceneInput.data = &data;
    sceneInput.t = t;
    sceneInput.window = core::calendar::windowOf(date);
    sceneInput.positions = &positions;
    core::scene::Scene scene;
    core::scene::buildScene(sceneInput, core::scene::darkSceneStyle(), scene);
    core::scene::addGroupHulls(data, scene);
    nlohmann::ordered_json out = nlohmann::ordered_json::parse(json);
    nlohmann::ordered_json hulls = nlohmann::ordered_json::array();
    for (const core::scene::SceneHull& h : scene.hulls) {
        nlohmann::ordered_json points = nlohmann::ordered_json::array();
        for (const core::model::Point& p : h.outline)
            points.push_back({std::round(p.x * 100) / 100, std::round(p.y * 100) / 100});
        hulls.push_back({{"group", data.groups[h.group.index()].key}, {"outline", std::move(points)}});
    }
    out["hulls"] = std::move(hulls);
    in.out << out.dump(options.indent) << "\n";
    return kExitOk;
}

std::vector<OptionSpec> withViewOptions(std::vector<OptionSpec> rows) {
    for (OptionSpec& row : viewOptions(false, true))
        rows.push_back(std::move(row));
    return rows;
}

} // namespace

const Command& snapshotCommand() {
    static const Command command{
        "snapshot",
        "FILE --at DATE [--compact] [--no-positions] [--arrange free|hierarchy] [--merge A=B,...] "
        "[--collapse GROUP,...] [--hulls]",
        "print the network at a date as JSON",
        "Prints the network active at DATE as JSON: the actors present with their layout position\n"
        "(x, y), and the ties that hold, with their type, strength at that date, confidence and\n"
        "number of claims. A day (1956-09-20) gives what is true on that day; a month (1956-09)\n"
        "or a year (1956) what is true at any time in it, each tie at its greatest strength there\n"
        "and marked \"partial\" when it does not hold throughout. Every actor keeps its own id unless\n"
        "--merge or --collapse asks for a merged view (the dataset's own merges are for pictures):\n"
        "a merged-away actor is then left out and its ties run from or to its representative.\n"
        "--hulls adds each group's hull (\"hulls\": group and outline points, layout units).\n",
        "",
        withViewOptions({
            {"--at", true, "DATE",
             "the period to show: 1956, 1956-09 or 1956-09-20 (what is true at any time in it)"},
            {"--compact", false, "", "print the JSON on one line"},
            {"--no-positions", false, "",
             "leave out x and y: no layout is computed (fast on large networks)"},
            commands::arrangeOptionSpec(),
        }),
        {1, 1, "expected exactly one FILE"},
        [](Invocation& in) { return withDataset(in, readRequest, printSnapshot); },
    };
    return command;
}

} // namespace tieline::cli
