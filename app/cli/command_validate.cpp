// `tieline validate FILE...`: located messages on stderr, a verdict per file on stdout.
#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "core/interop/dataset_files.hpp"
#include "core/io/dataset_loader.hpp"

#include <ostream>

namespace tieline::cli {

namespace {

const std::vector<OptionSpec> kOptions = {
    {"--strict", false, "", "treat warnings as failures"},
    {"--quiet", false, "", "print only the messages, no verdicts"},
    {"--help", false, "", "show this help"},
};

std::string helpText() {
    return "Usage: tieline validate [--strict] [--quiet] FILE...\n"
           "\n"
           "Checks dataset files (format v1) and prints every problem as\n"
           "FILE:LINE:COLUMN: error: /json/pointer: what was expected, what was found\n"
           "\n"
           "Options:\n" +
           describeOptions(kOptions) +
           "\nExit codes: 0 all files valid, 1 some file invalid, 2 usage error.\n";
}

} // namespace

int commandValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArgs parsed = parseArgs(args, kOptions);
    if (!parsed.error.empty()) return usageError("validate", parsed.error, err);
    if (parsed.has("--help")) {
        out << helpText();
        return kExitOk;
    }
    if (parsed.positionals.empty()) return usageError("validate", "expected at least one FILE", err);
    const bool strict = parsed.has("--strict");
    bool allValid = true;
    for (const std::string& path : parsed.positionals) {
        const core::LoadResult result = core::loadAnyDataset(path);
        for (const core::Diagnostic& d : result.diagnostics.items)
            err << d.format() << "\n";
        if (result.diagnostics.dropped > 0)
            err << path << ": " << result.diagnostics.dropped << " more messages not shown\n";
        const auto& diag = result.diagnostics;
        const bool valid = result.dataset && !(strict && diag.warnings > 0);
        allValid = allValid && valid;
        if (parsed.has("--quiet")) continue;
        if (result.dataset) {
            const core::Dataset& d = *result.dataset;
            out << path << ": " << (valid ? "valid" : "invalid (warnings with --strict)") << " ("
                << d.actors.size() << " actors, " << d.ties.size() << " ties, " << d.events.size()
                << " events, " << d.sources.size() << " sources, " << d.stories.size() << " stories; "
                << diag.warnings << " warning" << (diag.warnings == 1 ? "" : "s") << ")\n";
        } else {
            out << path << ": invalid (" << diag.errors << " error" << (diag.errors == 1 ? "" : "s") << ", "
                << diag.warnings << " warning" << (diag.warnings == 1 ? "" : "s") << ")\n";
        }
    }
    return allValid ? kExitOk : kExitFailure;
}

} // namespace tieline::cli
