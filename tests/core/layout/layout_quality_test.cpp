// Tests of issue 15's layout quality on the default dataset and small drawings: the crossing
// figures at the six key dates (pinned), discs never overlapping at their drawn radii (keyframes
// and days between them), the radius rule shared with the scene, and the crossing-aware
// refinement (untangle.cpp).
#include "core/io/dataset_loader.hpp"
#include "core/layout/disc_radius.hpp"
#include "core/layout/quality.hpp"
#include "core/layout/temporal_layout.hpp"
#include "core/layout/timeline.hpp"
#include "core/layout/untangle.hpp"
#include "core/model/active.hpp"
#include "core/scene/scene.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace tieline::core;
using namespace tieline::core::layout;

namespace {

const model::Dataset& defaultDataset() {
    static const model::Dataset data = [] {
        io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
        REQUIRE(r.dataset);
        return *r.dataset;
    }();
    return data;
}

const TemporalLayout& defaultLayout() {
    static const TemporalLayout* layout = [] {
        auto* l = new TemporalLayout;
        l->setDataset(defaultDataset());
        l->computeNow();
        return l;
    }();
    return *layout;
}

// Crossings of the picture `snapshot --at DAY` reports, at the layout's positions for that day.
double crossingsAt(const char* day) {
    const model::Dataset& data = defaultDataset();
    const auto date = calendar::parseDate(day);
    REQUIRE(date);
    std::vector<model::Point> positions;
    defaultLayout().positionsAt(date->firstDay(), positions);
    std::vector<double> x, y;
    for (const model::Point& p : positions)
        x.push_back(p.x), y.push_back(p.y);
    std::vector<LinkSpec> segments;
    for (const model::ActiveTie& t : model::activeDuring(data, calendar::windowOf(*date)).ties)
        segments.push_back({static_cast<std::uint32_t>(data.tie(t.id).from.index()),
                            static_cast<std::uint32_t>(data.tie(t.id).to.index())});
    return edgeCrossings(x.data(), y.data(), segments).count;
}

// Pairs of present actors whose drawn discs overlap at day t (positions interpolated between keyframes).
std::size_t overlapsOn(calendar::Time t) {
    const model::Dataset& data = defaultDataset();
    const model::ActiveSet active = model::activeAt(data, t);
    std::vector<double> radii;
    discRadii(data, active, radii);
    std::vector<model::Point> positions;
    defaultLayout().positionsAt(t, positions);
    std::vector<double> x, y, r;
    for (const model::ActiveActor& a : active.actors)
        x.push_back(positions[a.id.index()].x), y.push_back(positions[a.id.index()].y),
            r.push_back(radii[a.id.index()]);
    return nodeOverlaps(x.data(), y.data(), r.data(), x.size());
}

} // namespace

TEST_CASE("layout: crossings at issue 15's six key dates stay at their measured figures") {
    // Measured 2026-12-03 (tests/bench/README.md): 0, 11, 0, 0, 0, 1 = 12 in all, against 91
    // before and d3-force's 19 from scratch in the same run. One or two more at a date is noise
    // of a rebalanced force; more is a regression.
    struct Pin {
        const char* day;
        double measured;
    };
    const Pin pins[] = {{"1955-06-15", 0}, {"1956-09-20", 11}, {"1961-07-11", 0},
                        {"1966-06-15", 0}, {"1968-03-01", 0},  {"1969-10-01", 1}};
    double total = 0;
    for (const Pin& pin : pins) {
        const double c = crossingsAt(pin.day);
        INFO(pin.day << ": " << c << " crossings");
        CHECK(c <= pin.measured + 2);
        total += c;
    }
    MESSAGE("crossings at the six key dates: " << total);
    CHECK(total <= 15);
}

TEST_CASE("layout: no two discs overlap at their drawn radii, at keyframes or between them") {
    const model::Dataset& data = defaultDataset();
    const std::vector<calendar::Time> times = defaultLayout().keyframeTimes();
    REQUIRE(times.size() == 180);
    std::size_t overlaps = 0;
    for (std::size_t k = 0; k < times.size(); ++k) {
        const calendar::Time next = k + 1 < times.size() ? times[k + 1] : data.rangeEnd();
        for (calendar::Time t : {times[k], (times[k] + next) / 2, next - 1}) {
            const std::size_t n = overlapsOn(t);
            if (n) MESSAGE(calendar::formatDay(t) << ": " << n << " overlapping pairs");
            overlaps += n;
        }
    }
    CHECK(overlaps == 0);
}

