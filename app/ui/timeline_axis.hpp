// The timeline's axis, drawn under its slider: ticks, titled event markers, story stops, the brush
// that zooms, and the strip chart. Internal to app/ui: only timeline_panel.cpp uses it.
#pragma once

#include "ui/panels.hpp"

#include <imgui.h>

#include <utility>

namespace tieline::ui::timeline {

// The axis: the visible stretch [t0, t1) between x0 and x1.
struct Axis {
    float x0, x1;
    double t0, t1;
    float xOf(double t) const { return x0 + float((t - t0) / (t1 - t0)) * (x1 - x0); }
    double tOf(float x) const { return t0 + double(x - x0) / double(x1 - x0) * (t1 - t0); }
    float perDay() const { return float((x1 - x0) / (t1 - t0)); }
};

// Ticks and labels for the visible unit (years, months, weeks or days).
void ticks(ImDrawList* draw, const Axis& axis, float y);
// Event markers: triangles above the slider, titled where they fit, grouped with a count elsewhere.
void eventMarkers(const AppView& app, UiState& ui, const Axis& axis, float y);
// Story stops as diamonds; returns the stop under the pointer as (story, stop), or (-1, -1).
std::pair<int, int> storyStops(const AppView& app, const UiState& ui, const Axis& axis, float y);
// Click to go to a day, drag to zoom to the period dragged over.
void axisBrush(const AppView& app, UiState& ui, const Axis& axis, float y, float height);
// Active ties (or the selected actor's tie strengths) as bars that follow the zoom.
void stripChart(const AppView& app, UiState& ui, const Axis& axis, float y, float height);

} // namespace tieline::ui::timeline
