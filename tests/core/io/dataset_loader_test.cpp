// Tests for app/core/io/dataset_loader.cpp: a valid file becomes a Dataset; problems are
// collected with their locations and the dataset is withheld.
#include "core/io/dataset_loader.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace tieline::core;

namespace {

std::string fixture(const char* rel) {
    return std::string(TIELINE_FIXTURES) + "/" + rel;
}

bool mentions(const io::Diagnostics& d, const std::string& text) {
    for (const auto& item : d.items)
        if (item.format().find(text) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("loader: reads every part of the format") {
    const io::LoadResult r = io::loadDatasetFile(fixture("valid/full.json"));
    REQUIRE_MESSAGE(r.dataset, (r.diagnostics.items.empty() ? "" : r.diagnostics.items[0].format()));
    CHECK(r.diagnostics.warnings == 0);
    const model::Dataset& d = *r.dataset;
    CHECK(d.meta.title == "Every field of format v1");
    CHECK(d.meta.step == model::TimeStep::Month);
    CHECK(d.meta.start.toString() == "1955");
    REQUIRE(d.tieTypes.size() == 2);
    CHECK(d.tieTypes[1].sign == -1);
    CHECK_FALSE(d.tieTypes[1].directed);
    CHECK(d.tieTypes[0].color == 0x0072B2);
    REQUIRE(d.actors.size() == 3);
    const model::Actor& client = d.actor(*d.findActor("client"));
    CHECK(client.native == "客户");
    CHECK(client.nativeUnverified);
    CHECK(client.kind == model::ActorKind::Person);
    REQUIRE(client.pin);
    CHECK(client.pin->x == 10);
    CHECK(client.spans.size() == 1);
    CHECK(client.spans[0].end->approximate);
    CHECK(d.group(client.group)->key == "north");
    const model::Tie& pc = d.tie(*d.findTie("patron-client"));
    CHECK(pc.spans.size() == 2);
    CHECK_FALSE(pc.spans[1].end);
    CHECK(pc.strength.size() == 3);
    CHECK(pc.confidence == model::Confidence::High);
    REQUIRE(pc.claims.size() == 1);
    CHECK(d.source(pc.claims[0].source).key == "doc-1");
    CHECK(pc.claims[0].quote == "the patron stood by the client");
    const model::Tie& cr = d.tie(*d.findTie("client-rival"));
    CHECK(cr.confidence == model::Confidence::Contested);
    CHECK(cr.claims[1].contradicts == std::vector<std::string>{"c-a"});
    const model::Source& book = d.source(*d.findSource("book-1"));
    CHECK(book.authors[0].family == "Roe");
    CHECK(book.issued == "2005");
    CHECK(book.publisherPlace == "Honolulu");
    CHECK(book.doi == "10.1000/xyz123");
    const model::Source& doc = d.source(*d.findSource("doc-1"));
    CHECK(doc.issued == "1956-09-18");
    CHECK(doc.archiveLocation == "f. 0102, op. 12, d. 6");
    CHECK(doc.translators[0].given == "Jane");
    CHECK(doc.cslJson.find("\"archive_location\"") != std::string::npos);
    REQUIRE(d.events.size() == 1);
    CHECK(d.events[0].end->toString() == "1956-08-31");
    CHECK(d.events[0].actors.size() == 2);
    REQUIRE(d.stories.size() == 1);
    CHECK(d.stories[0].stops.size() == 3);
    CHECK(d.stories[0].stops[1].focus[0] == *d.findActor("rival"));
}

TEST_CASE("loader: a minimal file needs only meta, types, actors and ties") {
    const io::LoadResult r = io::loadDatasetFile(fixture("valid/minimal.json"));
    REQUIRE(r.dataset);
    CHECK(r.dataset->ties[0].strength.empty());
    CHECK(r.dataset->ties[0].spans.size() == 1);
    CHECK(r.dataset->tieTypes[0].directed);
}

TEST_CASE("loader: groups without a groups table are implied by the actors") {
    const char* text = R"({"meta": {"title": "t", "start": "1960", "end": "1961"},
        "actors": [{"id": "a", "name": "A", "group": "x"}, {"id": "b", "name": "B", "group": "y"},
                   {"id": "c", "name": "C", "group": "x"}]})";
    const io::LoadResult r = io::loadDatasetText(text, "implied.json");
    REQUIRE(r.dataset);
    CHECK(r.dataset->groups.size() == 2);
    CHECK(r.dataset->actors[2].group == r.dataset->actors[0].group);
}

TEST_CASE("loader: collects every error, each with file, line, column and pointer") {
    const char* text = "{\"meta\": {\"title\": \"t\", \"start\": \"1960\", \"end\": \"1961\"},\n"
                       " \"tieTypes\": [{\"id\": \"k\"}],\n"
                       " \"actors\": [{\"id\": \"a\", \"name\": \"A\"}],\n"
                       " \"ties\": [{\"id\": \"t1\", \"from\": \"a\", \"to\": \"zz\", \"type\": \"k\", "
                       "\"spans\": [{}], \"confidence\": \"high\"},\n"
                       "          {\"id\": \"t2\", \"from\": \"yy\", \"to\": \"a\", \"type\": \"q\", "
                       "\"spans\": [{}], \"confidence\": \"high\"}]}";
    const io::LoadResult r = io::loadDatasetText(text, "many.json");
    CHECK_FALSE(r.dataset);
    CHECK(r.diagnostics.errors == 3);
    CHECK(mentions(r.diagnostics, "many.json:4:43: error: /ties/0/to: unknown actor \"zz\""));
    CHECK(mentions(r.diagnostics, "/ties/1/from: unknown actor \"yy\""));
    CHECK(mentions(r.diagnostics, "/ties/1/type: unknown tie type \"q\""));
}

TEST_CASE("loader: stops keeping messages at the cap but still counts them") {
    std::string text = R"({"meta": {"title": "t", "start": "1960", "end": "1961"}, "actors": [)";
    for (int i = 0; i < 50; ++i)
        text += std::string(i ? "," : "") + "{\"id\": \"a" + std::to_string(i) + "\"}";
    text += "]}";
    io::LoadOptions options;
    options.maxMessages = 10;
    const io::LoadResult r = loadDatasetText(text, "cap.json", options);
    CHECK(r.diagnostics.items.size() == 10);
    CHECK(r.diagnostics.errors == 50);
    CHECK(r.diagnostics.dropped == 40);
}

TEST_CASE("loader: refuses files over the size limit before reading them") {
    io::LoadOptions options;
    options.maxFileBytes = 100;
    const io::LoadResult r = loadDatasetFile(fixture("valid/full.json"), options);
    CHECK_FALSE(r.dataset);
    CHECK(mentions(r.diagnostics, "over the size limit of 100 bytes"));
}

TEST_CASE("loader: a missing file or a directory is an error, not a crash") {
    CHECK(mentions(io::loadDatasetFile("/nonexistent/x.json").diagnostics, "cannot open the file"));
    CHECK(mentions(io::loadDatasetFile(TIELINE_FIXTURES).diagnostics,
                   "expected a regular file, found a folder"));
}

TEST_CASE("loader: warnings leave the dataset usable") {
    const io::LoadResult r = io::loadDatasetFile(fixture("warnings/unknown-member.json"));
    REQUIRE(r.dataset);
    CHECK(r.diagnostics.warnings == 1);
    CHECK(mentions(r.diagnostics, "warning: /actors/0/colour: unknown member \"colour\" is ignored"));
    const io::LoadResult x = io::loadDatasetText(
        R"({"meta": {"title": "t", "start": "1960", "end": "1961"}, "x-note": 1})", "x.json");
    REQUIRE(x.dataset);
    CHECK(x.diagnostics.warnings == 0);
}

TEST_CASE("loader: a tie that can never be seen is a warning") {
    const io::LoadResult r = io::loadDatasetFile(fixture("warnings/tie-never-visible.json"));
    REQUIRE(r.dataset);
    CHECK(mentions(r.diagnostics, "/ties/0/spans: the tie is never visible: \"kim\" is not present"));
}

TEST_CASE("loader: refuses tables larger than the limit, with a located message") {
    std::string text = R"({"meta": {"title": "t", "start": "1960", "end": "1961"}, "actors": [)";
    for (int i = 0; i < 20; ++i)
        text += std::string(i ? "," : "") + "{\"id\": \"a" + std::to_string(i) + "\", \"name\": \"A\"}";
    text += "]}";
    io::LoadOptions options;
    options.maxItems = 10;
    const io::LoadResult r = loadDatasetText(text, "big.json", options);
    CHECK_FALSE(r.dataset);
    CHECK(mentions(r.diagnostics,
                   "big.json:1:68: error: /actors: expected at most 10 entries in actors, found 20"));
    options.maxItems = 20;
    CHECK(io::loadDatasetText(text, "big.json", options).dataset);
}
