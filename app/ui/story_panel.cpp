// Stories: the caption of the current stop over the canvas, with previous/next; and the search
// window (Ctrl+F) that finds an actor by any of its names and focuses it.
#include "ui/panels.hpp"

#include "core/model/search.hpp"

#include <imgui.h>

#include <algorithm>

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
    const core::model::Dataset& data = *app.dataset;
    ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_Appearing);
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(ImVec2(center.x, 80), ImGuiCond_Appearing, ImVec2(0.5f, 0.0f));
    if (ImGui::Begin("Find", &ui.showSearch, ImGuiWindowFlags_NoCollapse)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(-1);
        const bool enter =
            ImGui::InputTextWithHint("##search", "actor, tie (either end or type), source or event",
                                     ui.search, sizeof ui.search, ImGuiInputTextFlags_EnterReturnsTrue);
        const auto hits = core::model::searchAll(data, ui.search);
        const auto go = [&](const core::model::SearchHit& h) {
            using K = core::model::HitKind;
            switch (h.kind) {
            case K::Actor:
                selectActor(ui, core::model::ActorId(h.index));
                ui.frameRequest = {core::model::ActorId(h.index)};
                break;
            case K::Tie: {
                const core::model::Tie& t = data.ties[h.index];
                selectTie(ui, core::model::TieId(h.index));
                ui.frameRequest = {t.from, t.to};
                // Not drawn now: go to the start of its first span, where it is.
                const bool drawn = std::any_of(app.scene.edges.begin(), app.scene.edges.end(),
                                               [&](const auto& e) { return e.tie.index() == h.index; });
                if (!drawn && !t.spans.empty() && t.spans.front().start)
                    ui.t = clampToRange(data, core::calendar::Time(t.spans.front().start->firstDay()));
                break;
            }
            case K::Source:
                ui.selectedSource = core::model::SourceId(h.index);
                showSideTab(ui, SideTab::Sources);
                break;
            case K::Event: {
                const core::model::Event& e = data.events[h.index];
                ui.t = clampToRange(data, core::calendar::Time(e.date.firstDay()));
                ui.frameRequest = e.actors;
                break;
            }
            }
            ui.showSearch = false;
        };
        if (enter && !hits.empty()) go(hits.front());
        // Up to 8 of each kind, under a heading per kind.
        const char* headings[] = {"Actors", "Ties", "Sources", "Events"};
        int shown[4] = {0, 0, 0, 0}, total[4] = {0, 0, 0, 0};
        for (const auto& h : hits)
            ++total[int(h.kind)];
        int lastKind = -1;
        for (std::size_t i = 0; i < hits.size(); ++i) {
            const auto& h = hits[i];
            const int k = int(h.kind);
            if (shown[k] >= 8) continue;
            if (k != lastKind) {
                if (total[k] > 8)
                    ImGui::TextDisabled("%s (8 of %d)", headings[k], total[k]);
                else
                    ImGui::TextDisabled("%s", headings[k]);
                lastKind = k;
            }
            ++shown[k];
            std::string label;
            switch (h.kind) {
            case core::model::HitKind::Actor: {
                const core::model::Actor& a = data.actors[h.index];
                label = a.name + (a.native.empty() ? "" : "   " + a.native);
                break;
            }
            case core::model::HitKind::Tie: {
                const core::model::Tie& t = data.ties[h.index];
                const core::model::TieType& type = data.tieType(t.type);
                label = data.actor(t.from).name + (data.isDirected(t) ? " \xE2\x86\x92 " : " \xE2\x80\x93 ") +
                        data.actor(t.to).name + "  (" + (type.label.empty() ? type.key : type.label) + ")";
                break;
            }
            case core::model::HitKind::Source: {
                const core::model::Source& s = data.sources[h.index];
                label = s.title.empty() ? s.key : s.title;
                if (!s.archiveLocation.empty()) label += "  [" + s.archiveLocation + "]";
                break;
            }
            case core::model::HitKind::Event: {
                const core::model::Event& e = data.events[h.index];
                label = e.date.toString() + "  " + e.title;
                break;
            }
            }
            ImGui::PushID(int(i));
            ImGui::PushTextWrapPos(0.0f);
            if (ImGui::Selectable(label.c_str())) go(h);
            ImGui::PopTextWrapPos();
            ImGui::PopID();
        }
        if (ui.search[0] != '\0' && hits.empty()) ImGui::TextDisabled("Nothing matches.");
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ui.showSearch = false;
    }
    ImGui::End();
}

} // namespace tieline::ui
