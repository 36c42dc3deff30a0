// Dispatch of the tieline subcommands, general help and version.
#include "cli/cli.hpp"

#include <ostream>

#ifndef TIELINE_VERSION
#define TIELINE_VERSION "0.0.0"
#endif

namespace tieline::cli {

namespace {

struct Command {
    const char* name;
    const char* summary;
    int (*run)(const std::vector<std::string>&, std::ostream&, std::ostream&);
};

constexpr Command kCommands[] = {
    {"validate", "check dataset files; exit 1 with located messages when invalid", commandValidate},
    {"snapshot", "print the network at a date as JSON", commandSnapshot},
    {"convert", "convert between JSON, GEXF, CSV tables and CSL-JSON sources", commandConvert},
    {"layout", "lay out a dataset over time or an edge list; timing and quality", commandLayout},
    {"metrics", "patron shares, brokerage, centrality and degrees over time as CSV or JSON", commandMetrics},
#ifdef TIELINE_HAVE_EXPORT // built with the renderer (TIELINE_BUILD_GUI)
    {"export", "PNG, SVG, frames, MP4 or GIF of the network, with caption, legend and sources",
     commandExport},
#endif
};

} // namespace

std::string generalHelp() {
    std::string text =
        "tieline " TIELINE_VERSION ": patron-client networks over time\n"
        "\n"
        "Usage:\n"
        "  tieline [DATASET]                       open the GUI (default: the 1955-1969 Korea dataset)\n"
        "  tieline [--frames N --screenshot PNG] [DATASET]\n"
        "                                          render N frames, save the window as PNG, exit\n"
        "  tieline COMMAND [OPTIONS] ...           run a command without a window\n"
        "\n"
        "Commands:\n";
    for (const Command& c : kCommands) {
        std::string name = std::string("  ") + c.name;
        name.resize(12, ' ');
        text += name + c.summary + "\n";
    }
    text += "  help        show help for a command (tieline help validate)\n"
            "\n"
            "Options:\n"
            "  --help      show this help\n"
            "  --version   show the version\n"
            "\n"
            "Exit codes: 0 success, 1 failure (invalid input, failed command), 2 usage error.\n";
    return text;
}

bool isCommand(const std::vector<std::string>& args) {
    if (args.empty()) return false;
    const std::string& first = args[0];
    if (first == "--help" || first == "-h" || first == "--version" || first == "help") return true;
    for (const Command& c : kCommands)
        if (first == c.name) return true;
    return false;
}

int usageError(const std::string& command, const std::string& message, std::ostream& err) {
    err << "tieline " << command << ": " << message << "\n"
        << "Try 'tieline " << command << " --help'.\n";
    return kExitUsage;
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        out << generalHelp();
        return kExitOk;
    }
    if (args[0] == "--version") {
        out << "tieline " TIELINE_VERSION "\n";
        return kExitOk;
    }
    if (args[0] == "help") {
        if (args.size() == 1) {
            out << generalHelp();
            return kExitOk;
        }
        return runCli({args[1], "--help"}, out, err);
    }
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const Command& c : kCommands)
        if (args[0] == c.name) return c.run(rest, out, err);
    err << "tieline: unknown command '" << args[0] << "'\nTry 'tieline --help'.\n";
    return kExitUsage;
}

} // namespace tieline::cli
