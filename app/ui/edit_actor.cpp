// The inspector's actor form: names in both scripts, variants, kind, group, description, presence
// spans, note; under a merge, the member being edited; add an actor; delete.
#include "ui/edit_panels.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace tieline::ui {

void drawActorEditor(const AppView& app, UiState& ui, Requests& requests, core::model::ActorId shownId) {
    const core::model::Dataset& data = *app.dataset;
    // A merged node expands for editing: its members are listed and one is edited at a time.
    std::vector<core::model::ActorId> members = mergedInto(app, ui, shownId);
    core::model::ActorId id = shownId;
    if (!members.empty()) {
        members.insert(members.begin(), shownId);
        if (!ui.editor.member ||
            std::find(members.begin(), members.end(), *ui.editor.member) == members.end())
            ui.editor.member = shownId;
        id = *ui.editor.member;
        ImGui::TextWrapped("This node stands for %zu actors; editing:", members.size());
        for (const core::model::ActorId m : members) {
            ImGui::PushID(int(m.index()));
            if (ImGui::RadioButton(data.actor(m).name.c_str(), m == id)) ui.editor.member = m;
            ImGui::PopID();
        }
    }
    const core::model::Actor& actor = data.actor(id);
    const std::size_t index = id.index();
    const auto f = [&](ActorField field, FieldKind kind = FieldKind::Line, const char* hint = nullptr) {
        editField(
            ui, requests, fieldKey("actor", index, int(field)), fieldLabel(field),
            fieldText(data, actor, field),
            [&data, id, field](std::string_view text) { return editActorField(data, id, field, text); }, kind,
            hint);
    };
    mutedText("Actor " + actor.key + ": each field is one edit (Enter or leave the field)");
    f(ActorField::Name);
    f(ActorField::Native, FieldKind::Line, "in its own script(s)");
    f(ActorField::Variants, FieldKind::Line, "other spellings, comma-separated");
    std::vector<std::pair<std::string, std::string>> kinds;
    for (const char* k : {"person", "faction", "state", "party", "state-party", "military", "movement",
                          "organization", "other"})
        kinds.emplace_back(k, k);
    const auto choice = [&](ActorField field,
                            const std::vector<std::pair<std::string, std::string>>& choices) {
        editChoice(ui, requests, fieldKey("actor", index, int(field)), fieldLabel(field),
                   fieldText(data, actor, field), choices, [&data, id, field](std::string_view text) {
                       return editActorField(data, id, field, text);
                   });
    };
    choice(ActorField::Kind, kinds);
    std::vector<std::pair<std::string, std::string>> groups{{"", "(no group)"}};
    for (const core::model::Group& g : data.groups)
        groups.emplace_back(g.key, g.label);
    choice(ActorField::Group, groups);
    f(ActorField::Description, FieldKind::Multiline);
    f(ActorField::Spans, FieldKind::Line, "empty: present throughout; 1948 .. 1956-08");
    f(ActorField::Note, FieldKind::Multiline);
    ImGui::Spacing();
    addActorButton(ui);
    sameLineIfFits("Delete this actor...");
    if (ImGui::Button("Delete this actor...")) confirmDeletion(ui, {core::edit::Table::Actors, index, 0});
}

void addActorButton(UiState& ui) {
    if (ImGui::Button("Add actor...")) {
        ui.editor.showNewActor = true;
        ui.editor.newActorError.clear();
    }
}

} // namespace tieline::ui
