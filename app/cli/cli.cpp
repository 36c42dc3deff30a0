// The table of commands, their dispatch, the general help and the version.
#include "cli/cli.hpp"

#include "cli/command.hpp"
#include "commands/gui_options.hpp"
#include "commands/script_language.hpp"

#include <ostream>
#include <sys/stat.h>

#ifndef TIELINE_VERSION
#define TIELINE_VERSION "0.0.0"
#endif

namespace tieline::cli {

namespace {

// [SECTION] the table: a new command is a row here and its file command_NAME.cpp
constexpr const Command& (*kCommands[])() = {
    validateCommand, snapshotCommand, convertCommand, layoutCommand, metricsCommand,
#ifdef TIELINE_HAVE_EXPORT // built with the renderer (TIELINE_BUILD_GUI)
    exportCommand,
#endif
};

const Command* findCommand(const std::string& name) {
    for (const auto row : kCommands)
        if (row().name == name) return &row();
    return nullptr;
}

bool fileExists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

// A word such as "frob": no option, no path, no file of that name. Paths go to the window, which
// reports a missing file in its messages panel.
bool looksLikeCommand(const std::string& word) {
    return !word.empty() && word[0] != '-' && word.find_first_of("/.") == std::string::npos &&
           !fileExists(word);
}

std::string column(std::string left, std::size_t width) {
    if (left.size() < width)
        left.resize(width, ' ');
    else
        left += "  ";
    return left;
}

} // namespace

std::string generalHelp() {
    std::string text =
        "tieline " TIELINE_VERSION ": patron-client networks over time\n"
        "\n"
        "Usage:\n"
        "  tieline [WINDOW OPTIONS] [DATASET]      open the window (default: the 1955-1969 Korea "
        "dataset)\n"
        "  tieline COMMAND [OPTIONS] ...           run a command without a window\n"
        "\n"
        "Commands:\n";
    for (const auto row : kCommands)
        text += column(std::string("  ") + row().name, 15) + row().summary + "\n";
    text += column("  help", 15) + "show help for a command (tieline help validate)\n" +
            column("  help script", 15) +
            "the --script language: every command a script can use\n"
            "\n"
            "Window options:\n" +
            commands::describeOptions(commands::guiOptionSpecs()) +
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
    return findCommand(first) || looksLikeCommand(first);
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
        if (args[1] == "script") {
            out << commands::scriptHelp();
            return kExitOk;
        }
        return runCli({args[1], "--help"}, out, err);
    }
    if (const Command* command = findCommand(args[0]))
        return runCommand(*command, {args.begin() + 1, args.end()}, out, err);
    err << "tieline: unknown command '" << args[0] << "'";
    if (!fileExists(args[0])) err << " (nor a file of that name)";
    err << "\nTry 'tieline --help'.\n";
    return kExitUsage;
}

} // namespace tieline::cli
