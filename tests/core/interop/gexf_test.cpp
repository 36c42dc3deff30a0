// Tests for app/core/interop/gexf_*.cpp: files other tools write read as they mean; bad files get
// located errors; a dataset survives JSON -> GEXF -> JSON.
#include "core/interop/gexf.hpp"

#include "core/io/dataset_loader.hpp"
#include "same_network.hpp"
#include "support/fixture_rows.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>

using namespace tieline::core;
using tieline::test::checkSameNetwork;
using tieline::test::fixturePath;

namespace {

const model::Dataset& loaded(const io::LoadResult& r) {
    std::string messages;
    for (const io::Diagnostic& d : r.diagnostics.items)
        messages += d.format() + "\n";
    INFO(messages);
    REQUIRE(r.dataset.has_value());
    return *r.dataset;
}

bool mentions(const io::Diagnostics& d, const std::string& text) {
    for (const io::Diagnostic& item : d.items)
        if (item.format().find(text) != std::string::npos) return true;
    return false;
}

const model::Tie& tie(const model::Dataset& d, const char* key) {
    return d.tie(*d.findTie(key));
}
const model::Actor& actor(const model::Dataset& d, const char* key) {
    return d.actor(*d.findActor(key));
}

std::string spanText(const calendar::Span& s) {
    return (s.start ? s.start->toString() : std::string("open")) + ".." +
           (s.end ? s.end->toString() : std::string("open"));
}

// A dataset loaded from JSON, with its sources given to the GEXF reader as a sidecar would.
void checkRoundTrip(const std::string& jsonPath) {
    const io::LoadResult original = io::loadDatasetFile(jsonPath);
    const model::Dataset& d = loaded(original);
    const std::string gexf = interop::gexfText(d);
    interop::ImportOptions options;
    options.sources = d.sources;
    const io::LoadResult back = loadGexfText(gexf, "round-trip.gexf", options);
    const model::Dataset& b = loaded(back);
    CHECK(back.diagnostics.warnings == 0);
    checkSameNetwork(d, b);
    CHECK(b.sources.size() == d.sources.size());
}

} // namespace

TEST_CASE("gexf: the GEXF primer's simple.gexf reads as a static network of two actors and one tie") {
#ifdef TIELINE_GEXF_SPEC
    const io::LoadResult r = interop::loadGexfFile(std::string(TIELINE_GEXF_SPEC) + "/simple.gexf");
    const model::Dataset& d = loaded(r);
    REQUIRE(d.actors.size() == 2);
    CHECK(d.actors[0].name == "Hello");
    CHECK(d.actors[1].name == "Word");
    REQUIRE(d.ties.size() == 1);
    CHECK(d.tieType(d.ties[0].type).directed);
    CHECK(d.ties[0].spans.size() == 1);
    CHECK_FALSE(d.ties[0].spans[0].start);
    CHECK(mentions(r.diagnostics, "the network has no dates"));
    CHECK(d.meta.title == "simple");
    CHECK(d.meta.description == "A hello world! file");
#else
    MESSAGE("the GEXF 1.3 specification directory was not found at configure time; nothing to read");
#endif
}

TEST_CASE("gexf: a dynamic file with dates, open-ended spells, a time-varying weight and parallel edges with "
          "kinds reads as Gephi means it") {
    const io::LoadResult r = interop::loadGexfFile(fixturePath("gexf/valid/dynamic-dates-spells.gexf"));
    const model::Dataset& d = loaded(r);
    CHECK(d.meta.description == "A ministry's patronage network");
    CHECK(d.meta.authors == std::vector<std::string>{"Gephi 0.10.1"});
    CHECK(d.meta.start.toString() == "1950"); // the earliest date, as a whole year
    CHECK(d.meta.end.toString() == "1960");
    const model::Actor& alpha = actor(d, "n1");
    REQUIRE(alpha.spans.size() == 2);
    CHECK(spanText(alpha.spans[0]) == "1956-01-01..1958-12-31"); // inclusive end day: present on 31 Dec
    CHECK(calendar::resolveSpan(alpha.spans[0], d.meta.start, d.meta.end).end ==
          calendar::daysFromCivil(1959, 1, 1));
    CHECK(spanText(alpha.spans[1]) == "1960-03-01..open");
    CHECK(spanText(actor(d, "n2").spans[0]) == "open..1959-06-30");
    CHECK(actor(d, "n3").spans.empty());
    CHECK(d.group(alpha.group)->label == "Cabinet");
    CHECK(d.group(alpha.group)->color == 0x0072B2);
    CHECK_FALSE(alpha.pin); // a Gephi layout position is a hint, not a pin
    const model::Tie& e1 = tie(d, "e1");
    CHECK(d.tieType(e1.type).key == "patronage");
    REQUIRE(e1.strength.size() == 2); // weights 2 and 4, divided by the largest
    CHECK(e1.strength[0].date.toString() == "1956-01-01");
    CHECK(e1.strength[0].value == 0.5);
    CHECK(e1.strength[1].value == 1.0);
    const model::Tie& e2 = tie(d, "e2");
    CHECK(d.tieType(e2.type).key == "kinship");
    CHECK_FALSE(d.tieType(e2.type).directed);
    CHECK(d.tieType(e2.type).color == 0xD55E00);
    CHECK(e2.from == e1.from); // parallel edges stay two ties
    CHECK(spanText(tie(d, "e3").spans[0]) == "1957-05-01..1957-05-31");
    CHECK(mentions(r.diagnostics, "weights divided by 4, the largest"));
    CHECK(mentions(r.diagnostics, "attributes tieline does not use: faction"));
}

