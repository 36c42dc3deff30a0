// The timeline: the date in large type, play/pause and speed, stories, the zoom (All, the stretch
// shown, "go to date"); a slider over the visible stretch stepping by its unit (day, week, month,
// year), titled event markers, adaptive ticks, story stops and a brush on the axis; a strip chart
// of active ties (or, with an actor selected, of that actor's tie strengths). The zoom model
// (stretches, units, ticks, label layout) is ui/timeline_zoom.cpp; the axis under the slider is
// ui/timeline_axis.cpp.
#include "ui/panels.hpp"

#include "core/model/active.hpp"
#include "ui/timeline_axis.hpp"
#include "ui/timeline_zoom.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace tieline::ui {

namespace {

using timeline::Axis;

// Slider positions: whole units counted from the unit that holds the stretch's first day.
int unitIndex(core::calendar::Time t, TimeUnit unit, core::calendar::Time origin) {
    const core::calendar::DayNumber from = unitStart(origin, unit), at = unitStart(t, unit);
    const core::calendar::CivilDay a = core::calendar::civilFromDays(from),
                                   b = core::calendar::civilFromDays(at);
    switch (unit) {
    case TimeUnit::Day:
        return at - from;
    case TimeUnit::Week:
        return (at - from) / 7;
    case TimeUnit::Month:
        return (b.year - a.year) * 12 + (b.month - a.month);
    case TimeUnit::Year:
        return b.year - a.year;
    }
    return 0;
}

core::calendar::DayNumber unitAt(int index, TimeUnit unit, core::calendar::Time origin) {
    const core::calendar::DayNumber from = unitStart(origin, unit);
    switch (unit) {
    case TimeUnit::Day:
        return from + index;
    case TimeUnit::Week:
        return from + 7 * index;
    case TimeUnit::Month:
        return core::calendar::addMonths(from, index);
    case TimeUnit::Year:
        return core::calendar::addMonths(from, 12 * index);
    }
    return from;
}

// The zoom controls: All, the stretch shown and its step, and the "go to date" field.
void zoomControls(const AppView& app, UiState& ui) {
    const core::model::Dataset& data = *app.dataset;
    static char field[16] = "";
    static std::string error;
    ImGui::SameLine(0, 24);
    if (ImGui::Button("All")) setZoom(data, ui, {});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show the whole range on the timeline");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(104);
    if (ImGui::InputTextWithHint("##goto", "go to date", field, sizeof field,
                                 ImGuiInputTextFlags_EnterReturnsTrue))
        error = goToDate(data, ui, field);
    else if (ImGui::IsItemEdited())
        error.clear();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Type a date (1956-08-30, 1956-08 or 1956) and press Enter");
    ImGui::SameLine();
    // Why a date was refused, until the field changes; else the stretch shown and its step.
    if (!error.empty()) {
        ImGui::TextColored(ImVec4(0.95f, 0.45f, 0.4f, 1.0f), "%s", error.c_str());
        return;
    }
    const TimeWindow w = visibleWindow(data, ui);
    const TimeUnit unit = visibleUnit(data, ui);
    const std::string shown = ui.timelineZoom.all() ? std::string("all")
                                                    : core::calendar::formatDay(w.begin) + " \xE2\x80\x93 " +
                                                          core::calendar::formatDay(w.end - 1);
    // The longest form that fits the room left in the row (narrow windows drop the step, then all).
    const std::string full =
        shown + " \xC2\xB7 step: " + unitName(unit) + " (Shift: " + unitName(largerUnit(unit)) + ")";
    const float room = ImGui::GetContentRegionAvail().x;
    if (ImGui::CalcTextSize(full.c_str()).x <= room)
        ImGui::TextDisabled("%s", full.c_str());
    else if (ImGui::CalcTextSize(shown.c_str()).x <= room)
        ImGui::TextDisabled("%s", shown.c_str());
    else
        ImGui::TextUnformatted(""); // the row keeps its height, so what follows stays below it
}

void storyControls(const AppView& app, UiState& ui) {
    const core::model::Dataset& data = *app.dataset;
    if (data.stories.empty()) return;
    ImGui::SameLine(0, 24);
    ImGui::SetNextItemWidth(220);
    const char* preview = ui.story >= 0 ? data.stories[std::size_t(ui.story)].title.c_str() : "Stories...";
    if (ImGui::BeginCombo("##story", preview)) {
        for (std::size_t i = 0; i < data.stories.size(); ++i)
            if (ImGui::Selectable(data.stories[i].title.c_str(), ui.story == int(i)))
                goToStop(app, ui, int(i), 0);
        ImGui::EndCombo();
    }
    if (ui.story >= 0) {
        ImGui::SameLine();
        if (ImGui::ArrowButton("##prev-stop", ImGuiDir_Left)) previousStop(app, ui);
        ImGui::SameLine();
        if (ImGui::ArrowButton("##next-stop", ImGuiDir_Right)) nextStop(app, ui);
    }
}

} // namespace

