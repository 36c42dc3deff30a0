// The timeline's zoom model without a window: zooming around a point, clamping, the brush, the
// units the slider and keys step by (Shift, month ends), ticks, event label layout and the
// precision a zoom level draws at.
#include "ui/app_state.hpp"
#include "ui/timeline_zoom.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace tieline;
using namespace tieline::ui;
namespace cal = tieline::core::calendar;

namespace {

double day(int y, int m, int d) {
    return cal::daysFromCivil(y, m, d);
}

const double kBegin = day(1955, 1, 1), kEnd = day(1970, 1, 1);

} // namespace

TEST_CASE("timeline zoom: zooming keeps the pointer's moment in place and clamps to the range") {
    const TimeWindow all;
    CHECK(visibleWindow(all, kBegin, kEnd).begin == kBegin);
    CHECK(visibleWindow(all, kBegin, kEnd).end == kEnd);

    // Zoom in by half around 1960-01-01: the pivot keeps its fraction of the axis.
    const double pivot = day(1960, 1, 1);
    const TimeWindow in = zoomAround(all, pivot, 0.5, kBegin, kEnd);
    CHECK(in.end - in.begin == doctest::Approx((kEnd - kBegin) / 2));
    CHECK((pivot - in.begin) / (in.end - in.begin) == doctest::Approx((pivot - kBegin) / (kEnd - kBegin)));

    // Zooming out again past the whole range gives the whole range back.
    CHECK(zoomAround(in, pivot, 3.0, kBegin, kEnd).all());

    // Near the start: the stretch is shifted inside the range, not cut.
    const TimeWindow early =
        zoomAround(brushWindow(kBegin, kBegin + 100, kBegin, kEnd), kBegin, 2.0, kBegin, kEnd);
    CHECK(early.begin == kBegin);
    CHECK(early.end == doctest::Approx(kBegin + 200));

    // Never narrower than two weeks.
    TimeWindow w = in;
    for (int i = 0; i < 60; ++i)
        w = zoomAround(w, pivot, 0.5, kBegin, kEnd);
    CHECK(w.end - w.begin == doctest::Approx(kMinZoomDays));
    CHECK(w.begin <= pivot);
    CHECK(w.end >= pivot);

    // A window past the end is pulled back in.
    const TimeWindow late = visibleWindow({kEnd - 10, kEnd + 20}, kBegin, kEnd);
    CHECK(late.end == kEnd);
    CHECK(late.begin == kEnd - 30);
}

TEST_CASE("timeline zoom: a brush selects a period, in either direction, at least two weeks") {
    const TimeWindow brush = brushWindow(day(1956, 11, 1), day(1956, 8, 1), kBegin, kEnd);
    CHECK(brush.begin == day(1956, 8, 1));
    CHECK(brush.end == day(1956, 11, 1));
    CHECK(unitFor(brush.end - brush.begin) == TimeUnit::Day);
    const TimeWindow tiny = brushWindow(day(1956, 8, 30), day(1956, 8, 31), kBegin, kEnd);
    CHECK(tiny.end - tiny.begin == kMinZoomDays);
    CHECK(tiny.begin <= day(1956, 8, 30));
    CHECK(tiny.end >= day(1956, 8, 31));
    CHECK(brushWindow(kBegin - 100, kEnd + 100, kBegin, kEnd).all()); // the whole range: all
    // Following the moment: a stretch moves (same width) to contain t.
    const TimeWindow moved = follow(brush, day(1957, 3, 10), kBegin, kEnd);
    CHECK(moved.end - moved.begin == doctest::Approx(brush.end - brush.begin));
    CHECK(moved.begin <= day(1957, 3, 10));
    CHECK(moved.end > day(1957, 3, 10));
    CHECK(follow(brush, day(1956, 9, 1), kBegin, kEnd).begin == brush.begin);
}

TEST_CASE("timeline zoom: units, steps, Shift and month ends") {
    CHECK(unitFor(92) == TimeUnit::Day);
    CHECK(unitFor(200) == TimeUnit::Week);
    CHECK(unitFor(15 * 365.25) == TimeUnit::Month);
    CHECK(unitFor(60 * 365.25) == TimeUnit::Year);
    CHECK(largerUnit(TimeUnit::Day) == TimeUnit::Week);
    CHECK(largerUnit(TimeUnit::Week) == TimeUnit::Month);
    CHECK(largerUnit(TimeUnit::Month) == TimeUnit::Year);
    CHECK(largerUnit(TimeUnit::Year) == TimeUnit::Year);

    const double aug30 = day(1956, 8, 30) + 0.4;
    CHECK(stepTime(aug30, TimeUnit::Day, 1) == day(1956, 8, 31));
    CHECK(stepTime(aug30, TimeUnit::Day, -1) == day(1956, 8, 29));
    CHECK(stepTime(aug30, TimeUnit::Week, 1) == day(1956, 9, 6));
    CHECK(stepTime(aug30, TimeUnit::Month, 1) == day(1956, 9, 30));
    CHECK(stepTime(aug30, TimeUnit::Year, -1) == day(1955, 8, 30));
    // Month ends clamp: Jan 31 + 1 month is the last of February (leap and common years).
    CHECK(stepTime(day(1956, 1, 31), TimeUnit::Month, 1) == day(1956, 2, 29));
    CHECK(stepTime(day(1957, 1, 31), TimeUnit::Month, 1) == day(1957, 2, 28));
    CHECK(stepTime(day(1956, 3, 31), TimeUnit::Month, -1) == day(1956, 2, 29));
    CHECK(stepTime(day(1956, 2, 29), TimeUnit::Year, 1) == day(1957, 2, 28));

    // Unit starts: weeks start on Monday (1956-08-27 was a Monday).
    CHECK(unitStart(aug30, TimeUnit::Week) == day(1956, 8, 27));
    CHECK(nextUnitStart(aug30, TimeUnit::Week) == day(1956, 9, 3));
    CHECK(unitStart(aug30, TimeUnit::Month) == day(1956, 8, 1));
    CHECK(nextUnitStart(aug30, TimeUnit::Month) == day(1956, 9, 1));
    CHECK(unitStart(aug30, TimeUnit::Year) == day(1956, 1, 1));
    CHECK(nextUnitStart(day(1956, 12, 31), TimeUnit::Day) == day(1957, 1, 1));
}

