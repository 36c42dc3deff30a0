// The window's merges (README, "Merges and groups"): which of the dataset's merges are on, the
// user's own "Show as one" merges, the collapsed groups and the hulls; and the merged dataset the
// map, the layout, exports and the charts all show (core/scene/merge_view.hpp). No GL, no ImGui.
#pragma once

#include "core/scene/merge_view.hpp"

#include <vector>

namespace tieline::ui {

struct App;
struct AppView;
struct UiState;

struct MergeState {
    std::vector<char> defaultOff;                // by index of dataset.merges: turned off
    std::vector<core::scene::MergeRule> added;   // "Show as one" (inspector, script)
    std::vector<core::model::GroupId> collapsed; // groups shown as one node
    bool hulls = false;                          // View > Group hulls
};

// The view the window shows now: the dataset's merges not turned off, then the user's, then the
// collapsed groups.
core::scene::ViewMerges currentView(const AppView& app, const UiState& ui);

// What the window draws, lays out and exports: the merged dataset when the view merges anything,
// else the dataset itself. Only with a dataset open.
const core::model::Dataset& shownDataset(const AppView& app);

// Rebuilds app.shown when the view or the dataset changed since it was built; bumps
// app.viewGeneration then (the layout and the label glyphs follow it).
void updateShown(App& app);

// [SECTION] edits, from the View menu, the inspector and scripts
// Shows `from` as part of `into` (a dataset merge turned back on, or a merge of the user's).
void showAsOne(const AppView& app, UiState& ui, core::model::ActorId from, core::model::ActorId into);
// Shows `actor` apart again: turns off every merge of it, the dataset's and the user's.
void showApart(const AppView& app, UiState& ui, core::model::ActorId actor);
void setCollapsed(UiState& ui, core::model::GroupId group, bool collapsed);
bool isCollapsed(const UiState& ui, core::model::GroupId group);
// The actors shown as part of `actor`'s node (not itself), in actor order; empty when none.
std::vector<core::model::ActorId> mergedInto(const AppView& app, const UiState& ui,
                                             core::model::ActorId actor);

} // namespace tieline::ui
