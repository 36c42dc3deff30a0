// Tests for the "merges" table: loading (with located errors), writing, and the round trip.
#include "core/io/dataset_loader.hpp"
#include "core/io/dataset_writer.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace tieline::core;

namespace {

std::string withMerges(const std::string& merges) {
    return "{\"meta\": {\"title\": \"t\", \"start\": \"1960\", \"end\": \"1961\"},\n"
           " \"tieTypes\": [{\"id\": \"k\", \"label\": \"K\"}],\n"
           " \"actors\": [{\"id\": \"a\", \"name\": \"A\"}, {\"id\": \"b\", \"name\": \"B\"},\n"
           "            {\"id\": \"c\", \"name\": \"C\"}],\n"
           " \"ties\": [{\"id\": \"t1\", \"from\": \"a\", \"to\": \"b\", \"type\": \"k\", \"spans\": [{}],\n"
           "           \"confidence\": \"high\"}],\n"
           " \"merges\": " +
           merges + "}";
}

bool mentions(const io::Diagnostics& d, const std::string& text) {
    for (const auto& item : d.items)
        if (item.format().find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("merges format: read, written and read again the same") {
    const io::LoadResult r = io::loadDatasetText(
        withMerges("[{\"actor\": \"b\", \"into\": \"a\", \"label\": \"A and B\", \"note\": \"why\"},\n"
                   "             {\"actor\": \"c\", \"into\": \"a\"}]"),
        "m.json");
    REQUIRE(r.dataset);
    CHECK(r.diagnostics.warnings == 0);
    const model::Dataset& d = *r.dataset;
    REQUIRE(d.merges.size() == 2);
    CHECK(d.actor(d.merges[0].actor).key == "b");
    CHECK(d.actor(d.merges[0].into).key == "a");
    CHECK(d.merges[0].label == "A and B");
    CHECK(d.merges[0].note == "why");
    CHECK(d.merges[1].label.empty());
    const std::string text = io::datasetToJson(d);
    CHECK(text.find("\"merges\": [") != std::string::npos);
    const io::LoadResult again = io::loadDatasetText(text, "again.json");
    REQUIRE(again.dataset);
    REQUIRE(again.dataset->merges.size() == 2);
    CHECK(again.dataset->merges[0].actor == d.merges[0].actor);
    CHECK(again.dataset->merges[0].into == d.merges[0].into);
    CHECK(again.dataset->merges[0].label == "A and B");
    CHECK(again.dataset->merges[0].note == "why");
    CHECK(io::datasetToJson(*again.dataset) == text);
    // A dataset without merges writes no table.
    model::Dataset none = d;
    none.merges.clear();
    CHECK(io::datasetToJson(none).find("merges") == std::string::npos);
}

TEST_CASE("merges format: errors name the file, line and pointer") {
    SUBCASE("unknown actor") {
        const io::LoadResult r =
            io::loadDatasetText(withMerges("[{\"actor\": \"zz\", \"into\": \"a\"}]"), "m.json");
        CHECK_FALSE(r.dataset);
        CHECK(mentions(r.diagnostics, "m.json:7:23: error: /merges/0/actor: unknown actor \"zz\""));
    }
    SUBCASE("missing into") {
        const io::LoadResult r = io::loadDatasetText(withMerges("[{\"actor\": \"b\"}]"), "m.json");
        CHECK_FALSE(r.dataset);
        CHECK(
            mentions(r.diagnostics, "m.json:7:13: error: /merges/0/into: missing required member \"into\""));
    }
    SUBCASE("into itself") {
        const io::LoadResult r =
            io::loadDatasetText(withMerges("[{\"actor\": \"b\", \"into\": \"b\"}]"), "m.json");
        CHECK_FALSE(r.dataset);
        CHECK(mentions(r.diagnostics, "/merges/0/into: an actor cannot be merged into itself (\"b\")"));
    }
    SUBCASE("merged twice") {
        const io::LoadResult r = io::loadDatasetText(
            withMerges("[{\"actor\": \"b\", \"into\": \"a\"}, {\"actor\": \"b\", \"into\": \"c\"}]"),
            "m.json");
        CHECK_FALSE(r.dataset);
        CHECK(mentions(r.diagnostics, "/merges/1/actor: \"b\" is already merged (at /merges/0)"));
    }
    SUBCASE("a cycle") {
        const io::LoadResult r = io::loadDatasetText(
            withMerges("[{\"actor\": \"b\", \"into\": \"a\"}, {\"actor\": \"a\", \"into\": \"b\"}]"),
            "m.json");
        CHECK_FALSE(r.dataset);
        CHECK(mentions(r.diagnostics, "these merges form a cycle"));
    }
    SUBCASE("not an array, unknown member") {
        const io::LoadResult r = io::loadDatasetText(withMerges("{}"), "m.json");
        CHECK_FALSE(r.dataset);
        CHECK(mentions(r.diagnostics, "/merges: "));
        const io::LoadResult w =
            io::loadDatasetText(withMerges("[{\"actor\": \"b\", \"into\": \"a\", \"colour\": 1}]"), "m.json");
        REQUIRE(w.dataset);
        CHECK(w.diagnostics.warnings == 1);
    }
}
