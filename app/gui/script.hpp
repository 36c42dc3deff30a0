// GUI automation for tests and demos: `tieline --script FILE` runs one command per line between
// frames. The language (the table of commands, the parser that checks every line before the first
// frame) is commands/script_language.hpp; what each command does is gui/script_commands.cpp.
// GUI layer.
#pragma once

#include "commands/script_language.hpp"

#include <string>

namespace tieline::ui {
struct App;
}

namespace tieline::gui {

using commands::loadScript;
using commands::Script;
using commands::ScriptLine;

// What the frame loop must do after a step.
struct ScriptEffect {
    std::string screenshot; // save the window here after this frame
    bool quit = false;
    bool waitLayout = false; // wait until the layout at t can be shown, final or provisional
    std::string error;       // a command failed: report it and exit 1
};

// Runs commands until one ends the frame (wait, screenshot, at, ...). Call once per frame before
// the UI is drawn.
ScriptEffect stepScript(Script& script, ui::App& app);

} // namespace tieline::gui
