// Bash completion from the command tables. What an option's value completes to is read from the
// row: a DIR is a folder, F.md or a --png FILE a file of that extension, a DATE or N nothing.
#include "cli/bash_completion.hpp"

#include "cli/command.hpp"
#include "commands/gui_options.hpp"

#include <array>
#include <optional>
#include <string_view>

namespace tieline::cli {

namespace {

using commands::OptionSpec;

constexpr std::string_view kDatasetFiles = "'@(json|gexf|csv)'";

// The _filedir call that completes the option's value, "" for any file, or nothing for values
// that are not files.
std::optional<std::string> valueFiles(const OptionSpec& s) {
    if (s.valueName == "DIR") return "_filedir -d";
    if (const std::size_t dot = s.valueName.rfind('.'); dot != std::string::npos)
        return "_filedir " + s.valueName.substr(dot + 1);
    if (s.valueName == "PNG") return "_filedir png";
    if (s.valueName != "FILE") return std::nullopt;
    static constexpr std::array<std::string_view, 7> kTyped = {"png", "svg",  "gif", "mp4",
                                                               "csv", "json", "md"};
    const std::string_view name = std::string_view(s.name).substr(2);
    for (const std::string_view ext : kTyped)
        if (name == ext) return "_filedir " + std::string(ext);
    return "_filedir";
}

std::string words(const std::vector<OptionSpec>& specs, std::string extra = {}) {
    std::string out;
    for (const OptionSpec& s : specs)
        out += (out.empty() ? "" : " ") + s.name;
    return extra.empty() ? out : out + " " + extra;
}

// The `case $prev` arms for options with values, the option words when the word starts with '-',
// else `positional` (dataset files, or the help topics).
std::string completeWithin(const std::vector<OptionSpec>& specs, const std::string& extraOptions,
                           const std::string& positional, const std::string& indent) {
    std::string arms;
    for (const OptionSpec& s : specs) {
        if (!s.takesValue) continue;
        const auto files = valueFiles(s);
        arms += indent + "    " + s.name + ") " + (files ? *files + "; " : "") + "return ;;\n";
    }
    std::string out = arms.empty() ? "" : indent + "case $prev in\n" + arms + indent + "esac\n";
    out += indent + "if [[ $cur == -* ]]; then\n";
    out += indent + "    COMPREPLY=($(compgen -W \"" + words(specs, extraOptions) + "\" -- \"$cur\"))\n";
    out += indent + "    return\n";
    out += indent + "fi\n";
    out += indent + positional + "\n";
    return out;
}

} // namespace

std::string bashCompletion() {
    const std::vector<OptionSpec>& window = commands::guiOptionSpecs();
    std::string helpTopics, windowValued;
    for (const Command* c : allCommands())
        helpTopics += std::string(c->name) + " ";
    const std::string commandNames = helpTopics + "help";
    helpTopics += "script";
    for (const OptionSpec& s : window)
        if (s.takesValue) windowValued += (windowValued.empty() ? "" : "|") + s.name;

    std::string out =
        "# bash completion for tieline(1): commands, options, and files by extension.\n"
        "# Generated from tieline's command tables (app/cli/bash_completion.cpp); do not edit.\n"
        "\n"
        "_tieline() {\n"
        "    local cur prev words cword split\n"
        "    _init_completion -s || return\n"
        "\n"
        "    # The command is the first word that is neither an option nor a window option's value.\n"
        "    local command='' i\n"
        "    for ((i = 1; i < cword; i++)); do\n"
        "        case ${words[i]} in\n"
        "            " +
        windowValued +
        ") ((i++)) ;;\n"
        "            -*) ;;\n"
        "            *) command=${words[i]}; break ;;\n"
        "        esac\n"
        "    done\n"
        "\n"
        "    case $command in\n"
        "    '')\n" +
        completeWithin(window, "--help --version",
                       "COMPREPLY=($(compgen -W \"" + commandNames + "\" -- \"$cur\"))\n" +
                           "        _filedir " + std::string(kDatasetFiles),
                       "        ") +
        "        ;;\n"
        "    help)\n"
        "        [[ $cword -eq $((i + 1)) ]] && COMPREPLY=($(compgen -W \"" +
        helpTopics +
        "\" -- \"$cur\"))\n"
        "        ;;\n";
    for (const Command* c : allCommands()) {
        const std::vector<OptionSpec> options = withSharedOptions(c->options);
        out += "    " + std::string(c->name) + ")\n" +
               completeWithin(options, "", "_filedir " + std::string(kDatasetFiles), "        ") +
               "        ;;\n";
    }
    out += "    esac\n"
           "} &&\n"
           "    complete -F _tieline tieline\n";
    return out;
}

} // namespace tieline::cli
