// The window's merges and the merged dataset it shows.
#include "ui/merge_state.hpp"

#include "ui/app_state.hpp"

#include <algorithm>

namespace tieline::ui {

core::scene::ViewMerges currentView(const AppView& app, const UiState& ui) {
    core::scene::ViewMerges view;
    if (!app.dataset) return view;
    const core::model::Dataset& data = *app.dataset;
    for (std::size_t i = 0; i < data.merges.size(); ++i)
        if (i >= ui.merges.defaultOff.size() || !ui.merges.defaultOff[i])
            view.merges.push_back({data.merges[i].actor, data.merges[i].into});
    for (const core::scene::MergeRule& m : ui.merges.added)
        if (m.from.index() < data.actors.size() && m.into.index() < data.actors.size())
            view.merges.push_back(m);
    for (core::model::GroupId g : ui.merges.collapsed)
        if (g.index() < data.groups.size()) view.collapsed.push_back(g);
    return view;
}

const core::model::Dataset& shownDataset(const AppView& app) {
    // Built for this dataset: the same tables (updateShown rebuilds it after every change).
    const bool current = app.shown && app.shown->actors.size() == app.dataset->actors.size() &&
                         app.shown->ties.size() == app.dataset->ties.size() &&
                         app.shown->groups.size() == app.dataset->groups.size();
    return current ? *app.shown : *app.dataset;
}

void updateShown(App& app) {
    if (!app.dataset) {
        if (app.shown) ++app.viewGeneration;
        app.shown.reset();
        app.shownView = {};
        return;
    }
    const core::scene::ViewMerges view = currentView(app, app.ui);
    // Any change to the dataset may change the merged one (names, ties, groups).
    if (app.shownBuilt.built && !app.shownBuilt.stale(app.changes, kEverything) && view == app.shownView)
        return;
    if (view.empty())
        app.shown.reset();
    else
        app.shown = core::scene::mergedDataset(*app.dataset, view);
    app.shownView = view;
    app.shownBuilt.markBuilt(app.changes);
    ++app.viewGeneration;
}

void showAsOne(const AppView& app, UiState& ui, core::model::ActorId from, core::model::ActorId into) {
    if (!app.dataset || from == into) return;
    const core::model::Dataset& data = *app.dataset;
    for (std::size_t i = 0; i < data.merges.size(); ++i)
        if (data.merges[i].actor == from && data.merges[i].into == into) {
            if (i < ui.merges.defaultOff.size()) ui.merges.defaultOff[i] = 0;
            return;
        }
    const core::scene::MergeRule rule{from, into};
    if (std::find(ui.merges.added.begin(), ui.merges.added.end(), rule) == ui.merges.added.end())
        ui.merges.added.push_back(rule);
}

void showApart(const AppView& app, UiState& ui, core::model::ActorId actor) {
    if (!app.dataset) return;
    const core::model::Dataset& data = *app.dataset;
    ui.merges.defaultOff.resize(data.merges.size(), 0);
    for (std::size_t i = 0; i < data.merges.size(); ++i)
        if (data.merges[i].actor == actor) ui.merges.defaultOff[i] = 1;
    std::erase_if(ui.merges.added, [&](const core::scene::MergeRule& m) { return m.from == actor; });
}

void setCollapsed(UiState& ui, core::model::GroupId group, bool collapsed) {
    auto& list = ui.merges.collapsed;
    const auto it = std::find(list.begin(), list.end(), group);
    if (collapsed && it == list.end()) list.push_back(group);
    if (!collapsed && it != list.end()) list.erase(it);
}

bool isCollapsed(const UiState& ui, core::model::GroupId group) {
    return std::find(ui.merges.collapsed.begin(), ui.merges.collapsed.end(), group) !=
           ui.merges.collapsed.end();
}

std::vector<core::model::ActorId> mergedInto(const AppView& app, const UiState& ui,
                                             core::model::ActorId actor) {
    std::vector<core::model::ActorId> out;
    if (!app.dataset || actor.index() >= app.dataset->actors.size()) return out;
    const std::vector<std::uint32_t> rep = core::scene::representatives(*app.dataset, currentView(app, ui));
    for (std::size_t i = 0; i < rep.size(); ++i)
        if (i != actor.index() && rep[i] == actor.index())
            out.push_back(core::model::ActorId(std::uint32_t(i)));
    return out;
}

} // namespace tieline::ui
