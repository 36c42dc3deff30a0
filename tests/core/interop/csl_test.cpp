// Tests for app/core/interop/csl_json.cpp: a Zotero export becomes sources; a dataset's sources go
// out as CSL-JSON and come back the same.
#include "core/interop/csl_json.hpp"

#include "same_network.hpp"

#include <doctest/doctest.h>

using namespace tieline::core;

namespace {

// Shaped like Zotero's "Export Collection... > CSL JSON": URI ids, digit-string date parts,
// fields tieline does not model (they are kept verbatim).
const char* kZotero = R"([
  {
    "id": "http://zotero.org/users/local/x7Kp2/items/5WJSBAKK",
    "type": "article-magazine",
    "title": "Why Won't China Help With North Korea? Remember 1956",
    "container-title": "ChinaFile",
    "author": [{ "family": "Radchenko", "given": "Sergey" }],
    "issued": { "date-parts": [["2017", "7", "10"]] },
    "URL": "https://www.chinafile.com/",
    "accessed": { "date-parts": [[2024, 5, 1]] }
  },
  {
    "id": "Lankov2005",
    "type": "book",
    "title": "Crisis in North Korea",
    "author": [{ "family": "Lankov", "given": "Andrei" }],
    "issued": { "date-parts": [[2005]] },
    "publisher": "University of Hawaii Press",
    "publisher-place": "Honolulu"
  },
  {
    "id": "http://zotero.org/users/local/x7Kp2/items/ZZZZ9999",
    "type": "book",
    "title": "Another by Lankov",
    "author": [{ "family": "Lankov", "given": "Andrei" }],
    "issued": { "raw": "2005?" }
  }
])";

} // namespace

TEST_CASE("csl: a Zotero CSL-JSON export becomes sources with kebab-case keys and their CSL kept verbatim") {
    const interop::CslImport r = interop::readCslJson(kZotero, "zotero.json");
    CHECK_FALSE(r.diagnostics.hasErrors());
    REQUIRE(r.sources.size() == 3);
    const model::Source& radchenko = r.sources[0];
    CHECK(radchenko.key == "radchenko-2017"); // a URI id becomes an author-year key
    CHECK(radchenko.issued == "2017-07-10");
    CHECK(radchenko.containerTitle == "ChinaFile");
    CHECK(radchenko.authors[0].given == "Sergey");
    CHECK(radchenko.cslJson.find("\"accessed\"") != std::string::npos);
    CHECK(radchenko.cslJson.find("\"x-csl-id\":\"http://zotero.org/users/local/x7Kp2/items/5WJSBAKK\"") !=
          std::string::npos);
    CHECK(r.sources[1].key == "lankov2005");
    CHECK(r.sources[1].publisherPlace == "Honolulu");
    CHECK(r.sources[2].key == "lankov-2005"); // the year of a raw date too
    CHECK(r.sources[2].issued == "2005?");
}

TEST_CASE("csl: a dataset's sources go out as CSL-JSON and read back the same") {
    const io::LoadResult loadedFull = io::loadDatasetFile(tieline::test::fixturePath("valid/full.json"));
    REQUIRE(loadedFull.dataset);
    const std::vector<model::Source>& sources = loadedFull.dataset->sources;
    const std::string text = interop::cslJsonText(sources);
    const interop::CslImport back = interop::readCslJson(text, "out.csl.json");
    REQUIRE(back.sources.size() == sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        CHECK(back.sources[i].key == sources[i].key);
        CHECK(back.sources[i].title == sources[i].title);
        CHECK(back.sources[i].issued == sources[i].issued);
        CHECK(back.sources[i].archiveLocation == sources[i].archiveLocation);
        CHECK(back.sources[i].cslJson.find("x-csl-id") == std::string::npos); // ids were already keys
    }
    CHECK(interop::cslJsonText(back.sources) == text);
}

TEST_CASE("csl: a hand-built source without verbatim CSL is written complete") {
    model::Source s;
    s.key = "memo";
    s.type = "report";
    s.title = "A memo";
    s.issued = "1956-09";
    s.authors = {{"Doe", "Jane", ""}};
    const std::string text = interop::cslJsonText({s});
    CHECK(text.find("\"date-parts\"") != std::string::npos);
    const interop::CslImport back = interop::readCslJson(text, "memo.csl.json");
    REQUIRE(back.sources.size() == 1);
    CHECK(back.sources[0].issued == "1956-09");
    CHECK(back.sources[0].authors[0].family == "Doe");
}

TEST_CASE("csl: bad items are located errors and give no sources") {
    const interop::CslImport r =
        interop::readCslJson("[\n  {\"id\": \"a\", \"type\": \"book\"},\n  {\"type\": \"book\", "
                             "\"issued\": {\"date-parts\": [[\"MMXVII\"]]}}\n]",
                             "bad.json");
    CHECK(r.diagnostics.hasErrors());
    CHECK(r.sources.empty());
    bool idMissing = false, datePart = false;
    for (const io::Diagnostic& d : r.diagnostics.items) {
        idMissing = idMissing ||
                    d.format().find("bad.json:3:3: error: /1/id: expected an \"id\"") != std::string::npos;
        datePart = datePart || d.format().find("/1/issued/date-parts/0/0: expected an integer date part") !=
                                   std::string::npos;
    }
    CHECK(idMissing);
    CHECK(datePart);
    CHECK(interop::readCslJson("{\"id\": \"x\"", "cut.json").diagnostics.hasErrors());
    CHECK(interop::readCslJson("42", "number.json")
              .diagnostics.items.at(0)
              .message.find("expected a CSL-JSON array") == 0);
}

TEST_CASE("csl: added sources replace those with the same key and the rest are appended") {
    io::LoadResult r = io::loadDatasetFile(tieline::test::fixturePath("valid/full.json"));
    REQUIRE(r.dataset);
    model::Dataset& d = *r.dataset;
    const model::SourceId before = *d.findSource("book-1");
    const interop::CslImport csl =
        interop::readCslJson(R"([{"id": "book-1", "type": "book", "title": "A History, 2nd ed."},
                                          {"id": "new-1", "type": "webpage", "title": "New"}])",
                             "more.json");
    CHECK(interop::addSources(d, csl.sources) == 1);
    CHECK(d.source(before).title == "A History, 2nd ed."); // claims still point at it
    REQUIRE(d.findSource("new-1"));
    CHECK(d.sources.size() == 3);
}
