// CLI tests: run the real tieline binary and check exit codes, stdout and stderr.
#include "run_process.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>

std::vector<std::pair<std::string, std::string>> scriptCommandForms(); // script_table.cpp

namespace {

ProcessResult tieline(std::vector<std::string> args) {
    args.insert(args.begin(), TIELINE_BIN);
    return runProcess(args);
}

std::string fixture(const std::string& rel) {
    return std::string(TIELINE_FIXTURES) + "/" + rel;
}
const std::string kDefault = std::string(TIELINE_DATA) + "/korea-1955-1969.json";

} // namespace

TEST_CASE("cli: --version and --help exit 0 and describe the commands") {
    const auto v = tieline({"--version"});
    CHECK(v.exitCode == 0);
    CHECK(v.out.rfind("tieline ", 0) == 0);
    const auto h = tieline({"--help"});
    CHECK(h.exitCode == 0);
    CHECK(h.out.find("validate") != std::string::npos);
    CHECK(h.out.find("snapshot") != std::string::npos);
    CHECK(h.out.find("--screenshot") != std::string::npos);
    for (const char* command : {"validate", "snapshot"}) {
        const auto c = tieline({command, "--help"});
        CHECK(c.exitCode == 0);
        CHECK(c.out.find(std::string("Usage: tieline ") + command) != std::string::npos);
        const auto viaHelp = tieline({"help", command});
        CHECK(viaHelp.out == c.out);
    }
}

