// `tieline metrics`: every metric for every actor (or one) at every time step of a range, as CSV
// or JSON. No GL.
#include "cli/command.hpp"
#include "cli/view_options.hpp"
#include "core/io/atomic_file.hpp"
#include "core/metrics/metrics_writer.hpp"

#include <algorithm>
#include <ostream>

namespace tieline::cli {

namespace {

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        if (comma > start) items.push_back(text.substr(start, comma - start));
        start = comma + 1;
    }
    return items;
}

struct Request {
    core::metrics::MetricsOptions options;
    core::metrics::MetricsSelection selection;
    std::optional<core::calendar::Date> from, to;
    std::string actor, csv, json;
    ViewRequest view;
};

// Reads the options that need no dataset; returns a usage message or "".
std::string readRequest(const ParsedArgs& parsed, Request& r) {
    r.csv = parsed.value("--csv").value_or("");
    r.json = parsed.value("--json").value_or("");
    if (r.csv.empty() && r.json.empty()) return "nothing to write: give --csv FILE or --json FILE";
    if (r.csv == "-" && r.json == "-") return "only one of --csv and --json can go to standard output";
    r.actor = parsed.value("--actor").value_or("");
    for (const char* name : {"--from", "--to"}) {
        const auto text = parsed.value(name);
        if (!text) continue;
        std::string why;
        const auto date = core::calendar::parseDate(*text, &why);
        if (!date) return "invalid " + std::string(name) + " '" + *text + "': expected " + why;
        (std::string(name) == "--from" ? r.from : r.to) = date;
    }
    if (const std::string why = readViewRequest(parsed, r.view); !why.empty()) return why;
    if (const auto types = parsed.value("--patron-types")) {
        r.options.patronTypes = splitList(*types);
        if (r.options.patronTypes.empty()) return "invalid --patron-types '': expected tie type ids";
    }
    return "";
}

// Resolves ids against the dataset and picks the steps; returns an error message or "".
std::string resolve(const core::model::Dataset& data, Request& r) {
    core::scene::ViewMerges view;
    if (const std::string why = resolveView(data, r.view, false, view); !why.empty()) return why;
    for (const core::scene::MergeRule& m : core::scene::flattenedMerges(data, view))
        r.options.merges.push_back({m.from, m.into});
    for (const std::string& type : r.options.patronTypes)
        if (!data.tieTypeByKey.count(type)) return "--patron-types: unknown tie type '" + type + "'";
    if (!r.actor.empty()) {
        const auto id = data.findActor(r.actor);
        if (!id) return "--actor: unknown actor '" + r.actor + "'";
        for (const auto& m : r.options.merges)
            if (m.from == *id)
                return "--actor " + r.actor + " is merged into " + data.actor(m.into).key + " by --merge";
        r.selection.actor = id;
    }
    return "";
}

bool write(const Invocation& in, const std::string& path, const std::string& text) {
    if (path == "-") {
        in.out << text;
        return true;
    }
    std::string why;
    if (!core::io::writeFileAtomic(path, text, why)) return in.fail(why), false;
    return true;
}