TEST_CASE("gexf: 1.2draft dateTime times, exclusive endopen bounds, a float weight and numeric ids read") {
    const io::LoadResult r = interop::loadGexfFile(fixturePath("gexf/valid/gexf-1.2draft-datetime.gexf"));
    const model::Dataset& d = loaded(r);
    CHECK(r.diagnostics.warnings == 0);
    CHECK(d.meta.title == "gexf-1.2draft-datetime");
    CHECK(d.meta.start.toString() == "1961");
    CHECK(d.meta.end.toString() == "1962");
    CHECK(spanText(actor(d, "0").spans[0]) == "1961-01-01..open"); // the time zone does not move the day
    CHECK(spanText(actor(d, "1").spans[0]) == "1961-01-01..1962-06-30"); // endopen 1962-07-01: the day before
    const model::Tie& t = tie(d, "0");
    CHECK_FALSE(d.tieType(t.type).directed);     // the graph's defaultedgetype
    CHECK(d.tieType(t.type).label == "rivalry"); // the label every edge of the type shares
    REQUIRE(t.strength.size() == 2);
    CHECK(t.strength[0].date.toString() == "1961-06-15");
    CHECK(t.strength[1].value == 0.75);
}

TEST_CASE("gexf: integer years and the 1.3 intervals attribute read as year spans, inclusive at both ends") {
    const io::LoadResult r = interop::loadGexfFile(fixturePath("gexf/valid/integer-years-intervals.gexf"));
    const model::Dataset& d = loaded(r);
    const model::Actor& a = actor(d, "a");
    REQUIRE(a.spans.size() == 2);
    CHECK(spanText(a.spans[0]) == "1956..1958");
    CHECK(calendar::resolveSpan(a.spans[0], d.meta.start, d.meta.end).end ==
          calendar::daysFromCivil(1959, 1, 1));
    CHECK(spanText(a.spans[1]) == "1961..1961");
    REQUIRE(d.ties.size() == 2);
    CHECK(d.ties[0].key == "a-b"); // edges without ids are named by their ends
    CHECK(d.ties[1].key == "a-b-2");
    CHECK(d.tieType(d.ties[1].type).key == "aid");
    CHECK(d.ties[1].spans.size() == 2); // [1957] and [1958, 1960] touch but stay two spans
}

TEST_CASE("gexf: timestamps read as single periods, neighbouring ones merge, decimal years are days") {
    const io::LoadResult r = interop::loadGexfFile(fixturePath("gexf/valid/timestamps-double.gexf"));
    const model::Dataset& d = loaded(r);
    const model::Actor& x = actor(d, "x");
    REQUIRE(x.spans.size() == 2);
    CHECK(spanText(x.spans[0]) == "1956..1957");
    CHECK(spanText(x.spans[1]) == "1960..1960");
    CHECK(spanText(actor(d, "y").spans[0]) == "1956-07-02..1956-07-02");
    CHECK(spanText(tie(d, "xy").spans[0]) == "1956..1956");
}

