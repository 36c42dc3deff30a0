// The script commands' table and the parser that checks a whole script before it runs.
#include "commands/script_language.hpp"

#include "commands/numbers.hpp"
#include "core/io/dataset_loader.hpp"

namespace tieline::commands {

namespace {

using K = ScriptArgKind;
constexpr bool kEndsFrame = true, kSameFrame = false;

// [SECTION] the table: a new command is a row here and a runner in gui/script_commands.cpp
constexpr ScriptCommand kCommands[] = {
    {"at", "DATE", "go to DATE (1956, 1956-09, 1956-09-20) and stop playing", kEndsFrame, K::Date},
    {"select-actor", "ID", "select an actor", kSameFrame, K::Text},
    {"select-tie", "ID", "select a tie", kSameFrame, K::Text},
    {"select-source", "ID", "select a source and show the Sources tab", kSameFrame, K::Text},
    {"hover-actor", "ID", "highlight an actor as if the pointer rested on it", kSameFrame, K::Text},
    {"clear-selection", "", "select nothing", kSameFrame, K::None},
    {"theme", "dark|light", "switch the theme", kSameFrame, K::Choice},
    {"legend", "on|off|collapsed", "show or hide the legend over the canvas, or show it collapsed to a chip",
     kSameFrame, K::Choice},
    {"story", "N [STOP]", "go to stop STOP (default 0) of story N, both counted from 0", kEndsFrame,
     K::StoryStop},
    {"next-stop", "", "go to the story's next stop", kEndsFrame, K::None},
    {"fit", "", "fit the network into the window", kEndsFrame, K::None},
    {"search", "TEXT", "select the first actor whose name matches TEXT and frame it", kEndsFrame, K::Text},
    {"hide-type", "ID", "hide the ties of a tie type", kSameFrame, K::Text},
    {"precision", "day|month|year", "show the date's day, or anything true in its month or year", kEndsFrame,
     K::Choice},
    {"range", "D1..D2|off", "range mode: everything active from D1 to D2 (off: leave it)", kEndsFrame,
     K::Text},
    {"open", "FILE", "open another dataset", kEndsFrame, K::Text},
    {"wait", "N", "draw N frames before the next command", kEndsFrame, K::Frames},
    {"wait-layout", "",
     "wait until the layout at the date can be shown: final, or provisional while the keyframes are computed",
     kEndsFrame, K::None},
    {"screenshot", "PNG", "save the window as PNG once this frame is drawn", kEndsFrame, K::Text},
    {"quit", "", "exit (a script also exits after its last line)", kEndsFrame, K::None},
    {"side-tab", "inspector|active|sources|filters|charts", "show a tab of the side panel", kEndsFrame,
     K::Choice},
    {"chart-actor", "ID|selection", "chart an actor, or whatever is selected", kEndsFrame, K::Text},
    {"chart-merge", "ID|none",
     "show an actor as one with the charted actor, in the charts and on the map (none: show them apart)",
     kEndsFrame, K::Text},
    {"merge", "A=B", "show actor A as part of actor B on the map, in exports and in the charts", kEndsFrame,
     K::Text},
    {"unmerge", "A", "show actor A apart again (the dataset's merge of it too)", kEndsFrame, K::Text},
    {"collapse", "GROUP", "show a group as one node, its ties summed", kEndsFrame, K::Text},
    {"expand", "GROUP", "show a collapsed group's members again", kEndsFrame, K::Text},
    {"hulls", "on|off", "shade each group's members with a named hull", kEndsFrame, K::Choice},
    {"chart-layers", "camp|patron", "stack the patron shares by camp or by patron", kEndsFrame, K::Choice},
    {"present", "[STORY]", "presentation mode, at the first stop of story STORY when given", kEndsFrame,
     K::MaybeStory},
    {"present-off", "", "leave presentation mode", kEndsFrame, K::None},
    {"previous-stop", "", "go to the story's previous stop", kEndsFrame, K::None},
    {"export-deck", "STORY DIR", "export story STORY as 1280x720 slides and slides.md into DIR", kEndsFrame,
     K::StoryFolder},
    {"timeline-zoom", "D1 D2|all",
     "zoom the timeline to the days from D1 to the end of D2 (1956-08-01 1956-10-31), or back to all",
     kEndsFrame, K::DateRange},
    {"arrange", "free|hierarchy", "lay out freely, or patrons above clients (View > Layout)", kEndsFrame,
     K::Choice},
    // Editing (issue 19; README "Editing"): dates as in files, '-' for an open start or end.
    {"add-tie", "FROM TO TYPE START END SOURCE [LOCATOR]",
     "add a tie from START to END, its first claim citing SOURCE (at LOCATOR)", kEndsFrame, K::Words},
    {"set-tie-span", "TIE INDEX START END", "set span INDEX (from 0) of a tie", kEndsFrame, K::Words},
    {"delete-tie", "TIE", "delete a tie", kEndsFrame, K::Words},
    {"add-claim", "TIE SOURCE LOCATOR [QUOTE]", "add a claim citing SOURCE to a tie", kEndsFrame, K::Words},
    {"undo", "", "undo the last edit", kEndsFrame, K::None},
    {"redo", "", "redo the last undone edit", kEndsFrame, K::None},
    {"save", "[FILE]", "save the dataset (to FILE: save as); fails when it cannot be written", kEndsFrame,
     K::Words},
    {"restore", "yes|no", "restore (or discard) the unsaved edits a crash left for this file", kEndsFrame,
     K::Choice},
    {"file-changed", "keep|reload",
     "the file changed on disk while edits are unsaved: keep the edits, or reload and drop them", kEndsFrame,
     K::Choice},
    // The editing UI (gui/editor_script_commands.cpp): the inspector's forms and the new-tie drag.
    {"edit", "on|off", "the inspector's Edit toggle: the selected actor's or tie's fields", kEndsFrame,
     K::Choice},
    {"edit-field", "TABLE ID FIELD TEXT",
     "type TEXT into a field of the editor and commit it (TABLE: actor, tie or source; FIELD: its label, "
     "e.g. spans, native-name, strength); a refusal shows in red beside the field",
     kEndsFrame, K::Words},
    {"drag-tie", "FROM TO [TYPE] [SOURCE] [LOCATOR]",
     "drag a new tie from actor FROM to actor TO, as Alt+drag does: the new-tie popup opens, filled with "
     "what "
     "is given",
     kEndsFrame, K::Words},
    {"drag-tie-add", "", "press Add tie in the new-tie popup", kEndsFrame, K::None},
};

constexpr long long kMaxCount = 1000000; // frames or stories: far more than any script needs

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

// "NAME ARGUMENTS: EXPECTED, found 'TEXT'" (or "found nothing").
std::string refuse(const ScriptCommand& c, std::string_view expected, std::string_view found) {
    std::string form(c.name);
    if (!c.arguments.empty()) form.append(" ").append(c.arguments);
    form += ": ";
    form += expected;
    form += ", found ";
    if (found.empty()) return form + "nothing";
    return form.append("'").append(found).append("'");
}

bool isChoice(std::string_view choices, std::string_view word) {
    std::size_t start = 0;
    while (start <= choices.size()) {
        const std::size_t bar = std::min(choices.find('|', start), choices.size());
        if (choices.substr(start, bar - start) == word) return true;
        start = bar + 1;
    }
    return false;
}

std::string choicesText(std::string_view choices) {
    std::string text(choices);
    for (char& c : text)
        if (c == '|') c = '/';
    return "one of " + text;
}

// Splits `text` into words; "double quoted" words may hold blanks. False on an unclosed quote.
bool splitWords(std::string_view text, std::vector<std::string>& out) {
    std::size_t i = 0;
    while (true) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
            ++i;
        if (i >= text.size()) return true;
        std::string word;
        if (text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == '\\' && i + 1 < text.size()) {
                    word += text[i + 1];
                    i += 2;
                } else if (text[i] == '"') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    word += text[i++];
                }
            }
            if (!closed) return false;
        } else {
            while (i < text.size() && text[i] != ' ' && text[i] != '\t')
                word += text[i++];
        }
        out.push_back(std::move(word));
    }
}