int writeMetrics(Invocation& in, Request& r, const core::model::Dataset& data) {
    if (const std::string why = resolve(data, r); !why.empty()) return in.fail(why);
    const core::metrics::Metrics m = core::metrics::computeMetrics(data, r.options);
    // Without patron types (a GEXF or CSV import, a dataset without roles) the rest still counts.
    if (std::none_of(m.patronType.begin(), m.patronType.end(), [](char c) { return c != 0; }))
        in.err << "tieline metrics: no tie type of this dataset has a patron role, so patron shares, "
                  "patron strength and camp balance are empty; the degrees, betweenness and constraint "
                  "are computed. Name the patron types with --patron-types T,... or declare them in the "
                  "dataset (tie types' \"layout\": {\"patron\": \"from\"}).\n";
    // The steps inside [first day of --from, day after --to).
    const core::calendar::Time begin = r.from ? r.from->firstDay() : -1e18,
                               end = r.to ? r.to->dayAfterLast() : 1e18;
    r.selection.firstStep =
        std::size_t(std::lower_bound(m.times.begin(), m.times.end(), begin) - m.times.begin());
    r.selection.endStep =
        std::size_t(std::lower_bound(m.times.begin(), m.times.end(), end) - m.times.begin());
    if (r.selection.firstStep >= r.selection.endStep)
        return in.fail("no time step between " + (r.from ? r.from->toString() : data.meta.start.toString()) +
                       " and " + (r.to ? r.to->toString() : data.meta.end.toString()) +
                       " (the dataset runs from " + data.meta.start.toString() + " to " +
                       data.meta.end.toString() + ")");
    if (!r.csv.empty() && !write(in, r.csv, core::metrics::metricsCsv(data, m, r.selection)))
        return kExitFailure;
    if (!r.json.empty() && !write(in, r.json, core::metrics::metricsJson(data, m, r.selection)))
        return kExitFailure;
    const std::size_t steps = r.selection.endStep - r.selection.firstStep;
    std::size_t actors = 1;
    if (!r.selection.actor)
        actors = std::size_t(
            std::count_if(m.representative.begin(), m.representative.end(),
                          [i = std::uint32_t(0)](std::uint32_t rep) mutable { return rep == i++; }));
    for (const std::string* path : {&r.csv, &r.json})
        if (!path->empty() && *path != "-")
            in.out << "wrote " << *path << " (" << steps << " steps from "
                   << core::calendar::formatDay(m.times[r.selection.firstStep]) << ", " << actors
                   << (actors == 1 ? " actor" : " actors") << ")\n";
    // Large networks: betweenness was estimated; say so and how well (on stderr when the table
    // itself goes to standard output).
    if (const double error = m.maxBetweennessError(); error > 0) {
        const auto estimated = std::count(m.approximate.begin(), m.approximate.end(), char(1));
        const bool toStdout = r.csv == "-" || r.json == "-";
        (toStdout ? in.err : in.out) << "betweenness estimated from " << m.pivots << " pivots at "
                                     << estimated << " of " << m.steps() << " steps (over "
                                     << m.exactBetweennessLimit
                                     << " actors with ties; Brandes & Pich 2007): within \xC2\xB1" << error
                                     << " of the exact normalized value with 95% probability\n";
    }
    return kExitOk;
}

} // namespace

const Command& metricsCommand() {
    static const Command command{
        "metrics",
        "DATASET [--actor ID] [--from DATE --to DATE] (--csv FILE | --json FILE)\n"
        "                       [--merge A=B,...] [--collapse GROUP,...] [--patron-types T,...]",
        "patron shares, brokerage, centrality and degrees over time as CSV or JSON",
        "Computes, for every actor at every time step (the layout's steps: one a month for the\n"
        "default dataset), the weighted in- and out-degree per tie type, the patron shares (each\n"
        "patron's share of the strength a client receives from the tie types with a patron role,\n"
        "in the default dataset patronage, aid and treaties, whose first actor counts as the\n"
        "patron), the balance between rival camps, Burt's constraint and\n"
        "betweenness on the cooperative ties. See README.md, \"Analytics and presentation\".\n"
        "Betweenness is exact up to 4,000 actors with ties at a step; above, it is estimated from\n"
        "256 sampled sources (Brandes & Pich 2007) and the command says so, with its error bound.\n"
        "Undefined values are empty in the CSV and null in the JSON. Files are written atomically.\n"
        "Every actor keeps its own id unless --merge or --collapse says otherwise (the dataset's own\n"
        "merges are for pictures and the window's charts).\n",
        "\nExamples:\n"
        "  tieline metrics data/korea-1955-1969.json --csv metrics.csv\n"
        "  tieline metrics data/korea-1955-1969.json --actor kim-il-sung --merge kwp-dprk=kim-il-sung \\\n"
        "          --from 1960 --to 1965 --csv -\n",
        {
            {"--actor", true, "ID", "only this actor's rows (and its patrons' share columns)"},
            {"--from", true, "DATE",
             "the first step to write: the first at or after the first day DATE names"},
            {"--to", true, "DATE",
             "the last step to write: the last before the day after DATE (--to 1969: all of 1969)"},
            {"--csv", true, "FILE", "write a table, one row per step and actor ('-': standard output)"},
            {"--json", true, "FILE", "write series, one per metric and actor ('-': standard output)"},
            {"--merge", true, "A=B,...",
             "count actor A's ties as B's (a person and their party-state: kwp-dprk=kim-il-sung)"},
            {"--collapse", true, "GROUP,...", "count each group's ties as one actor's (its first member's)"},
            {"--patron-types", true, "T,...",
             "tie types that make a patron (default: the types with a patron role)"},
        },
        {1, 1, "expected exactly one DATASET"},
        [](Invocation& in) { return withDataset(in, readRequest, writeMetrics); },
    };
    return command;
}

} // namespace tieline::cli
