// The timeline: the date in large type, play/pause and speed, stories, a month-resolution slider
// with year ticks and event markers (hover for the title, click to jump), and a strip chart of
// active ties (or, with an actor selected, of that actor's tie strengths).
#include "ui/panels.hpp"

#include "core/model/active.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace tieline::ui {

namespace {

// Months since year 0, so that a slider value maps to a month and back without drift.
int monthIndex(core::calendar::Time t) {
    const core::calendar::CivilDay c =
        core::calendar::civilFromDays(static_cast<core::calendar::DayNumber>(std::floor(t)));
    return c.year * 12 + (c.month - 1);
}

core::calendar::Time monthStart(int index) {
    return core::calendar::daysFromCivil(index / 12, index % 12 + 1, 1);
}

struct Axis {
    float x0, x1;
    double t0, t1;
    float xOf(double t) const { return x0 + float((t - t0) / (t1 - t0)) * (x1 - x0); }
    double tOf(float x) const { return t0 + double(x - x0) / double(x1 - x0) * (t1 - t0); }
};

void yearTicks(ImDrawList* draw, const Axis& axis, float y) {
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const core::calendar::CivilDay first = core::calendar::civilFromDays(core::calendar::DayNumber(axis.t0));
    const core::calendar::CivilDay last =
        core::calendar::civilFromDays(core::calendar::DayNumber(axis.t1) - 1);
    const int years = last.year - first.year + 1;
    const int labelEvery = years > 40 ? 10 : years > 20 ? 5 : years > 10 ? 2 : 1;
    for (int year = first.year; year <= last.year + 1; ++year) {
        const double t = core::calendar::daysFromCivil(year, 1, 1);
        if (t < axis.t0 || t > axis.t1) continue;
        const float x = axis.xOf(t);
        const bool labelled = year % labelEvery == 0;
        draw->AddLine(ImVec2(x, y), ImVec2(x, y + (labelled ? 7.0f : 4.0f)), color);
        if (labelled) {
            char text[16];
            std::snprintf(text, sizeof text, "%d", year);
            const float tw = ImGui::CalcTextSize(text).x;
            draw->AddText(ImVec2(std::clamp(x - tw / 2, axis.x0, axis.x1 - tw), y + 7), color, text);
        }
    }
}

// Event markers: small triangles above the slider.
void eventMarkers(const AppView& app, UiState& ui, const Axis& axis, float y) {
    const core::model::Dataset& data = *app.dataset;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const core::model::Event* hovered = nullptr;
    for (const core::model::Event& e : data.events) {
        const double t = e.date.firstDay();
        if (t < axis.t0 || t >= axis.t1) continue;
        const float x = axis.xOf(t);
        const bool near =
            std::abs(mouse.x - x) <= 4 && mouse.y >= y - 9 && mouse.y <= y + 2 && ImGui::IsWindowHovered();
        const ImU32 color = ImGui::GetColorU32(near ? ImGuiCol_PlotLinesHovered : ImGuiCol_PlotLines);
        draw->AddTriangleFilled(ImVec2(x - 4, y - 8), ImVec2(x + 4, y - 8), ImVec2(x, y), color);
        if (near) hovered = &e;
    }
    if (hovered) {
        ImGui::SetTooltip("%s  %s\n%s", hovered->date.toString().c_str(), hovered->title.c_str(),
                          "click to go there");
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            ui.t = clampToRange(data, hovered->date.firstDay());
            ui.playing = false;
        }
    }
}

