// Editing from scripts: each command builds an edit or a request and applies it at once.
#include "gui/edit_script_commands.hpp"

#include "core/edit/edit.hpp"
#include "ui/app_state.hpp"

#include <charconv>

namespace tieline::gui {

namespace {

using core::model::Dataset;

constexpr std::string_view kEditCommands[] = {"add-tie", "set-tie-span", "delete-tie", "add-claim",   "undo",
                                              "redo",    "save",         "restore",    "file-changed"};

// A span end: a date, or '-' for the dataset's start or end.
bool spanEnd(const std::string& text, std::optional<core::calendar::Date>& out, std::string& error) {
    if (text == "-") {
        out.reset();
        return true;
    }
    std::string why;
    out = core::calendar::parseDate(text, &why);
    if (!out) error = "invalid date '" + text + "': expected " + why;
    return out.has_value();
}

bool span(const std::string& start, const std::string& end, core::calendar::Span& out, std::string& error) {
    return spanEnd(start, out.start, error) && spanEnd(end, out.end, error);
}

// Applies the pending requests and says what went wrong, if anything.
std::string applyNow(ui::App& app, bool isSave = false) {
    ui::applyEditRequests(app);
    const ui::EditFeedback& fb = app.editFeedback;
    if (isSave) return fb.lastSave.ok ? "" : fb.lastSave.message;
    if (!fb.last.ok)
        return fb.last.pointer.empty() ? fb.last.message : fb.last.pointer + ": " + fb.last.message;
    return "";
}

std::string unknown(const char* kind, const std::string& id) {
    return std::string("unknown ") + kind + " '" + id + "'";
}

std::string run(std::string_view name, const std::vector<std::string>& w, const std::string& text,
                ui::App& app) {
    if (!app.dataset) return "no dataset is open";
    const Dataset& d = *app.dataset;
    ui::EditRequests& r = app.requests.edits;
    std::string error;
    if (name == "add-tie") {
        core::model::Tie t;
        t.key = core::edit::nextKey(d, core::edit::Table::Ties, "t");
        const auto from = d.findActor(w[0]), to = d.findActor(w[1]);
        const auto type = d.tieTypeByKey.find(w[2]);
        const auto source = d.findSource(w[5]);
        if (!from) return unknown("actor", w[0]);
        if (!to) return unknown("actor", w[1]);
        if (type == d.tieTypeByKey.end()) return unknown("tie type", w[2]);
        if (!source) return unknown("source", w[5]);
        t.from = *from;
        t.to = *to;
        t.type = type->second;
        core::calendar::Span s;
        if (!span(w[3], w[4], s, error)) return error;
        t.spans = {s};
        core::model::Claim claim;
        claim.source = *source;
        if (w.size() > 6) claim.locator = w[6];
        t.claims = {claim};
        r.edit = core::edit::insertTie(d, std::move(t));
        return applyNow(app);
    }
    if (name == "set-tie-span") {
        const auto tie = d.findTie(w[0]);
        if (!tie) return unknown("tie", w[0]);
        std::size_t index = 0;
        const auto [end, ec] = std::from_chars(w[1].data(), w[1].data() + w[1].size(), index);
        core::model::Tie t = d.tie(*tie);
        if (ec != std::errc() || end != w[1].data() + w[1].size() || index >= t.spans.size())
            return "tie " + w[0] + " has no span '" + w[1] + "' (it has " + std::to_string(t.spans.size()) +
                   ", counted from 0)";
        if (!span(w[2], w[3], t.spans[index], error)) return error;
        r.edit = core::edit::replaceTie(d, *tie, std::move(t));
        return applyNow(app);
    }
    if (name == "delete-tie") {
        const auto tie = d.findTie(w[0]);
        if (!tie) return unknown("tie", w[0]);
        r.edit = core::edit::eraseTie(d, *tie);
        return applyNow(app);
    }
    if (name == "add-claim") {
        const auto tie = d.findTie(w[0]);
        const auto source = d.findSource(w[1]);
        if (!tie) return unknown("tie", w[0]);
        if (!source) return unknown("source", w[1]);
        core::model::Claim claim;
        claim.source = *source;
        claim.locator = w[2];
        if (w.size() > 3) claim.quote = w[3];
        r.edit = core::edit::insertClaim(d, *tie, std::move(claim));
        return applyNow(app);
    }
    if (name == "undo" || name == "redo") {
        (name == "undo" ? r.undo : r.redo) = true;
        return applyNow(app);
    }
    if (name == "save") {
        if (w.empty())
            r.save = true;
        else
            r.saveAs = w[0];
        return applyNow(app, true);
    }
    if (name == "restore") {
        if (!app.editing.pendingRestore()) return "there are no unsaved edits to restore";
        r.restore = text == "yes";
        return applyNow(app);
    }
    if (name == "file-changed") {
        if (!app.editing.reloadDecisionNeeded())
            return "the file has not changed on disk while edits are unsaved";
        r.keepEdits = text == "keep";
        ui::applyEditRequests(app);
        return "";
    }
    return std::string(name) + " has no runner";
}

} // namespace

bool isEditCommand(std::string_view name) {
    for (const std::string_view c : kEditCommands)
        if (c == name) return true;
    return false;
}

std::string runEditCommand(const commands::ScriptLine& line, ui::App& app) {
    return run(line.command->name, line.args.words, line.args.text, app);
}

} // namespace tieline::gui