TEST_CASE("layout: every keyframe keeps its actors' collision discs apart") {
    const Timeline tl = buildTimeline(defaultDataset());
    std::vector<model::Point> p;
    std::vector<std::uint8_t> present;
    for (std::size_t k = 0; k < tl.steps.size(); ++k) {
        const TimelineStep& step = tl.steps[k];
        REQUIRE(step.radii.size() == step.actors.size());
        REQUIRE(defaultLayout().keyframe(k, p, &present));
        for (std::size_t i = 0; i < step.actors.size(); ++i)
            for (std::size_t j = i + 1; j < step.actors.size(); ++j) {
                const model::Point a = p[step.actors[i]], b = p[step.actors[j]];
                const double d = std::hypot(a.x - b.x, a.y - b.y);
                INFO("keyframe " << k << ", actors " << step.actors[i] << " and " << step.actors[j]);
                CHECK(d >= step.radii[i] + step.radii[j]); // the gap (4 units) is the margin
            }
    }
}

TEST_CASE("layout: the drawn radius rule is shared with the scene") {
    CHECK(discRadius(0, 4) == doctest::Approx(3.5));
    CHECK(discRadius(4, 4) == doctest::Approx(10.0));
    CHECK(discRadius(1, 4) == doctest::Approx(3.5 + 6.5 * 0.5)); // square-root scale
    CHECK(discRadius(3, 0) == doctest::Approx(3.5));             // no ties at all
    const scene::SceneStyle dark = scene::darkSceneStyle(), light = scene::lightSceneStyle();
    CHECK(dark.minRadius == kDefaultDiscSizes.minRadius);
    CHECK(dark.maxRadius == kDefaultDiscSizes.maxRadius);
    CHECK(light.minRadius == kDefaultDiscSizes.minRadius);
    CHECK(light.maxRadius == kDefaultDiscSizes.maxRadius);
}

TEST_CASE("layout: crossings count one segment per pair of nodes") {
    // The square's diagonals cross once, however many parallel or reversed ties each has.
    const double x[] = {0, 1, 1, 0}, y[] = {0, 0, 1, 1};
    std::vector<LinkSpec> e = {{0, 2}, {2, 0}, {0, 2}, {1, 3}, {3, 1}, {1, 1}};
    CHECK(edgeCrossings(x, y, e).count == 1.0);
}

TEST_CASE("layout: untangle moves a leaf off a crossing tie, never a pinned node") {
    // A path 0-1 across which the leaf 3 hangs from 2: its tie 2-3 crosses 0-1.
    Bodies b;
    b.resize(4);
    const double px[] = {-30, 30, 0, 0}, py[] = {0, 0, -20, 20};
    for (std::size_t i = 0; i < 4; ++i)
        b.x[i] = px[i], b.y[i] = py[i];
    const std::vector<LinkSpec> links = {{0, 1}, {2, 3}};
    const std::vector<double> radii(4, 3.5);
    CHECK(edgeCrossings(b.x.data(), b.y.data(), links).count == 1.0);
    Bodies pinned = b;
    pinned.pin(3, 0, 20);
    pinned.pin(2, 0, -20);
    CHECK(untangle(pinned, links, radii) == 1); // a free end of 0-1 moves instead
    CHECK(pinned.x[3] == 0.0);
    CHECK(pinned.y[3] == 20.0);
    CHECK(edgeCrossings(pinned.x.data(), pinned.y.data(), links).count == 0.0);
    CHECK(untangle(b, links, radii) >= 1);
    CHECK(edgeCrossings(b.x.data(), b.y.data(), links).count == 0.0);
    // The same input gives the same moves.
    Bodies again;
    again.resize(4);
    for (std::size_t i = 0; i < 4; ++i)
        again.x[i] = px[i], again.y[i] = py[i];
    untangle(again, links, radii);
    CHECK(again.x == b.x);
    CHECK(again.y == b.y);
}
