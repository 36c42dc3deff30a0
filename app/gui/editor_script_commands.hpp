// The script commands of the editing UI (edit, edit-field, drag-tie, drag-tie-add): they drive the
// inspector's forms and the new-tie popup as a user would, so the edit takes the panels' path (the
// field's text, its commit, the session's answer shown beside the field). GUI layer (no GL).
#pragma once

#include "commands/script_language.hpp"

#include <string>
#include <string_view>

namespace tieline::ui {
struct App;
}

namespace tieline::gui {

bool isEditorCommand(std::string_view name);
// Runs one checked line; returns "" or why it failed (an unknown id, field or type; a refused edit
// is not a failure: it is shown beside its field and printed on standard error).
std::string runEditorCommand(const commands::ScriptLine& line, ui::App& app);

} // namespace tieline::gui
