// Tests for app/core/interop/csv_*.cpp and notation.cpp: Gephi's spreadsheet tables and tieline's
// own read; RFC 4180 quoting; errors name the row and the column; JSON -> CSV -> JSON.
#include "core/interop/csv.hpp"
#include "core/interop/csv_table.hpp"
#include "core/interop/dataset_files.hpp"
#include "core/interop/detail/notation.hpp"

#include "same_network.hpp"
#include "support/fixture_rows.hpp"

#include <doctest/doctest.h>

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

std::string spanText(const calendar::Span& s) {
    return (s.start ? s.start->toString() : std::string("open")) + ".." +
           (s.end ? s.end->toString() : std::string("open"));
}

std::vector<std::string> records(std::string_view text) {
    interop::CsvReader reader(text, 1 << 20);
    std::vector<interop::CsvField> fields;
    std::vector<std::string> out;
    while (reader.next(fields)) {
        std::string row;
        for (const auto& f : fields)
            row += "[" + f.text + "]";
        out.push_back(row);
    }
    if (reader.failed()) out.push_back("error: " + reader.error().message);
    return out;
}

} // namespace

TEST_CASE("csv: Gephi's semicolon tables with Time Interval notation and a decimal comma read") {
    const io::LoadResult r = interop::loadAnyDataset(fixturePath("csv/valid/gephi-semicolon.nodes.csv"));
    const model::Dataset& d = loaded(r);
    REQUIRE(d.actors.size() == 3);
    const model::Actor& a = d.actor(*d.findActor("a"));
    CHECK(a.name == "Minister Alpha");
    CHECK(a.ref == "A"); // the file's own id, which kebab-case could not keep
    REQUIRE(a.spans.size() == 2);
    CHECK(spanText(a.spans[0]) == "1956..1958");
    CHECK(spanText(a.spans[1]) == "1961..1961");
    CHECK(spanText(d.actor(*d.findActor("c")).spans[0]) == "1956..1959"); // (1955, 1960): both ends exclusive
    CHECK(d.group(a.group)->label == "Cabinet");
    REQUIRE(d.ties.size() == 2);
    CHECK(d.ties[0].strength.size() == 1);
    CHECK(d.ties[0].strength[0].value == 0.5);
    CHECK(d.ties[0].strength[0].date.toString() == "1956"); // a static weight holds from the tie's start
    CHECK_FALSE(d.tieType(d.ties[1].type).directed);
    REQUIRE(d.ties[1].strength.size() == 2);
    CHECK(d.ties[1].strength[0].date.toString() == "1957");
    CHECK(d.ties[1].strength[1].value == 0.75);
    CHECK(d.meta.start.toString() == "1956");
    CHECK(d.meta.end.toString() == "1961");
    CHECK(r.diagnostics.warnings == 1); // the Faction column
}

TEST_CASE(
    "csv: an edges table alone implies its nodes, and a BOM, CRLF, quoted newlines and doubled quotes read") {
    const io::LoadResult r = interop::loadAnyDataset(fixturePath("csv/valid/bom-crlf-edges-only.csv"));
    const model::Dataset& d = loaded(r);
    REQUIRE(d.actors.size() == 3);
    CHECK(d.actors[0].key == "kim-il-sung");
    CHECK(d.actors[0].name == "Kim Il Sung");
    REQUIRE(d.ties.size() == 2);
    CHECK(spanText(d.ties[0].spans[0]) == "1953-08..1955-12-15");
    CHECK(d.ties[0].confidence == model::Confidence::Contested);
    REQUIRE(d.ties[0].claims.size() == 1);
    CHECK(d.ties[0].claims[0].quote == "He said \"no\",\r\nthen left.");
    CHECK(d.source(d.ties[0].claims[0].source).key == "n1");
    CHECK(spanText(d.ties[1].spans[0]) == "~1956-08..open");
    CHECK(d.ties[1].spans[0].start->approximate);
}

