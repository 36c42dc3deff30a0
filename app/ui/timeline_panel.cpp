// The time slider across the dataset's range at month resolution, with year ticks, the current
// date in large type, play/pause and speed.
#include "ui/panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace tieline::ui {

namespace {

// Months since year 0, so that a slider value maps to a month and back without drift.
int monthIndex(core::Time t) {
    const core::CivilDay c = core::civilFromDays(static_cast<core::DayNumber>(std::floor(t)));
    return c.year * 12 + (c.month - 1);
}

core::Time monthStart(int index) {
    return core::daysFromCivil(index / 12, index % 12 + 1, 1);
}

void drawYearTicks(ImDrawList* draw, ImVec2 min, ImVec2 max, int first, int last) {
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const float width = max.x - min.x;
    const int span = std::max(1, last - first);
    const int years = span / 12 + 1;
    const int labelEvery = years > 40 ? 10 : years > 20 ? 5 : years > 10 ? 2 : 1;
    for (int m = first; m <= last; ++m) {
        if (m % 12 != 0) continue;
        const float x = min.x + width * float(m - first) / float(span);
        const int year = m / 12;
        const bool labelled = year % labelEvery == 0;
        draw->AddLine(ImVec2(x, min.y), ImVec2(x, min.y + (labelled ? 8.0f : 4.0f)), color);
        if (labelled) {
            char text[16];
            std::snprintf(text, sizeof text, "%d", year);
            const float tw = ImGui::CalcTextSize(text).x;
            draw->AddText(ImVec2(std::clamp(x - tw / 2, min.x, max.x - tw), min.y + 9), color, text);
        }
    }
}

} // namespace

void drawTimelinePanel(App& app, const PanelLayout& layout) {
    ImGui::SetNextWindowPos(ImVec2(layout.x, layout.y + layout.height - layout.timelineHeight));
    ImGui::SetNextWindowSize(ImVec2(layout.width, layout.timelineHeight));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                   ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar;
    if (!ImGui::Begin("Timeline", nullptr, flags) || !app.dataset) {
        if (!app.dataset) ImGui::TextDisabled("No dataset open. File > Open... or drop a .json file on the window.");
        ImGui::End();
        return;
    }
    const core::Dataset& data = *app.dataset;
    const int first = monthIndex(data.rangeBegin());
    const int last = monthIndex(data.rangeEnd() - 1);

    // The date, large.
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted(core::formatMonthYear(app.ui.t).c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8);
    ImGui::TextDisabled("%s", core::formatDay(app.ui.t).c_str());

    if (ImGui::Button(app.ui.playing ? "Pause" : "Play", ImVec2(64, 0))) app.ui.playing = !app.ui.playing;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150);
    ImGui::SliderFloat("##speed", &app.ui.monthsPerSecond, 0.5f, 24.0f, "%.1f months/s", ImGuiSliderFlags_Logarithmic);
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &app.ui.loop);
    ImGui::SameLine();
    ImGui::TextDisabled("Space play/pause   Left/Right step a month   Home/End");

    int month = monthIndex(app.ui.t);
    ImGui::SetNextItemWidth(-1);
    const std::string label = core::formatMonthYear(app.ui.t);
    if (ImGui::SliderInt("##time", &month, first, last, label.c_str())) {
        app.ui.t = clampToRange(data, monthStart(month));
        app.ui.playing = false;
    }
    const ImVec2 sliderMin = ImGui::GetItemRectMin();
    const ImVec2 sliderMax = ImGui::GetItemRectMax();
    const float grab = ImGui::GetStyle().GrabMinSize * 0.5f + ImGui::GetStyle().FramePadding.x;
    drawYearTicks(ImGui::GetWindowDrawList(), ImVec2(sliderMin.x + grab, sliderMax.y + 2),
                  ImVec2(sliderMax.x - grab, sliderMax.y + 2), first, last);
    ImGui::End();
}

} // namespace tieline::ui