TEST_CASE("cli: unknown options and commands are usage errors that name them") {
    auto r = tieline({"validate", "--bogus", fixture("valid/minimal.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("unknown option '--bogus'") != std::string::npos);
    r = tieline({"snapshot", fixture("valid/minimal.json"), "--at"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("'--at' needs a value") != std::string::npos);
    r = tieline({"--frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("unknown option '--frobnicate'") != std::string::npos);
    r = tieline({"validate"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("expected at least one FILE") != std::string::npos);
    r = tieline({"snapshot", fixture("valid/minimal.json"), "--at", "1956-13"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid date '1956-13'") != std::string::npos);
}

TEST_CASE("cli: a mistyped command is an unknown command, not a dataset for the window") {
    auto r = tieline({"frob"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("unknown command 'frob'") != std::string::npos);
    r = tieline({"help", "frob"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("unknown command 'frob'") != std::string::npos);
}

TEST_CASE("cli: help script lists every script command from its table, and --help the window's options") {
    const auto r = tieline({"help", "script"});
    CHECK(r.exitCode == 0);
    const auto forms = scriptCommandForms();
    CHECK(forms.size() >= 24);
    for (const auto& [form, help] : forms) {
        CAPTURE(form);
        CHECK(r.out.find(form) != std::string::npos);
        CHECK(r.out.find(help) != std::string::npos);
    }
    const auto help = tieline({"--help"}).out;
    for (const char* option :
         {"--frames N", "--screenshot PNG", "--script FILE", "--size WxH", "help script"})
        CHECK_MESSAGE(help.find(option) != std::string::npos, option);
    for (const char* command : {"validate", "snapshot", "convert", "layout", "metrics", "export"}) {
        const auto c = tieline({command, "--help"});
        CHECK_MESSAGE(c.exitCode == 0, command);
        CHECK(c.out.rfind(std::string("Usage: tieline ") + command, 0) == 0);
        CHECK(c.out.find("  --help                show this help\n") != std::string::npos);
    }
}

TEST_CASE("cli: layout's help states the defaults of the layout parameters") {
    const auto help = tieline({"layout", "--help"}).out;
    CHECK(help.find("(default 300); datasets: ticks per keyframe (default 30)") != std::string::npos);
    CHECK(help.find("Barnes-Hut opening angle (default 0.9;") != std::string::npos);
    CHECK(help.find("random seed (default 1)") != std::string::npos);
}

TEST_CASE("cli: numbers in options are strict") {
    auto r = tieline({"layout", kDefault, "--ticks", "3x"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid --ticks '3x'") != std::string::npos);
    r = tieline({"layout", kDefault, "--theta", "0.5x"});
    CHECK(r.exitCode == 2);
    r = tieline({"export", kDefault, "--from", "1956", "--to", "1957", "--fps", "24.0", "--gif", "x.gif"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid --fps '24.0'") != std::string::npos);
    r = tieline({"--frames", "3x", "--screenshot", "x.png"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("option '--frames' expects a number") != std::string::npos);
}

TEST_CASE("cli: validate exits 0 for valid files and 1 for each invalid fixture, naming file:line:column and "
          "pointer") {
    auto r = tieline({"validate", fixture("valid/full.json"), fixture("valid/minimal.json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("full.json: valid (3 actors, 2 ties") != std::string::npos);
    const std::regex located(R"(invalid/[a-z0-9-]+\.json:\d+:\d+: error: )");
    int count = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(TIELINE_FIXTURES) + "/invalid")) {
        const std::string path = entry.path().string();
        const auto v = tieline({"validate", path});
        CHECK_MESSAGE(v.exitCode == 1, path);
        CHECK_MESSAGE(std::regex_search(v.err, located), path << "\n" << v.err);
        CHECK_MESSAGE(v.out.find(": invalid (") != std::string::npos, path);
        ++count;
    }
    CHECK(count >= 30);
}

TEST_CASE("cli: semantic errors name the JSON pointer") {
    const auto r = tieline({"validate", fixture("invalid/unknown-tie-from-actor.json")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("unknown-tie-from-actor.json:") != std::string::npos);
    CHECK(r.err.find(": error: /ties/0/from: unknown actor \"kim-jong-il\"") != std::string::npos);
}

TEST_CASE("cli: --strict turns warnings into failures") {
    const std::string file = fixture("warnings/unknown-member.json");
    auto r = tieline({"validate", file});
    CHECK(r.exitCode == 0);
    CHECK(r.err.find("warning: /actors/0/colour") != std::string::npos);
    r = tieline({"validate", "--strict", file});
    CHECK(r.exitCode == 1);
}

TEST_CASE("cli: the default dataset validates strictly") {
    const auto r = tieline({"validate", "--strict", kDefault});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.err.empty());
}

TEST_CASE("cli: snapshot prints the ties active on 1956-09-20 as JSON") {
    const auto r = tieline({"snapshot", kDefault, "--at", "1956-09-20"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["at"] == "1956-09-20");
    CHECK(doc["actors"].size() > 10);
    CHECK(doc["ties"].size() > 10);
    bool mikoyanKim = false;
    for (const auto& t : doc["ties"]) {
        CHECK(t.contains("strength"));
        CHECK(t.contains("confidence"));
        CHECK(t["claims"].get<int>() >= 1);
        if (t["from"] == "mikoyan" && t["to"] == "kim-il-sung" && t["type"] == "intervention")
            mikoyanKim = true;
    }
    CHECK(mikoyanKim);
}

TEST_CASE("cli: snapshot at a month reports what was true at any time in it, at a day only that day") {
    const auto month = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", "1956-09"}).out);
    CHECK(month["at"] == "1956-09");
    CHECK(month["precision"] == "month");
    const auto first = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", "1956-09-01"}).out);
    CHECK(first["at"] == "1956-09-01");
    CHECK_FALSE(first.contains("precision"));
    std::set<std::string> inMonth, onFirst, union_;
    for (const auto& t : month["ties"])
        inMonth.insert(t["id"].get<std::string>());
    for (const auto& t : first["ties"])
        onFirst.insert(t["id"].get<std::string>());
    // Every day's ties are in the month's, and the month's are exactly the union of its days'.
    for (int day = 1; day <= 30; ++day) {
        const std::string date = "1956-09-" + std::string(day < 10 ? "0" : "") + std::to_string(day);
        const auto snap = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", date}).out);
        for (const auto& t : snap["ties"])
            union_.insert(t["id"].get<std::string>());
    }
    CHECK(inMonth == union_);
    CHECK(inMonth.size() > onFirst.size()); // the interventions of 16-26 September are not true on the 1st
    bool partial = false;
    for (const auto& t : month["ties"])
        partial |= t["partial"].get<bool>();
    CHECK(partial);
}

TEST_CASE("cli: snapshot rejects a broken file and a date outside the range") {
    auto r = tieline({"snapshot", fixture("invalid/unknown-tie-type.json"), "--at", "1956"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("unknown tie type \"friendship\"") != std::string::npos);
    r = tieline({"snapshot", fixture("valid/minimal.json"), "--at", "1990"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("outside the dataset's range") != std::string::npos);
}

namespace {

// A small edge list in the temporary folder, for the layout command.
std::string writeTempFile(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / ("tieline-cli-" + name);
    std::ofstream(path) << text;
    return path.string();
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

const char* kRingWithChords = "8 10\n0 1\n1 2\n2 3\n3 4\n4 5\n5 6\n6 7\n7 0\n0 4\n2 6 0.5\n";

} // namespace

TEST_CASE("cli: layout prints milliseconds per tick for an edge list and for a dataset") {
    const std::string edges = writeTempFile("ring.txt", kRingWithChords);
    auto r = tieline({"layout", edges, "--ticks", "50"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("8 nodes, 10 edges, 50 ticks") != std::string::npos);
    CHECK(r.out.find("ms per tick") != std::string::npos);
    r = tieline({"layout", kDefault});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("180 keyframes") != std::string::npos);
    CHECK(r.out.find("ms per tick") != std::string::npos);
    const auto help = tieline({"layout", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("Usage: tieline layout") != std::string::npos);
}

TEST_CASE("cli: layout --metrics prints timing and quality as JSON") {
    auto r = tieline({"layout", kDefault, "--metrics", "--at", "1956-09"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["keyframes"] == 180);
    CHECK(doc["at"] == "1956-09-01");
    for (const char* key : {"msPerTick", "stress", "crossings", "overlaps", "movementMean", "movementMax"}) {
        CAPTURE(key);
        REQUIRE(doc.contains(key));
        CHECK(doc[key].get<double>() >= 0.0);
    }
    CHECK(doc["stress"].get<double>() < 1.0);
    CHECK(doc["movementMean"].get<double>() < doc["movementMax"].get<double>());
    r = tieline({"layout", writeTempFile("ring-m.txt", kRingWithChords), "--metrics"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    doc = nlohmann::json::parse(r.out);
    CHECK(doc["nodes"] == 8);
    CHECK(doc["ticks"] == 300);
    CHECK(doc["stress"].get<double>() < 0.2);
}

TEST_CASE("cli: layout --out writes positions, the same for the same seed and different for another") {
    const std::string edges = writeTempFile("ring-o.txt", kRingWithChords);
    const std::string a = writeTempFile("a.csv", ""), b = writeTempFile("b.csv", ""),
                      c = writeTempFile("c.csv", "");
    REQUIRE(tieline({"layout", edges, "--out", a, "--seed", "3"}).exitCode == 0);
    REQUIRE(tieline({"layout", edges, "--out", b, "--seed", "3", "--threads", "2"}).exitCode == 0);
    REQUIRE(tieline({"layout", edges, "--out", c, "--seed", "4"}).exitCode == 0);
    const std::string text = readFile(a);
    CHECK(text.rfind("node,x,y\n0,", 0) == 0);
    CHECK(text == readFile(b));
    CHECK(text != readFile(c));
    const std::string json = writeTempFile("kim.json", "");
    REQUIRE(tieline({"layout", kDefault, "--at", "1960", "--out", json}).exitCode == 0);
    const auto rows = nlohmann::json::parse(readFile(json));
    bool kim = false;
    for (const auto& row : rows)
        kim |= row["id"] == "kim-il-sung";
    CHECK(kim);
}

TEST_CASE("cli: layout refuses bad options and files with clear messages") {
    const std::string edges = writeTempFile("ring-e.txt", kRingWithChords);
    auto r = tieline({"layout", edges, "--threads", "3"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid --threads '3'") != std::string::npos);
    r = tieline({"layout", edges, "--at", "1956"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--at needs a dataset") != std::string::npos);
    r = tieline({"layout", edges, "--theta", "abc"});
    CHECK(r.exitCode == 2);
    r = tieline({"layout", writeTempFile("bad.txt", "3 1\n0 9\n")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("bad.txt:2: node number out of range") != std::string::npos);
    r = tieline({"layout", "/nonexistent/graph.txt"});
    CHECK(r.exitCode == 1);
    r = tieline({"layout", kDefault, "--at", "1990"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("outside the dataset's range") != std::string::npos);
}

TEST_CASE("cli: snapshot gives each actor its layout position") {
    const auto r = tieline({"snapshot", kDefault, "--at", "1956-09-20"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto doc = nlohmann::json::parse(r.out);
    for (const auto& a : doc["actors"]) {
        CHECK(a.contains("x"));
        CHECK(a.contains("y"));
    }
    CHECK(doc["actors"][0]["x"] != doc["actors"][1]["x"]);
}

// [SECTION] convert: JSON, GEXF, CSV tables and CSL-JSON through the real binary

namespace {

std::string convertDir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("tieline-cli-convert-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir.string();
}

nlohmann::json jsonFile(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in, nullptr, false);
}

} // namespace

TEST_CASE(
    "convert: JSON to GEXF to JSON on the command line keeps the network and names what GEXF cannot carry") {
    const std::string dir = convertDir("gexf");
    auto r = tieline({"convert", fixture("valid/full.json"), dir + "/full.gexf"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("wrote " + dir + "/full.gexf\n") != std::string::npos);
    CHECK(r.out.find("wrote " + dir + "/full.csl.json\n") != std::string::npos);
    CHECK(r.err.find("not carried by " + dir + "/full.gexf: 1 event") != std::string::npos);
    r = tieline({"convert", dir + "/full.gexf", dir + "/back.json"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.err.empty()); // the sources came back from full.csl.json: no placeholder warning
    r = tieline({"convert", fixture("valid/full.json"), dir + "/orig.json"});
    REQUIRE(r.exitCode == 0);
    const auto orig = jsonFile(dir + "/orig.json");
    const auto back = jsonFile(dir + "/back.json");
    for (const char* table : {"actors", "ties", "sources"})
        CHECK_MESSAGE(orig[table] == back[table], table);
    CHECK(orig["meta"]["start"] == back["meta"]["start"]);
    r = tieline({"validate", "--strict", dir + "/full.gexf"});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("full.gexf: valid (3 actors, 2 ties") != std::string::npos);
}

TEST_CASE("convert: CSV pairs in and out, and validate and snapshot read .gexf and .csv files") {
    const std::string dir = convertDir("csv");
    auto r = tieline({"convert", fixture("valid/full.json"), dir + "/t.csv"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(std::filesystem::exists(dir + "/t.nodes.csv"));
    CHECK(std::filesystem::exists(dir + "/t.edges.csv"));
    CHECK(std::filesystem::exists(dir + "/t.csl.json"));
    r = tieline({"convert", dir + "/t.nodes.csv", dir + "/t.edges.csv", dir + "/t.json", "--start", "1955",
                 "--end", "1958"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    tieline({"convert", fixture("valid/full.json"), dir + "/orig.json"});
    CHECK(jsonFile(dir + "/t.json")["ties"] == jsonFile(dir + "/orig.json")["ties"]);
    r = tieline({"validate", dir + "/t.edges.csv"});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("t.edges.csv: valid (3 actors, 2 ties") != std::string::npos);
    r = tieline({"convert", fixture("valid/full.json"), dir + "/full.gexf"});
    REQUIRE(r.exitCode == 0);
    r = tieline({"snapshot", dir + "/full.gexf", "--at", "1956-09-20"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["actors"].size() == 3);
    CHECK(doc["ties"].size() == 1); // patron-client pauses in September 1956; client-rival holds
}

TEST_CASE("convert: bad input exits 1 with located messages, usage errors exit 2") {
    const std::string dir = convertDir("errors");
    auto r = tieline({"convert", fixture("gexf/invalid/edge-unknown-target.gexf"), dir + "/out.json"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("edge-unknown-target.gexf:10:32: error: /gexf/graph/edges/edge[2]/@target: unknown node "
                     "\"zz\"") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir + "/out.json"));
    r = tieline({"convert", fixture("csv/invalid/unbalanced-quote.edges.csv"), dir + "/out.json"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find(":3:5: error: row 3, column C \"Label\": unbalanced quote") != std::string::npos);
    r = tieline({"validate", fixture("gexf/invalid/doctype-billion-laughs.gexf")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("a DOCTYPE is not allowed in GEXF") != std::string::npos);
    r = tieline({"convert", fixture("valid/full.json")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("expected IN and OUT") != std::string::npos);
    r = tieline({"convert", "--start", "1956-13", fixture("valid/full.json"), dir + "/x.json"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid date '1956-13' for --start") != std::string::npos);
    r = tieline({"convert", fixture("valid/full.json"), dir + "/x.graphml"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("unknown kind of file") != std::string::npos);
    const auto help = tieline({"convert", "--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("Usage: tieline convert") != std::string::npos);
    CHECK(tieline({"--help"}).out.find("convert") != std::string::npos);
}

TEST_CASE("convert: --sources adds the sources of a Zotero CSL-JSON export, and .csl.json writes them out") {
    const std::string dir = convertDir("sources");
    {
        std::ofstream zotero(dir + "/zotero.json");
        zotero
            << R"([{"id": "n1", "type": "article-newspaper", "title": "Special trial", "issued": {"date-parts": [["1955", "12", "15"]]}},
                     {"id": "d18", "type": "manuscript", "title": "Record of a conversation", "archive": "AVPRF"}])";
    }
    auto r = tieline({"convert", fixture("csv/valid/bom-crlf-edges-only.csv"), dir + "/k.json", "--sources",
                      dir + "/zotero.json"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.err == "tieline convert: 2 sources from " + dir + "/zotero.json\n"); // no placeholder warning
    const auto doc = jsonFile(dir + "/k.json");
    REQUIRE(doc["sources"].size() == 2);
    CHECK(doc["sources"][0]["title"] == "Special trial");
    r = tieline({"validate", "--strict", dir + "/k.json"});
    CHECK_MESSAGE(r.exitCode == 0, r.err);
    r = tieline({"convert", dir + "/k.json", dir + "/refs.csl.json"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto refs = jsonFile(dir + "/refs.csl.json");
    REQUIRE(refs.is_array());
    CHECK(refs[1]["archive"] == "AVPRF");
}

// [SECTION] export: PNG, SVG, sweeps and bibliography through the real binary (EGL, no display)

#include <algorithm>
#include <array>
#include <set>

namespace {

std::filesystem::path exportDir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("tieline-cli-export-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

// ImageMagick's view of a PNG: "WIDTH HEIGHT CHANNELS" and the RGBA of one pixel.
std::string identify(const std::string& png) {
    return runProcess({"/usr/bin/identify", "-format", "%w %h %[channels]", png}).out;
}
std::array<int, 4> pixelAt(const std::string& png, int x, int y) {
    const auto r = runProcess({"/usr/bin/convert", png, "-crop",
                               "1x1+" + std::to_string(x) + "+" + std::to_string(y), "-depth", "8", "txt:-"});
    std::smatch m;
    std::array<int, 4> rgba{-1, -1, -1, -1};
    if (std::regex_search(r.out, m, std::regex(R"(\((\d+),(\d+),(\d+),(\d+)\))")))
        for (int i = 0; i < 4; ++i)
            rgba[std::size_t(i)] = std::stoi(m[i + 1].str());
    return rgba;
}

struct SvgNode {
    std::string actor, fill;
    double x = 0, y = 0;
};
std::vector<SvgNode> svgNodes(const std::string& svg) {
    std::vector<SvgNode> nodes;
    const std::regex circle(
        R"re(<circle class="node" data-actor="([^"]+)" cx="([-\d.]+)" cy="([-\d.]+)" r="[^"]+" fill="#([0-9a-f]{6})")re");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), circle); it != std::sregex_iterator(); ++it)
        nodes.push_back(
            {(*it)[1].str(), (*it)[4].str(), std::stod((*it)[2].str()), std::stod((*it)[3].str())});
    return nodes;
}

std::size_t countOf(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = text.find(what); i != std::string::npos; i = text.find(what, i + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("cli: export --range draws everything active in it, captioned with the range, --grid and --range "
          "misuse") {
    const auto dir = exportDir("range");
    const std::string svg = (dir / "range.svg").string();
    auto r = tieline({"export", kDefault, "--range", "1956-08..1956-10", "--svg", svg, "--size", "640x360"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const std::string text = readFile(svg);
    CHECK(text.find("1 August 1956 \u2013 31 October 1956") != std::string::npos);
    CHECK(text.find("true for part of the period") != std::string::npos);
    std::set<std::string> active;
    for (const char* month : {"1956-08", "1956-09", "1956-10"}) {
        const auto snap = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", month}).out);
        for (const auto& t : snap["ties"])
            active.insert(t["id"].get<std::string>());
    }
    CHECK(countOf(text, "class=\"tie\"") == active.size());

    r = tieline({"export", kDefault, "--range", "1956-10..1956-08", "--svg", svg});
    CHECK(r.exitCode == 1);
    r = tieline({"export", kDefault, "--range", "1956-08", "--svg", svg});
    CHECK(r.exitCode == 2);
    r = tieline({"export", kDefault, "--at", "1956", "--range", "1956..1957", "--svg", svg});
    CHECK(r.exitCode == 2);
    r = tieline({"export", kDefault, "--at", "1956,1957,1958", "--grid", "1x2", "--svg", svg});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("has 2 panels for 3 dates") != std::string::npos);
    r = tieline({"export", kDefault, "--at", "1956-09,1990", "--svg", svg});
    CHECK(r.exitCode == 1);
}

TEST_CASE("cli: export --at with several dates writes one picture, a panel each on one frame") {
    const auto dir = exportDir("panels");
    const std::string png = (dir / "three.png").string(), svg = (dir / "three.svg").string();
    auto r = tieline({"export", kDefault, "--at", "1955-06,1956-09-20,1969-10", "--grid", "3x1", "--png", png,
                      "--svg", svg, "--size", "900x300", "--no-legend"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("3 panels") != std::string::npos);
    CHECK(identify(png) == "900 300 srgba");
    CHECK(runProcess({"/usr/bin/xmllint", "--noout", svg}).exitCode == 0);
    const std::string text = readFile(svg);
    CHECK(countOf(text, "<g class=\"panel\"") == 3);
    const std::size_t a = text.find("data-date=\"1955-06\""), b = text.find("data-date=\"1956-09-20\""),
                      c = text.find("data-date=\"1969-10\"");
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    REQUIRE(c != std::string::npos);
    CHECK((a < b && b < c));
    CHECK(text.find(">June 1955<") != std::string::npos);
    CHECK(text.find(">20 September 1956<") != std::string::npos);
    CHECK(text.find(">October 1969<") != std::string::npos);
    CHECK(text.find("<svg x=\"300\" y=\"0\" width=\"300\" height=\"300\"") != std::string::npos);
    CHECK(text.find("class=\"legend\"") == std::string::npos);
    // Each panel draws its date's ties: the middle one only the snapshot's of that day, and all of
    // them but a tie whose two discs overlap on the shared frame (nothing of it could show).
    const std::string middle = text.substr(b, c - b);
    std::set<std::string> snapshot, drawn;
    const auto day = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", "1956-09-20"}).out);
    for (const auto& t : day["ties"])
        snapshot.insert(t["id"].get<std::string>());
    const std::regex tie("class=\"tie\" data-tie=\"([^\"]+)\"");
    for (auto it = std::sregex_iterator(middle.begin(), middle.end(), tie); it != std::sregex_iterator();
         ++it)
        drawn.insert((*it)[1].str());
    CHECK(std::includes(snapshot.begin(), snapshot.end(), drawn.begin(), drawn.end()));
    CHECK(drawn.size() + 2 >= snapshot.size());
}

TEST_CASE("cli: small multiples have one legend, beside the panels, listing what any panel shows") {
    const auto dir = exportDir("panels-legend");
    const std::string png = (dir / "four.png").string(), svg = (dir / "four.svg").string();
    auto r = tieline({"export", kDefault, "--at", "1955-06,1956-09-20,1961-07-11,1969-10", "--png", png,
                      "--svg", svg, "--size", "1920x1080"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(runProcess({"/usr/bin/xmllint", "--noout", svg}).exitCode == 0);
    const std::string text = readFile(svg);
    CHECK(countOf(text, "<g class=\"panel\"") == 4);
    REQUIRE(countOf(text, "<g class=\"legend\"") == 1);
    const std::size_t at = text.find("<g class=\"legend\"");
    CHECK(at > text.rfind("<g class=\"panel\"")); // after (over) the panels
    const std::regex rect("<rect class=\"panel\" x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\"");
    std::smatch m;
    const std::string legend = text.substr(at);
    REQUIRE(std::regex_search(legend, m, rect));
    const double legendLeft = std::stod(m[1]);
    CHECK(legendLeft > 1920 * 0.6);
    CHECK(legendLeft + std::stod(m[3]) <= 1920);
    // The panels sit left of it (a 2x2 grid in the width the legend leaves).
    const std::regex panel("<svg x=\"([0-9.]+)\" y=\"([0-9.]+)\" width=\"([0-9.]+)\"");
    int panels = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.begin() + long(at), panel);
         it != std::sregex_iterator(); ++it) {
        if (std::stod((*it)[3]) >= 1920) continue; // the legend's own layer, over the whole picture
        CHECK(std::stod((*it)[1]) + std::stod((*it)[3]) <= legendLeft);
        ++panels;
    }
    CHECK(panels == 4);
    // Tie types of all four dates: treaties (1961) and purges (1956) both.
    CHECK(legend.find("data-key=\"treaty\"") != std::string::npos);
    CHECK(legend.find("data-key=\"purge\"") != std::string::npos);
    CHECK(identify(png) == "1920 1080 srgba");
}

TEST_CASE("cli: export --at writes a PNG, an SVG and the sources that agree with the snapshot") {
    const auto dir = exportDir("snapshot");
    const std::string png = (dir / "kim.png").string(), svg = (dir / "kim.svg").string(),
                      md = (dir / "kim.md").string();
    auto r = tieline({"export", kDefault, "--at", "1956-09-20", "--png", png, "--svg", svg, "--size",
                      "640x360", "--bib", md});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("wrote " + png + " (640x360)") != std::string::npos);
    CHECK(identify(png) == "640 360 srgba"); // size, and an alpha channel (opaque here)
    CHECK(pixelAt(png, 3, 3)[3] == 255);
    CHECK(runProcess({"/usr/bin/xmllint", "--noout", svg}).exitCode == 0);

    // The export draws the dataset's merge (the party-state as part of Kim); the snapshot keeps every
    // actor's own id unless asked for the same view.
    const auto snap = nlohmann::json::parse(
        tieline({"snapshot", kDefault, "--at", "1956-09-20", "--merge", "kwp-dprk=kim-il-sung"}).out);
    const std::string text = readFile(svg);
    const std::vector<SvgNode> nodes = svgNodes(text);
    CHECK(nodes.size() == snap["actors"].size());
    CHECK(countOf(text, "class=\"tie\"") == snap["ties"].size());
    // Nodes are drawn in their group's colour where the layout (through the camera) puts them;
    // a few are faded (leaving or arriving) or lie under a bigger node, so most, not all, and Kim.
    std::size_t matching = 0;
    for (const SvgNode& n : nodes) {
        const auto c = pixelAt(png, int(n.x), int(n.y));
        const int rgb = std::stoi(n.fill, nullptr, 16);
        const bool same = std::abs(c[0] - (rgb >> 16)) + std::abs(c[1] - ((rgb >> 8) & 0xFF)) +
                              std::abs(c[2] - (rgb & 0xFF)) <
                          40;
        matching += same ? 1 : 0;
        if (n.actor == "kim-il-sung") CHECK(same);
    }
    CHECK(matching >= nodes.size() * 4 / 5);
    // The bibliography lists exactly the sources the visible ties' claims cite.
    const auto data = nlohmann::json::parse(readFile(kDefault));
    std::set<std::string> expected, listed;
    for (const auto& t : snap["ties"])
        for (const auto& tie : data["ties"])
            if (tie["id"] == t["id"] && tie.contains("claims"))
                for (const auto& c : tie["claims"])
                    expected.insert(c["source"].get<std::string>());
    for (const auto& item : nlohmann::json::parse(readFile((dir / "kim.json").string())))
        listed.insert(item["id"].get<std::string>());
    CHECK(listed == expected);
    CHECK(readFile(md).find("# Sources: ") == 0);
    CHECK(countOf(readFile(md), "\n") > expected.size());
}

TEST_CASE("cli: the SVG rasterised with rsvg-convert matches the PNG export (RMSE under 6 %)") {
    // The difference is antialiasing and text rasterisation (Pango vs the glyph atlas), a little
    // arc length in dash phases, and arrowheads drawn with their tie rather than after all ties.
    const auto dir = exportDir("compare");
    for (const std::string theme : {"dark", "light"}) {
        CAPTURE(theme);
        const std::string png = (dir / "a.png").string(), svg = (dir / "a.svg").string(),
                          raster = (dir / "b.png").string();
        auto r = tieline({"export", kDefault, "--at", "1962-10", "--png", png, "--svg", svg, "--size",
                          "960x540", "--theme", theme});
        REQUIRE_MESSAGE(r.exitCode == 0, r.err);
        REQUIRE(runProcess({"/usr/bin/rsvg-convert", svg, "-o", raster}).exitCode == 0);
        CHECK(identify(raster).rfind("960 540 ", 0) == 0);
        r = runProcess({"/usr/bin/compare", "-metric", "RMSE", png, raster, "null:"});
        std::smatch m;
        REQUIRE(std::regex_search(r.err, m, std::regex(R"(\(([\d.e-]+)\))")));
        CAPTURE(r.err);
        CHECK(std::stod(m[1].str()) < 0.06);
    }
}

TEST_CASE("cli: export --transparent leaves the background clear") {
    const auto dir = exportDir("transparent");
    const std::string png = (dir / "t.png").string();
    const auto r = tieline({"export", kDefault, "--at", "1960", "--png", png, "--size", "320x240",
                            "--transparent", "--no-legend", "--no-caption"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(pixelAt(png, 1, 1)[3] == 0);
    CHECK(pixelAt(png, 318, 238)[3] == 0);
}

TEST_CASE("cli: a sweep writes numbered frames, an MP4 and a GIF of the asked length") {
    const auto dir = exportDir("sweep");
    const std::vector<std::string> sweep = {"export", kDefault, "--from",    "1956", "--to",   "1957-06",
                                            "--fps",  "6",      "--seconds", "2",    "--size", "320x240"};
    auto args = sweep;
    args.insert(args.end(), {"--frames", (dir / "frames").string(), "--bib", (dir / "sweep.md").string()});
    auto r = tieline(args);
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    std::vector<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(dir / "frames"))
        names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    REQUIRE(names.size() == 12);
    CHECK(names.front() == "frame-00000.png");
    CHECK(names.back() == "frame-00011.png");
    CHECK(identify((dir / "frames" / "frame-00005.png").string()) == "320 240 srgba");
    CHECK(readFile((dir / "sweep.md").string()).find("from 1 January 1956 to 30 June 1957") !=
          std::string::npos);

    args = sweep;
    args.insert(args.end(), {"--mp4", (dir / "s.mp4").string()});
    r = tieline(args);
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    r = runProcess({"/usr/bin/ffprobe", "-v", "error", "-count_frames", "-select_streams", "v:0",
                    "-show_entries", "stream=nb_read_frames,width,height,codec_name:format=duration", "-of",
                    "default=nw=1", (dir / "s.mp4").string()});
    CHECK(r.out.find("codec_name=h264") != std::string::npos);
    CHECK(r.out.find("nb_read_frames=12") != std::string::npos);
    CHECK(r.out.find("duration=2.0") != std::string::npos);
    CHECK(r.out.find("width=320") != std::string::npos);

    args = sweep;
    args.insert(args.end(), {"--gif", (dir / "s.gif").string()});
    r = tieline(args);
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    r = runProcess({"/usr/bin/ffprobe", "-v", "error", "-count_frames", "-show_entries",
                    "stream=nb_read_frames", "-of", "default=nw=1", (dir / "s.gif").string()});
    CHECK(r.out.find("nb_read_frames=12") != std::string::npos);
    for (const auto& e : std::filesystem::directory_iterator(dir))
        CHECK(e.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("cli: export failures exit non-zero with a clear message, no partial file, old files untouched") {
    const auto dir = exportDir("failures");
    const std::string old = (dir / "old.png").string();
    std::ofstream(old) << "precious";
    auto r = tieline({"export", kDefault, "--at", "1956", "--png", old, "--size", "0x100"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid size '0x100'") != std::string::npos);
    r = tieline({"export", kDefault, "--at", "1956", "--png", old, "--size", "9000x100"});
    CHECK(r.exitCode == 2);
    r = tieline({"export", kDefault, "--at", "1990", "--png", old});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("outside the dataset's range") != std::string::npos);
    r = tieline({"export", kDefault, "--from", "1950", "--to", "1960", "--frames", (dir / "f").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("outside the dataset's range") != std::string::npos);
    r = tieline({"export", kDefault, "--at", "1956", "--png", (dir / "missing" / "x.png").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("does not exist") != std::string::npos);
    // A folder nobody may write into (root may write anywhere but /proc).
    r = tieline({"export", kDefault, "--at", "1956", "--png", "/proc/tieline-export.png"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("/proc/tieline-export.png") != std::string::npos);
    // The sweep's encoder is missing: nothing written, the message says what to install.
    r = runProcess({"/usr/bin/env", "PATH=/nonexistent", TIELINE_BIN, "export", kDefault, "--from", "1956",
                    "--to", "1957", "--fps", "2", "--seconds", "1", "--mp4", old});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("install the Debian package ffmpeg") != std::string::npos);
    // One of two outputs cannot be written: checked before rendering, so the existing file stays as it was.
    r = tieline(
        {"export", kDefault, "--at", "1956", "--png", old, "--svg", (dir / "missing" / "x.svg").string()});
    CHECK(r.exitCode == 1);
    CHECK(readFile(old) == "precious");
    std::vector<std::string> left;
    for (const auto& e : std::filesystem::directory_iterator(dir))
        left.push_back(e.path().filename().string());
    CHECK(left == std::vector<std::string>{"old.png"});
    r = tieline({"export", kDefault, "--at", "1956", "--png", old, "--mp4", old});
    CHECK(r.exitCode == 2);
    r = runProcess({"/usr/bin/env", "__EGL_VENDOR_LIBRARY_FILENAMES=/nonexistent.json", TIELINE_BIN, "export",
                    kDefault, "--at", "1956", "--png", old});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("cannot render without an OpenGL driver") != std::string::npos);
    CHECK(readFile(old) == "precious");
}

// [SECTION] metrics and story decks (analytics and presentation)

#include <sstream>
#include <utility>

namespace {

// The CSV as rows of fields (no quoted commas in the default dataset's ids; names are checked apart).
std::vector<std::vector<std::string>> csvRows(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        rows.emplace_back();
        std::string field;
        bool quoted = false;
        for (char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                rows.back().push_back(std::exchange(field, {}));
            else
                field += c;
        }
        rows.back().push_back(field);
    }
    return rows;
}

} // namespace

TEST_CASE("cli: metrics writes a CSV per step and actor that parses back, and JSON series") {
    const auto dir = exportDir("metrics");
    const std::string csv = (dir / "m.csv").string(), json = (dir / "m.json").string();
    auto r = tieline({"metrics", kDefault, "--csv", csv, "--json", json});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("wrote " + csv + " (180 steps from 1955-01-01, 44 actors)") != std::string::npos);
    const auto rows = csvRows(readFile(csv));
    REQUIRE(rows.size() > 180 * 20);
    const auto& header = rows[0];
    CHECK(header[0] == "date");
    CHECK(header[1] == "actor");
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == header.size());
        CHECK(rows[i][0].size() == 10); // 1955-01-01
    }
    const auto doc = nlohmann::json::parse(readFile(json));
    CHECK(doc["dates"].size() == 180);
    CHECK(doc["actors"].size() == 44);
    CHECK(doc["actors"][0]["betweenness"].size() == 180);
}

TEST_CASE("cli: metrics answers whose client Kim was in mid-1963, with his party-state's ties merged") {
    auto r = tieline({"metrics", kDefault, "--actor", "kim-il-sung", "--merge", "kwp-dprk=kim-il-sung",
                      "--from", "1963-06", "--to", "1963-06", "--csv", "-"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto rows = csvRows(r.out);
    REQUIRE(rows.size() == 2);
    const auto column = [&](const std::string& name) {
        for (std::size_t i = 0; i < rows[0].size(); ++i)
            if (rows[0][i] == name) return rows[1][i];
        FAIL("no column " << name);
        return std::string();
    };
    CHECK(column("date") == "1963-06-01");
    CHECK(std::stod(column("share_cpsu-ussr")) == doctest::Approx(1.3 / 3.6).epsilon(1e-9));
    CHECK(std::stod(column("share_ccp-prc")) == doctest::Approx(1.6 / 3.6).epsilon(1e-9));
    CHECK(std::stod(column("share_mao-zedong")) == doctest::Approx(0.7 / 3.6).epsilon(1e-9));
    CHECK(std::stod(column("patron_strength")) == doctest::Approx(3.6));
}

TEST_CASE("cli: metrics refuses bad requests with exit 2 for usage and 1 for what the dataset lacks") {
    auto r = tieline({"metrics", kDefault});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("give --csv FILE or --json FILE") != std::string::npos);
    r = tieline({"metrics", kDefault, "--csv", "-", "--merge", "kwp-dprk"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("expected FROM=INTO") != std::string::npos);
    r = tieline({"metrics", kDefault, "--csv", "-", "--from", "1956-13"});
    CHECK(r.exitCode == 2);
    r = tieline({"metrics", kDefault, "--csv", "-", "--actor", "kim-jong-il"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("unknown actor 'kim-jong-il'") != std::string::npos);
    r = tieline({"metrics", kDefault, "--csv", "-", "--from", "1980", "--to", "1981"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no time step between 1980 and 1981") != std::string::npos);
    r = tieline({"metrics", kDefault, "--csv", "-", "--patron-types", "aid,bribery"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("unknown tie type 'bribery'") != std::string::npos);
    CHECK(tieline({"metrics", "--help"}).out.find("Usage: tieline metrics DATASET") == 0);
}

TEST_CASE(
    "cli: export --story --deck writes one slide per stop and slides.md with each caption and its sources") {
    const auto dir = exportDir("deck");
    const std::string deck = (dir / "deck").string();
    // An older, longer deck in the folder: its extra slide goes.
    std::filesystem::create_directories(deck);
    std::ofstream(deck + "/slide-13.png") << "old";
    auto r =
        tieline({"export", kDefault, "--story", "between-two-patrons", "--deck", deck, "--size", "640x360"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("wrote 12 slides (640x360) and slides.md to " + deck) != std::string::npos);
    std::vector<std::string> files;
    for (const auto& e : std::filesystem::directory_iterator(deck))
        files.push_back(e.path().filename().string());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() == 13);
    CHECK(files.front() == "slide-01.png");
    CHECK(files[11] == "slide-12.png");
    CHECK(files.back() == "slides.md");
    CHECK(identify(deck + "/slide-05.png") == "640 360 srgba");
    const std::string md = readFile(deck + "/slides.md");
    const auto data = nlohmann::json::parse(readFile(kDefault));
    const auto& story = data["stories"][1];
    CHECK(md.rfind("# Between two patrons", 0) == 0);
    CHECK(countOf(md, "\n## ") == 12);
    for (std::size_t i = 0; i < story["stops"].size(); ++i) {
        const auto& stop = story["stops"][i];
        CHECK(md.find("## " + std::to_string(i + 1) + ". " + stop["title"].get<std::string>()) !=
              std::string::npos);
        CHECK(md.find(std::string("slide-") + (i < 9 ? "0" : "") + std::to_string(i + 1) + ".png)") !=
              std::string::npos);
    }
    CHECK(countOf(md, "Sources of the ties on this slide:") == 12);
    // By number too; an unknown story lists those there are.
    r = tieline(
        {"export", kDefault, "--story", "0", "--deck", (dir / "august").string(), "--size", "320x180"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.out.find("wrote 9 slides") != std::string::npos);
    r = tieline({"export", kDefault, "--story", "no-such-story", "--deck", (dir / "x").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("between-two-patrons") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "x"));
    r = tieline({"export", kDefault, "--story", "0", "--deck", (dir / "y").string(), "--at", "1956"});
    CHECK(r.exitCode == 2);
}

TEST_CASE(
    "cli: export --bib-kinds lists only sources of those kinds, and --archival-only hides the other ties") {
    const auto dir = exportDir("bib-kinds");
    const std::string md = (dir / "refs.md").string(), all = (dir / "all.md").string();
    auto r = tieline({"export", fixture("valid/evidence.json"), "--at", "1956-06", "--bib", all});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    r = tieline({"export", fixture("valid/evidence.json"), "--at", "1956-06", "--bib", md, "--bib-kinds",
                 "archive,scholarship"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    // Both ties are shown; their claims cite doc-1 (archive), book-1 (scholarship), memoir-1 (memoir).
    std::set<std::string> ids;
    for (const auto& item : nlohmann::json::parse(readFile((dir / "all.json").string())))
        ids.insert(item["id"].get<std::string>());
    CHECK(ids == std::set<std::string>{"doc-1", "book-1", "memoir-1"});
    ids.clear();
    for (const auto& item : nlohmann::json::parse(readFile((dir / "refs.json").string()))) {
        ids.insert(item["id"].get<std::string>());
        CHECK((item["evidence"] == "archive" || item["evidence"] == "scholarship"));
    }
    CHECK(ids == std::set<std::string>{"doc-1", "book-1"});
    const std::string text = readFile(md);
    CHECK(text.find("2 ties shown in June 1956: 2 sources") != std::string::npos);
    CHECK(text.find("Only these kinds of source: archival document, scholarship.") != std::string::npos);
    CHECK(text.find("*archival document*") != std::string::npos);
    CHECK(text.find("*scholarship*") != std::string::npos);
    CHECK(text.find("Pyongyang") == std::string::npos);
    CHECK(readFile(all).find("My Years in Pyongyang") != std::string::npos);
    // Only the tie an archival document supports is drawn, so only its source is listed.
    r = tieline(
        {"export", fixture("valid/evidence.json"), "--at", "1956-06", "--bib", md, "--archival-only"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(readFile(md).find("1 tie shown in June 1956: 1 source") != std::string::npos);
    // Usage errors: an unknown kind, or kinds without --bib.
    r = tieline({"export", fixture("valid/evidence.json"), "--at", "1956-06", "--bib", md, "--bib-kinds",
                 "archive,books"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid --bib-kinds 'archive,books': unknown source kind \"books\"") !=
          std::string::npos);
    r = tieline({"export", fixture("valid/evidence.json"), "--at", "1956-06", "--png",
                 (dir / "x.png").string(), "--bib-kinds", "archive"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--bib-kinds narrows a bibliography: give --bib F.md too") != std::string::npos);
}

// [SECTION] tie types' roles: patron types for metrics, patrons above clients (issue 15)
TEST_CASE("cli: metrics on an import without patron roles computes the rest and names what needs them") {
    const auto r = tieline({"metrics", fixture("gexf/valid/dynamic-dates-spells.gexf"), "--csv", "-"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(r.err.find("no tie type of this dataset has a patron role") != std::string::npos);
    CHECK(r.err.find("patron shares, patron strength and camp balance are empty") != std::string::npos);
    CHECK(r.err.find("--patron-types:") == std::string::npos); // never blames an option not given
    CHECK(r.out.find("date,actor,name,betweenness") == 0);
    // The default dataset declares its patron types: no such note.
    const auto d = tieline({"metrics", kDefault, "--csv", "-", "--from", "1963-06", "--to", "1963-06"});
    REQUIRE(d.exitCode == 0);
    CHECK(d.err.find("patron role") == std::string::npos);
}

TEST_CASE("cli: --arrange hierarchy puts patrons above clients, a bad mode is a usage error") {
    const auto y = [](const nlohmann::json& doc, const std::string& id) {
        for (const auto& a : doc["actors"])
            if (a["id"] == id) return a["y"].get<double>();
        FAIL("no actor " << id);
        return 0.0;
    };
    const auto r = tieline({"snapshot", kDefault, "--at", "1958-06-15", "--arrange", "hierarchy"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto doc = nlohmann::json::parse(r.out);
    // Beijing gives aid to the party-state, Mao is Kim's patron: both above (smaller y).
    CHECK(y(doc, "ccp-prc") < y(doc, "kwp-dprk") - 20);
    CHECK(y(doc, "mao-zedong") < y(doc, "kim-il-sung") - 20);
    const auto free = tieline({"snapshot", kDefault, "--at", "1958-06-15"});
    REQUIRE(free.exitCode == 0);
    CHECK(free.out != r.out);
    for (const char* command : {"snapshot", "layout"}) {
        const auto bad = tieline({command, kDefault, "--at", "1958", "--arrange", "pyramid"});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.find("invalid --arrange 'pyramid': expected free or hierarchy") != std::string::npos);
    }
    const auto layout =
        tieline({"layout", kDefault, "--at", "1958-06-15", "--arrange", "hierarchy", "--metrics"});
    CHECK(layout.exitCode == 0);
}

// [SECTION] labels in exports (issue 13): the top 8 by weighted degree and a stop's focus labelled,
// no label over another label or another disc. The full sweep is tests/bench/label_sweep.py.
namespace {

struct SvgDisc {
    std::string actor;
    double x, y, r;
};
struct SvgLabel {
    std::string actor;
    double x0, y0, x1, y1;
};

void readSvgLabels(const std::string& svg, std::vector<SvgDisc>& discs, std::vector<SvgLabel>& labels) {
    const std::regex disc(
        "<circle class=\"node\" data-actor=\"([^\"]+)\" cx=\"([-0-9.]+)\" cy=\"([-0-9.]+)\" "
        "r=\"([-0-9.]+)\"[^>]*stroke-width=\"([-0-9.]+)\"");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), disc); it != std::sregex_iterator(); ++it)
        discs.push_back({(*it)[1], std::stod((*it)[2]), std::stod((*it)[3]),
                         std::stod((*it)[4]) + 0.5 * std::stod((*it)[5])});
    const std::regex label(
        "<g data-actor=\"([^\"]+)\" data-box=\"([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)\"");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), label); it != std::sregex_iterator(); ++it)
        labels.push_back(
            {(*it)[1], std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), std::stod((*it)[5])});
}

void checkLabels(const std::string& svg, const std::vector<std::string>& focus) {
    std::vector<SvgDisc> discs;
    std::vector<SvgLabel> labels;
    readSvgLabels(svg, discs, labels);
    REQUIRE(discs.size() > 8);
    std::set<std::string> labelled;
    for (const SvgLabel& l : labels)
        labelled.insert(l.actor);
    // The largest discs are the actors with the largest weighted degree.
    std::vector<SvgDisc> ranked = discs;
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const SvgDisc& a, const SvgDisc& b) { return a.r > b.r; });
    for (std::size_t i = 0; i < 8; ++i)
        CHECK_MESSAGE(labelled.count(ranked[i].actor), ranked[i].actor);
    for (const std::string& a : focus)
        CHECK_MESSAGE(labelled.count(a), a);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const SvgLabel& l = labels[i];
        for (std::size_t j = i + 1; j < labels.size(); ++j) {
            const SvgLabel& m = labels[j];
            CHECK_FALSE((std::min(l.x1, m.x1) - std::max(l.x0, m.x0) > 0.5 &&
                         std::min(l.y1, m.y1) - std::max(l.y0, m.y0) > 0.5));
        }
        for (const SvgDisc& d : discs) {
            if (d.actor == l.actor) continue;
            const double nx = std::clamp(d.x, l.x0, l.x1), ny = std::clamp(d.y, l.y0, l.y1);
            CHECK((nx - d.x) * (nx - d.x) + (ny - d.y) * (ny - d.y) >= (d.r - 0.5) * (d.r - 0.5));
        }
    }
}

} // namespace

TEST_CASE("cli: exports label the top 8 actors and a stop's focus, no label over a label or a disc") {
    const auto dir = exportDir("labels");
    for (const char* at : {"1956-08-30", "1968-03"}) {
        const std::string svg = (dir / (std::string(at) + ".svg")).string();
        const auto r = tieline({"export", kDefault, "--at", at, "--svg", svg});
        REQUIRE_MESSAGE(r.exitCode == 0, r.err);
        INFO(at);
        checkLabels(readFile(svg), {});
    }
    // The August plenum's stop at the small slide size, focus Kim Il Sung and the opposition.
    const std::string svg = (dir / "stop.svg").string();
    const auto r = tieline({"export", kDefault, "--story", "august-crisis-1956", "--stop", "5", "--svg", svg,
                            "--size", "1280x720"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto data = nlohmann::json::parse(readFile(kDefault));
    std::vector<std::string> focus;
    for (const auto& a : data["stories"][0]["stops"][4]["focus"])
        focus.push_back(a.get<std::string>());
    CHECK_FALSE(focus.empty());
    checkLabels(readFile(svg), focus);
    CHECK(tieline({"export", kDefault, "--story", "august-crisis-1956", "--stop", "99", "--svg", svg})
              .exitCode == 1);
    CHECK(tieline({"export", kDefault, "--stop", "2", "--svg", svg}).exitCode == 2);
}

TEST_CASE("cli: snapshot --no-positions leaves out x and y and is otherwise the same snapshot") {
    const auto with = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", "1960-05-01"}).out);
    const auto r = tieline({"snapshot", kDefault, "--at", "1960-05-01", "--no-positions"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    auto without = nlohmann::json::parse(r.out);
    REQUIRE(with["actors"].size() == without["actors"].size());
    for (std::size_t i = 0; i < with["actors"].size(); ++i) {
        CHECK(with["actors"][i].contains("x"));
        CHECK_FALSE(without["actors"][i].contains("x"));
        CHECK_FALSE(without["actors"][i].contains("y"));
        auto a = with["actors"][i];
        a.erase("x");
        a.erase("y");
        CHECK(a == without["actors"][i]);
    }
    CHECK(with["ties"] == without["ties"]);
}