// Active ties per month as bars; with an actor selected, the sum of its tie strengths instead.
void stripChart(const AppView& app, UiState& ui, const Axis& axis, float y, float height) {
    const core::model::Dataset& data = *app.dataset;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const std::size_t months = app.activeTiesByMonth.size();
    if (months == 0) return;
    std::vector<float> values(months, 0.0f);
    core::calendar::DayNumber day = data.rangeBegin();
    for (std::size_t m = 0; m < months; ++m, day = core::calendar::addMonths(day, 1)) {
        if (!ui.selectedActor) {
            values[m] = float(app.activeTiesByMonth[m]);
            continue;
        }
        for (const core::model::Tie& tie : data.ties)
            if ((tie.from == *ui.selectedActor || tie.to == *ui.selectedActor) &&
                core::model::tieSpanAt(data, tie, day + 14))
                values[m] += float(core::model::strengthAt(tie, day + 14));
    }
    const float top = std::max(1.0f, *std::max_element(values.begin(), values.end()));
    const ImU32 bar = ImGui::GetColorU32(ImGuiCol_PlotHistogram, 0.55f);
    const float w = (axis.x1 - axis.x0) / float(months);
    for (std::size_t m = 0; m < months; ++m) {
        const float h = height * values[m] / top;
        draw->AddRectFilled(ImVec2(axis.x0 + w * float(m), y + height - h),
                            ImVec2(axis.x0 + w * float(m + 1) - 0.5f, y + height), bar);
    }
    const float now = axis.xOf(ui.t);
    draw->AddLine(ImVec2(now, y), ImVec2(now, y + height), ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
    const bool sparkline = drawActorSparkline(app, ui, axis.x0, axis.x1, y, y + height);
    const std::string label =
        !ui.selectedActor ? "active ties"
        : sparkline ? "bars: strength of the selected actor's ties \xC2\xB7 line: its " + sparklineName(ui)
                    : "strength of the selected actor's ties";
    // A backing so the label stays readable over the bars and the sparkline.
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    draw->AddRectFilled(ImVec2(axis.x0 + 2, y), ImVec2(axis.x0 + 6 + size.x, y + size.y),
                        ImGui::GetColorU32(ImGuiCol_WindowBg, 0.75f), 3.0f);
    draw->AddText(ImVec2(axis.x0 + 4, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), label.c_str());
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
                                   ImGuiWindowFlags_NoScrollbar;
    if (!ImGui::Begin("Timeline", nullptr, flags) || !app.dataset) {
        if (!app.dataset)
            ImGui::TextDisabled("No dataset open. File > Open... or drop a .json file on the window.");
        ImGui::End();
        return;
    }
    const core::model::Dataset& data = *app.dataset;
    ImGui::SetWindowFontScale(1.6f);
    ImGui::TextUnformatted(core::calendar::formatMonthYear(ui.t).c_str());
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

    ImGui::Dummy(ImVec2(1, 8)); // room for the event markers above the slider
    int month = monthIndex(ui.t);
    ImGui::SetNextItemWidth(-1);
    const std::string label = core::calendar::formatMonthYear(ui.t);
    if (ImGui::SliderInt("##time", &month, monthIndex(data.rangeBegin()), monthIndex(data.rangeEnd() - 1),
                         label.c_str())) {
        ui.t = clampToRange(data, monthStart(month));
        ui.playing = false;
    }
    const ImVec2 sliderMin = ImGui::GetItemRectMin(), sliderMax = ImGui::GetItemRectMax();
    const float grab = ImGui::GetStyle().GrabMinSize * 0.5f + ImGui::GetStyle().FramePadding.x;
    const Axis axis{sliderMin.x + grab, sliderMax.x - grab, double(data.rangeBegin()),
                    double(data.rangeEnd())};
    eventMarkers(app, ui, axis, sliderMin.y - 1);
    yearTicks(ImGui::GetWindowDrawList(), axis, sliderMax.y + 2);
    ImGui::Dummy(ImVec2(1, 22));
    const float chartTop = ImGui::GetCursorScreenPos().y;
    const float chartHeight =
        std::max(20.0f, ImGui::GetWindowPos().y + ImGui::GetWindowHeight() - chartTop - 8);
    stripChart(app, ui, axis, chartTop, chartHeight);
    ImGui::InvisibleButton("##strip", ImVec2(sliderMax.x - sliderMin.x, chartHeight));
    if (ImGui::IsItemActive()) {
        ui.t = clampToRange(data, axis.tOf(ImGui::GetIO().MousePos.x));
        ui.playing = false;
    }
    ImGui::End();
}

} // namespace tieline::ui
