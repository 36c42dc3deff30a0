// What each script command does to the application: the `run` half of the table in
// commands/script_language.cpp, kept in one file as thin calls into ui::. GUI layer.
#pragma once

#include "commands/script_language.hpp"

#include <string>
#include <string_view>

namespace tieline::ui {
struct App;
}

namespace tieline::gui {

struct ScriptEffect;

// What a command may ask of the frame loop besides changing the app.
struct ScriptStep {
    ScriptEffect& effect; // screenshot, quit
    int& waitFrames;
};

// A command of the language's table that has no runner here ("" when every one has): a bug, which
// stepScript reports before the first line so that every GUI test catches it.
std::string_view commandWithoutRunner();

// Runs one checked line; returns "" or why it failed ("unknown tie 't99'").
std::string runScriptLine(const commands::ScriptLine& line, ui::App& app, ScriptStep& step);

} // namespace tieline::gui
