// The timeline's axis: ticks, event markers, story stops, the brush and the strip chart.
#include "ui/timeline_axis.hpp"

#include "core/model/active.hpp"
#include "ui/timeline_zoom.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::ui::timeline {

void ticks(ImDrawList* draw, const Axis& axis, float y) {
    const ImU32 color = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const ImU32 strong = ImGui::GetColorU32(ImGuiCol_Text);
    const float charWidth = ImGui::CalcTextSize("0123456789").x / 10.0f + 0.5f;
    for (const Tick& tick : axisTicks({axis.t0, axis.t1}, axis.x1 - axis.x0, charWidth)) {
        const float x = axis.x0 + tick.x;
        draw->AddLine(ImVec2(x, y),
                      ImVec2(x, y + (tick.major           ? 8.0f
                                     : tick.label.empty() ? 3.0f
                                                          : 5.0f)),
                      tick.major ? strong : color);
        if (!tick.label.empty())
            draw->AddText(ImVec2(axis.x0 + tick.labelX, y + 7), tick.major ? strong : color,
                          tick.label.c_str());
    }
}

// Event markers: triangles above the slider, titled where they fit (two rows), grouped with a count
// where they crowd. Hover for the titles; click to go there (a group: zoom to its days).
void eventMarkers(const AppView& app, UiState& ui, const Axis& axis, float y) {
    const core::model::Dataset& data = *app.dataset;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const float dayShift = axis.perDay() >= 5 ? 0.5f : 0.0f; // the middle of the day when days show
    std::vector<std::size_t> shown;
    std::vector<EventMark> marks;
    for (std::size_t i = 0; i < data.events.size(); ++i) {
        const double t = data.events[i].date.firstDay();
        if (t < axis.t0 || t >= axis.t1) continue;
        shown.push_back(i);
        marks.push_back({axis.xOf(t + dayShift), ImGui::CalcTextSize(data.events[i].title.c_str()).x});
    }
    const float rowHeight = ImGui::GetTextLineHeight() + 1;
    const std::vector<EventGroup> groups =
        layoutEventLabels(marks, axis.x0, axis.x1, 2, 9, 8, ImGui::CalcTextSize("00").x + 10);
    const EventGroup* hovered = nullptr;
    const bool windowHovered = ImGui::IsWindowHovered();
    // Leaders from the markers up to the second row's titles, first, so titles sit over them.
    for (const EventGroup& g : groups)
        if (g.labelled && g.row > 0)
            draw->AddLine(ImVec2(g.x, y - 9), ImVec2(g.x, y - 10 - rowHeight * float(g.row)),
                          ImGui::GetColorU32(ImGuiCol_PlotLines, 0.45f));
    for (const EventGroup& g : groups) {
        const bool single = g.members.size() == 1;
        const float labelY = y - 10 - rowHeight * float(g.row + 1);
        bool near = windowHovered && std::abs(mouse.x - g.x) <= (single ? 4.0f : 7.0f) && mouse.y >= y - 10 &&
                    mouse.y <= y + 2;
        if (g.labelled && windowHovered && mouse.x >= g.labelX0 && mouse.x <= g.labelX1 &&
            mouse.y >= labelY && mouse.y < labelY + rowHeight)
            near = true;
        if (near) hovered = &g;
        const ImU32 color = ImGui::GetColorU32(near ? ImGuiCol_PlotLinesHovered : ImGuiCol_PlotLines);
        const float half = single ? 4.0f : 5.5f;
        draw->AddTriangleFilled(ImVec2(g.x - half, y - 8), ImVec2(g.x + half, y - 8), ImVec2(g.x, y), color);
        if (!single) {
            const std::string count = std::to_string(g.members.size());
            const ImVec2 size = ImGui::CalcTextSize(count.c_str());
            const ImVec2 p0(g.x - size.x / 2 - 3, y - 10 - size.y);
            draw->AddRectFilled(p0, ImVec2(p0.x + size.x + 6, p0.y + size.y), color, 4.0f);
            draw->AddText(ImVec2(p0.x + 3, p0.y), ImGui::GetColorU32(ImGuiCol_WindowBg), count.c_str());
        } else if (g.labelled) {
            const core::model::Event& e = data.events[shown[g.members.front()]];
            draw->AddText(ImVec2(g.labelX0, labelY),
                          ImGui::GetColorU32(near ? ImGuiCol_Text : ImGuiCol_TextDisabled), e.title.c_str());
        }
    }
    if (!hovered) return;
    std::string tip;
    double first = 1e18, last = -1e18;
    for (std::size_t m : hovered->members) {
        const core::model::Event& e = data.events[shown[m]];
        tip += e.date.toString() + "  " + e.title + "\n";
        first = std::min(first, double(e.date.firstDay()));
        last = std::max(last, double(e.date.firstDay()));
    }
    const bool zoomIn = hovered->members.size() > 1 && last > first;
    tip += zoomIn ? "click to zoom in on these events" : "click to go there";
    ImGui::SetTooltip("%s", tip.c_str());
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
        if (zoomIn) setZoom(data, ui, brushWindow(first - 3, last + 4, data.rangeBegin(), data.rangeEnd()));
        ui.t = clampToRange(data, first);
        ui.playing = false;
    }
}

