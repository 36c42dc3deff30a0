// Fuzzes the GL-free parsers of tieline's commands: the --script language (a whole script, every
// line checked), the window's options and an option table like the commands'. Input: a script,
// then, after a NUL byte, arguments separated by newlines.
#include "commands/gui_options.hpp"
#include "commands/numbers.hpp"
#include "commands/script_language.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace tieline::commands;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const std::size_t nul = input.find('\0');
    const std::string_view scriptText = input.substr(0, nul);
    Script script;
    std::string error;
    if (parseScript(scriptText, "fuzz.script", script, error)) {
        for (const ScriptLine& line : script.lines)
            if (!line.command) __builtin_trap(); // a parsed line always names a command of the table
    } else if (error.rfind("fuzz.script:", 0) != 0) {
        __builtin_trap(); // every refusal is located
    }

    std::vector<std::string> args;
    if (nul != std::string_view::npos) {
        std::string_view rest = input.substr(nul + 1);
        while (!rest.empty()) {
            const std::size_t end = std::min(rest.find('\n'), rest.size());
            args.emplace_back(rest.substr(0, end));
            rest.remove_prefix(std::min(end + 1, rest.size()));
        }
    }
    GuiOptions options;
    parseGuiArgs(args, options);
    static const std::vector<OptionSpec> specs = {
        {"--at", true, "DATE", ""}, {"--quiet", false, "", ""}, {"--ticks", true, "N", ""}};
    const ParsedArgs parsed = parseArgs(args, specs);
    if (const auto ticks = parsed.value("--ticks")) {
        parseWhole(*ticks, 0, 1000000);
        parseReal(*ticks, 0, 2);
    }
    return 0;
}
