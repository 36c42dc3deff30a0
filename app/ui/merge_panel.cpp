// The window's merge controls: View > Merges and groups (the dataset's merges on and off, the
// user's, collapsed groups, hulls) and the inspector's "Show as one" row for an actor.
#include "ui/panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace tieline::ui {

void drawMergesMenu(const AppView& app, UiState& ui) {
    if (!ImGui::BeginMenu("Merges and groups", app.dataset.has_value())) return;
    const core::model::Dataset& data = *app.dataset;
    ImGui::MenuItem("Group hulls", nullptr, &ui.merges.hulls);
    ImGui::Separator();
    ImGui::TextDisabled("Shown as one (a view: the data keep every actor)");
    ui.merges.defaultOff.resize(data.merges.size(), 0);
    for (std::size_t i = 0; i < data.merges.size(); ++i) {
        const core::model::DefaultMerge& m = data.merges[i];
        const std::string label =
            data.actor(m.actor).name + " as part of " + data.actor(m.into).name + "##d" + std::to_string(i);
        bool on = !ui.merges.defaultOff[i];
        if (ImGui::MenuItem(label.c_str(), nullptr, &on)) ui.merges.defaultOff[i] = on ? 0 : 1;
        if (!m.note.empty() && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
            ImGui::TextUnformatted(m.note.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    for (std::size_t i = 0; i < ui.merges.added.size(); ++i) {
        const core::scene::MergeRule m = ui.merges.added[i];
        if (m.from.index() >= data.actors.size() || m.into.index() >= data.actors.size()) continue;
        const std::string label =
            data.actor(m.from).name + " as part of " + data.actor(m.into).name + "##u" + std::to_string(i);
        if (ImGui::MenuItem(label.c_str(), nullptr, true)) {
            ui.merges.added.erase(ui.merges.added.begin() + std::ptrdiff_t(i));
            break;
        }
    }
    if (data.merges.empty() && ui.merges.added.empty())
        ImGui::TextDisabled("(none: select an actor, then \"Show as one with\" in the inspector)");
    ImGui::Separator();
    if (ImGui::BeginMenu("Collapse a group into one node", !data.groups.empty())) {
        for (std::size_t g = 0; g < data.groups.size(); ++g) {
            const core::model::GroupId id(static_cast<std::uint32_t>(g));
            bool collapsed = isCollapsed(ui, id);
            if (ImGui::MenuItem(data.groups[g].label.c_str(), nullptr, &collapsed))
                setCollapsed(ui, id, collapsed);
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}

void drawActorMerges(const AppView& app, UiState& ui, core::model::ActorId id) {
    const core::model::Dataset& data = *app.dataset;
    const std::vector<core::model::ActorId> members = mergedInto(app, ui, id);
    for (core::model::ActorId m : members) {
        ImGui::PushID(int(m.index()));
        ImGui::TextWrapped("Shown as one with %s", data.actor(m).name.c_str());
        if (ImGui::SmallButton("Show apart")) showApart(app, ui, m);
        ImGui::PopID();
    }
    const std::vector<std::uint32_t> rep = core::scene::representatives(data, currentView(app, ui));
    if (rep[id.index()] != id.index()) {
        ImGui::TextWrapped("Shown as part of %s",
                           data.actor(core::model::ActorId(rep[id.index()])).name.c_str());
        if (ImGui::SmallButton("Show apart")) showApart(app, ui, id);
        return;
    }
    ImGui::SetNextItemWidth(std::min(220.0f, ImGui::GetContentRegionAvail().x * 0.5f));
    if (ImGui::BeginCombo("Show as one with", "(choose an actor)")) {
        for (std::size_t i = 0; i < data.actors.size(); ++i) {
            if (i == id.index() || rep[i] != i) continue;
            ImGui::PushID(int(i));
            if (ImGui::Selectable(data.actors[i].name.c_str()))
                showAsOne(app, ui, id, core::model::ActorId(static_cast<std::uint32_t>(i)));
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Draw this actor and its ties as part of another's node, on the map,\n"
                          "in exports and in the charts (a view: the data do not change)");
    const core::model::Actor& actor = data.actor(id);
    if (data.group(actor.group)) {
        bool collapsed = isCollapsed(ui, actor.group);
        if (ImGui::Checkbox("Collapse its group into one node", &collapsed))
            setCollapsed(ui, actor.group, collapsed);
    }
}

} // namespace tieline::ui
