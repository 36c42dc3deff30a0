// `tieline validate FILE...`: located messages on stderr, a verdict per file on stdout.
#include "cli/command.hpp"

#include <ostream>

namespace tieline::cli {

namespace {

std::string plural(std::size_t n, const char* word) {
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

int run(Invocation& in) {
    const bool strict = in.args.has("--strict");
    bool allValid = true;
    for (const std::string& path : in.args.positionals) {
        core::interop::ImportOptions options;
        options.limits.strict = strict; // ties without claims are warned about too
        const core::io::LoadResult result = in.load({path}, options);
        const auto& diag = result.diagnostics;
        const bool valid = result.dataset && !(strict && diag.warnings > 0);
        allValid = allValid && valid;
        if (in.args.has("--quiet")) continue;
        if (result.dataset) {
            const core::model::Dataset& d = *result.dataset;
            in.out << path << ": " << (valid ? "valid" : "invalid (warnings with --strict)") << " ("
                   << d.actors.size() << " actors, " << d.ties.size() << " ties, " << d.events.size()
                   << " events, " << d.sources.size() << " sources, " << d.stories.size() << " stories; "
                   << plural(diag.warnings, "warning") << ")\n";
        } else {
            in.out << path << ": invalid (" << plural(diag.errors, "error") << ", "
                   << plural(diag.warnings, "warning") << ")\n";
        }
    }
    return allValid ? kExitOk : kExitFailure;
}

} // namespace

const Command& validateCommand() {
    static const Command command{
        "validate",
        "[--strict] [--quiet] FILE...",
        "check dataset files; exit 1 with located messages when invalid",
        "Checks dataset files (format v1) and prints every problem as\n"
        "FILE:LINE:COLUMN: error: /json/pointer: what was expected, what was found\n"
        "With --strict, warnings fail the file too, and a tie without claims (no source supports it)\n"
        "is warned about.\n",
        "\nExit codes: 0 all files valid, 1 some file invalid, 2 usage error.\n",
        {
            {"--strict", false, "", "treat warnings as failures"},
            {"--quiet", false, "", "print only the messages, no verdicts"},
        },
        {1, SIZE_MAX, "expected at least one FILE"},
        run,
    };
    return command;
}

} // namespace tieline::cli
