// `tieline layout FILE`: lays out a dataset over time or a plain edge list, prints milliseconds per
// tick, and with --metrics the quality figures as JSON. No GL.
#include "cli/command.hpp"
#include "cli/view_options.hpp"
#include "commands/arrange_option.hpp"
#include "commands/numbers.hpp"
#include "core/layout/disc_radius.hpp"
#include "core/layout/graph_layout.hpp"
#include "core/layout/quality.hpp"
#include "core/layout/temporal_layout.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <ostream>
#include <sstream>
#include <sys/stat.h>

namespace tieline::cli {

namespace {

using namespace core::layout;
using Clock = std::chrono::steady_clock;

// Defaults as the help writes them: "0.9", "30", never "0.900000".
template <typename T> std::string shown(T value) {
    std::ostringstream text;
    text << value;
    return text.str();
}

// The options' help states the defaults of LayoutParams and d3DefaultParams, their one home.
std::vector<OptionSpec> layoutOptions() {
    const LayoutParams dataset{}, graph = d3DefaultParams();
    return {
        {"--at", true, "DATE", "datasets: positions and metrics at this date (1956, 1956-09, 1956-09-20)"},
        {"--metrics", false, "", "print timing and quality (stress, movement, crossings, overlaps) as JSON"},
        {"--out", true, "FILE", "write positions to FILE.csv or FILE.json"},
        {"--ticks", true, "N",
         "edge lists: ticks to run (default " + shown(graph.initialTicks) +
             "); datasets: ticks per keyframe (default " + shown(dataset.ticksPerStep) + ")"},
        {"--threads", true, "N",
         "threads for the many-body force (default " + shown(dataset.threads) +
             "; a second pays above ~16k nodes)"},
        {"--theta", true, "X",
         "Barnes-Hut opening angle (default " + shown(dataset.theta) + "; smaller is slower and more exact)"},
        {"--seed", true, "N",
         "random seed (default " + shown(dataset.seed) + "); the same seed gives the same layout"},
        commands::arrangeOptionSpec(),
        {"--merge", true, "A=B,...",
         "datasets: lay out actor A as part of actor B (A's ties pull B; A is left out of --out)"},
        {"--collapse", true, "GROUP,...", "datasets: lay out each group as one node (its first member)"},
    };
}

// A whole-number option in [min, max]; `out` is left alone when the option is not given.
bool countOption(const ParsedArgs& parsed, const std::string& name, long long min, long long max,
                 long long& out, std::string& why) {
    const auto text = parsed.value(name);
    if (!text) return true;
    const auto n = commands::parseWhole(*text, min, max);
    if (!n) {
        why = "invalid " + name + " '" + *text + "': expected an integer from " + std::to_string(min) +
              " to " + std::to_string(max);
        return false;
    }
    out = *n;
    return true;
}

// A dataset in any format tieline reads (by extension: .json, .gexf, .csv; '-' for standard
// input), or a file without one of those extensions that starts with '{'. Anything else is an
// edge list.
bool isDatasetFile(const std::string& path) {
    using core::interop::FileFormat;
    const FileFormat format = core::interop::fileFormatOf(path);
    if (path == "-" || format == FileFormat::Json || format == FileFormat::Gexf || format == FileFormat::Csv)
        return true;
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
    std::ifstream in(path, std::ios::binary);
    char c = 0;
    while (in.get(c))
        if (!std::isspace(static_cast<unsigned char>(c))) return c == '{';
    return false;
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Writes rows of (label, x, y) as CSV or JSON by the file's extension.
bool writePositions(const std::string& path, const std::string& labelName,
                    const std::vector<std::string>& labels, const std::vector<double>& x,
                    const std::vector<double>& y, std::ostream& err) {
    std::ofstream out(path);
    if (!out) {
        err << "tieline layout: cannot write " << path << "\n";
        return false;
    }
    if (endsWith(path, ".json")) {
        nlohmann::ordered_json rows = nlohmann::ordered_json::array();
        for (std::size_t i = 0; i < labels.size(); ++i)
            rows.push_back({{labelName, labels[i]}, {"x", x[i]}, {"y", y[i]}});
        out << rows.dump(1) << "\n";
    } else {
        out << labelName << ",x,y\n";
        char line[96];
        for (std::size_t i = 0; i < labels.size(); ++i) {
            std::snprintf(line, sizeof line, ",%.6f,%.6f\n", x[i], y[i]);
            out << labels[i] << line;
        }
    }
    return static_cast<bool>(out);
}

int layoutGraph(const Invocation& in, const std::string& path, LayoutParams params, long long ticks) {
    const ParsedArgs& parsed = in.args;
    std::ostream &out = in.out, &err = in.err;
    Graph graph;
    std::string error;
    if (!readEdgeList(path, graph, error)) {
        err << error << "\n";
        return kExitFailure;
    }
    Simulation sim = makeGraphSimulation(graph, params);
    sim.initialize();
    const auto start = Clock::now();
    sim.tick(static_cast<int>(ticks));
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    const double perTick = ticks > 0 ? ms / double(ticks) : 0.0;
    const Bodies& b = sim.bodies();
    if (const auto file = parsed.value("--out")) {
        std::vector<std::string> labels(b.size());
        for (std::size_t i = 0; i < b.size(); ++i)
            labels[i] = std::to_string(i);
        if (!writePositions(*file, "node", labels, b.x, b.y, err)) return kExitFailure;
    }
    if (!parsed.has("--metrics")) {
        char line[200];
        std::snprintf(
            line, sizeof line,
            "layout: %u nodes, %zu edges, %lld ticks, %d thread%s: %.4f ms per tick (%.1f ms in all)\n",
            graph.nodeCount, graph.edges.size(), ticks, params.threads, params.threads == 1 ? "" : "s",
            perTick, ms);
        out << line;
        return kExitOk;
    }
    std::vector<LinkSpec> edges;
    for (const GraphEdge& e : graph.edges)
        edges.push_back({e.source, e.target, 1.0, 1.0, false});
    const std::size_t sources = 200; // exact below this many nodes, sampled above
    const CrossingCount crossings = edgeCrossings(b.x.data(), b.y.data(), edges);
    nlohmann::ordered_json j;
    j["nodes"] = graph.nodeCount;
    j["edges"] = graph.edges.size();
    j["ticks"] = ticks;
    j["threads"] = params.threads;
    j["msPerTick"] = perTick;
    j["msTotal"] = ms;
    j["stress"] = normalizedStress(b.x.data(), b.y.data(), b.size(), edges, sources);
    j["stressSampled"] = b.size() > sources;
    j["crossings"] = crossings.count;
    j["crossingsEstimated"] = crossings.estimated;
    j["overlaps"] = nodeOverlaps(b.x.data(), b.y.data(), b.size(), 5.0);
    j["overlapRadius"] = 5.0;
    j["bytesPerNodeAndEdge"] =
        double(sim.bytesUsed()) / double(std::max<std::size_t>(1, b.size() + graph.edges.size()));
    out << j.dump(2) << "\n";
    return kExitOk;
}

int layoutDataset(const Invocation& in, const std::string& path, LayoutParams params) {
    const ParsedArgs& parsed = in.args;
    std::ostream &out = in.out, &err = in.err;
    std::optional<core::calendar::Time> at;
    std::optional<core::calendar::Window> window; // the period --at names, as snapshot reads it
    if (const auto text = parsed.value("--at")) {
        std::string why;
        const auto date = core::calendar::parseDate(*text, &why);
        if (!date) return in.usage("invalid date '" + *text + "': expected " + why);
        at = date->firstDay();
        window = core::calendar::windowOf(*date);
    }
    // Any dataset format (isDatasetFile): other files are edge lists.
    const core::io::LoadResult result = in.load(path);
    if (!result.dataset) return kExitFailure;
    // Every actor is laid out as its own unless --merge or --collapse asks for a merged view.
    ViewRequest request;
    core::scene::ViewMerges view;
    if (std::string why = readViewRequest(parsed, request); !why.empty()) return in.usage(why);
    if (std::string why = resolveView(*result.dataset, request, false, view); !why.empty())
        return in.fail(why);
    const core::model::Dataset data = core::scene::mergedDataset(*result.dataset, view);
    if (at && (*at < data.rangeBegin() || *at >= data.rangeEnd()))
        return in.fail(outsideRange(data, *parsed.value("--at")));
    const auto start = Clock::now();
    TemporalLayout layout;
    layout.setParams(params);
    layout.setDataset(data);
    layout.computeNow();
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    const double perTick = layout.ticksRun() ? ms / double(layout.ticksRun()) : 0.0;
    const std::vector<core::calendar::Time> times = layout.keyframeTimes();
    const std::size_t n = data.actors.size();

    // Positions at --at, or the last keyframe; and the keyframe whose springs the metrics use.
    std::vector<core::model::Point> positions;
    std::vector<std::uint8_t> present;
    std::size_t k = times.empty() ? 0 : times.size() - 1;
    if (at) {
        layout.positionsAt(*at, positions, &present);
        k = static_cast<std::size_t>(std::upper_bound(times.begin(), times.end(), *at) - times.begin()) - 1;
    } else {
        layout.keyframe(k, positions, &present);
    }
    std::vector<double> x(n), y(n);
    for (std::size_t i = 0; i < n; ++i)
        x[i] = positions[i].x, y[i] = positions[i].y;
    if (const auto file = parsed.value("--out")) {
        std::vector<std::string> labels;
        std::vector<double> px, py;
        for (std::size_t i = 0; i < n; ++i)
            if (present[i]) labels.push_back(data.actors[i].key), px.push_back(x[i]), py.push_back(y[i]);
        if (!writePositions(*file, "id", labels, px, py, err)) return kExitFailure;
    }
    if (!parsed.has("--metrics")) {
        char line[240];
        std::snprintf(line, sizeof line,
                      "layout: %zu actors, %zu ties, %zu keyframes, %llu ticks: %.4f ms per tick (keyframes "
                      "in %.1f ms)\n",
                      n, data.ties.size(), times.size(), static_cast<unsigned long long>(layout.ticksRun()),
                      perTick, ms);
        out << line;
        return kExitOk;
    }
    const Timeline timeline = buildTimeline(data);
    const std::vector<LinkSpec> springs =
        times.empty() ? std::vector<LinkSpec>{} : stepSprings(timeline, k, params);
    // Crossings and overlaps of the picture `snapshot` and `export` give for the period: its ties
    // (one segment per pair of actors), its actors' discs at their drawn radii.
    const core::model::ActiveSet shown = core::model::activeDuring(
        data, window ? *window
                     : core::calendar::windowAt(times.empty() ? data.rangeBegin() : times[k],
                                                core::calendar::DatePrecision::Day));
    std::vector<LinkSpec> segments;
    for (const core::model::ActiveTie& tie : shown.ties)
        segments.push_back({static_cast<std::uint32_t>(data.tie(tie.id).from.index()),
                            static_cast<std::uint32_t>(data.tie(tie.id).to.index())});
    std::vector<double> radii, ox, oy, orad;
    discRadii(data, shown, radii);
    for (const core::model::ActiveActor& a : shown.actors)
        ox.push_back(x[a.id.index()]), oy.push_back(y[a.id.index()]), orad.push_back(radii[a.id.index()]);
    const MovementStats movement = keyframeMovement(layout);
    nlohmann::ordered_json j;
    j["actors"] = n;
    j["ties"] = data.ties.size();
    j["keyframes"] = times.size();
    j["ticks"] = layout.ticksRun();
    j["msPerTick"] = perTick;
    j["msKeyframes"] = ms;
    j["at"] =
        at ? core::calendar::formatDay(*at) : (times.empty() ? "" : core::calendar::formatDay(times[k]));
    j["stress"] = normalizedStress(x.data(), y.data(), n, springs);
    j["crossings"] = edgeCrossings(x.data(), y.data(), segments).count;
    j["overlaps"] = nodeOverlaps(ox.data(), oy.data(), orad.data(), ox.size());
    j["movementMean"] = movement.mean;
    j["movementMax"] = movement.max;
    out << j.dump(2) << "\n";
    return kExitOk;
}

int run(Invocation& in) {
    const ParsedArgs& parsed = in.args;
    const std::string& path = in.positional(0);
    const bool dataset = isDatasetFile(path);
    LayoutParams params = dataset ? LayoutParams{} : d3DefaultParams();
    long long ticks = -1, threads = params.threads, seed = static_cast<long long>(params.seed);
    std::string why;
    if (!countOption(parsed, "--ticks", 0, 1000000, ticks, why) ||
        !countOption(parsed, "--threads", 1, 2, threads, why) ||
        !countOption(parsed, "--seed", 0, (1LL << 62), seed, why))
        return in.usage(why);
    params.threads = static_cast<int>(threads);
    params.seed = static_cast<std::uint64_t>(seed);
    if (const auto theta = parsed.value("--theta")) {
        const auto value = commands::parseReal(*theta, 0.0, 2.0);
        if (!value) return in.usage("invalid --theta '" + *theta + "': expected a number from 0 to 2");
        params.theta = *value;
    }
    if (const std::string bad = commands::readArrangeOption(parsed, params); !bad.empty())
        return in.usage(bad);
    if (dataset) {
        if (ticks >= 0) params.ticksPerStep = static_cast<int>(ticks);
        return layoutDataset(in, path, params);
    }
    if (parsed.has("--at")) return in.usage("--at needs a dataset, not an edge list");
    if (parsed.has("--arrange")) return in.usage("--arrange needs a dataset (tie types with patron roles)");
    std::string text; // an edge list: a regular file under the size limit, like any input
    if (!core::io::readFileLimited(path, in.maxInputBytes, text, why)) return in.fail(path + ": " + why);
    return layoutGraph(in, path, params, ticks >= 0 ? ticks : params.initialTicks);
}

} // namespace

const Command& layoutCommand() {
    static const Command command{
        "layout",
        "FILE [--at DATE] [--metrics] [--out positions.csv|.json] [--ticks N]\n"
        "                      [--threads N] [--theta X] [--seed N] [--arrange free|hierarchy]",
        "lay out a dataset over time or an edge list; timing and quality",
        "FILE is a dataset (JSON, GEXF or CSV tables, by extension; '-' reads standard input) or,\n"
        "under any other name, a plain edge list: a first line 'n m', then 'u v [weight]' per\n"
        "line, nodes numbered from 0 (a file starting with '{' is a JSON dataset). A dataset is laid out "
        "over time (one keyframe per step of its\n"
        "range); an edge list gets d3-force's default simulation (many-body, links, centring).\n"
        "Prints milliseconds per tick; with --metrics, JSON with the timing and the quality:\n"
        "normalized stress (0 is perfect), movement between keyframes (relative to the layout's\n"
        "size), edge crossings (one straight segment per pair of actors with a tie at the date,\n"
        "as snapshot reports it; segments sharing an end never cross) and overlaps of the discs\n"
        "at their drawn radii.\n",
        "",
        layoutOptions(),
        {1, 1, "expected exactly one FILE"},
        run,
    };
    return command;
}

} // namespace tieline::cli