// How many words a form takes: those outside [] are required.
std::pair<std::size_t, std::size_t> wordCounts(std::string_view form) {
    std::size_t required = 0, all = 0;
    std::vector<std::string> words;
    splitWords(form, words);
    for (const std::string& w : words) {
        ++all;
        if (w.front() != '[') ++required;
    }
    return {required, all};
}

std::optional<long long> storyNumber(std::string_view text) {
    return parseWhole(text, 0, kMaxCount);
}

} // namespace

std::span<const ScriptCommand> scriptCommands() {
    return kCommands;
}

const ScriptCommand* findScriptCommand(std::string_view name) {
    for (const ScriptCommand& c : kCommands)
        if (c.name == name) return &c;
    return nullptr;
}

std::string parseScriptArguments(const ScriptCommand& c, std::string_view text, ScriptArgs& args) {
    text = trim(text);
    const std::size_t space = text.find_first_of(" \t");
    const std::string_view first = text.substr(0, space);
    const std::string_view rest = space == std::string_view::npos ? "" : trim(text.substr(space));
    switch (c.kind) {
    case K::None:
        if (!text.empty()) return refuse(c, "no arguments", text);
        return "";
    case K::Text:
        if (text.empty()) return refuse(c, "expected " + std::string(c.arguments), text);
        args.text = text;
        return "";
    case K::Choice:
        if (!isChoice(c.arguments, text)) return refuse(c, choicesText(c.arguments), text);
        args.text = text;
        return "";
    case K::Date:
        args.date = core::calendar::parseDate(text);
        if (!args.date) return refuse(c, "a date such as 1956, 1956-09 or 1956-09-20", text);
        return "";
    case K::Frames:
        args.number = parseWhole(text, 0, kMaxCount);
        if (!args.number) return refuse(c, "a whole number of frames", text);
        return "";
    case K::StoryStop:
        args.number = storyNumber(first);
        if (!rest.empty()) args.stop = storyNumber(rest);
        if (!args.number || (!rest.empty() && !args.stop))
            return refuse(c, "a story number and an optional stop number, whole numbers from 0", text);
        return "";
    case K::MaybeStory:
        if (text.empty()) return "";
        args.number = storyNumber(text);
        if (!args.number) return refuse(c, "nothing or a story number, a whole number from 0", text);
        return "";
    case K::StoryFolder:
        args.number = storyNumber(first);
        if (!args.number || rest.empty())
            return refuse(c, "a story number (a whole number from 0) and a folder", text);
        args.text = rest;
        return "";
    case K::Words: {
        const auto [required, all] = wordCounts(c.arguments);
        const std::string expected = required == all
                                         ? std::to_string(all) + (all == 1 ? " word" : " words")
                                         : std::to_string(required) + " to " + std::to_string(all) + " words";
        if (!splitWords(text, args.words)) return refuse(c, "words, a quoted one closed by '\"'", text);
        if (args.words.size() < required || args.words.size() > all)
            return refuse(c, expected + " (a word with blanks in double quotes)", text);
        return "";
    }
    case K::DateRange: {
        if (text == "all") {
            args.text = "all";
            return "";
        }
        const std::string_view expected = "two dates such as 1956-08-01 1956-10-31, the second not before "
                                          "the first, or all";
        if (rest.find_first_of(" \t") != std::string_view::npos) return refuse(c, expected, text);
        args.date = core::calendar::parseDate(first);
        args.until = core::calendar::parseDate(rest);
        if (!args.date || !args.until || args.until->dayAfterLast() <= args.date->firstDay())
            return refuse(c, expected, text);
        return "";
    }
    }
    return "unreadable command";
}

