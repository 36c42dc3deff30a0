// Tests of tie types' "layout" member (README.md, "Data format"): the loader with located error
// messages, the writer's round trip, the defaults of files and imports without it, and
// app/core/model/tie_roles.cpp (patron ends).
#include "core/interop/dataset_files.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/dataset_writer.hpp"
#include "core/model/tie_roles.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>

using namespace tieline::core;

namespace {

std::string withTypes(const std::string& types) {
    return R"({"meta": {"title": "t", "start": "1960", "end": "1961"},
 "tieTypes": )" +
           types +
           R"(,
 "actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
 "ties": [{"id": "t1", "from": "a", "to": "b", "type": "k", "spans": [{}], "confidence": "high"}]})";
}

bool mentions(const io::Diagnostics& d, const std::string& text) {
    for (const auto& item : d.items)
        if (item.format().find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("tie roles: the loader reads a type's layout role") {
    const io::LoadResult r = io::loadDatasetText(
        withTypes(
            R"([{"id": "k", "sign": -1, "layout": {"attraction": 0.5, "length": 1.5, "patron": "to"}}])"),
        "roles.json");
    REQUIRE(r.dataset);
    CHECK(r.diagnostics.items.empty());
    const model::TieType& k = r.dataset->tieTypes[0];
    CHECK(k.layout.declared);
    CHECK(k.layout.attraction == 0.5);
    CHECK_FALSE(k.layout.repulsion);
    CHECK(k.layout.length == 1.5);
    CHECK(k.layout.patron == model::PatronRole::To);
    const model::Tie& t = r.dataset->ties[0];
    CHECK(model::patronEnd(*r.dataset, t) == t.to);
    CHECK(model::patronEndOfType(k) == "to");
    CHECK(model::patronTypes(*r.dataset).size() == 1);
}

TEST_CASE("tie roles: without a layout member a type says nothing about patronage") {
    const io::LoadResult r = io::loadDatasetText(withTypes(R"([{"id": "k"}])"), "plain.json");
    REQUIRE(r.dataset);
    const model::TieType& k = r.dataset->tieTypes[0];
    CHECK_FALSE(k.layout.declared);
    CHECK_FALSE(k.layout.attraction);
    CHECK(k.layout.patron == model::PatronRole::None);
    CHECK_FALSE(model::patronEnd(*r.dataset, r.dataset->ties[0]));
    CHECK(model::patronEndOfType(k).empty());
    CHECK(model::patronTypes(*r.dataset).empty());
}

TEST_CASE("tie roles: bad roles are located errors") {
    const std::string text = withTypes(R"([{"id": "k", "layout": {"attraction": 1, "repulsion": 0.5}},
  {"id": "m", "layout": {"length": 0, "patron": "client"}},
  {"id": "n", "layout": {"attraction": -1, "stiffness": 2}},
  {"id": "o", "layout": "from"}])");
    const io::LoadResult r = io::loadDatasetText(text, "bad.json");
    CHECK_FALSE(r.dataset);
    CHECK(mentions(r.diagnostics, "/tieTypes/0/layout/repulsion: a tie type either attracts or repels"));
    CHECK(
        mentions(r.diagnostics, "/tieTypes/1/layout/length: expected a number above 0, up to 100, found 0"));
    CHECK(mentions(r.diagnostics,
                   "/tieTypes/1/layout/patron: expected one of from, to, same, none, found \"client\""));
    CHECK(
        mentions(r.diagnostics, "/tieTypes/2/layout/attraction: expected a number from 0 to 100, found -1"));
    CHECK(mentions(r.diagnostics, "/tieTypes/2/layout/stiffness")); // an unknown member: a warning
    CHECK(mentions(r.diagnostics, "/tieTypes/3/layout"));
    CHECK(mentions(r.diagnostics, "bad.json:4:")); // with line and column
}

TEST_CASE("tie roles: the writer keeps a declared role and adds none to a type without one") {
    const io::LoadResult r = io::loadDatasetText(
        withTypes(R"([{"id": "k", "layout": {"repulsion": 0.25, "length": 2, "patron": "same"}},
                      {"id": "plain"}])"),
        "roles.json");
    REQUIRE(r.dataset);
    const std::string written = io::datasetToJson(*r.dataset);
    const auto json = nlohmann::json::parse(written);
    CHECK(json["tieTypes"][0]["layout"] ==
          nlohmann::json::parse(R"({"repulsion": 0.25, "length": 2.0, "patron": "same"})"));
    CHECK_FALSE(json["tieTypes"][1].contains("layout"));
    const io::LoadResult again = io::loadDatasetText(written, "again.json");
    REQUIRE(again.dataset);
    const model::TieLayoutRole& role = again.dataset->tieTypes[0].layout;
    CHECK(role.repulsion == 0.25);
    CHECK(role.length == 2.0);
    CHECK(role.patron == model::PatronRole::Same);
    CHECK_FALSE(again.dataset->tieTypes[1].layout.declared);
    CHECK(io::datasetToJson(*again.dataset) == written);
}

TEST_CASE("tie roles: the default dataset declares a role for every type") {
    const io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE(r.dataset);
    for (const model::TieType& t : r.dataset->tieTypes)
        CHECK_MESSAGE(t.layout.declared, t.key);
    const auto role = [&](const char* key) {
        return r.dataset->tieTypes[r.dataset->tieTypeByKey.at(key).index()].layout;
    };
    CHECK(role("patronage").patron == model::PatronRole::From);
    CHECK(role("aid").patron == model::PatronRole::From);
    CHECK(role("treaty").patron == model::PatronRole::Same);
    // An intervention is close pressure: a pull, not a push.
    CHECK(role("intervention").attraction > 0.0);
    CHECK(role("intervention").repulsion.value_or(0.0) == 0.0);
    CHECK(role("rivalry").repulsion > 0.0);
    CHECK(model::patronTypesPhrase(*r.dataset, model::patronTypes(*r.dataset)) ==
          "patronage, aid and treaty ties");
}

TEST_CASE("tie roles: GEXF and CSV imports get the defaults: no declared role, no patron types") {
    for (const char* rel : {"gexf/valid/dynamic-dates-spells.gexf", "csv/valid/gephi-semicolon.edges.csv"}) {
        const io::LoadResult r = interop::loadAnyDataset(std::string(TIELINE_FIXTURES) + "/" + rel);
        REQUIRE_MESSAGE(r.dataset, rel);
        CHECK(!r.dataset->tieTypes.empty());
        for (const model::TieType& t : r.dataset->tieTypes)
            CHECK_FALSE(t.layout.declared);
        CHECK(model::patronTypes(*r.dataset).empty());
    }
}
