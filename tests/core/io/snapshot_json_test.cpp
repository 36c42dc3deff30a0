// Tests for app/core/io/snapshot_json.cpp: the `tieline snapshot` document.
#include "core/io/dataset_loader.hpp"
#include "core/io/snapshot_json.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

using namespace tieline::core;

TEST_CASE("snapshot: lists the actors present and the ties active, with strength and claims") {
    const io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_FIXTURES) + "/valid/full.json");
    REQUIRE(r.dataset);
    const model::Dataset& d = *r.dataset;
    const auto doc = nlohmann::json::parse(io::snapshotJson(d, calendar::daysFromCivil(1956, 3, 1)));
    CHECK(doc["at"] == "1956-03-01");
    CHECK(doc["title"] == "Every field of format v1");
    REQUIRE(doc["actors"].size() == 3);
    CHECK(doc["actors"][1]["native"] == "客户");
    CHECK(doc["actors"][1]["group"] == "north");
    REQUIRE(doc["ties"].size() == 2);
    const auto& pc = doc["ties"][0];
    CHECK(pc["id"] == "patron-client");
    CHECK(pc["from"] == "patron");
    CHECK(pc["to"] == "client");
    CHECK(pc["type"] == "patronage");
    CHECK(pc["confidence"] == "high");
    CHECK(pc["claims"] == 1);
    const double expected =
        0.9 + (0.4 - 0.9) *
                  double(calendar::daysFromCivil(1956, 3, 1) - calendar::daysFromCivil(1955, 3, 1)) /
                  double(calendar::daysFromCivil(1956, 8, 1) - calendar::daysFromCivil(1955, 3, 1));
    CHECK(pc["strength"].get<double>() == doctest::Approx(expected).epsilon(1e-6));
    CHECK(doc["ties"][1]["confidence"] == "contested");
}

TEST_CASE("snapshot: includes positions when a layout gives them") {
    const io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_FIXTURES) + "/valid/minimal.json");
    REQUIRE(r.dataset);
    const std::vector<model::Point> positions = {{1.5, -2.0}, {3.25, 4.0}};
    io::SnapshotOptions options;
    options.positions = &positions;
    const auto doc =
        nlohmann::json::parse(io::snapshotJson(*r.dataset, calendar::daysFromCivil(1960, 6, 1), options));
    CHECK(doc["actors"][0]["x"] == 1.5);
    CHECK(doc["actors"][1]["y"] == 4.0);
}
