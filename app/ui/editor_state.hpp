// The editor's window state (issue 19): the inspector's Edit toggle, the typed text of each field
// (kept while the validator refuses it), the new-tie drag and its popup, the confirmation of a
// deletion, the sources window. Plain data in UiState; no GL, no ImGui.
#pragma once

#include "core/edit/edit.hpp"
#include "core/model/dataset.hpp"

#include <deque>
#include <map>
#include <optional>
#include <string>

namespace tieline::ui {

// One field's text while it differs from the data: being typed, waiting for the session's answer,
// or refused (then `error` says why, in red beside it, until corrected or reverted).
struct FieldBuffer {
    std::string text;
    std::string error;
    bool dirty = false;    // the text is the user's, not the data's
    bool awaiting = false; // committed; the session's answer comes next frame
};

// The popup of a new tie (a drag from one node to another, or the script's drag-tie).
struct AddTieState {
    bool open = false;      // shown
    bool requested = false; // open it on the next frame
    core::model::ActorId from, to;
    int type = 0;
    std::string start, end;
    int source = -1; // index into sources; -1: none chosen yet
    std::string sourceSearch, locator, quote;
    std::string error;
};

struct EditorState {
    bool editing = false; // the inspector shows the selection's fields
    std::map<std::string, FieldBuffer> fields;
    std::string pendingField;           // the field (or "@add-tie", "@delete"...) whose edit is queued
    std::deque<core::edit::Edit> queue; // several edits from one action (an import), one per frame
    std::optional<core::model::ActorId> linkFrom; // Alt/Shift+drag from this node: a new tie
    std::optional<core::model::ActorId> linkOver; // the node under the pointer while linking
    double linkX = 0, linkY = 0;                  // the pointer, window units
    AddTieState addTie;
    std::optional<core::edit::Target> confirmDelete; // "Delete ...?" open for this item
    std::string deleteError;
    std::optional<core::model::ActorId> member;  // the actor of a merged node being edited
    std::optional<core::model::TieId> memberTie; // the tie of a collapsed line being edited
    // Adding a claim to the selected tie
    int claimSource = -1;
    std::string claimSearch, claimLocator, claimQuote, claimError;
    // Edit > Sources...: import CSL-JSON, paste a DOI or URL, edit a source's fields
    bool showSources = false;
    std::string importPath, stubText, sourcesMessage, sourcesSearch;
    int editedSource = -1;
    bool browsingCsl = false; // the file chooser was opened for the import
    // Edit > Events and stories...
    bool showEvents = false;
    int editedEvent = -1, editedStory = -1, editedStop = -1;
    // Add actor
    bool showNewActor = false;
    std::string newActorName, newActorError;
};

} // namespace tieline::ui