TEST_CASE("gexf: each invalid fixture fails with its message at its line, column and XPath") {
    struct Case {
        const char* file;
        const char* located; // "line:column: error: pointer: message"
    };
    const Case cases[] = {
        {"malformed-unclosed-tag.gexf", ":6:7: error: /: malformed XML: Start-end tags mismatch"},
        {"edge-unknown-target.gexf", ":10:32: error: /gexf/graph/edges/edge[2]/@target: unknown node \"zz\""},
        {"interval-end-before-start.gexf", ":7:11: error: /gexf/graph/nodes/node[1]/spells/spell[1]: the "
                                           "interval ends (1956-01-01) before it starts (1958-01-01)"},
        {"timeformat-mismatch.gexf", ":6:30: error: /gexf/graph/nodes/node[2]/@start: expected an integer "
                                     "year (timeformat \"integer\"), found \"1956-03-01\""},
        {"timeformat-unknown.gexf",
         ":3:52: error: /gexf/graph/@timeformat: expected timeformat integer, double, date or dateTime"},
        {"doctype-external-entity.gexf", ":2:11: error: /: a DOCTYPE is not allowed in GEXF"},
        {"doctype-billion-laughs.gexf", ":2:11: error: /: a DOCTYPE is not allowed in GEXF"},
        {"attvalue-undeclared.gexf",
         ":11:21: error: /gexf/graph/nodes/node[1]/attvalues/attvalue[2]/@for: unknown attribute \"99\""},
        {"node-duplicate-id.gexf", ":6:13: error: /gexf/graph/nodes/node[2]/@id: duplicate node id \"a\""},
        {"invalid-utf8.gexf", ":5:30: error: /: invalid UTF-8 (byte 0xE9)"},
        {"root-not-gexf.gexf", ":2:1: error: /: expected a <gexf> root element, found <graphml>"},
        {"edge-weight-not-a-number.gexf",
         ":9:43: error: /gexf/graph/edges/edge[1]/@weight: expected a number, found \"heavy\""},
        {"edge-type-unknown.gexf",
         ":9:43: error: /gexf/graph/edges/edge[1]/@type: expected directed, undirected or mutual"},
        {"graph-missing.gexf", ":2:1: error: /: expected a <graph> element inside <gexf>"},
        {"charref-surrogate.gexf", ":5:30: error: /: the character reference &#xD800; is a UTF-16 surrogate"},
        {"charref-beyond-unicode.gexf",
         ":5:30: error: /: the character reference &#x110000; is past U+10FFFF"},
        {"fuzz-encoding-not-utf8-charref-surrogate.gexf",
         ":25:30: error: /: the character reference &#xD800; is a UTF-16 surrogate"},
        {"charref-surrogate-latin1.gexf",
         ":5:30: error: /: the character reference &#xD800; is a UTF-16 surrogate"},
        {"charref-surrogate-utf16.gexf", ":2:41: error: /: text that is not valid Unicode once decoded"},
        {"charref-nul.gexf", ":5:30: error: /: the character reference &#0; is a NUL character"},
        {"charref-control.gexf",
         ":5:30: error: /: the character reference &#x1; is a control character XML 1.0 does not allow"},
        {"edge-missing-source.gexf",
         ":8:7: error: /gexf/graph/edges/edge[1]: missing required attribute \"source\""},
    };
    const auto any = [](const std::string&) { return true; };
    tieline::test::checkEveryFixtureHasARow(
        fixturePath("gexf/invalid"), cases, any, [](const Case& c, const std::string& path) {
            const io::LoadResult r = interop::loadGexfFile(path);
            CHECK_MESSAGE(!r.dataset, c.file);
            REQUIRE_MESSAGE(!r.diagnostics.items.empty(), c.file);
            const std::string first = r.diagnostics.items[0].format();
            CHECK_MESSAGE(first.find(std::string(c.file) + c.located) != std::string::npos, first);
        });
}

TEST_CASE("gexf: a DOCTYPE with an external or a billion-laughs entity is refused at once, never expanded") {
    for (const char* name : {"doctype-external-entity.gexf", "doctype-billion-laughs.gexf"}) {
        const auto start = std::chrono::steady_clock::now();
        const io::LoadResult r = interop::loadGexfFile(fixturePath(std::string("gexf/invalid/") + name));
        const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        CHECK_FALSE(r.dataset);
        CHECK(r.diagnostics.errors == 1);
        CHECK(seconds < 1.0);
    }
    // Without a DOCTYPE an entity reference is not defined: it stays text, nothing is fetched.
    const std::string text = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"><graph><nodes>"
                             "<node id=\"a\" label=\"&secret;\"/></nodes><edges/></graph></gexf>";
    const io::LoadResult r = interop::loadGexfText(text, "entity.gexf");
    CHECK((!r.dataset || r.dataset->actors[0].name == "&secret;"));
}

TEST_CASE("gexf: an attribute value over the size limit is a located error, not a crash") {
    interop::ImportOptions options;
    options.limits.maxStringBytes = 1000;
    const std::string huge(5000, 'x');
    const std::string text = "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n<graph>\n<nodes>\n"
                             "<node id=\"a\" label=\"" +
                             huge + "\"/>\n</nodes>\n<edges/>\n</graph>\n</gexf>\n";
    const io::LoadResult r = loadGexfText(text, "huge.gexf", options);
    CHECK_FALSE(r.dataset);
    CHECK(mentions(r.diagnostics, "huge.gexf:4:14: error: /gexf/graph/nodes/node[1]/@label: a value of 5000 "
                                  "bytes, over the limit of 1000"));
}

