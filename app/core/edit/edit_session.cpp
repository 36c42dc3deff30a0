// Editing one open dataset: history, file, journal. Core: no GL.
#include "core/edit/edit_session.hpp"

#include "core/interop/dataset_files.hpp"

#include <cstdio>

namespace tieline::core::edit {

void EditSession::open(const std::string& path, std::string bytes) {
    if (m_journal.active() && m_file.path() == path) m_journal.discard();
    m_journal = Journal();
    m_history.clear();
    m_pending.reset();
    m_notice.clear();
    m_reloadDecision = false;
    const std::string hash = contentHash(bytes);
    m_file.open(path, std::move(bytes));
    if (auto found = findJournal(path)) {
        if (found->hash == hash) {
            m_pending = std::move(*found);
            return; // the journal stays as it is until the user answers
        }
        const std::string aside = found->path + ".stale";
        std::rename(found->path.c_str(), aside.c_str());
        m_notice = "Unsaved edits of an earlier session were made to another version of " + path +
                   ": they are kept in " + aside;
    }
    // The journal starts with the first edit.
}

void EditSession::journal(const model::Dataset& before, const Edit& edit, Journal::Step step) {
    std::string why;
    if (!m_journal.active()) {
        if (!m_journal.start(m_file.path(), m_file.hash(), why)) {
            m_notice = "Edits are not journaled (" + why + "): save often.";
            return;
        }
    }
    if (!m_journal.append(before, edit, step, why))
        m_notice = "Edits are not journaled (" + why + "): save often.";
}

// The journal written anew for the history as it is: the applied edits from the file's state.
void EditSession::rewriteJournal(const model::Dataset& data) {
    model::Dataset scratch = data;
    const std::vector<Edit>& done = m_history.done();
    for (auto it = done.rbegin(); it != done.rend(); ++it)
        applyUnchecked(scratch, inverse(*it));
    std::string why;
    if (!m_journal.start(m_file.path(), m_file.hash(), why)) {
        m_notice = "Edits are not journaled (" + why + "): save often.";
        return;
    }
    for (const Edit& e : done) {
        if (!m_journal.append(scratch, e, Journal::Step::Edit, why)) {
            m_notice = "Edits are not journaled (" + why + "): save often.";
            return;
        }
        applyUnchecked(scratch, e);
    }
}

EditResult EditSession::restore(model::Dataset& data, bool yes) {
    EditResult result;
    if (!m_pending) {
        result.message = "there are no unsaved edits to restore";
        return result;
    }
    const PendingJournal pending = std::move(*m_pending);
    m_pending.reset();
    if (!yes) {
        std::remove(pending.path.c_str());
        result.ok = true;
        result.label = "Discarded the unsaved edits of an earlier session";
        return result;
    }
    std::string why;
    const bool replayed = replayJournal(pending, data, m_history, why);
    if (replayed)
        m_journal.resume(m_file.path()); // the journal goes on from where it was
    else
        rewriteJournal(data); // what did replay, so the journal matches the dataset again
    result.ok = replayed;
    result.message = replayed ? "" : "the unsaved edits could not all be restored: " + why;
    result.label = "Restored " + std::to_string(m_history.done().size()) + " unsaved edits";
    if (!m_history.done().empty() || !m_history.undone().empty()) {
        result.effect.names = result.effect.ties = result.effect.evidence = true;
        result.effect.idsShifted = true;
    }
    return result;
}

EditResult EditSession::apply(model::Dataset& data, Edit edit) {
    if (m_pending) restore(data, false);
    EditResult r = validate(data, edit);
    r.label = edit.label;
    if (!r.ok) return r;
    journal(data, edit, Journal::Step::Edit);
    return m_history.apply(data, std::move(edit));
}

EditResult EditSession::undo(model::Dataset& data) {
    if (m_history.canUndo()) journal(data, inverse(m_history.done().back()), Journal::Step::Undo);
    return m_history.undo(data);
}

EditResult EditSession::redo(model::Dataset& data) {
    if (m_history.canRedo()) journal(data, m_history.undone().back(), Journal::Step::Redo);
    return m_history.redo(data);
}

void EditSession::afterSave(const SaveOutcome& outcome) {
    if (!outcome.ok) return;
    m_history.markSaved();
    m_reloadDecision = false;
    // Saved: the journal's edits are in the file. The next edit starts a journal for the new bytes.
    m_journal.discard();
}

SaveOutcome EditSession::save(const model::Dataset& data) {
    SaveOutcome out = m_file.save(data);
    afterSave(out);
    return out;
}

SaveOutcome EditSession::saveAs(const model::Dataset& data, const std::string& path) {
    SaveOutcome out = m_file.saveAs(data, path);
    // A GEXF or CSV copy is an export: the edits stay unsaved in the file being edited.
    if (interop::fileFormatOf(path) == interop::FileFormat::Json) afterSave(out);
    return out;
}

void EditSession::fileChangedOnDisk() {
    if (m_history.modified()) m_reloadDecision = true;
}

void EditSession::decideReload(bool keepEdits) {
    m_reloadDecision = false;
    if (!keepEdits) m_journal.discard();
}

void EditSession::close() {
    if (!m_history.modified()) m_journal.discard();
    *this = EditSession();
}

} // namespace tieline::core::edit
