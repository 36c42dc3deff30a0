// The prelude the commands share and the help text each one's row describes.
#include "cli/command.hpp"

#include <ostream>

namespace tieline::cli {

namespace {

std::vector<OptionSpec> withHelp(std::vector<OptionSpec> options) {
    options.push_back({"--help", false, "", "show this help"});
    return options;
}

} // namespace

int Invocation::usage(const std::string& message) const {
    err << "tieline " << command.name << ": " << message << "\n"
        << "Try 'tieline " << command.name << " --help'.\n";
    return kExitUsage;
}

int Invocation::fail(const std::string& message) const {
    err << "tieline " << command.name << ": " << message << "\n";
    return kExitFailure;
}

void Invocation::report(const core::io::Diagnostics& diagnostics, const std::string& label) const {
    for (const core::io::Diagnostic& d : diagnostics.items)
        err << d.format() << "\n";
    if (diagnostics.dropped > 0) err << label << ": " << diagnostics.dropped << " more messages not shown\n";
}

core::io::LoadResult Invocation::load(const std::vector<std::string>& paths,
                                      const core::interop::ImportOptions& options) const {
    core::io::LoadResult result = core::interop::loadAnyDataset(paths, options);
    report(result.diagnostics, paths.front());
    return result;
}

std::string outsideRange(const core::model::Dataset& data, const std::string& what) {
    return what + " is outside the dataset's range (" + data.meta.start.toString() + " to " +
           data.meta.end.toString() + ")";
}

std::string commandHelp(const Command& c) {
    return std::string("Usage: tieline ") + c.name + " " + c.arguments + "\n\n" + c.details + "\nOptions:\n" +
           commands::describeOptions(withHelp(c.options)) + c.epilogue;
}

int runCommand(const Command& c, const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Invocation in{c, commands::parseArgs(args, withHelp(c.options)), out, err};
    if (!in.args.error.empty()) return in.usage(in.args.error);
    if (in.args.has("--help")) {
        out << commandHelp(c);
        return kExitOk;
    }
    const std::size_t count = in.args.positionals.size();
    if (count < c.positionals.min || count > c.positionals.max) return in.usage(c.positionals.expected);
    return c.run(in);
}

} // namespace tieline::cli