// Story stops as small diamonds along the axis (the open story's stronger); hover names them.
// Returns the stop under the pointer as (story, stop), or (-1, -1).
std::pair<int, int> storyStops(const AppView& app, const UiState& ui, const Axis& axis, float y) {
    const core::model::Dataset& data = *app.dataset;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    std::pair<int, int> hovered{-1, -1};
    for (std::size_t s = 0; s < data.stories.size(); ++s) {
        const bool open = ui.story == int(s);
        for (std::size_t i = 0; i < data.stories[s].stops.size(); ++i) {
            const double t = data.stories[s].stops[i].date.firstDay();
            if (t < axis.t0 || t >= axis.t1) continue;
            const float x = axis.xOf(t + (axis.perDay() >= 5 ? 0.5 : 0.0));
            const bool near =
                ImGui::IsWindowHovered() && std::abs(mouse.x - x) <= 4 && std::abs(mouse.y - y) <= 5;
            if (near) hovered = {int(s), int(i)};
            const ImU32 color = ImGui::GetColorU32(near   ? ImGuiCol_Text
                                                   : open ? ImGuiCol_PlotHistogram
                                                          : ImGuiCol_TextDisabled,
                                                   open || near ? 1.0f : 0.7f);
            const float r = open || near ? 4.0f : 3.0f;
            draw->AddQuadFilled(ImVec2(x, y - r), ImVec2(x + r, y), ImVec2(x, y + r), ImVec2(x - r, y),
                                color);
        }
    }
    if (hovered.first >= 0) {
        const core::model::Story& story = data.stories[std::size_t(hovered.first)];
        const core::model::StoryStop& stop = story.stops[std::size_t(hovered.second)];
        ImGui::SetTooltip("%s  %s\n%s, stop %d\nclick to go there", stop.date.toString().c_str(),
                          stop.title.c_str(), story.title.c_str(), hovered.second + 1);
    }
    return hovered;
}

// The axis under the slider: click to go to a day, drag to zoom to the period dragged over (a
// brush), a story stop's diamond to go to that stop.
void axisBrush(const AppView& app, UiState& ui, const Axis& axis, float y, float height) {
    const core::model::Dataset& data = *app.dataset;
    static float pressX = 0;
    ImGui::SetCursorScreenPos(ImVec2(axis.x0, y));
    ImGui::InvisibleButton("##axis", ImVec2(axis.x1 - axis.x0, height));
    const std::pair<int, int> stop = storyStops(app, ui, axis, y + height - 4);
    const float mouseX = std::clamp(ImGui::GetIO().MousePos.x, axis.x0, axis.x1);
    if (ImGui::IsItemActivated()) pressX = mouseX;
    const bool dragged = std::abs(mouseX - pressX) >= 4;
    if (ImGui::IsItemActive() && dragged) {
        const float a = std::min(pressX, mouseX), b = std::max(pressX, mouseX);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(a, y - 24), ImVec2(b, y + height),
                                                  ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
        const std::string span = core::calendar::formatDay(axis.tOf(a)) + " \xE2\x80\x93 " +
                                 core::calendar::formatDay(axis.tOf(b) - 1);
        ImGui::SetTooltip("%s", span.c_str());
    } else if (ImGui::IsItemHovered() && stop.first < 0) {
        ImGui::SetTooltip("%s\nclick: go there \xC2\xB7 drag: zoom to a period \xC2\xB7 wheel: zoom",
                          core::calendar::formatDay(axis.tOf(mouseX)).c_str());
    }
    if (ImGui::IsItemDeactivated()) {
        if (dragged) {
            setZoom(data, ui,
                    brushWindow(std::floor(axis.tOf(std::min(pressX, mouseX))),
                                std::ceil(axis.tOf(std::max(pressX, mouseX))), data.rangeBegin(),
                                data.rangeEnd()));
        } else if (stop.first >= 0) {
            goToStop(app, ui, stop.first, stop.second);
        } else {
            ui.t = clampToRange(data, std::floor(axis.tOf(mouseX)));
        }
        ui.playing = false;
    }
}

