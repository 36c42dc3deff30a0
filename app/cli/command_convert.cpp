// `tieline convert IN OUT`: between format v1 JSON, GEXF 1.3, a pair of CSV tables and (for
// sources) CSL-JSON, chosen by extension. Says what the output format cannot carry. No GL.
#include "cli/command.hpp"
#include "core/interop/csl_json.hpp"
#include "core/layout/temporal_layout.hpp"

#include <ostream>

namespace tieline::cli {

namespace {

const char* const kExpectedPaths = "expected IN and OUT (either may be a pair of .csv files)";

std::optional<core::calendar::Date> dateOption(const ParsedArgs& parsed, const char* name,
                                               std::string& error) {
    const auto text = parsed.value(name);
    if (!text) return std::nullopt;
    std::string why;
    auto date = core::calendar::parseDate(*text, &why);
    if (!date) error = "invalid date '" + *text + "' for " + name + ": expected " + why;
    return date;
}

// IN is one file or two CSV tables, and so is OUT.
bool splitPaths(const std::vector<std::string>& p, std::vector<std::string>& in,
                std::vector<std::string>& out) {
    const auto csv = [&](std::size_t i) {
        return core::interop::fileFormatOf(p[i]) == core::interop::FileFormat::Csv;
    };
    if (p.size() == 2)
        in = {p[0]}, out = {p[1]};
    else if (p.size() == 3 && csv(0) && csv(1))
        in = {p[0], p[1]}, out = {p[2]};
    else if (p.size() == 3 && csv(1) && csv(2))
        in = {p[0]}, out = {p[1], p[2]};
    else if (p.size() == 4 && csv(0) && csv(1) && csv(2) && csv(3))
        in = {p[0], p[1]}, out = {p[2], p[3]};
    else
        return false;
    return true;
}

int run(Invocation& in) {
    const ParsedArgs& parsed = in.args;
    std::vector<std::string> inPaths, outPaths;
    if (!splitPaths(parsed.positionals, inPaths, outPaths)) return in.usage(kExpectedPaths);
    core::interop::ImportOptions options;
    options.limits.maxFileBytes = in.maxInputBytes;
    std::string dateError;
    options.rangeStart = dateOption(parsed, "--start", dateError);
    options.rangeEnd = dateOption(parsed, "--end", dateError);
    const auto positionsAt = dateOption(parsed, "--positions-at", dateError);
    if (!dateError.empty()) return in.usage(dateError);
    options.title = parsed.value("--title").value_or("");

    const auto sourcesPath = parsed.value("--sources");
    if (sourcesPath) {
        core::interop::CslImport csl = core::interop::readCslJsonFile(*sourcesPath, options.limits);
        in.report(csl.diagnostics, *sourcesPath);
        if (csl.diagnostics.hasErrors()) return kExitFailure;
        in.err << "tieline convert: " << csl.sources.size() << " sources from " << *sourcesPath << "\n";
        options.sources = std::move(csl.sources);
    }
    core::io::LoadResult loaded = in.load(inPaths, options);
    if (!loaded.dataset) return kExitFailure;
    core::model::Dataset& data = *loaded.dataset;
    if (sourcesPath && core::interop::fileFormatOf(inPaths[0]) == core::interop::FileFormat::Json) {
        const std::size_t replaced = core::interop::addSources(data, options.sources);
        in.err << "tieline convert: " << replaced << " of them replaced sources of the same id\n";
    }

    core::interop::GexfWriteOptions gexf;
    gexf.viz = !parsed.has("--no-viz");
    if (const auto version = parsed.value("--gexf-version")) {
        const auto v = core::interop::parseGexfVersion(*version);
        if (!v) return in.usage("invalid --gexf-version '" + *version + "': expected 1.3 or 1.2draft");
        gexf.version = *v;
    }
    std::vector<core::model::Point> positions;
    if (positionsAt) {
        core::layout::TemporalLayout layout;
        layout.setDataset(data);
        layout.computeNow();
        layout.positionsAt(positionsAt->firstDay(), positions);
        gexf.positions = &positions;
    }
    const core::interop::SaveResult saved = core::interop::saveAnyDataset(data, outPaths, gexf);
    if (!saved.ok) return in.fail(saved.why);
    for (const std::string& loss : saved.losses)
        in.err << "tieline convert: not carried by " << outPaths[0] << ": " << loss << "\n";
    for (const std::string& file : saved.written)
        in.out << "wrote " << file << "\n";
    in.out << data.actors.size() << " actors, " << data.ties.size() << " ties, " << data.sources.size()
           << " sources\n";
    return kExitOk;
}

} // namespace

const Command& convertCommand() {
    static const Command command{
        "convert",
        "[OPTIONS] IN OUT",
        "convert between JSON, GEXF, CSV tables and CSL-JSON sources",
        "Converts a dataset between formats, chosen by extension:\n"
        "  .json       tieline format v1\n"
        "  .gexf       GEXF 1.3 (Gephi); reads 1.1draft to 1.3, static or dynamic\n"
        "  .csv        a pair of tables as Gephi's spreadsheet import reads them: name both\n"
        "              (nodes.csv edges.csv) or one of NAME.nodes.csv / NAME.edges.csv; as OUT,\n"
        "              out.csv writes out.nodes.csv and out.edges.csv\n"
        "  .csl.json   OUT only: the dataset's sources as CSL-JSON (for Zotero)\n"
        "GEXF and CSV files keep their sources beside them in NAME.csl.json (sources.csl.json\n"
        "for nodes.csv and edges.csv), read back automatically.\n"
        "\n"
        "Examples:\n"
        "  tieline convert data/korea-1955-1969.json korea.gexf\n"
        "  tieline convert network.gexf network.json --start 1955 --end 1969\n"
        "  tieline convert nodes.csv edges.csv network.json --sources zotero.json\n",
        "\nExit codes: 0 converted, 1 invalid input or a write failure, 2 usage error.\n",
        {
            {"--sources", true, "CSL.json",
             "sources from a CSL-JSON file (a Zotero export): added to JSON input (same ids\n"
             "                        replace), used by GEXF or CSV input instead of the file beside it"},
            {"--start", true, "DATE",
             "the time range's start, for GEXF or CSV input (default: the file's own)"},
            {"--end", true, "DATE", "the time range's end, for GEXF or CSV input"},
            {"--title", true, "TEXT", "the title, for GEXF or CSV input (default: the file name)"},
            {"--positions-at", true, "DATE", "GEXF output: lay the network out and write positions at DATE"},
            {"--no-viz", false, "", "GEXF output: no viz colours or positions"},
            {"--gexf-version", true, "VERSION",
             "GEXF output: 1.3 (default) or 1.2draft, for tools that do not read 1.3 yet\n"
             "                        (networkx 2.8 in Debian 12)"},
        },
        {2, 4, kExpectedPaths},
        run,
    };
    return command;
}

} // namespace tieline::cli
