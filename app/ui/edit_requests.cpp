// Applying edit requests to the open dataset and recording what they changed. No GL.
#include "ui/edit_requests.hpp"

#include "core/io/dataset_loader.hpp"
#include "ui/app_state.hpp"

#include <sys/stat.h>

namespace tieline::ui {

namespace {

long long modificationTime(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return 0;
    return static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
}

// The change record's entry for an edit's effect; ids that moved clear the selection.
void recordEffect(App& app, const core::edit::Effect& effect) {
    ChangeSet what = 0;
    if (effect.names) what |= kNames;
    if (effect.ties) what |= kTies;
    if (effect.evidence) what |= kEvidence;
    std::optional<TimeRange> range;
    if (effect.ties && effect.tieDays && !effect.idsShifted)
        range = TimeRange{double(effect.tieDays->first), double(effect.tieDays->second)};
    if (effect.idsShifted) what |= kTies | kNames; // every index after the change moved
    if (what) app.changes.record(what, range);
    UiState& ui = app.ui;
    const auto& d = *app.dataset;
    if (effect.idsShifted || (ui.selectedTie && ui.selectedTie->index() >= d.ties.size()) ||
        (ui.selectedActor && ui.selectedActor->index() >= d.actors.size()) ||
        (ui.selectedSource && ui.selectedSource->index() >= d.sources.size())) {
        clearSelection(ui);
        ui.selectedSource.reset();
        ui.hoveredActor.reset();
        ui.hoveredTie.reset();
    }
    if (effect.touched && effect.touched->table == core::edit::Table::Ties &&
        effect.touched->index < d.ties.size())
        selectTie(ui, core::model::TieId(std::uint32_t(effect.touched->index)));
}

std::string describe(const core::edit::EditResult& r, const char* done) {
    if (!r.ok) return r.pointer.empty() ? r.message : r.pointer + ": " + r.message;
    return *done ? std::string(done) + " " + r.label : r.label;
}

} // namespace

void startEditing(App& app) {
    std::string bytes, why;
    if (!app.dataset ||
        !core::io::readFileLimited(app.datasetPath, core::io::kDefaultMaxInputBytes, bytes, why))
        return;
    app.editing.open(app.datasetPath, std::move(bytes));
    app.editFeedback = EditFeedback();
    // A journal set aside (the file changed since the crash) is worth a notice window.
    if (!app.editing.notice().empty()) {
        app.editFeedback.status = app.editing.notice();
        app.editFeedback.log.push_back(app.editing.notice());
        app.ui.notice = app.editing.notice();
    }
}

void applyEditRequests(App& app) {
    EditRequests& r = app.requests.edits;
    EditFeedback& fb = app.editFeedback;
    std::vector<std::string>& log = fb.log;
    if (!app.dataset || !app.editing.isOpen()) {
        if (r.edit || r.undo || r.redo || r.save || r.saveAs || r.restore) {
            fb.status = "No dataset to edit";
            fb.last = core::edit::EditResult();
            fb.last.message = fb.status;
        }
        r = EditRequests();
        return;
    }
    core::model::Dataset& data = *app.dataset;
    const auto report = [&](core::edit::EditResult result, const char* done) {
        fb.status = describe(result, done);
        log.push_back(fb.status);
        for (const std::string& w : result.warnings)
            log.push_back("warning: " + w);
        if (result.ok) recordEffect(app, result.effect);
        fb.last = std::move(result);
    };
    if (r.restore) {
        report(app.editing.restore(data, *r.restore), "");
        r.restore.reset();
    }
    if (r.keepEdits) {
        const bool keep = *r.keepEdits;
        app.editing.decideReload(keep);
        if (!keep) {
            app.requests.reload = true;
            r.reloadConfirmed = true;
        }
        fb.status = keep ? "Kept the edited dataset; saving will replace the file on disk"
                         : "Reloading the file; the unsaved edits are dropped";
        log.push_back(fb.status);
        r.keepEdits.reset();
    }
    if (r.edit) {
        report(app.editing.apply(data, std::move(*r.edit)), "");
        r.edit.reset();
    }
    if (r.undo) report(app.editing.undo(data), "Undid");
    if (r.redo) report(app.editing.redo(data), "Redid");
    r.undo = r.redo = false;
    const auto saved = [&](const core::edit::SaveOutcome& out) {
        fb.lastSave = out;
        fb.askSaveAs = !out.ok && out.needsSaveAs;
        if (out.ok) {
            fb.status = "Saved " + (out.written.empty() ? app.editing.file().path() : out.written.front());
            for (const std::string& loss : out.losses)
                log.push_back("not carried by " + out.written.front() + ": " + loss);
            // The file now on disk is ours: no reload for it.
            app.datasetPath = app.editing.file().path();
            app.fileMtime = modificationTime(app.datasetPath);
        } else {
            fb.status = "Not saved: " + out.message;
        }
        log.push_back(fb.status);
    };
    if (r.save) saved(app.editing.save(data));
    if (r.saveAs) saved(app.editing.saveAs(data, *r.saveAs));
    r.save = false;
    r.saveAs.reset();
}

} // namespace tieline::ui