TEST_CASE("timeline zoom: the precision follows the visible unit, and the window's state follows it") {
    CHECK(precisionFor(TimeUnit::Day) == cal::DatePrecision::Day);
    CHECK(precisionFor(TimeUnit::Week) == cal::DatePrecision::Day);
    CHECK(precisionFor(TimeUnit::Month) == cal::DatePrecision::Month);
    CHECK(precisionFor(TimeUnit::Year) == cal::DatePrecision::Year);
    CHECK(formatAt(day(1956, 8, 30) + 0.5, cal::DatePrecision::Day) == "30 August 1956");
    CHECK(formatAt(day(1956, 8, 30), cal::DatePrecision::Month) == "August 1956");
    CHECK(formatAt(day(1956, 8, 30), cal::DatePrecision::Year) == "1956");

    core::model::Dataset data;
    data.meta.start = *cal::parseDate("1955");
    data.meta.end = *cal::parseDate("1969");
    UiState ui;
    ui.t = day(1960, 5, 5);
    syncTimeline(data, ui);
    CHECK(ui.precision == cal::DatePrecision::Month); // the whole range: months
    setZoom(data, ui, brushWindow(day(1956, 8, 1), day(1956, 11, 1), kBegin, kEnd));
    CHECK(ui.precision == cal::DatePrecision::Day);
    CHECK(ui.t == day(1956, 10, 31)); // brought into the stretch, to its nearer end
    ui.t = day(1957, 2, 1);           // a key or story moves past it: the stretch follows
    syncTimeline(data, ui);
    CHECK(visibleWindow(data, ui).end > ui.t);
    CHECK(visibleUnit(data, ui) == TimeUnit::Day);
    setZoom(data, ui, {});
    CHECK(ui.precision == cal::DatePrecision::Month);
}

TEST_CASE("timeline zoom: ticks adapt from years to days and labels never overlap") {
    const auto check = [](const TimeWindow& w, float width) {
        const std::vector<Tick> ticks = axisTicks(w, width, 7);
        REQUIRE_FALSE(ticks.empty());
        std::vector<std::pair<float, float>> labels;
        for (const Tick& t : ticks) {
            CHECK(t.t >= w.begin);
            CHECK(t.t < w.end);
            if (t.label.empty()) continue;
            labels.emplace_back(t.labelX, t.labelX + float(t.label.size()) * 7);
        }
        std::sort(labels.begin(), labels.end());
        for (std::size_t i = 1; i < labels.size(); ++i)
            CHECK(labels[i].first >= labels[i - 1].second);
        return ticks;
    };
    // Aug-Oct 1956 on 1200 pixels: a tick per day, the months named, days labelled.
    const std::vector<Tick> days = check({day(1956, 8, 1), day(1956, 11, 1)}, 1200);
    CHECK(days.size() == 92);
    CHECK(days[0].label == "Aug 1956");
    CHECK(days[0].major);
    const auto sep =
        std::find_if(days.begin(), days.end(), [](const Tick& t) { return t.label == "Sep 1956"; });
    REQUIRE(sep != days.end());
    CHECK(sep->t == day(1956, 9, 1));
    CHECK(std::count_if(days.begin(), days.end(),
                        [](const Tick& t) { return !t.major && !t.label.empty(); }) >= 10);
    // The whole range: month ticks, every year named.
    const std::vector<Tick> years = check({kBegin, kEnd}, 1200);
    CHECK(years.size() == 15 * 12);
    CHECK(std::count_if(years.begin(), years.end(), [](const Tick& t) { return !t.label.empty(); }) == 15);
    // A narrow axis: year ticks, labels thinned.
    check({kBegin, kEnd}, 200);
    // A year on 1200 pixels: weeks.
    const std::vector<Tick> weeks = check({day(1956, 1, 1), day(1957, 1, 1)}, 1200);
    CHECK(weeks.size() == 53); // the Mondays of 1956, 2 January to 31 December
}

