// Crash safety for edits: every committed edit, undo and redo is appended to a journal beside the
// settings ($XDG_CONFIG_HOME/tieline/journal/, ~/.config/tieline/journal/ when unset) and flushed
// to disk (fsync) before the edit counts as done. The journal names the dataset's path and the hash
// of its bytes; it is cleared when the dataset is saved. After a crash or a kill, the next start
// finds the journal for the file it opens and, when the file still has the same bytes, offers to
// replay it. One JSON object per line; entities are written with the dataset writer's per-entity
// code. Core: no GL.
#pragma once

#include "core/edit/edit_history.hpp"

#include <optional>
#include <string>

namespace tieline::core::edit {

// The journals' folder from the environment ("" when neither XDG_CONFIG_HOME nor HOME is set).
std::string journalFolder();
// The journal file for a dataset path (made absolute).
std::string journalPathFor(const std::string& datasetPath);

class Journal {
  public:
    // Starts a journal for `datasetPath` whose bytes hash to `hash` (contentHash). An existing journal
    // for that path is replaced. Returns false and sets `why` when it cannot be written (editing
    // still works; the app says crash safety is off).
    bool start(const std::string& datasetPath, const std::string& hash, std::string& why);
    bool active() const { return !m_path.empty(); }
    const std::string& path() const { return m_path; }

    // Continues the journal already at journalPathFor(datasetPath) (after a restore from it).
    void resume(const std::string& datasetPath);

    // How a step came about: a new edit, or an undo or redo (replayed as undo or redo when the
    // history allows, else as the edit it made: the journal restarts at each save, while the
    // history goes on).
    enum class Step { Edit, Undo, Redo };
    // Appends one step and syncs it to disk. `edit` is the change the step makes (for an undo, the
    // inverse of the edit undone) and `data` the dataset before it (references are written by id).
    bool append(const model::Dataset& data, const Edit& edit, Step step, std::string& why);

    // After a save: the journal restarts empty for the file's new bytes.
    bool restart(const std::string& hash, std::string& why);
    // Removes the journal file (the dataset was closed without unsaved edits, or the user declined
    // to restore).
    void discard();

  private:
    std::string m_path;
    std::string m_datasetPath;
    bool appendLine(const std::string& line, std::string& why);
};

// A journal left behind for a dataset path.
struct PendingJournal {
    std::string path;        // the journal file
    std::string datasetPath; // as recorded
    std::string hash;        // the dataset's bytes when the edits began
    std::size_t steps = 0;   // edits, undos and redos recorded
};

// The journal for `datasetPath` if there is one with at least one step.
std::optional<PendingJournal> findJournal(const std::string& datasetPath);

// Replays a journal on `data` (the dataset as loaded from the file the journal names) through
// `history`, so undo and redo work as before the crash. Returns false and sets `why` at the first
// step that does not apply (the steps before it stay applied).
bool replayJournal(const PendingJournal& journal, model::Dataset& data, EditHistory& history,
                   std::string& why);

} // namespace tieline::core::edit
