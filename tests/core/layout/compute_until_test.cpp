// Tests of TemporalLayout::computeUntil (issue 18): `snapshot` and `export` compute the keyframes
// up to their date only, and get the positions of the whole chain at that date, bit for bit.
#include "core/io/dataset_loader.hpp"
#include "core/layout/temporal_layout.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;
using namespace tieline::core::layout;

TEST_CASE("temporal layout: computeUntil(t) stops early and gives the full chain's positions at t") {
    io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE(r.dataset);
    TemporalLayout full;
    full.setDataset(*r.dataset);
    full.computeNow();
    const std::vector<calendar::Time> times = full.keyframeTimes();
    REQUIRE(times.size() == 180);
    // A keyframe's day, a day between two, the first and the last day of the range.
    for (const calendar::Time t : {times[0], times[20], times[20] + 9.5, times[100] + 3, times[178] + 1,
                                   times[179], r.dataset->rangeEnd() - 1.0}) {
        TemporalLayout partial;
        partial.setDataset(*r.dataset);
        partial.computeUntil(t);
        std::vector<model::Point> a, b;
        std::vector<std::uint8_t> pa, pb;
        CHECK(partial.positionsAt(t, a, &pa)); // final at t
        full.positionsAt(t, b, &pb);
        CHECK(pa == pb);
        REQUIRE(a.size() == b.size());
        bool same = true;
        for (std::size_t i = 0; i < a.size(); ++i)
            same = same && a[i].x == b[i].x && a[i].y == b[i].y;
        CHECK(same);
        // Only what t needs: the keyframes around t and one more (for the tangent).
        if (t < times[177]) CHECK(partial.readyCount() < 180);
        if (t == times[20]) CHECK(partial.readyCount() == 23);
        if (t == times[0]) CHECK(partial.readyCount() == 1); // held before the second: final at once
    }
}