bool parseScript(std::string_view text, const std::string& file, Script& script, std::string& error) {
    script = {};
    script.file = file;
    std::size_t start = 0;
    for (int number = 1; start <= text.size(); ++number) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view raw = text.substr(start, end - start);
        start = end + 1;
        raw = trim(raw.substr(0, raw.find('#')));
        if (raw.empty()) continue;
        const std::string where = file + ":" + std::to_string(number) + ": ";
        const std::size_t space = raw.find_first_of(" \t");
        const std::string_view name = raw.substr(0, space);
        ScriptLine line;
        line.number = number;
        line.command = findScriptCommand(name);
        if (!line.command) {
            error = where + "unknown command '" + std::string(name) + "'";
            return false;
        }
        line.argument = space == std::string_view::npos ? "" : trim(raw.substr(space));
        if (const std::string why = parseScriptArguments(*line.command, line.argument, line.args);
            !why.empty()) {
            error = where + why;
            return false;
        }
        script.lines.push_back(std::move(line));
    }
    return true;
}

bool loadScript(const std::string& path, Script& script, std::string& error) {
    std::string text;
    if (!core::io::readFileLimited(path, 1 << 20, text, error)) {
        error = path + ": " + error;
        return false;
    }
    return parseScript(text, path, script, error);
}

std::string scriptHelp() {
    std::string text = "Usage: tieline --script FILE [DATASET]\n"
                       "\n"
                       "Drives the window from FILE, one command per line between frames, and exits after\n"
                       "the last line. '#' starts a comment. Every line is checked before the first frame:\n"
                       "an unknown command or arguments that do not fit its form stop the script with\n"
                       "FILE:LINE: and exit 2. A command that fails as it runs (an unknown id, a story the\n"
                       "dataset lacks) stops the script with FILE:LINE: and exit 1. Commands marked * draw\n"
                       "a frame before the next line runs.\n"
                       "\n"
                       "Commands:\n";
    for (const ScriptCommand& c : kCommands) {
        std::string left = std::string(c.endsFrame ? "* " : "  ") + std::string(c.name);
        if (!c.arguments.empty()) left.append(" ").append(c.arguments);
        if (left.size() < 28)
            left.resize(28, ' ');
        else
            left += "\n" + std::string(28, ' ');
        text += left + std::string(c.help) + "\n";
    }
    return text;
}

} // namespace tieline::commands
