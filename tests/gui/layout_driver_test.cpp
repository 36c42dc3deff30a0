// Tests for app/gui/layout_driver.cpp without a window: the layout restarts only for changes that
// touch it (ties, layout parameters), never for names or styles.
#include "core/io/dataset_loader.hpp"
#include "gui/layout_driver.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace tieline;

TEST_CASE("layout driver: follows the change record, restarting only when ties or parameters change") {
    const core::io::LoadResult loaded =
        core::io::loadDatasetFile(std::string(TIELINE_FIXTURES) + "/valid/full.json");
    REQUIRE(loaded.dataset);
    ui::ChangeRecord changes;
    gui::LayoutDriver layout;
    changes.record(ui::kEverything);
    CHECK(layout.follow(*loaded.dataset, changes));
    CHECK_FALSE(layout.follow(*loaded.dataset, changes)); // nothing changed since
    changes.record(ui::kNames | ui::kStyles);
    CHECK_FALSE(layout.follow(*loaded.dataset, changes));
    changes.record(ui::kTies, ui::TimeRange{0, 1});
    CHECK(layout.follow(*loaded.dataset, changes));
    changes.record(ui::kLayoutParams);
    CHECK(layout.follow(*loaded.dataset, changes));
    layout.finish();
    CHECK(layout.progress() == 1.0f);
}
