// The editing UI's script commands: the inspector's forms and the new-tie popup driven by name.
#include "gui/editor_script_commands.hpp"

#include "ui/app_state.hpp"
#include "ui/edit_panels.hpp"

namespace tieline::gui {

namespace {

using core::edit::Table;

constexpr std::string_view kCommands[] = {"edit", "edit-field", "drag-tie", "drag-tie-add"};

std::optional<Table> tableNamed(std::string_view name) {
    if (name == "actor") return Table::Actors;
    if (name == "tie") return Table::Ties;
    if (name == "source") return Table::Sources;
    return std::nullopt;
}

// edit-field TABLE ID FIELD TEXT: selects the item, opens its form and commits TEXT in the field.
std::string editField(const std::vector<std::string>& w, ui::App& app) {
    const core::model::Dataset& d = *app.dataset;
    const auto table = tableNamed(w[0]);
    if (!table) return "edit-field: TABLE is actor, tie or source, found '" + w[0] + "'";
    const auto field = ui::fieldByName(*table, w[2]);
    if (!field) return "edit-field: no field '" + w[2] + "' in the " + w[0] + " form";
    ui::UiState& ui = app.ui;
    std::string key;
    if (*table == Table::Ties) {
        const auto t = d.findTie(w[1]);
        if (!t) return "unknown tie '" + w[1] + "'";
        ui::selectTie(ui, *t);
        key = ui::fieldKey("tie", t->index(), *field);
    } else if (*table == Table::Actors) {
        const auto a = d.findActor(w[1]);
        if (!a) return "unknown actor '" + w[1] + "'";
        ui::selectActor(ui, *a);
        ui.editor.member = *a;
        key = ui::fieldKey("actor", a->index(), *field);
    } else {
        const auto s = d.findSource(w[1]);
        if (!s) return "unknown source '" + w[1] + "'";
        ui.editor.showSources = true;
        ui.editor.editedSource = int(s->index());
        key = ui::fieldKey("source", s->index(), *field);
    }
    ui.editor.editing = true;
    ui::commitField(ui, app.requests, key, w[3], ui::editFieldByName(d, *table, w[1], *field, w[3]));
    return "";
}

// drag-tie FROM TO [TYPE] [SOURCE] [LOCATOR]: the popup a drag from FROM released over TO opens.
std::string dragTie(const std::vector<std::string>& w, ui::App& app) {
    const core::model::Dataset& d = *app.dataset;
    const auto from = d.findActor(w[0]), to = d.findActor(w[1]);
    if (!from) return "unknown actor '" + w[0] + "'";
    if (!to) return "unknown actor '" + w[1] + "'";
    ui::beginAddTie(app, app.ui, *from, *to);
    ui::AddTieState& s = app.ui.editor.addTie;
    if (w.size() > 2) {
        const auto type = d.tieTypeByKey.find(w[2]);
        if (type == d.tieTypeByKey.end()) return "unknown tie type '" + w[2] + "'";
        s.type = int(type->second.index());
    }
    if (w.size() > 3) {
        const auto source = d.findSource(w[3]);
        if (!source) return "unknown source '" + w[3] + "'";
        s.source = int(source->index());
    }
    if (w.size() > 4) s.locator = w[4];
    return "";
}

} // namespace

bool isEditorCommand(std::string_view name) {
    for (const std::string_view c : kCommands)
        if (c == name) return true;
    return false;
}

std::string runEditorCommand(const commands::ScriptLine& line, ui::App& app) {
    if (!app.dataset) return "no dataset is open";
    const std::string_view name = line.command->name;
    if (name == "edit") {
        app.ui.editor.editing = line.args.text == "on";
        if (app.ui.editor.editing && (app.ui.selectedTie || app.ui.selectedActor))
            ui::showSideTab(app.ui, ui::SideTab::Inspector);
        return "";
    }
    if (name == "edit-field") return editField(line.args.words, app);
    if (name == "drag-tie") return dragTie(line.args.words, app);
    if (name == "drag-tie-add") {
        if (!app.ui.editor.addTie.open && !app.ui.editor.addTie.requested)
            return "drag-tie-add: no new-tie popup is open";
        ui::submitAddTie(app, app.ui, app.requests);
        return app.ui.editor.addTie.error.empty() ? "" : "drag-tie-add: " + app.ui.editor.addTie.error;
    }
    return std::string(name) + " has no runner";
}

} // namespace tieline::gui
