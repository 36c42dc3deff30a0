// Charts drawn with ImGui draw lists (Debian has no plotting library for ImGui 1.86): a stacked
// area of shares, line series, a year axis and the current-date marker. Drawing only, no widgets
// and no state, so a test can render them offscreen and read the pixels back. No gl* calls.
#pragma once

#include "core/metrics/chart_series.hpp"

#include <imgui.h>

#include <span>

namespace tieline::ui {

// Maps time to x across a chart's plot rectangle.
struct ChartAxis {
    float x0 = 0, x1 = 1;
    double t0 = 0, t1 = 1; // days: the range drawn, [t0, t1)
    float xOf(double t) const { return x0 + float((t - t0) / (t1 - t0)) * (x1 - x0); }
    double tOf(float x) const { return t0 + double(x - x0) / double(x1 - x0) * (t1 - t0); }
};

ImU32 chartColor(core::model::Rgb rgb, float alpha = 1.0f);

// The layers stacked bottom first between `top` and `bottom` (share 1 fills the height). Each
// step's value holds from its time to the next step's (the last to axis.t1); steps where
// `shares.defined` is 0 stay empty. Fills without antialiasing, so neighbouring bands leave no seam.
void drawStackedArea(ImDrawList* draw, const ChartAxis& axis, float top, float bottom,
                     std::span<const double> times, const core::metrics::StackedShares& shares);

// A line through the defined (non-NaN) values, scaled so that `lo` lies at `bottom` and `hi` at
// `top`; NaN breaks the line. Each value holds over its step, as in the stacked area.
void drawLineSeries(ImDrawList* draw, const ChartAxis& axis, float top, float bottom,
                    std::span<const double> times, std::span<const double> values, double lo, double hi,
                    ImU32 color, float thickness = 1.5f);

// Year ticks along `y`, labelled every year, every 2, 5 or 10 years as room allows.
void drawYearAxis(ImDrawList* draw, const ChartAxis& axis, float y, ImU32 color);

// A vertical line at t from top to bottom.
void drawTimeMarker(ImDrawList* draw, const ChartAxis& axis, float top, float bottom, double t, ImU32 color);

} // namespace tieline::ui
