// Filters: tie types and groups to show (doubling as the legend), the minimum confidence, absent
// actors, and whether labels show native-script names.
#include "ui/panels.hpp"

#include <imgui.h>

namespace tieline::ui {

namespace {

// One checkbox per entry of a legend; `hidden` is indexed like the entries.
template <class Items> void legendChecks(const char* title, const Items& items, std::vector<char>& hidden) {
    hidden.resize(items.size(), 0);
    ImGui::TextUnformatted(title);
    for (std::size_t i = 0; i < items.size(); ++i) {
        ImGui::PushID(int(i));
        bool shown = !hidden[i];
        colorSwatch(items[i].color);
        if (ImGui::Checkbox(items[i].label.c_str(), &shown)) hidden[i] = !shown;
        if (ImGui::IsItemHovered() && !items[i].description.empty())
            ImGui::SetTooltip("%s", items[i].description.c_str());
        ImGui::PopID();
    }
}

} // namespace

void drawFiltersTab(const AppView& app, UiState& ui, Requests&) {
    const core::model::Dataset& data = *app.dataset;
    core::scene::SceneFilter& f = ui.filter;
    ImGui::PushID("types");
    legendChecks("Tie types", data.tieTypes, f.hiddenTieTypes);
    ImGui::PopID();
    ImGui::Separator();
    ImGui::PushID("groups");
    legendChecks("Groups", data.groups, f.hiddenGroups);
    ImGui::PopID();
    ImGui::Separator();
    const char* levels[] = {"all (contested too)", "low and above", "medium and above", "high only"};
    int level = int(f.minConfidence);
    ImGui::SetNextItemWidth(200);
    if (ImGui::Combo("Minimum confidence", &level, levels, 4))
        f.minConfidence = core::model::Confidence(level);
    ImGui::Checkbox("Hide absent actors", &f.hideAbsent);
    ImGui::Checkbox("Native-script names on labels", &ui.showNative);
    ImGui::TextDisabled("Dashed ties: approximate dates, or low or contested confidence.");
    if (ImGui::Button("Show everything")) f = {};
}

} // namespace tieline::ui
