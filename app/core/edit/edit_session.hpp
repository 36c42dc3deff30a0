// One open dataset's editing: its history (undo/redo), the file behind it (lossless save), the
// crash journal, and a journal left by a previous run waiting for the user's answer. The app holds
// the dataset itself; each call takes it. What the app, its scripts and its tests drive. Core: no GL.
//
// Usage:
//   1. after loading `path` (bytes read, dataset loaded): session.open(path, bytes);
//      if (session.pendingRestore()) ask; then session.restore(dataset, yes)
//   2. each committed change: EditResult r = session.apply(dataset, edit) (or undo / redo);
//      r.effect says what to rebuild; !r.ok: show r.message where the value was typed
//   3. session.save(dataset) / saveAs(dataset, path); needsSaveAs: ask for a path
#pragma once

#include "core/edit/edit_history.hpp"
#include "core/edit/journal.hpp"
#include "core/edit/saved_file.hpp"

#include <optional>
#include <string>

namespace tieline::core::edit {

class EditSession {
  public:
    // A dataset was opened (or reloaded) from `path` with these bytes: a new history and journal.
    // A journal a previous run left for this file, with the same bytes, becomes pendingRestore();
    // one for other bytes (the file changed since) is set aside and named in notice(). Reopening
    // the same file drops the session's own journal (the app reloads only when nothing is unsaved
    // or the user chose to drop the edits).
    void open(const std::string& path, std::string bytes);
    // Nothing open (a failed load leaves the previous session as it was).
    bool isOpen() const { return m_file.isOpen(); }

    // Unsaved edits of a previous run that can be replayed on the file as loaded.
    const std::optional<PendingJournal>& pendingRestore() const { return m_pending; }
    // Replays them (yes) or discards them (no). Replayed edits are unsaved edits again (undo works).
    // Returns the replay's result: effect = the whole dataset when anything was replayed.
    EditResult restore(model::Dataset& data, bool yes);

    // Validates and applies one edit, journals it. An edit while a restore is pending declines it.
    EditResult apply(model::Dataset& data, Edit edit);
    EditResult undo(model::Dataset& data);
    EditResult redo(model::Dataset& data);

    SaveOutcome save(const model::Dataset& data);
    SaveOutcome saveAs(const model::Dataset& data, const std::string& path);

    const EditHistory& history() const { return m_history; }
    const SavedFile& file() const { return m_file; }
    bool modified() const { return m_history.modified(); }
    // The last message for the user about editing (journal problems, a journal set aside).
    const std::string& notice() const { return m_notice; }
    // Whether the journal is recording (false: edits are not crash-safe; notice() says why).
    bool journaling() const { return m_journal.active(); }

    // The file on disk changed (another program saved it). Without unsaved edits the app reloads as
    // before; with them it must ask: reloadDecisionNeeded() is set until decideReload().
    void fileChangedOnDisk();
    bool reloadDecisionNeeded() const { return m_reloadDecision; }
    // keepEdits = true: stay with the edited dataset (a later Save overwrites the other program's
    // change); false: the app reloads the file and the edits are dropped.
    void decideReload(bool keepEdits);

    // Closes the session; the journal is removed when nothing is unsaved.
    void close();

  private:
    EditHistory m_history;
    SavedFile m_file;
    Journal m_journal;
    std::optional<PendingJournal> m_pending;
    std::string m_notice;
    bool m_reloadDecision = false;

    void journal(const model::Dataset& before, const Edit& edit, Journal::Step step);
    void rewriteJournal(const model::Dataset& data);
    void afterSave(const SaveOutcome& outcome);
};

} // namespace tieline::core::edit
