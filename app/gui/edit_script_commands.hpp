// The script commands that edit the dataset (add-tie, set-tie-span, delete-tie, add-claim, undo,
// redo, save, restore, file-changed): the runners of those rows of commands/script_language.cpp.
// Each applies its request at once (ui::applyEditRequests), so a refused edit or a failed save stops
// the script with the validator's or the writer's message. GUI layer (no GL).
#pragma once

#include "commands/script_language.hpp"

#include <string>
#include <string_view>

namespace tieline::ui {
struct App;
}

namespace tieline::gui {

// Whether `name` is one of the editing commands run here.
bool isEditCommand(std::string_view name);

// Runs one checked editing line; returns "" or why it failed.
std::string runEditCommand(const commands::ScriptLine& line, ui::App& app);

} // namespace tieline::gui
