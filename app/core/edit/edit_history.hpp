// Undo and redo for a dataset's edits: two stacks of commands, unlimited while the file is open.
// apply() validates (core/edit/edit.hpp) and refuses an invalid edit leaving the dataset as it was;
// undo() and redo() replay an edit's inverse or the edit itself, which needs no validation (they
// restore states that were valid). Core: no GL.
#pragma once

#include "core/edit/edit.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace tieline::core::edit {

class EditHistory {
  public:
    // Validates and applies `edit` to `data`; on success pushes it (clearing the redo stack).
    EditResult apply(model::Dataset& data, Edit edit);

    // Undoes the last applied edit / redoes the last undone one. Refused (ok = false, a message)
    // when there is nothing to undo or redo.
    EditResult undo(model::Dataset& data);
    EditResult redo(model::Dataset& data);

    bool canUndo() const { return !m_done.empty(); }
    bool canRedo() const { return !m_undone.empty(); }
    // The label of what undo / redo would do ("" when nothing).
    const std::string& undoLabel() const;
    const std::string& redoLabel() const;

    // The applied edits, oldest first (what the journal replays after a crash).
    const std::vector<Edit>& done() const { return m_done; }
    // The undone edits, the next to redo last.
    const std::vector<Edit>& undone() const { return m_undone; }

    // Whether the dataset differs from the file as last saved (or loaded): the applied edits are
    // not the ones applied at the last save.
    bool modified() const;
    // The dataset was just saved (or loaded): it is now the file's content.
    void markSaved();
    // Forgets everything (a new dataset was opened).
    void clear();

  private:
    std::vector<Edit> m_done;   // applied, oldest first
    std::vector<Edit> m_undone; // undone, most recently undone last
    // The number of applied edits at the last save, and a serial that tells a state reached again by
    // undo (same count, same edits) from one reached by other edits (same count, other edits).
    std::size_t m_savedCount = 0;
    std::uint64_t m_savedSerial = 0;
    std::vector<std::uint64_t> m_serials;       // per applied edit, a serial unique in this history
    std::vector<std::uint64_t> m_undoneSerials; // per undone edit
    std::uint64_t m_nextSerial = 1;
};

} // namespace tieline::core::edit
