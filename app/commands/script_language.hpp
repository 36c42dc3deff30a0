// The `tieline --script FILE` language, as a table: one row per command (name, arguments, help,
// whether it ends the frame, how its arguments parse). Loading a script checks every line, names
// and arguments, before the first frame; what needs the dataset (ids, story numbers in range) is
// checked when the line runs. Running the commands is the GUI's part (gui/script_commands.cpp).
// No GL.
//
// Usage:
//   1. Script s; std::string error;
//   2. if (!loadScript(path, s, error)) { print error ("FILE:LINE: ..."); exit 2; }
//   3. each line: s.lines[i].command->name, its typed s.lines[i].args.
#pragma once

#include "core/calendar/date.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::commands {

// How a command's arguments are read; `ScriptCommand::arguments` shows the form.
enum class ScriptArgKind {
    None,        // nothing after the name
    Text,        // the rest of the line, not empty (an id, a file, a search text)
    Choice,      // one of the '|'-separated words in `arguments`
    Date,        // a date: 1956, 1956-09, 1956-09-20
    Frames,      // a whole number of frames
    StoryStop,   // N [STOP]: a story and a stop, whole numbers
    MaybeStory,  // [STORY]: an optional story number
    StoryFolder, // STORY DIR: a story number and a folder
    DateRange,   // D1 D2|all: two dates, the second not before the first, or the word all
    Words,       // the words of `arguments` ("TIE SOURCE LOCATOR [QUOTE]"), those in [] optional; a
                 // word with blanks is written in double quotes ("p. 12"), \" and \\ inside them
};

struct ScriptCommand {
    std::string_view name;
    std::string_view arguments; // the form, as help shows it: "N [STOP]", "dark|light"
    std::string_view help;
    bool endsFrame; // the frame is drawn before the next command runs
    ScriptArgKind kind;
};

// Every command, in the order help lists them.
std::span<const ScriptCommand> scriptCommands();
const ScriptCommand* findScriptCommand(std::string_view name);

// A line's arguments, typed; which fields are set depends on the command's kind.
struct ScriptArgs {
    std::string text;                          // Text, Choice; StoryFolder's DIR
    std::optional<core::calendar::Date> date;  // Date; DateRange's D1
    std::optional<core::calendar::Date> until; // DateRange's D2 (both empty for `all`)
    std::optional<long long> number;           // Frames; the story of StoryStop, MaybeStory, StoryFolder
    std::optional<long long> stop;             // StoryStop's STOP
    std::vector<std::string> words;            // Words, unquoted
};

struct ScriptLine {
    int number = 0; // in the file, from 1
    const ScriptCommand* command = nullptr;
    std::string argument; // the rest of the line, trimmed, as written
    ScriptArgs args;
};

struct Script {
    std::string file;
    std::vector<ScriptLine> lines;
    std::size_t next = 0; // the next line to run
    int waitFrames = 0;   // frames still to wait before it
};

// Reads `arguments` for `command` into `args`; returns "" or what was expected and found
// ("wait N: a whole number of frames, found '3x'").
std::string parseScriptArguments(const ScriptCommand& command, std::string_view arguments, ScriptArgs& args);

// Parses a whole script; '#' starts a comment. Returns false and sets `error` ("FILE:LINE: ...") at
// the first line that is not a known command with well-formed arguments.
bool parseScript(std::string_view text, const std::string& file, Script& script, std::string& error);

// Reads the file (at most 1 MiB) and parses it.
bool loadScript(const std::string& path, Script& script, std::string& error);

// `tieline help script`: the language and every command from the table.
std::string scriptHelp();

} // namespace tieline::commands