TEST_CASE(
    "csv: rows that repeat an edge Id add claims, and the CSL-JSON beside the tables describes the sources") {
    const io::LoadResult r = interop::loadAnyDataset(fixturePath("csv/valid/claims.edges.csv"));
    const model::Dataset& d = loaded(r);
    CHECK(r.diagnostics.warnings == 0);
    REQUIRE(d.ties.size() == 1);
    const model::Tie& t = d.ties[0];
    REQUIRE(t.claims.size() == 2);
    CHECK(t.claims[1].key == "c-b");
    CHECK(t.claims[1].contradicts == std::vector<std::string>{"c-a"});
    CHECK(t.claims[1].note == "a later memoir");
    CHECK(d.source(t.claims[1].source).title == "A History");
    CHECK(d.source(t.claims[0].source).issued == "1956-09-18");
    REQUIRE(t.spans.size() == 2);
    CHECK(spanText(t.spans[1]) == "~1956-10..open");
    REQUIRE(t.strength.size() == 2);
    CHECK(t.strength[1].date.toString() == "1956-08");
    const model::Actor& client = d.actor(*d.findActor("client"));
    REQUIRE(client.pin);
    CHECK(client.pin->x == 10);
    CHECK(client.native == "客户");
    CHECK(d.actor(*d.findActor("patron")).variants == std::vector<std::string>{"Patron, The", "The P."});
    CHECK(d.tieType(t.type).color == 0x0072B2);
}

TEST_CASE("csv: each invalid fixture fails with its message at its row and column") {
    struct Case {
        const char* file;
        const char* located;
    };
    const Case cases[] = {
        {"unbalanced-quote.edges.csv", ":3:5: error: row 3, column C \"Label\": unbalanced quote"},
        {"unknown-target.edges.csv", ":3:3: error: row 3, column B \"Target\": unknown node \"Z\""},
        {"interval-end-before-start.edges.csv",
         ":2:5: error: row 2, column C \"Start\": the interval ends (1956) before it starts (1958)"},
        {"missing-target-column.edges.csv", ":1:1: error: row 1: expected a column named Target"},
        {"bad-date.edges.csv", ":2:5: error: row 2, column C \"Start\": expected a date like 1956-08-30"},
        {"repeated-id-conflict.edges.csv",
         ":3:8: error: row 3, column D \"Weight\": edge \"e1\" repeats an earlier row"},
        {"claim-without-source.edges.csv",
         ":2:5: error: row 2, column C \"Locator\": a claim needs its Claim Source"},
        {"weight-not-a-number.edges.csv", ":2:5: error: row 2, column C \"Weight\": expected weights like"},
        {"interval-not-closed.edges.csv", ":2:5: error: row 2, column C \"Interval\": expected ']' or ')'"},
        {"type-unknown.edges.csv",
         ":2:5: error: row 2, column C \"Type\": expected Directed, Undirected or Mutual"},
        {"invalid-utf8.edges.csv", ":2:5: error: row 2, column C \"Label\": invalid UTF-8"},
        {"empty.edges.csv", ":1:1: error: row 1: the table is empty"},
        {"extra-fields.edges.csv",
         ":3:7: error: row 3, column D: this row has 4 cells but the header 3: an unquoted ','"},
        {"utf16-bom.edges.csv", ":1:1: error: row 1, column A: the table is UTF-16 (little-endian)"},
        {"contradicts-unknown-claim.edges.csv",
         ":2:13: error: row 2, column E \"Contradicts\": unknown claim \"c-2\""},
    };
    // A .nodes.csv table is read with its edges table, which has the row.
    const auto isEdgesTable = [](const std::string& name) {
        return name.find(".nodes.csv") == std::string::npos;
    };
    tieline::test::checkEveryFixtureHasARow(
        fixturePath("csv/invalid"), cases, isEdgesTable, [](const Case& c, const std::string& path) {
            const io::LoadResult r = interop::loadAnyDataset(path);
            CHECK_MESSAGE(!r.dataset, c.file);
            REQUIRE_MESSAGE(!r.diagnostics.items.empty(), c.file);
            const std::string first = r.diagnostics.items[0].format();
            CHECK_MESSAGE(first.find(std::string(c.file) + c.located) != std::string::npos, first);
        });
}

