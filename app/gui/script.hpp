// GUI automation for tests and demos: `tieline --script FILE` runs one command per line between
// frames: at DATE, select-actor ID, select-tie ID, select-source ID, hover-actor ID, clear-selection,
// theme dark|light, story N [STOP], next-stop, fit, search TEXT, hide-type ID, open FILE, wait N,
// screenshot PNG, quit; analytics and presentation: side-tab NAME, chart-actor ID|selection,
// chart-merge ID|none, chart-layers camp|patron, present [STORY], present-off, previous-stop,
// export-deck STORY DIR. '#' starts a comment. GUI layer.
#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <vector>

namespace tieline::gui {

struct ScriptLine {
    int number = 0;
    std::string command;
    std::string argument; // the rest of the line, trimmed
};

struct Script {
    std::string file;
    std::vector<ScriptLine> lines;
    std::size_t next = 0;
    int waitFrames = 0;
};

// Reads and checks a script; returns false and sets `error` ("FILE:LINE: unknown command 'x'").
bool loadScript(const std::string& path, Script& script, std::string& error);

// What the frame loop must do after a step.
struct ScriptEffect {
    std::string screenshot; // save the window here after this frame
    bool quit = false;
    std::string error; // a command failed: report it and exit 1
};

// Runs commands until one asks to wait a frame (wait, screenshot, at, ...). Call once per frame
// before the UI is drawn.
ScriptEffect stepScript(Script& script, ui::App& app);

} // namespace tieline::gui
