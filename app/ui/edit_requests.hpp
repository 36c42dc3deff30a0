// Editing requests from the panels, the menu, the shortcuts and the scripts, and what the window
// shows about them. Panels put an edit (one committed field: the entity with that field changed,
// built with core/edit/edit.hpp) in Requests::edits; the frame loop applies it through the open
// dataset's EditSession (AppView::editing) and records what changed, so the layout recomputes only
// from the first affected keyframe and the caches rebuild only what changed. No GL, no ImGui.
#pragma once

#include "core/edit/edit.hpp"
#include "core/edit/saved_file.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tieline::ui {

struct App;

struct EditRequests {
    std::optional<core::edit::Edit> edit; // one committed field
    bool undo = false;
    bool redo = false;
    bool save = false;                 // Ctrl+S: in place, or Save As when it cannot be
    std::optional<std::string> saveAs; // a path
    std::optional<bool> restore;       // the answer to "restore the unsaved edits?"
    std::optional<bool> keepEdits;     // the answer to "the file changed on disk" (false: reload)
    bool reloadConfirmed = false;      // the reload asked for drops the unsaved edits knowingly
};

// What the window shows about editing: the last result (a refusal is shown where the value was
// typed), the last save, and the questions waiting for the user.
struct EditFeedback {
    core::edit::EditResult last;      // the last edit, undo or redo
    core::edit::SaveOutcome lastSave; // the last save
    bool askSaveAs = false;           // Save could not write in place: ask for a path
    std::string status;           // one line for the status area: "Saved data/x.json", "Undid Edit tie t12"
    std::vector<std::string> log; // lines not yet printed (the GUI prints them on standard error)
};

// The Edit menu's own state (UiState::editUi).
struct EditUiState {
    bool showSaveAs = false;
    bool saveAsAsked = false; // the Save As a failed save asked for was shown
    char saveAsPath[1024] = {};
};

// Applies app.requests.edits (called by ui::applyRequests; scripts call it at once to check the
// result). Adds what happened to app.editFeedback (status, log). An edit refused is not an error:
// it is reported.
void applyEditRequests(App& app);

// Reads the file just loaded into app.editing (its bytes, for lossless saves and the journal);
// called when a dataset is adopted.
void startEditing(App& app);

} // namespace tieline::ui
