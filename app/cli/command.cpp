// The prelude the commands share and the help text each one's row describes.
#include "cli/command.hpp"
#include "commands/numbers.hpp"

#include <cctype>
#include <ostream>
#include <sys/stat.h>

namespace tieline::cli {

namespace {

// Options whose value is a file or folder the command writes.
bool writesTo(const OptionSpec& spec) {
    return spec.takesValue && (spec.valueName == "FILE" || spec.valueName == "DIR" || spec.name == "--bib");
}

bool sameFile(const std::string& a, const std::string& b) {
    struct stat sa {
    }, sb{};
    return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

} // namespace

std::vector<OptionSpec> withSharedOptions(std::vector<OptionSpec> options) {
    options.push_back({"--max-input", true, "SIZE",
                       "refuse input files (or standard input, '-') over SIZE: bytes, or 512K, 64M, 1G\n"
                       "                        (default 256M; a JSON dataset needs 12 to 25 times its size "
                       "in RAM)"});
    options.push_back({"--help", false, "", "show this help"});
    return options;
}

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
    core::interop::ImportOptions limited = options;
    limited.limits.maxFileBytes = maxInputBytes;
    core::io::LoadResult result = core::interop::loadAnyDataset(paths, limited);
    report(result.diagnostics, paths.front());
    return result;
}

std::string outsideRange(const core::model::Dataset& data, const std::string& what) {
    return what + " is outside the dataset's range (" + data.meta.start.toString() + " to " +
           data.meta.end.toString() + ")";
}

std::string commandHelp(const Command& c) {
    return std::string("Usage: tieline ") + c.name + " " + c.arguments + "\n\n" + c.details + "\nOptions:\n" +
           commands::describeOptions(withSharedOptions(c.options)) + c.epilogue;
}

int runCommand(const Command& c, const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Invocation in{c, commands::parseArgs(args, withSharedOptions(c.options)), out, err};
    if (!in.args.error.empty()) return in.usage(in.args.error);
    if (in.args.has("--help")) {
        out << commandHelp(c);
        return kExitOk;
    }
    if (const auto size = in.args.value("--max-input")) {
        const auto bytes = commands::parseByteSize(*size);
        if (!bytes)
            return in.usage("invalid --max-input '" + *size +
                            "': expected a size like 300000, 512K, 64M or 2G");
        in.maxInputBytes = *bytes;
    }
    const std::size_t count = in.args.positionals.size();
    if (count < c.positionals.min || count > c.positionals.max) return in.usage(c.positionals.expected);
    // Never replace an input with an output (export DATA.json --png DATA.json).
    for (const OptionSpec& spec : c.options) {
        const auto value = in.args.value(spec.name);
        if (!value || !writesTo(spec)) continue;
        for (const std::string& input : in.args.positionals)
            if (sameFile(*value, input))
                return in.usage("refusing to write " + spec.name + " " + *value + " over the input " + input);
    }
    return c.run(in);
}

} // namespace tieline::cli
