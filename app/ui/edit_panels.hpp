// The editing UI (issue 19): the inspector's forms for an actor, a tie and its claims, a source,
// an event and a story stop; the new-tie drag on the canvas and its popup; the deletion's
// confirmation; the sources window (search, CSL-JSON import, DOI/URL stubs); the restore and
// file-changed prompts. Each committed field puts one core::edit::Edit in Requests::edits (built
// by ui/edit_forms.hpp); the session's refusal comes back in AppView::editFeedback and is shown
// beside the field, the typed text kept. No gl* calls here.
#pragma once

#include "ui/edit_forms.hpp"
#include "ui/panels.hpp"

#include <functional>
#include <string>

namespace tieline::ui {

// [edit_widgets.cpp] The inspector's "Edit" toggle (a checkbox-like button).
void editToggle(UiState& ui);
// One field: committed on Enter or when it loses focus (multi-line: Ctrl+Enter for a new line).
enum class FieldKind { Line, Multiline };
using FieldBuild = std::function<Built(std::string_view)>;
void editField(UiState& ui, Requests& requests, const std::string& id, const char* label,
               const std::string& current, const FieldBuild& build, FieldKind kind = FieldKind::Line,
               const char* hint = nullptr);
// A choice among keywords, committed when picked.
void editChoice(UiState& ui, Requests& requests, const std::string& id, const char* label,
                const std::string& current, const std::vector<std::pair<std::string, std::string>>& choices,
                const FieldBuild& build);
// A source picker with a search box (author, title, year); returns true when one was picked.
bool sourcePicker(const core::model::Dataset& data, const char* id, int& source, std::string& search);
// An actor picker with a search box (name, id, variants, native name), at most 200 rows shown;
// returns true when one was picked.
bool actorPicker(const core::model::Dataset& data, const char* id, core::model::ActorId& actor,
                 std::string& search);
// Puts an edit in the queue for the session; `field` gets its answer (refusal shown there).
void requestEdit(UiState& ui, Requests& requests, core::edit::Edit edit, const std::string& field);
// A field's key in EditorState::fields: "tie/12/0/5" (table, item, sub-item, field).
std::string fieldKey(const char* table, std::size_t index, int field, std::size_t sub = 0);
// A field's text committed as if typed there (the script's edit-field): the buffer takes `text`, and
// `built` is queued or its error shown beside the field.
void commitField(UiState& ui, Requests& requests, const std::string& key, std::string text, Built built);
// Muted help text, wrapped to the panel.
void mutedText(const std::string& text);
// A refusal in red, wrapped.
void errorText(const std::string& message);

// [edit_tie.cpp, edit_actor.cpp] The inspector's forms for the selection.
void drawTieEditor(const AppView& app, UiState& ui, Requests& requests, core::model::TieId id);
void drawActorEditor(const AppView& app, UiState& ui, Requests& requests, core::model::ActorId id);
// "Add actor..." (a popup asking the name).
void addActorButton(UiState& ui);

// [edit_windows.cpp] The editor's windows and popups, once per frame after the panels: routes
// the session's answers to their fields, feeds queued edits, the new-tie popup, the deletion's
// confirmation, the sources and events windows, the restore and file-changed prompts.
void drawEditorWindows(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout);
// Opens the new-tie popup for a tie from `from` to `to` starting at the window's date.
void beginAddTie(const AppView& app, UiState& ui, core::model::ActorId from, core::model::ActorId to);
// The new-tie popup's "Add tie": builds the tie from the popup's fields and queues it, or shows why
// not in the popup. Returns whether it was queued.
bool submitAddTie(const AppView& app, UiState& ui, Requests& requests);
// Opens the confirmation of a deletion.
void confirmDeletion(UiState& ui, core::edit::Target target);
// The canvas's Alt/Shift+drag from a node: call each frame with the canvas's item state. Returns
// true while a link drag is under way (the canvas then neither pans nor pins).
bool canvasLinkDrag(const AppView& app, UiState& ui, const PanelLayout& layout, bool activated, bool dragging,
                    bool deactivated, core::model::Point mouse);
// The actors in view on the canvas (present nodes inside the canvas), in actor order; with the
// selected actor when there is one.
std::vector<core::model::ActorId> actorsInView(const AppView& app, const UiState& ui,
                                               const PanelLayout& layout);

} // namespace tieline::ui
