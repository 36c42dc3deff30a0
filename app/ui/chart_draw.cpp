// Chart drawing on ImGui draw lists.
#include "ui/chart_draw.hpp"

#include "core/calendar/date.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tieline::ui {

namespace {

// The end of step i: the next step's time, or the axis's end for the last.
double stepEnd(const ChartAxis& axis, std::span<const double> times, std::size_t i) {
    return i + 1 < times.size() ? times[i + 1] : axis.t1;
}

} // namespace

ImU32 chartColor(core::model::Rgb rgb, float alpha) {
    return IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, int(std::lround(alpha * 255.0f)));
}

void drawStackedArea(ImDrawList* draw, const ChartAxis& axis, float top, float bottom,
                     std::span<const double> times, const core::metrics::StackedShares& shares) {
    const ImDrawListFlags saved = draw->Flags;
    draw->Flags &= ~ImDrawListFlags_AntiAliasedFill;
    const float height = bottom - top;
    for (std::size_t i = 0; i < times.size(); ++i) {
        if (i >= shares.defined.size() || !shares.defined[i]) continue;
        const double a = std::max(times[i], axis.t0), b = std::min(stepEnd(axis, times, i), axis.t1);
        if (b <= a) continue;
        // Whole pixels: adjacent steps and bands meet exactly, with no gap or overlap.
        const float xa = std::round(axis.xOf(a)), xb = std::round(axis.xOf(b));
        double below = 0;
        for (const core::metrics::StackLayer& layer : shares.layers) {
            const double v = i < layer.values.size() ? layer.values[i] : 0.0;
            if (v <= 0) continue;
            const float y0 = std::round(bottom - float(std::min(1.0, below + v)) * height);
            const float y1 = std::round(bottom - float(below) * height);
            draw->AddRectFilled(ImVec2(xa, y0), ImVec2(xb, y1), chartColor(layer.color, 0.9f));
            below += v;
        }
    }
    draw->Flags = saved;
}

void drawLineSeries(ImDrawList* draw, const ChartAxis& axis, float top, float bottom,
                    std::span<const double> times, std::span<const double> values, double lo, double hi,
                    ImU32 color, float thickness) {
    const double span = hi > lo ? hi - lo : 1.0;
    const auto yOf = [&](double v) {
        return bottom - float(std::clamp((v - lo) / span, 0.0, 1.0)) * (bottom - top);
    };
    ImVector<ImVec2> points;
    const auto flush = [&] {
        if (points.Size >= 2) draw->AddPolyline(points.Data, points.Size, color, ImDrawFlags_None, thickness);
        points.resize(0);
    };
    for (std::size_t i = 0; i < times.size() && i < values.size(); ++i) {
        const double a = std::max(times[i], axis.t0), b = std::min(stepEnd(axis, times, i), axis.t1);
        if (std::isnan(values[i]) || b <= a) {
            flush();
            continue;
        }
        // A step: flat over its month, vertical to the next value.
        const float y = yOf(values[i]);
        points.push_back(ImVec2(axis.xOf(a), y));
        points.push_back(ImVec2(axis.xOf(b), y));
    }
    flush();
}

void drawYearAxis(ImDrawList* draw, const ChartAxis& axis, float y, ImU32 color) {
    const core::calendar::CivilDay first =
        core::calendar::civilFromDays(core::calendar::DayNumber(std::floor(axis.t0)));
    const core::calendar::CivilDay last =
        core::calendar::civilFromDays(core::calendar::DayNumber(std::ceil(axis.t1)) - 1);
    const float yearWidth = (axis.x1 - axis.x0) / float(std::max(1.0, (axis.t1 - axis.t0) / 365.2425));
    const float labelWidth = ImGui::CalcTextSize("0000").x + 8;
    int every = 1;
    for (int step : {1, 2, 5, 10, 20, 50})
        if (yearWidth * float(step) >= labelWidth) {
            every = step;
            break;
        }
    draw->AddLine(ImVec2(axis.x0, y), ImVec2(axis.x1, y), color);
    for (int year = first.year; year <= last.year + 1; ++year) {
        const double t = core::calendar::daysFromCivil(year, 1, 1);
        if (t < axis.t0 || t > axis.t1) continue;
        const float x = std::round(axis.xOf(t));
        const bool labelled = year % every == 0;
        draw->AddLine(ImVec2(x, y), ImVec2(x, y + (labelled ? 5.0f : 3.0f)), color);
        if (!labelled) continue;
        char text[16];
        std::snprintf(text, sizeof text, "%d", year);
        const float w = ImGui::CalcTextSize(text).x;
        draw->AddText(ImVec2(std::clamp(x - w / 2, axis.x0, axis.x1 - w), y + 5), color, text);
    }
}

void drawTimeMarker(ImDrawList* draw, const ChartAxis& axis, float top, float bottom, double t, ImU32 color) {
    if (t < axis.t0 || t > axis.t1) return;
    const float x = std::round(axis.xOf(t)) + 0.5f;
    draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), color, 1.5f);
}

} // namespace tieline::ui