TEST_CASE("gexf: JSON to GEXF to JSON keeps actors, ties, spans, strengths, types and source references") {
    SUBCASE("every field of format v1") {
        checkRoundTrip(fixturePath("valid/full.json"));
    }
    SUBCASE("the default dataset") {
        checkRoundTrip(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    }
}

TEST_CASE("gexf: the export is dynamic GEXF 1.3 with inclusive spells, kinds, a time-varying weight and "
          "attributes") {
    const model::Dataset d = loaded(io::loadDatasetFile(fixturePath("valid/full.json")));
    const std::string g = interop::gexfText(d);
    CHECK(g.find(
              "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">") !=
          std::string::npos);
    CHECK(g.find("mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\"") != std::string::npos);
    CHECK(g.find("start=\"1955-01-01\" end=\"1958-12-31\"") != std::string::npos); // the range, inclusive
    CHECK(g.find("<spell start=\"1955-03-01\" end=\"1956-08-31\" />") !=
          std::string::npos);                                             // "1956-08" ends on the 31st
    CHECK(g.find("<spell start=\"1956-10-01\" />") != std::string::npos); // open-ended
    CHECK(g.find("kind=\"patronage\" label=\"Patronage\" weight=\"0.9\"") != std::string::npos);
    CHECK(g.find("type=\"mutual\" kind=\"rivalry\"") != std::string::npos); // undirected among directed
    CHECK(g.find("<attvalue for=\"weight\" value=\"0.9\" start=\"1955-03-01\" end=\"1956-07-31\" />") !=
          std::string::npos);
    CHECK(g.find("<attvalue for=\"confidence\" value=\"contested\" />") != std::string::npos);
    CHECK(g.find("<attvalue for=\"sources\" value=\"doc-1 | book-1\" />") != std::string::npos);
    CHECK(g.find("<viz:position x=\"10\" y=\"-5\" />") != std::string::npos); // the pin
    CHECK(interop::gexfText(d) == g); // deterministic: no clock, no unordered iteration
}

TEST_CASE("gexf: layout positions become viz:position, and without viz there are no viz elements") {
    const model::Dataset d = loaded(io::loadDatasetFile(fixturePath("valid/full.json")));
    const std::vector<model::Point> positions = {{1.5, 2}, {3, 4}, {-5, 6.25}};
    interop::GexfWriteOptions options;
    options.positions = &positions;
    const std::string g = interop::gexfText(d, options);
    CHECK(g.find("<viz:position x=\"1.5\" y=\"2\" />") != std::string::npos);
    CHECK(g.find("<viz:position x=\"-5\" y=\"6.25\" />") != std::string::npos);
    options.viz = false;
    CHECK(gexfText(d, options).find("viz") == std::string::npos);
}

TEST_CASE("gexf: an exact attribute edited away from the spells gives way to the spells, with a warning") {
    const model::Dataset d = loaded(io::loadDatasetFile(fixturePath("valid/full.json")));
    std::string g = interop::gexfText(d);
    const std::string spell = "<spell start=\"1956-02-15\" end=\"1956-12-31\" />";
    REQUIRE(g.find(spell) != std::string::npos);
    g.replace(g.find(spell), spell.size(),
              "<spell start=\"1956-02-15\" end=\"1957-03-31\" />"); // edited in Gephi
    const io::LoadResult r = interop::loadGexfText(g, "edited.gexf");
    const model::Dataset& b = loaded(r);
    CHECK(spanText(tie(b, "client-rival").spans[0]) == "1956-02-15..1957-03-31");
    CHECK(mentions(r.diagnostics, "the \"spans\" attribute disagrees with the file's spells"));
    CHECK(spanText(tie(b, "patron-client").spans[1]) == "~1956-10..open"); // untouched: exact
}

TEST_CASE("gexf: text keeps newlines and quotes, and control characters XML cannot hold are dropped") {
    model::Dataset d = loaded(io::loadDatasetFile(fixturePath("valid/minimal.json")));
    REQUIRE(!d.actors.empty());
    d.actors[0].description = "line one\nline \"two\" & <three>\x01";
    const io::LoadResult r = interop::loadGexfText(interop::gexfText(d), "text.gexf");
    CHECK(loaded(r).actors[0].description == "line one\nline \"two\" & <three>");
}

TEST_CASE("gexf: what GEXF cannot carry is listed") {
    const model::Dataset d = loaded(io::loadDatasetFile(fixturePath("valid/full.json")));
    const std::vector<std::string> losses = interop::gexfLosses(d);
    const auto listed = [&](const std::string& text) {
        for (const std::string& l : losses)
            if (l.find(text) != std::string::npos) return true;
        return false;
    };
    CHECK(listed("1 event"));
    CHECK(listed("1 story"));
    CHECK(listed("meta.license"));
    CHECK(listed("2 tie type descriptions"));
    CHECK_FALSE(listed("source")); // sources travel beside, as CSL-JSON
}
