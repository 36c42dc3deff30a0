// The script language's table as plain strings, for the CLI tests (whose `tieline(...)` helper
// would clash with the tieline namespace if they included its header).
#include "commands/script_language.hpp"

#include <string>
#include <utility>
#include <vector>

// Each command's "NAME ARGUMENTS" and help.
std::vector<std::pair<std::string, std::string>> scriptCommandForms() {
    std::vector<std::pair<std::string, std::string>> forms;
    for (const auto& c : tieline::commands::scriptCommands()) {
        std::string form(c.name);
        if (!c.arguments.empty()) form.append(" ").append(c.arguments);
        forms.emplace_back(form, std::string(c.help));
    }
    return forms;
}
