// Tests for issue 17: files other tools write read as they mean (weights, exclusive date-time
// bounds, Gephi's timestamp cells, GEXF 1.1draft time, decimal commas, #fff, edges keyed on a
// label), and hostile input refused with a message, never a crash, a hang or a silent loss.
#include "core/interop/csv.hpp"
#include "core/interop/dataset_files.hpp"
#include "core/interop/gexf.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/dataset_writer.hpp"
#include "core/io/diagnostic.hpp"
#include "core/io/utf8.hpp"
#include "same_network.hpp"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tieline::core;
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
    const auto id = d.findTie(key);
    REQUIRE_MESSAGE(id.has_value(), key);
    return d.tie(*id);
}

std::string spansText(const std::vector<calendar::Span>& spans) {
    std::string out;
    for (const calendar::Span& s : spans)
        out += (out.empty() ? "" : " ") + (s.start ? s.start->toString() : std::string("open")) + ".." +
               (s.end ? s.end->toString() : std::string("open"));
    return out;
}

std::string strengthText(const model::Tie& t) {
    std::string out;
    for (const model::StrengthKey& k : t.strength)
        out += (out.empty() ? "" : " ") + k.date.toString() + "=" + std::to_string(k.value).substr(0, 6);
    return out;
}

std::string tempDir(const char* name) {
    const std::string dir = std::filesystem::temp_directory_path().string() + "/tieline-h17-" + name + "-" +
                            std::to_string(::getpid());
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("real files: every weight is divided by the largest, a weight of 1 and a missing one alike") {
    const io::LoadResult r = interop::loadGexfFile(fixturePath("gexf/valid/weights-above-one.gexf"));
    const model::Dataset d = loaded(r);
    CHECK(mentions(r.diagnostics, "weights divided by 12, the largest"));
    CHECK(d.meta.weightScale == 12.0);
    CHECK(strengthText(tie(d, "heavy")) == "1950=1.0000");
    CHECK(strengthText(tie(d, "one")) == "1950=0.0833");
    CHECK(strengthText(tie(d, "none")) == "1950=0.0833"); // GEXF's default weight is 1
    CHECK(strengthText(tie(d, "three")) == "1950=0.2500");
    CHECK(strengthText(tie(d, "dynamic")) == "1950=0.5000 1955=1.0000");

    // GEXF -> tieline -> GEXF gives the file's weights back, and reads as the same strengths.
    const std::string gexf = interop::gexfText(d);
    CHECK(gexf.find("id=\"heavy\" source=\"a\" target=\"b\"") != std::string::npos);
    for (const char* weight :
         {"weight=\"12\"", "weight=\"1\"", "weight=\"3\"", "value=\"6\"", "value=\"12\""})
        CHECK_MESSAGE(gexf.find(weight) != std::string::npos, weight);
    const model::Dataset back = loaded(interop::loadGexfText(gexf, "back.gexf"));
    for (const char* key : {"heavy", "one", "none", "three", "dynamic"})
        CHECK_MESSAGE(strengthText(tie(back, key)) == strengthText(tie(d, key)), key);

    // The scale travels in format v1 as meta x-weight-scale.
    const std::string json = io::datasetToJson(d);
    CHECK(json.find("\"x-weight-scale\": 12") != std::string::npos);
    const model::Dataset again = loaded(io::loadDatasetText(json, "again.json"));
    CHECK(again.meta.weightScale == 12.0);
    CHECK(interop::csvText(again).edges.find("<[1950, inf, 12]>") != std::string::npos);

    // Weights that stay within 1 are the strengths themselves.
    const std::string small =
        "<gexf><graph defaultedgetype=\"directed\"><nodes><node id=\"a\"/><node id=\"b\"/>"
        "</nodes><edges><edge source=\"a\" target=\"b\" weight=\"0.5\"/>"
        "<edge source=\"b\" target=\"a\"/></edges></graph></gexf>";
    const model::Dataset s = loaded(interop::loadGexfText(small, "small.gexf"));
    CHECK(s.meta.weightScale == 1.0);
    CHECK(s.ties[0].strength.at(0).value == 0.5);
    CHECK(s.ties[1].strength.empty()); // a constant 1
}

TEST_CASE("real files: exclusive bounds on date-times round to days and never invert an interval") {
    const model::Dataset d =
        loaded(interop::loadGexfFile(fixturePath("gexf/valid/datetime-exclusive-bounds.gexf")));
    CHECK(spansText(tie(d, "call").spans) == "2016-03-04..2016-03-04 2016-03-10..2016-03-11");
    const model::Dataset csv =
        loaded(interop::loadAnyDataset(fixturePath("csv/valid/gephi-interval-datetime-open.edges.csv")));
    CHECK(spansText(csv.ties[0].spans) == "2016-03-04..2016-03-04");
    CHECK(spansText(csv.ties[1].spans) == "2016-03-05..2016-03-05"); // <[2016-03-05]>: one timestamp
    // Whole dates keep moving a period, unless that inverts the interval: (03-04, 03-05) is 03-04.
    const std::string text =
        "Source,Target,Interval\nA,B,\"<(2016-03-04, 2016-03-05)>\"\nB,C,\"<(1956, 1960)>\"\n";
    const model::Dataset dates = loaded(interop::loadCsvTables({}, {text, "e.csv"}));
    CHECK(spansText(dates.ties[0].spans) == "2016-03-04..2016-03-04");
    CHECK(spansText(dates.ties[1].spans) == "1957..1959");
}

TEST_CASE("real files: Gephi's Timeset cells hold timestamps, one or several") {
    const model::Dataset d =
        loaded(interop::loadAnyDataset(fixturePath("csv/valid/gephi-timeset-timestamps.edges.csv")));
    REQUIRE(d.ties.size() == 2);
    CHECK(spansText(d.ties[0].spans) == "2016-03-04..2016-03-04");
    CHECK(spansText(d.ties[1].spans) == "2016-03-04..2016-03-04 2016-03-07..2016-03-07");
}

TEST_CASE("real files: GEXF 1.1draft time, <slices> and datefrom/dateto, is read") {
    const io::LoadResult r = interop::loadGexfFile(fixturePath("gexf/valid/gexf-1.1draft-slices.gexf"));
    const model::Dataset d = loaded(r);
    CHECK(d.meta.start.toString() == "1950");
    CHECK(d.meta.end.toString() == "1969");
    CHECK(spansText(d.actor(*d.findActor("a")).spans) == "1950-01-01..1955-06-30 1960-01-01..1969-12-31");
    CHECK(spansText(d.actor(*d.findActor("b")).spans) == "1952-03-01..1968-12-31");
    CHECK(spansText(tie(d, "e").spans) == "1953-01-01..1954-12-31");
}

TEST_CASE("real files: decimal commas, #fff colours and edges keyed on the nodes' names") {
    const io::LoadResult r = interop::loadAnyDataset(fixturePath("csv/valid/gephi-decimal-comma.edges.csv"));
    const model::Dataset d = loaded(r);
    CHECK(mentions(r.diagnostics, "\"1,33\" read as 1.33 (a decimal comma)"));
    CHECK(d.meta.weightScale == 2.66);
    CHECK(d.ties[0].strength.at(0).value == doctest::Approx(0.5));
    CHECK(d.ties[1].strength.at(0).value == 1.0);
    CHECK(d.tieTypes[0].color == 0xFFAA00u);
    // Unquoted in a comma table, the comma splits the cell: a hint, not a bare "not a number".
    const io::LoadResult bad = interop::loadCsvTables({}, {"Source,Target,Weight\nA,B,\"1,3,3\"\n", "w.csv"});
    CHECK_FALSE(bad.dataset);
    CHECK(mentions(bad.diagnostics, "(a decimal comma? write 1.33"));

    const io::LoadResult q = interop::loadAnyDataset(fixturePath("csv/valid/quakers-name-keys.edges.csv"));
    const model::Dataset quakers = loaded(q);
    CHECK(mentions(q.diagnostics, "edges name nodes by their label (\"George Fox\"), not by their id"));
    REQUIRE(quakers.ties.size() == 2);
    CHECK(quakers.actor(quakers.ties[0].from).name == "George Fox");
    CHECK(quakers.actor(quakers.ties[0].to).name == "Margaret Fell");
    CHECK(quakers.actors.size() == 3);
}

TEST_CASE("hostile input: a CSV row with more cells than the header is refused where it is") {
    const io::LoadResult r = interop::loadAnyDataset(fixturePath("csv/invalid/extra-fields.edges.csv"));
    CHECK_FALSE(r.dataset);
    // Trailing empty cells (a spreadsheet's habit) are not a shifted row.
    const model::Dataset d = loaded(interop::loadCsvTables({}, {"Source,Target\nA,B,,\n", "t.csv"}));
    CHECK(d.ties.size() == 1);
}

TEST_CASE("hostile input: character references XML forbids are refused, file names need not be UTF-8") {
    for (const char* name : {"charref-surrogate.gexf", "charref-beyond-unicode.gexf", "charref-nul.gexf"}) {
        const io::LoadResult r = interop::loadGexfFile(fixturePath(std::string("gexf/invalid/") + name));
        CHECK_FALSE(r.dataset);
        CHECK(r.diagnostics.errors == 1);
    }
    // A Latin-1 file name becomes a UTF-8 title (U+FFFD for the stray byte), so JSON output works.
    const std::string text = "<gexf><graph><nodes><node id=\"a\"/></nodes></graph></gexf>";
    const model::Dataset d = loaded(interop::loadGexfText(text, "/tmp/r\xE9seau.gexf"));
    CHECK(d.meta.title == "r\xEF\xBF\xBDseau");
    CHECK(io::firstInvalidUtf8(io::datasetToJson(d)) == std::string::npos);
    CHECK(io::repairUtf8("ok \xC0\xAF!") == "ok \xEF\xBF\xBD\xEF\xBF\xBD!");
    const model::Dataset c = loaded(interop::loadCsvTables({}, {"Source,Target\nA,B\n", "\xFF.edges.csv"}));
    CHECK(io::firstInvalidUtf8(c.meta.title) == std::string::npos);
}

TEST_CASE("hostile input: a huge <nodes count> reserves nothing the file cannot justify") {
    struct rusage before {
    }, after{};
    ::getrusage(RUSAGE_SELF, &before);
    const io::LoadResult r = interop::loadGexfFile(fixturePath("gexf/valid/nodes-count-huge.gexf"));
    ::getrusage(RUSAGE_SELF, &after);
    const model::Dataset d = loaded(r);
    CHECK(d.actors.size() == 2);
    CHECK(after.ru_maxrss - before.ru_maxrss < 32 * 1024); // kilobytes: far below the 528 MB it was
}

TEST_CASE("hostile input: FIFOs, devices and folders are refused at once, a symlink to /dev/zero too") {
    const std::string dir = tempDir("special");
    const std::string fifo = dir + "/net.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    const auto start = std::chrono::steady_clock::now();
    const io::LoadResult r = interop::loadAnyDataset(fifo); // nobody writes: a read would block forever
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK_FALSE(r.dataset);
    CHECK(mentions(r.diagnostics, "expected a regular file, found a FIFO (named pipe)"));
    const std::string zero = dir + "/zero.gexf";
    std::filesystem::create_symlink("/dev/zero", zero);
    CHECK(mentions(interop::loadAnyDataset(zero).diagnostics, "expected a regular file, found a device"));
    const std::string folder = dir + "/folder.csv";
    std::filesystem::create_directory(folder);
    CHECK(mentions(interop::loadAnyDataset(folder).diagnostics, "found a folder"));
    std::string text, why;
    CHECK_FALSE(io::readFileLimited("/dev/null", 100, text, why));
    CHECK(why.find("found a device") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("hostile input: one size limit for every format, 256 MiB by default") {
    CHECK(io::LoadOptions{}.maxFileBytes == std::size_t(256) << 20);
    CHECK(interop::ImportOptions{}.limits.maxFileBytes == std::size_t(256) << 20);
    interop::ImportOptions small;
    small.limits.maxFileBytes = 50;
    for (const char* path : {"gexf/valid/weights-above-one.gexf", "csv/valid/gephi-decimal-comma.edges.csv",
                             "valid/full.json"}) {
        const io::LoadResult r = interop::loadAnyDataset(fixturePath(path), small);
        CHECK_MESSAGE(mentions(r.diagnostics, "over the size limit of 50 bytes"), path);
    }
}

TEST_CASE("real files: GEXF 1.2draft output for tools that do not read 1.3") {
    const model::Dataset d = loaded(interop::loadGexfFile(fixturePath("gexf/valid/weights-above-one.gexf")));
    interop::GexfWriteOptions options;
    options.version = interop::GexfVersion::V1_2draft;
    const std::string text = interop::gexfText(d, options);
    CHECK(text.find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
    CHECK(text.find("version=\"1.2\"") != std::string::npos);
    CHECK(text.find("timerepresentation") == std::string::npos);
    CHECK(text.find("gexf.net/1.3") == std::string::npos);
    const model::Dataset back = loaded(interop::loadGexfText(text, "draft.gexf"));
    CHECK(back.ties.size() == d.ties.size());
    CHECK(interop::parseGexfVersion("1.2draft") == interop::GexfVersion::V1_2draft);
    CHECK_FALSE(interop::parseGexfVersion("1.4"));
}

TEST_CASE("hostile input: invisible characters in ids are shown escaped, unwritable folders are named") {
    CHECK(io::inQuotes("kim\xE2\x80\x8B") == "\"kim\\u200B\""); // a zero-width space
    CHECK(io::inQuotes("a\xC2\xAD"
                       "b\xEF\xBB\xBF") == "\"a\\u00ADb\\uFEFF\"");
    CHECK(io::inQuotes("Kim Il Sung \xE9\x87\x91") == "\"Kim Il Sung \xE9\x87\x91\""); // visible: as is
    const io::LoadResult r = interop::loadCsvTables({"Id\nkim\xE2\x80\x8B\n", "n.csv"},
                                                    {"Source,Target\nkim,kim\xE2\x80\x8B\n", "e.csv"});
    CHECK(mentions(r.diagnostics, "unknown node \"kim\"")); // the plain id, next to one with the space
    const model::Dataset d = loaded(interop::loadCsvTables({}, {"Source,Target\nA,B\n", "t.csv"}));
    CHECK(interop::saveAnyDataset(d, {"/proc/x.gexf"}).why.find("/proc does not accept new files") !=
          std::string::npos);
    CHECK(interop::saveAnyDataset(d, {"/nonexistent-dir/x.gexf"})
              .why.find("the folder /nonexistent-dir does not exist") != std::string::npos);
}

TEST_CASE("hostile input: a GEXF pin near 1e154 is not kept, so no position turns into NaN") {
    const std::string text =
        "<gexf xmlns:viz=\"http://gexf.net/1.3/viz\"><graph><attributes class=\"node\"><attribute id=\"p\" "
        "title=\"pinned\" type=\"boolean\"/></attributes><nodes><node id=\"a\"><attvalues><attvalue "
        "for=\"p\" "
        "value=\"true\"/></attvalues><viz:position x=\"1e154\" y=\"0\"/></node><node id=\"b\"/></nodes>"
        "</graph></gexf>";
    const io::LoadResult r = interop::loadGexfText(text, "pin.gexf");
    const model::Dataset d = loaded(r);
    CHECK_FALSE(d.actors[0].pin.has_value());
    CHECK(mentions(r.diagnostics, "a pinned position beyond -1000000..1000000 is not kept as a pin"));
}