TEST_CASE("csv: JSON to CSV to JSON keeps the network (the time range given back by hand)") {
    for (const std::string path :
         {fixturePath("valid/full.json"), std::string(TIELINE_DATA) + "/korea-1955-1969.json"}) {
        const model::Dataset d = loaded(io::loadDatasetFile(path));
        const interop::CsvTables tables = interop::csvText(d);
        interop::ImportOptions options;
        options.sources = d.sources;
        options.rangeStart = d.meta.start;
        options.rangeEnd = d.meta.end;
        const io::LoadResult r =
            loadCsvTables({tables.nodes, "x.nodes.csv"}, {tables.edges, "x.edges.csv"}, options);
        const model::Dataset& b = loaded(r);
        CHECK(r.diagnostics.warnings == 0);
        checkSameNetwork(d, b);
    }
}

TEST_CASE("csv: the delimiter is detected from the header: comma, semicolon or tab") {
    CHECK(records("a,b;c\n1,2;3\n") == std::vector<std::string>{"[a][b;c]", "[1][2;3]"});
    CHECK(records("a;b;c,d\n1;2;3,4\n") == std::vector<std::string>{"[a][b][c,d]", "[1][2][3,4]"});
    CHECK(records("a\tb\n1\t2\n") == std::vector<std::string>{"[a][b]", "[1][2]"});
    CHECK(records("\xEF\xBB\xBFId\n\nx\r\n") ==
          std::vector<std::string>{"[Id]", "[x]"}); // BOM; blank lines skipped
    CHECK(records("a,b\n\"x, \"\"y\"\"\",\n") == std::vector<std::string>{"[a][b]", "[x, \"y\"][]"});
    CHECK(
        records("a,b\n\"x\"y,z\n").back().find("expected ',' or the end of the line after a closing quote") !=
        std::string::npos);
}

