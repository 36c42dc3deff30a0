// Tests for app/core/figure/bibliography.cpp.
#include "core/figure/bibliography.hpp"

#include "export_fixture.hpp"

#include <nlohmann/json.hpp>

using namespace tieline;

TEST_CASE("bibliography: exactly the sources of the visible ties, citations with the claims' quotes") {
    testing::ExportFixture f;
    f.build("1956-09");
    std::vector<char> seen;
    core::figure::markVisibleTies(f.data, f.scene, seen);
    REQUIRE(seen.size() == 4);
    CHECK(seen == std::vector<char>{1, 1, 0, 0}); // ab and ad; bd has ended, bc lost Gamma
    const std::vector<core::model::SourceId> sources = core::figure::sourcesOfTies(f.data, seen);
    REQUIRE(sources.size() == 2);
    CHECK(f.data.source(sources[0]).key == "s1");
    CHECK(f.data.source(sources[1]).key == "s2");

    const std::string md = core::figure::bibliographyMarkdown(f.data, seen, "on 1 September 1956");
    CHECK(md.find("# Sources: Export \\<test\\> & \"quotes\"") != std::string::npos);
    CHECK(md.find("2 ties shown on 1 September 1956: 2 sources") != std::string::npos);
    CHECK(md.find("First book") != std::string::npos);
    CHECK(md.find("Second book") != std::string::npos);
    CHECK(md.find("Third book") == std::string::npos);
    CHECK(md.find("p. 4: \xE2\x80\x9C"
                  "aid \\*flowed\\* to Beta\xE2\x80\x9D (aid)") != std::string::npos);
    CHECK(md.find("Kim \\<Il\\> & Sung \xE2\x86\x92 Beta") != std::string::npos);  // directed
    CHECK(md.find("Kim \\<Il\\> & Sung \xE2\x80\x93 Delta") != std::string::npos); // undirected

    const auto csl = nlohmann::json::parse(core::figure::bibliographyCslJson(f.data, seen));
    REQUIRE(csl.is_array());
    REQUIRE(csl.size() == 2);
    CHECK(csl[0]["id"] == "s1");
    CHECK(csl[1]["id"] == "s2");
}

TEST_CASE("bibliography: a sweep gathers the ties of every frame") {
    testing::ExportFixture f;
    std::vector<char> seen;
    f.build("1956-02");
    core::figure::markVisibleTies(f.data, f.scene, seen);
    f.build("1956-09");
    core::figure::markVisibleTies(f.data, f.scene, seen);
    CHECK(seen == std::vector<char>{1, 1, 1, 1});
    CHECK(core::figure::sourcesOfTies(f.data, seen).size() == 3);
}
