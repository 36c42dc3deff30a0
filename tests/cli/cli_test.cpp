// CLI tests: run the real tieline binary and check exit codes, stdout and stderr.
#include "run_process.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

namespace {

ProcessResult tieline(std::vector<std::string> args) {
    args.insert(args.begin(), TIELINE_BIN);
    return runProcess(args);
}

std::string fixture(const std::string& rel) { return std::string(TIELINE_FIXTURES) + "/" + rel; }
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

TEST_CASE("cli: validate exits 0 for valid files and 1 for each invalid fixture, naming file:line:column and pointer") {
    auto r = tieline({"validate", fixture("valid/full.json"), fixture("valid/minimal.json")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("full.json: valid (3 actors, 2 ties") != std::string::npos);
    const std::regex located(R"(invalid/[a-z0-9-]+\.json:\d+:\d+: error: )");
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(TIELINE_FIXTURES) + "/invalid")) {
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
        if (t["from"] == "mikoyan" && t["to"] == "kim-il-sung" && t["type"] == "intervention") mikoyanKim = true;
    }
    CHECK(mikoyanKim);
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
    const std::string a = writeTempFile("a.csv", ""), b = writeTempFile("b.csv", ""), c = writeTempFile("c.csv", "");
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
    for (const auto& row : rows) kim |= row["id"] == "kim-il-sung";
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
