// libFuzzer target: the command line's argument parser as every command uses it (parsing only, no
// command runs): option tables shaped like the commands' (flags, values, --opt=value, "--", '-'),
// then the values as the commands read them: sizes (--max-input), whole and real numbers, dates,
// the GEXF version. Input: arguments separated by NUL bytes.
#include "commands/numbers.hpp"
#include "commands/options.hpp"
#include "core/calendar/date.hpp"
#include "core/interop/gexf.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace tieline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    std::vector<std::string> args;
    while (!rest.empty() && args.size() < 64) {
        const std::size_t end = std::min(rest.find('\0'), rest.size());
        args.emplace_back(rest.substr(0, end));
        rest.remove_prefix(std::min(end + 1, rest.size()));
    }
    static const std::vector<commands::OptionSpec> specs = {
        {"--at", true, "DATE", ""},   {"--max-input", true, "SIZE", ""}, {"--ticks", true, "N", ""},
        {"--theta", true, "X", ""},   {"--out", true, "FILE", ""},       {"--gexf-version", true, "V", ""},
        {"--metrics", false, "", ""}, {"--no-viz", false, "", ""},       {"--help", false, "", ""},
    };
    const commands::ParsedArgs parsed = commands::parseArgs(args, specs);
    if (!parsed.error.empty()) return 0;
    for (const auto& [name, value] : parsed.values) {
        bool known = false;
        for (const commands::OptionSpec& s : specs)
            known = known || (s.name == name && (s.takesValue || value.empty()));
        if (!known) __builtin_trap(); // only options of the table, flags without values
    }
    if (const auto v = parsed.value("--max-input")) {
        const auto bytes = commands::parseByteSize(*v);
        if (bytes && (*bytes == 0 || *bytes > (std::size_t(1) << 62))) __builtin_trap();
    }
    if (const auto v = parsed.value("--ticks")) (void)commands::parseWhole(*v, 0, 1000000);
    if (const auto v = parsed.value("--theta")) {
        const auto x = commands::parseReal(*v, 0.0, 2.0);
        if (x && !(*x >= 0.0 && *x <= 2.0)) __builtin_trap();
    }
    if (const auto v = parsed.value("--at")) {
        std::string why;
        if (const auto d = core::calendar::parseDate(*v, &why))
            if (d->dayAfterLast() <= d->firstDay()) __builtin_trap();
    }
    if (const auto v = parsed.value("--gexf-version")) (void)core::interop::parseGexfVersion(*v);
    return 0;
}
