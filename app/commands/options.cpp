// Options parsed from a table of OptionSpec rows, for the commands and the window alike.
#include "commands/options.hpp"

namespace tieline::commands {

std::optional<std::string> ParsedArgs::value(const std::string& name) const {
    const auto it = values.find(name);
    if (it == values.end()) return std::nullopt;
    return it->second;
}

ParsedArgs parseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs) {
    ParsedArgs out;
    bool optionsEnded = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (optionsEnded || arg.size() < 2 || arg[0] != '-') {
            out.positionals.push_back(arg);
            continue;
        }
        if (arg == "--") {
            optionsEnded = true;
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inlineValue;
        if (const auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            inlineValue = arg.substr(eq + 1);
        }
        const OptionSpec* spec = nullptr;
        for (const auto& s : specs)
            if (s.name == name) spec = &s;
        if (!spec) {
            out.error = "unknown option '" + name + "'";
            return out;
        }
        if (!spec->takesValue) {
            if (inlineValue) {
                out.error = "option '" + name + "' takes no value";
                return out;
            }
            out.values[name] = "";
            continue;
        }
        if (inlineValue) {
            out.values[name] = *inlineValue;
        } else if (i + 1 < args.size()) {
            out.values[name] = args[++i];
        } else {
            out.error = "option '" + name + "' needs a value (" + spec->valueName + ")";
            return out;
        }
    }
    return out;
}

std::string describeOptions(const std::vector<OptionSpec>& specs) {
    std::string out;
    for (const auto& s : specs) {
        std::string left = "  " + s.name + (s.takesValue ? " " + s.valueName : "");
        if (left.size() < 24)
            left.resize(24, ' ');
        else
            left += "  ";
        out += left + s.help + "\n";
    }
    return out;
}

} // namespace tieline::commands
