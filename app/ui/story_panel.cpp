// Stories: the caption of the current stop over the canvas, with previous/next; and the search
// window (Ctrl+F) that finds an actor by any of its names and focuses it.
#include "ui/panels.hpp"

#include "core/model/search.hpp"

#include <imgui.h>

namespace tieline::ui {

void drawStoryCaption(const AppView& app, UiState& ui, Requests&, const PanelLayout& layout) {
    if (!app.dataset || ui.story < 0 || std::size_t(ui.story) >= app.dataset->stories.size()) return;
    const core::model::Story& story = app.dataset->stories[std::size_t(ui.story)];
    if (ui.stop < 0 || std::size_t(ui.stop) >= story.stops.size()) return;
    const core::model::StoryStop& stop = story.stops[std::size_t(ui.stop)];
    const float width = std::min(560.0f, layout.canvasWidth() - 32);
    ImGui::SetNextWindowPos(ImVec2(layout.x + 16, layout.y + 16));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::SetNextWindowBgAlpha(0.88f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("##story-caption", nullptr, flags)) {
        ImGui::TextDisabled("%s  \xC2\xB7  stop %d of %zu  \xC2\xB7  %s", story.title.c_str(), ui.stop + 1,
                            story.stops.size(), stop.date.toString().c_str());
        ImGui::SetWindowFontScale(1.25f);
        ImGui::TextWrapped("%s", stop.title.c_str());
        ImGui::SetWindowFontScale(1.0f);
        ImGui::TextWrapped("%s", stop.caption.c_str());
        if (ImGui::Button("< Previous") && ui.stop > 0) previousStop(app, ui);
        ImGui::SameLine();
        if (ImGui::Button("Next >")) nextStop(app, ui);
        ImGui::SameLine();
        if (ImGui::Button("Close story")) ui.story = ui.stop = -1;
    }
    ImGui::End();
}

void drawSearchWindow(const AppView& app, UiState& ui, Requests&) {
    if (!ui.showSearch || !app.dataset) return;
    ImGui::SetNextWindowSize(ImVec2(360, 0), ImGuiCond_Appearing);
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(ImVec2(center.x, 80), ImGuiCond_Appearing, ImVec2(0.5f, 0.0f));
    if (ImGui::Begin("Find an actor", &ui.showSearch, ImGuiWindowFlags_NoCollapse)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(-1);
        const bool enter = ImGui::InputTextWithHint("##search", "name, spelling or native script", ui.search,
                                                    sizeof ui.search, ImGuiInputTextFlags_EnterReturnsTrue);
        const auto hits = core::model::searchActors(*app.dataset, ui.search);
        const auto focus = [&](core::model::ActorId id) {
            selectActor(ui, id);
            ui.frameRequest = {id};
            ui.showSearch = false;
        };
        if (enter && !hits.empty()) focus(hits.front());
        for (std::size_t i = 0; i < hits.size() && i < 12; ++i) {
            const core::model::Actor& a = app.dataset->actor(hits[i]);
            const std::string label = a.name + (a.native.empty() ? "" : "   " + a.native);
            ImGui::PushID(int(i));
            if (ImGui::Selectable(label.c_str())) focus(hits[i]);
            ImGui::PopID();
        }
        if (ui.search[0] != '\0' && hits.empty()) ImGui::TextDisabled("No actor matches.");
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ui.showSearch = false;
    }
    ImGui::End();
}

} // namespace tieline::ui