TEST_CASE("csv: fields are quoted on write when they hold the delimiter, quotes, newlines or edge spaces") {
    std::string out;
    interop::appendCsvRecord(out, {"plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""});
    CHECK(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",\r\n");
    CHECK(records(out) == std::vector<std::string>{"[plain][a,b][say \"hi\"][two\nlines][ padded][]"});
    CHECK(interop::columnLetter(0) == "A");
    CHECK(interop::columnLetter(25) == "Z");
    CHECK(interop::columnLetter(26) == "AA");
}

TEST_CASE("csv: Gephi's interval notation: brackets, parentheses, open ends, quotes and values") {
    using interop::TimeFormat;
    std::vector<interop::TimeInterval> out;
    std::string why;
    REQUIRE(interop::parseIntervalList("<[1956,1958];[1961,1961]>", TimeFormat::Any, out, why));
    REQUIRE(out.size() == 2);
    CHECK(out[0].start->toString() == "1956");
    CHECK(out[1].end->toString() == "1961");
    out.clear();
    REQUIRE(interop::parseIntervalList("(1956-08, 1957-01)", TimeFormat::Any, out, why));
    CHECK(out[0].start->toString() == "1956-09");
    CHECK(out[0].end->toString() == "1956-12");
    out.clear();
    REQUIRE(
        interop::parseIntervalList("<[-inf, '1956-08-30']; [~1957, Infinity]>", TimeFormat::Any, out, why));
    CHECK_FALSE(out[0].start);
    CHECK(out[0].end->toString() == "1956-08-30");
    CHECK(out[1].start->approximate);
    CHECK_FALSE(out[1].end);
    out.clear();
    REQUIRE(
        interop::parseIntervalList("<[1.0, 2.0, a, b]; [4.0, 4.0, \"c\"]>", TimeFormat::Double, out, why));
    CHECK(out[0].value == "a, b");
    CHECK(out[1].value == "c");
    CHECK_FALSE(interop::parseIntervalList("<[1956]>", TimeFormat::Any, out, why));
    CHECK(why.find("an interval [start, end]") != std::string::npos);
    std::vector<calendar::Span> spans = {{calendar::parseDate("1955-03"), calendar::parseDate("1956-08")},
                                         {calendar::parseDate("~1956-10"), std::nullopt}};
    CHECK(interop::formatIntervalList(spans) == "<[1955-03, 1956-08]; [~1956-10, inf]>");
    std::vector<model::StrengthKey> keys = {{*calendar::parseDate("1955"), 0.9},
                                            {*calendar::parseDate("1956-08"), 0.4}};
    CHECK(interop::formatKeyframeList(keys) == "<[1955, 1956-08, 0.9); [1956-08, inf, 0.4]>");
}

TEST_CASE("csv: time values: years, decimal years, dates, date-times and approximate dates") {
    using interop::TimeFormat;
    const auto text = [](std::string_view v, TimeFormat f = TimeFormat::Any) {
        std::string why;
        const auto d = interop::parseTimeValue(v, f, &why);
        return d ? d->toString() : "error: " + why;
    };
    CHECK(text("1956") == "1956");
    CHECK(text("1956.0", TimeFormat::Double) == "1956");
    CHECK(text("1956.5") == "1956-07-02");
    CHECK(text("1956-08") == "1956-08");
    CHECK(text("~1956-09") == "~1956-09");
    CHECK(text("1956-08-30T23:30:00+09:00") == "1956-08-30");
    CHECK(text("1956-08-30Z", TimeFormat::Date) == "1956-08-30");
    CHECK(text("1956-08-30", TimeFormat::Integer).find("error: an integer year") == 0);
    CHECK(text("1956.5", TimeFormat::Date).find("error: a date like 1956-08-30") == 0);
    CHECK(text("1956-02-30").find("error") == 0);
    CHECK(text("1234567890000").find("error: a year from 1 to 9999") == 0);
    CHECK(interop::parseNumber("0,5", true) == 0.5);
    CHECK_FALSE(interop::parseNumber("0,5"));
    CHECK_FALSE(interop::parseNumber("nan"));
}

TEST_CASE("csv: more rows than the entries limit is one located error") {
    interop::ImportOptions options;
    options.limits.maxItems = 2;
    const io::LoadResult r = loadCsvTables({}, {"Source,Target\na,b\nb,c\nc,d\n", "many.edges.csv"}, options);
    CHECK_FALSE(r.dataset);
    REQUIRE(r.diagnostics.errors == 1);
    CHECK(r.diagnostics.items[0].format() ==
          "many.edges.csv:3:3: error: row 3, column B \"Target\": more than 2 nodes: over the limit");
}

TEST_CASE("csv: cells that a spreadsheet would run as formulas are neutralised, and read back as written") {
    using namespace tieline::core::interop;
    CHECK(neutralizeFormula("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")");
    CHECK(neutralizeFormula("+1 pt") == "'+1 pt");
    CHECK(neutralizeFormula("@SUM(A1)") == "'@SUM(A1)");
    CHECK(neutralizeFormula("-evil") == "'-evil");
    CHECK(neutralizeFormula("-0.5") == "-0.5"); // numbers stay numbers
    CHECK(neutralizeFormula("+3") == "+3");
    CHECK(neutralizeFormula("Kim Il Sung") == "Kim Il Sung");
    std::string out;
    appendCsvRecord(out, {"=1+1", "-2.5", "a"});
    CHECK(out == "'=1+1,-2.5,a\r\n");
    CsvReader reader(out, 1 << 20);
    std::vector<CsvField> fields;
    REQUIRE(reader.next(fields));
    REQUIRE(fields.size() == 3);
    CHECK(fields[0].text == "=1+1");
    CHECK(fields[1].text == "-2.5");
}
