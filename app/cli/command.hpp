// A command of the tieline CLI as a row: its name, arguments, help and options, and the function
// that runs it once the shared prelude (runCommand) has parsed the options, answered --help and
// checked the number of positionals. Commands write to the streams they are given, so tests can
// run them in-process. No GL.
#pragma once

#include "cli/cli.hpp"
#include "commands/options.hpp"
#include "core/interop/dataset_files.hpp"
#include "core/io/dataset_loader.hpp"

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace tieline::cli {

using commands::OptionSpec;
using commands::ParsedArgs;

struct Command;

// One run of a command: its parsed arguments, its streams and the prelude's helpers.
struct Invocation {
    const Command& command;
    ParsedArgs args;
    std::ostream& out;
    std::ostream& err;
    std::size_t maxInputBytes = core::io::kDefaultMaxInputBytes; // --max-input

    const std::string& positional(std::size_t i) const { return args.positionals[i]; }
    // "tieline NAME: message" and a hint to --help; returns kExitUsage.
    int usage(const std::string& message) const;
    // "tieline NAME: message"; returns kExitFailure.
    int fail(const std::string& message) const;
    // Prints every diagnostic, then how many were left out ("LABEL: 3 more messages not shown").
    void report(const core::io::Diagnostics& diagnostics, const std::string& label) const;
    // Loads a dataset in any format (JSON, GEXF, CSV tables) and reports its diagnostics.
    core::io::LoadResult load(const std::vector<std::string>& paths,
                              const core::interop::ImportOptions& options = {}) const;
    core::io::LoadResult load(const std::string& path) const { return load(std::vector<std::string>{path}); }
};

struct Positionals {
    std::size_t min = 0, max = 0;
    const char* expected = ""; // the usage error when there are fewer or more: "expected exactly one FILE"
};

struct Command {
    const char* name;
    const char* arguments;           // after "Usage: tieline NAME "
    const char* summary;             // one line in the general help
    std::string details;             // help between the usage and the options
    std::string epilogue;            // help after the options (examples, exit codes), or ""
    std::vector<OptionSpec> options; // without --help, which every command has
    Positionals positionals;
    int (*run)(Invocation&);
};

// A command's options and the ones every command has (--max-input, --help), in help order.
std::vector<OptionSpec> withSharedOptions(std::vector<OptionSpec> options);

// The prelude every command shares: parse, --help, --max-input, positionals, no output over an
// input, then `command.run`.
int runCommand(const Command& command, const std::vector<std::string>& args, std::ostream& out,
               std::ostream& err);

// "WHAT is outside the dataset's range (START to END)".
std::string outsideRange(const core::model::Dataset& data, const std::string& what);

// The rest of the prelude for commands on one DATASET: read the options into a request (usage
// errors come before any loading), load the dataset and report its diagnostics, then `use` it.
template <typename Request>
int withDataset(Invocation& in, std::string (*read)(const ParsedArgs&, Request&),
                int (*use)(Invocation&, Request&, const core::model::Dataset&)) {
    Request request;
    if (const std::string why = read(in.args, request); !why.empty()) return in.usage(why);
    const core::io::LoadResult result = in.load(in.positional(0));
    if (!result.dataset) return kExitFailure;
    return use(in, request, *result.dataset);
}

// "Usage: tieline NAME ARGUMENTS", the details, the options (with --help) and the epilogue.
std::string commandHelp(const Command& command);

// Every row of the table in cli.cpp, in the order help lists them (the man page and the bash
// completion are generated from it too).
std::vector<const Command*> allCommands();

// The rows, one file each (command_NAME.cpp); the table is in cli.cpp.
const Command& validateCommand();
const Command& snapshotCommand();
const Command& convertCommand();
const Command& layoutCommand();
const Command& metricsCommand();
const Command& exportCommand();

} // namespace tieline::cli
