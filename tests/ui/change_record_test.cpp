// Tests for app/ui/change_record.cpp: which caches a change makes stale, and the ranges of tie
// changes. No window, no dataset.
#include "ui/change_record.hpp"

#include <doctest/doctest.h>

using namespace tieline::ui;

namespace {

// A cache built now, as the GUI's caches are after they follow the record.
CacheStamp builtNow(const ChangeRecord& changes) {
    CacheStamp stamp;
    stamp.markBuilt(changes);
    return stamp;
}

} // namespace

TEST_CASE("change record: generations start at 0 and increase with every change") {
    ChangeRecord changes;
    CHECK(changes.generation() == 0);
    CHECK(changes.record(kEverything) == 1);
    CHECK(changes.record(kTies) == 2);
    CHECK(changes.record(kNames) == 3);
    CHECK(changes.generation() == 3);
}

TEST_CASE("change record: a cache never built is stale, even before any change") {
    const ChangeRecord changes;
    CHECK(CacheStamp{}.stale(changes, kNames));
    CHECK_FALSE(builtNow(changes).stale(changes, kEverything));
}

TEST_CASE("change record: a new dataset makes every cache stale") {
    ChangeRecord changes;
    changes.record(kEverything);
    const CacheStamp glyphs = builtNow(changes), layout = builtNow(changes), metrics = builtNow(changes);
    changes.record(kEverything);
    CHECK(glyphs.stale(changes, kNames));
    CHECK(layout.stale(changes, kTies | kLayoutParams));
    CHECK(metrics.stale(changes, kTies));
}

TEST_CASE("change record: an edit to ties leaves the glyph cache alone and makes the layout stale") {
    ChangeRecord changes;
    changes.record(kEverything);
    const CacheStamp glyphs = builtNow(changes), layout = builtNow(changes);
    changes.record(kTies, TimeRange{100, 200});
    CHECK_FALSE(glyphs.stale(changes, kNames));
    CHECK(layout.stale(changes, kTies | kLayoutParams));
}

TEST_CASE("change record: a renamed actor rebuilds the glyphs but not the metrics") {
    ChangeRecord changes;
    changes.record(kEverything);
    const CacheStamp glyphs = builtNow(changes), metrics = builtNow(changes);
    changes.record(kNames);
    CHECK(glyphs.stale(changes, kNames));
    CHECK_FALSE(metrics.stale(changes, kTies));
}

TEST_CASE("change record: a cache rebuilt after a change is current again") {
    ChangeRecord changes;
    changes.record(kEverything);
    CacheStamp layout = builtNow(changes);
    changes.record(kLayoutParams);
    REQUIRE(layout.stale(changes, kLayoutParams));
    layout.markBuilt(changes);
    CHECK_FALSE(layout.stale(changes, kLayoutParams));
}

TEST_CASE("change record: tie changes since a generation cover the union of their ranges") {
    ChangeRecord changes;
    changes.record(kEverything);
    const std::uint64_t built = changes.generation();
    CHECK_FALSE(changes.tiesChangedSince(built).has_value());
    changes.record(kTies, TimeRange{100, 200});
    changes.record(kStyles);
    changes.record(kTies, TimeRange{50, 120});
    const auto since = changes.tiesChangedSince(built);
    REQUIRE(since.has_value());
    REQUIRE(since->has_value());
    CHECK((*since)->t0 == 50);
    CHECK((*since)->t1 == 200);
    // A tie change without a range, or a new dataset, covers the whole time line.
    changes.record(kTies);
    const auto all = changes.tiesChangedSince(built);
    REQUIRE(all.has_value());
    CHECK_FALSE(all->has_value());
    changes.record(kEverything);
    REQUIRE(changes.tiesChangedSince(changes.generation() - 1).has_value());
    CHECK_FALSE(changes.tiesChangedSince(changes.generation() - 1)->has_value());
}
