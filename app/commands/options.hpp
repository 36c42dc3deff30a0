// A small command-line parser: options with and without values, positionals, and usage errors that
// name the offending argument. No GL.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tieline::commands {

struct OptionSpec {
    std::string name; // "--at"
    bool takesValue = false;
    std::string valueName; // "DATE", shown in help
    std::string help;
};

struct ParsedArgs {
    std::vector<std::string> positionals;
    std::map<std::string, std::string> values; // option -> value ("" for flags)
    std::string error;                         // set when the arguments are not usable

    bool has(const std::string& name) const { return values.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const;
};

// Parses args (without the program and command names). "--opt=value" and "--opt value" both work;
// "--" ends the options.
ParsedArgs parseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

// "  --at DATE      the moment to show" lines for help texts.
std::string describeOptions(const std::vector<OptionSpec>& specs);

} // namespace tieline::commands
