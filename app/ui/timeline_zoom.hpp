// The timeline's zoom as plain data: which stretch of the dataset's range the axis shows, the unit
// the slider and the arrow keys step by, the ticks and their labels, and where event titles fit.
// No ImGui, no GL: unit-tested in tests/ui/timeline_zoom_test.cpp; app/ui/timeline_panel.cpp draws it.
#pragma once

#include "core/calendar/date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::model {
struct Dataset;
}

namespace tieline::ui {

struct UiState;

using core::calendar::Time;

// The visible stretch [begin, end) in days; end <= begin means the whole range.
struct TimeWindow {
    Time begin = 0, end = 0;
    bool all() const { return end <= begin; }
};

// The slider's and the keyboard's step: what the visible stretch resolves.
enum class TimeUnit { Day, Week, Month, Year };

constexpr Time kMinZoomDays = 14; // the narrowest stretch the axis shows

// The stretch shown: `zoom` clamped into [rangeBegin, rangeEnd), or the whole range.
TimeWindow visibleWindow(const TimeWindow& zoom, Time rangeBegin, Time rangeEnd);

// Zooms by `factor` (< 1 in, > 1 out) keeping `pivot` where it is on the axis; the result is at
// least kMinZoomDays wide and inside the range (shifted, not squeezed, at the ends). Wide enough to
// cover the range, it becomes the whole range.
TimeWindow zoomAround(const TimeWindow& zoom, Time pivot, double factor, Time rangeBegin, Time rangeEnd);

// The stretch between two moments (either order), widened to kMinZoomDays and clamped: a brush.
TimeWindow brushWindow(Time a, Time b, Time rangeBegin, Time rangeEnd);

// Moves the stretch, keeping its width, so that t is inside it (playback and keys follow).
TimeWindow follow(const TimeWindow& zoom, Time t, Time rangeBegin, Time rangeEnd);

// The unit a stretch of `days` resolves: up to ~3 months days, up to a year weeks, up to 25 years
// months, beyond that years.
TimeUnit unitFor(Time days);
TimeUnit largerUnit(TimeUnit unit);  // Day -> Week -> Month -> Year -> Year
const char* unitName(TimeUnit unit); // "day", "week", "month", "year"

// The stretch the timeline shows for this dataset, and the unit the slider and keys step by.
TimeWindow visibleWindow(const core::model::Dataset& data, const UiState& ui);
TimeUnit visibleUnit(const core::model::Dataset& data, const UiState& ui);
// Shows `zoom` (a wheel step, a brush, a script, All) and brings ui.t into it when it lies outside
// (to the nearest end), so the slider always shows the moment.
void setZoom(const core::model::Dataset& data, UiState& ui, const TimeWindow& zoom);
// The "go to date" field: goes to the first day of `text` (1956-08-30, 1956-08, 1956) and stops
// playing; a day zooms the axis to the days around it unless days or weeks already show. Returns ""
// or why nothing happened ("invalid date '1956-13-01': expected a month from 01 to 12",
// "1990-01-01 is outside 1955 to 1969").
std::string goToDate(const core::model::Dataset& data, UiState& ui, std::string_view text);
// Once a frame: the zoom follows ui.t (playback, keys, stories) and ui.precision follows the unit.
void syncTimeline(const core::model::Dataset& data, UiState& ui);

// The events whose period meets the period of `precision` that contains t (the day, the month or
// the year shown), in the dataset's order: the canvas shows their titles.
std::vector<std::size_t> currentEvents(const core::model::Dataset& data, Time t,
                                       core::calendar::DatePrecision precision);

// The precision of what the window draws for a visible unit: day and week zoom draw the day, month
// zoom what was true in the month, year zoom what was true in the year.
core::calendar::DatePrecision precisionFor(TimeUnit unit);

// One step of `unit` from the day of t (direction +1 or -1); months and years clamp the day of the
// month (Jan 31 + 1 month = Feb 28 or 29).
core::calendar::DayNumber stepTime(Time t, TimeUnit unit, int direction);

// The start of the unit that contains t (a Monday for weeks), and of the next one.
core::calendar::DayNumber unitStart(Time t, TimeUnit unit);
core::calendar::DayNumber nextUnitStart(Time t, TimeUnit unit);

// "30 August 1956", "August 1956" or "1956": t at a precision.
std::string formatAt(Time t, core::calendar::DatePrecision precision);

// Axis ticks for a stretch `width` pixels wide: a tick per day, week, month or year (whichever
// leaves room). `major` ticks start a larger period (a month among days, a year among months) and
// carry its name; the others are labelled (day of month, month) where labels of `charWidth`
// pixels per character fit without overlapping. x and labelX are pixels from the axis' left end.
struct Tick {
    Time t = 0;
    float x = 0;
    std::string label; // empty: unlabelled
    float labelX = 0;  // the label's left edge
    bool major = false;
};
std::vector<Tick> axisTicks(const TimeWindow& window, float width, float charWidth = 7);

// Event labels above the axis. Markers closer than `mergeDistance` pixels form one group, drawn
// with its count in a badge `badgeWidth` wide in the first row; a group of one gets its title where
// it fits (greedy from the left, in `rows` rows, no two labels nor a label and a badge overlapping,
// inside [x0, x1]); one that does not fit keeps a bare marker.
struct EventMark {
    float x = 0;     // the marker's position
    float width = 0; // its title's width in pixels
};
struct EventGroup {
    float x = 0;                      // where its marker sits (the mean of its members)
    std::vector<std::size_t> members; // indices into the marks
    bool labelled = false;            // a single event with its title shown
    int row = 0;                      // which row the label is on
    float labelX0 = 0, labelX1 = 0;
};
std::vector<EventGroup> layoutEventLabels(const std::vector<EventMark>& marks, float x0, float x1, int rows,
                                          float mergeDistance = 9, float gap = 8, float badgeWidth = 20);

} // namespace tieline::ui