TEST_CASE("timeline zoom: event labels never overlap, crowded markers group and the counts add up") {
    std::vector<EventMark> marks;
    // A crowd: many markers a few pixels apart, some far apart with long titles.
    for (int i = 0; i < 40; ++i)
        marks.push_back({100.0f + float(i % 7) * 3.0f + float(i / 7) * 130.0f, 60.0f + float(i % 5) * 30.0f});
    marks.push_back({20.0f, 90.0f});
    marks.push_back({1190.0f, 60.0f}); // near the right end: shifted left to fit
    marks.push_back({1000.0f, 80.0f});
    marks.push_back({1030.0f, 80.0f}); // overlaps the previous: the second row
    marks.push_back({1060.0f, 80.0f}); // and a third would not fit in two rows
    const std::vector<EventGroup> groups = layoutEventLabels(marks, 0, 1200, 2);
    std::size_t total = 0;
    std::vector<std::vector<std::pair<float, float>>> rows(2);
    std::vector<bool> seen(marks.size(), false);
    for (const EventGroup& g : groups) {
        total += g.members.size();
        for (std::size_t m : g.members) {
            CHECK_FALSE(seen[m]);
            seen[m] = true;
        }
        if (!g.labelled) continue;
        CHECK(g.members.size() == 1);
        CHECK(g.labelX0 >= 0);
        CHECK(g.labelX1 <= 1200);
        CHECK(g.labelX1 - g.labelX0 == marks[g.members[0]].width);
        rows[std::size_t(g.row)].emplace_back(g.labelX0, g.labelX1);
    }
    CHECK(total == marks.size());
    for (const EventGroup& g : groups) // count badges (20 px) stay clear of the first row's titles
        if (g.members.size() > 1) rows[0].emplace_back(g.x - 10, g.x + 10);
    for (auto& row : rows) {
        std::sort(row.begin(), row.end());
        for (std::size_t i = 1; i < row.size(); ++i)
            CHECK(row[i].first >= row[i - 1].second);
    }
    const auto groupOf = [&](std::size_t mark) {
        return *std::find_if(groups.begin(), groups.end(), [&](const EventGroup& g) {
            return std::find(g.members.begin(), g.members.end(), mark) != g.members.end();
        });
    };
    CHECK(groupOf(0).members.size() == 7); // seven markers 3 px apart: one group of seven
    CHECK_FALSE(groupOf(0).labelled);
    CHECK(groupOf(40).labelled);
    CHECK(groupOf(41).labelled);
    CHECK(groupOf(41).labelX1 == 1200);
    CHECK(groupOf(42).labelled);
    CHECK(groupOf(43).labelled);
    CHECK(groupOf(42).row != groupOf(43).row);
    CHECK_FALSE(groupOf(44).labelled);
}

TEST_CASE("timeline zoom: the current events are those of the day, month or year shown") {
    core::model::Dataset data;
    core::model::Event plenum;
    plenum.date = *cal::parseDate("1956-08-30");
    plenum.end = *cal::parseDate("1956-08-31");
    plenum.title = "August plenum";
    core::model::Event letter;
    letter.date = *cal::parseDate("1956-09-03");
    letter.title = "Ri Sang-jo's letter";
    data.events = {plenum, letter};
    CHECK(currentEvents(data, day(1956, 8, 31), cal::DatePrecision::Day) == std::vector<std::size_t>{0});
    CHECK(currentEvents(data, day(1956, 9, 1), cal::DatePrecision::Day).empty());
    CHECK(currentEvents(data, day(1956, 9, 20), cal::DatePrecision::Month) == std::vector<std::size_t>{1});
    CHECK(currentEvents(data, day(1956, 1, 1), cal::DatePrecision::Year).size() == 2);
}

TEST_CASE("timeline zoom: go to date goes there, zooms to days for a day, and says why it refuses") {
    core::model::Dataset data;
    data.meta.start = *cal::parseDate("1955");
    data.meta.end = *cal::parseDate("1969");
    UiState ui;
    ui.playing = true;
    CHECK(goToDate(data, ui, "1956-08-30") == "");
    CHECK(ui.t == day(1956, 8, 30));
    CHECK_FALSE(ui.playing);
    CHECK(visibleUnit(data, ui) == TimeUnit::Day); // a day typed at month zoom: days around it
    const TimeWindow w = visibleWindow(data, ui);
    CHECK(w.begin < ui.t);
    CHECK(w.end > ui.t);
    setZoom(data, ui, {});
    CHECK(goToDate(data, ui, "1961-07") == "");
    CHECK(ui.t == day(1961, 7, 1));
    CHECK(ui.timelineZoom.all()); // a month typed keeps the zoom
    CHECK(goToDate(data, ui, "1956-13-01") == "invalid date '1956-13-01': expected a month from 01 to 12");
    CHECK(goToDate(data, ui, "1990-01-01") == "1990-01-01 is outside 1955 to 1969");
    CHECK(goToDate(data, ui, "yesterday").starts_with("invalid date 'yesterday': expected "));
    CHECK(ui.t == day(1961, 7, 1)); // refusals leave the date alone
}