void drawTimelinePanel(const AppView& app, UiState& ui, Requests&, const PanelLayout& layout) {
    ImGui::SetNextWindowPos(ImVec2(layout.x, layout.y + layout.height - layout.timelineHeight));
    ImGui::SetNextWindowSize(ImVec2(layout.width, layout.timelineHeight));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoTitleBar |
                                   ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    if (!ImGui::Begin("Timeline", nullptr, flags) || !app.dataset) {
        if (!app.dataset)
            ImGui::TextDisabled("No dataset open. File > Open... or drop a .json file on the window.");
        ImGui::End();
        return;
    }
    const core::model::Dataset& data = *app.dataset;
    syncTimeline(data, ui);
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted(formatAt(ui.t, ui.precision).c_str());
    ImGui::SetWindowFontScale(1.0f);
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 8);
    ImGui::TextDisabled("%s", core::calendar::formatDay(ui.t).c_str());
    ImGui::SameLine(0, 24);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() - 6);
    if (ImGui::Button(ui.playing ? "Pause" : "Play", ImVec2(64, 0))) ui.playing = !ui.playing;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150);
    ImGui::SliderFloat("##speed", &ui.monthsPerSecond, 0.5f, 24.0f, "%.1f months/s",
                       ImGuiSliderFlags_Logarithmic);
    ImGui::SameLine();
    ImGui::Checkbox("Loop", &ui.loop);
    storyControls(app, ui);
    zoomControls(app, ui);

    const TimeWindow window = visibleWindow(data, ui);
    const TimeUnit unit = visibleUnit(data, ui);
    // Room above the slider for two rows of event titles and the markers.
    ImGui::Dummy(ImVec2(1, 2 * (ImGui::GetTextLineHeight() + 1) + 12));
    const int last = unitIndex(window.end - 1, unit, window.begin);
    int index = std::clamp(unitIndex(ui.t, unit, window.begin), 0, last);
    ImGui::SetNextItemWidth(-1);
    const std::string label = formatAt(ui.t, ui.precision);
    if (ImGui::SliderInt("##time", &index, 0, last, label.c_str())) {
        ui.t = clampToRange(data, std::max<double>(window.begin, unitAt(index, unit, window.begin)));
        // Shift held: the slider moves by the next larger unit (to its start).
        if (ImGui::GetIO().KeyShift)
            ui.t = clampToRange(data, std::max<double>(window.begin, unitStart(ui.t, largerUnit(unit))));
        ui.playing = false;
    }
    const ImVec2 sliderMin = ImGui::GetItemRectMin(), sliderMax = ImGui::GetItemRectMax();
    const float grab = ImGui::GetStyle().GrabMinSize * 0.5f + ImGui::GetStyle().FramePadding.x;
    const Axis axis{sliderMin.x + grab, sliderMax.x - grab, window.begin, window.end};
    timeline::eventMarkers(app, ui, axis, sliderMin.y - 1);
    const float axisTop = sliderMax.y + 2, axisHeight = 30;
    timeline::axisBrush(app, ui, axis, axisTop, axisHeight);
    timeline::ticks(ImGui::GetWindowDrawList(), axis, axisTop);
    ImGui::SetCursorScreenPos(ImVec2(sliderMin.x, axisTop + axisHeight + 2));
    const float chartTop = ImGui::GetCursorScreenPos().y;
    const float chartHeight =
        std::max(20.0f, ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - chartTop - 8);
    timeline::stripChart(app, ui, axis, chartTop, chartHeight);
    ImGui::InvisibleButton("##strip", ImVec2(sliderMax.x - sliderMin.x, chartHeight));
    if (ImGui::IsItemActive()) {
        ui.t = clampToRange(data, std::clamp(axis.tOf(ImGui::GetIO().MousePos.x), axis.t0, axis.t1 - 1));
        ui.playing = false;
    }
    // The wheel over the slider, the axis or the chart zooms the time axis around the pointer.
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float wheel = ImGui::GetIO().MouseWheel;
    if (wheel != 0 && ImGui::IsWindowHovered() && mouse.x >= axis.x0 && mouse.x <= axis.x1 &&
        mouse.y >= sliderMin.y - 40 && mouse.y <= chartTop + chartHeight)
        setZoom(data, ui,
                zoomAround(ui.timelineZoom, axis.tOf(mouse.x), std::pow(0.8, double(wheel)),
                           data.rangeBegin(), data.rangeEnd()));
    ImGui::End();
}

} // namespace tieline::ui