// Active ties as bars, per month, or per day when the axis shows days or weeks; with an actor
// selected, the sum of its tie strengths instead. Follows the zoom.
void stripChart(const AppView& app, UiState& ui, const Axis& axis, float y, float height) {
    const core::model::Dataset& data = *app.dataset;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const std::size_t months = app.activeTiesByMonth.size();
    if (months == 0) return;
    // Bins: [start, end) days and a value each.
    struct Bin {
        double start, end;
        float value;
    };
    std::vector<Bin> bins;
    const bool daily = axis.t1 - axis.t0 <= 400;
    const auto actorStrength = [&](core::calendar::Time t) {
        float sum = 0;
        for (const core::model::Tie& tie : data.ties)
            if ((tie.from == *ui.selectedActor || tie.to == *ui.selectedActor) &&
                core::model::tieSpanAt(data, tie, t))
                sum += float(core::model::strengthAt(tie, t));
        return sum;
    };
    if (daily) {
        for (auto day = core::calendar::DayNumber(std::floor(axis.t0)); day < axis.t1; ++day) {
            float value = 0;
            if (ui.selectedActor)
                value = actorStrength(day + 0.5);
            else
                for (const core::model::Tie& tie : data.ties)
                    if (core::model::tieSpanAt(data, tie, day + 0.5)) value += 1;
            bins.push_back({double(day), double(day + 1), value});
        }
    } else {
        core::calendar::DayNumber day = data.rangeBegin();
        for (std::size_t m = 0; m < months; ++m) {
            const core::calendar::DayNumber next = core::calendar::addMonths(day, 1);
            if (next > axis.t0 && day < axis.t1)
                bins.push_back(
                    {double(day), double(next),
                     ui.selectedActor ? actorStrength(day + 14) : float(app.activeTiesByMonth[m])});
            day = next;
        }
    }
    float top = 1.0f;
    for (const Bin& b : bins)
        top = std::max(top, b.value);
    const ImU32 bar = ImGui::GetColorU32(ImGuiCol_PlotHistogram, 0.55f);
    draw->PushClipRect(ImVec2(axis.x0, y), ImVec2(axis.x1, y + height), true);
    for (const Bin& b : bins) {
        const float h = height * b.value / top;
        const float x0 = axis.xOf(b.start), x1 = axis.xOf(b.end);
        draw->AddRectFilled(ImVec2(x0, y + height - h), ImVec2(std::max(x0 + 1, x1 - 0.5f), y + height), bar);
    }
    const float now = axis.xOf(daily ? std::floor(ui.t) + 0.5 : ui.t);
    draw->AddLine(ImVec2(now, y), ImVec2(now, y + height), ImGui::GetColorU32(ImGuiCol_Text), 1.5f);
    // The sparkline spans the whole range; drawn stretched and clipped, it follows the zoom.
    const bool sparkline =
        drawActorSparkline(app, ui, axis.xOf(data.rangeBegin()), axis.xOf(data.rangeEnd()), y, y + height);
    draw->PopClipRect();
    std::string label =
        !ui.selectedActor ? "active ties"
        : sparkline ? "bars: strength of the selected actor's ties \xC2\xB7 line: its " + sparklineName(ui)
                    : "strength of the selected actor's ties";
    label += daily ? ", per day" : ", per month";
    // A backing so the label stays readable over the bars and the sparkline.
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    draw->AddRectFilled(ImVec2(axis.x0 + 2, y), ImVec2(axis.x0 + 6 + size.x, y + size.y),
                        ImGui::GetColorU32(ImGuiCol_WindowBg, 0.75f), 3.0f);
    draw->AddText(ImVec2(axis.x0 + 4, y), ImGui::GetColorU32(ImGuiCol_TextDisabled), label.c_str());
}

} // namespace tieline::ui::timeline
