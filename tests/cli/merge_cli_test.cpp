// CLI tests of merges, collapsed groups and hulls: export, snapshot, layout and metrics with
// --merge, --collapse, --no-merges and --hulls, run through the real binary.
#include "run_process.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>

namespace {

ProcessResult tieline(std::vector<std::string> args) {
    args.insert(args.begin(), TIELINE_BIN);
    return runProcess(args);
}

const std::string kDefault = std::string(TIELINE_DATA) + "/korea-1955-1969.json";

std::filesystem::path outDir(const std::string& name) {
    const auto dir = std::filesystem::temp_directory_path() / ("tieline-cli-merge-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every value of an attribute on the elements matching `element` ("circle class=\"node\"").
std::multiset<std::string> attributes(const std::string& svg, const std::string& element,
                                      const std::string& name) {
    std::multiset<std::string> out;
    const std::regex re("<" + element + "[^>]*?" + name + "=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), re); it != std::sregex_iterator(); ++it)
        out.insert((*it)[1].str());
    return out;
}

std::set<std::string> ids(const nlohmann::json& items) {
    std::set<std::string> out;
    for (const auto& item : items)
        out.insert(item["id"].get<std::string>());
    return out;
}

} // namespace

TEST_CASE("cli merges: export --at 1963-06 --merge kwp-dprk=kim-il-sung --hulls draws Kim without a "
          "party-state disc, every tie with its own id, and the groups' hulls") {
    const auto dir = outDir("judged");
    const std::string svg = (dir / "kim.svg").string(), png = (dir / "kim.png").string(),
                      md = (dir / "kim.md").string();
    auto r = tieline({"export", kDefault, "--at", "1963-06", "--merge", "kwp-dprk=kim-il-sung", "--hulls",
                      "--svg", svg, "--png", png, "--size", "960x540", "--bib", md});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    CHECK(runProcess({"/usr/bin/xmllint", "--noout", svg}).exitCode == 0);
    const std::string text = readAll(svg);
    const auto actors = attributes(text, "circle class=\"node\"", "data-actor");
    CHECK(actors.count("kwp-dprk") == 0);
    CHECK(actors.count("kim-il-sung") == 1);
    // The ties are the unmerged snapshot's, each once with its own id (none lies between the two).
    const auto plain = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", "1963-06"}).out);
    const auto drawn = attributes(text, "path class=\"tie\"", "data-tie");
    CHECK(std::set<std::string>(drawn.begin(), drawn.end()) == ids(plain["ties"]));
    CHECK(drawn.size() == plain["ties"].size());
    CHECK(drawn.count("t30") == 1); // the Soviet treaty of 1961, the party-state's, now Kim's
    CHECK(drawn.count("t31") == 1);
    // Hulls behind the nodes, one per group with a member present, each named.
    const auto hulls = attributes(text, "path class=\"hull\"", "data-group");
    CHECK(hulls.count("partisans") == 1);
    CHECK(hulls.count("soviet-bloc") == 1);
    CHECK(hulls.count("dprk") == 0); // its only member is shown as part of Kim
    CHECK(text.find("<g id=\"hulls\">") < text.find("<g id=\"ties\""));
    CHECK(text.find(">Partisan faction</text>") != std::string::npos);
    // The merged node says so: its label, the caption, the bibliography.
    CHECK(text.find(">Kim Il Sung + KWP/DPRK</text>") != std::string::npos);
    CHECK(
        text.find("Shown as one: Kim Il Sung + KWP/DPRK: the ties of Korean Workers&apos; Party / DPRK drawn "
                  "as Kim Il Sung&apos;s") != std::string::npos);
    CHECK(readAll(md).find("Shown as one: Kim Il Sung + KWP/DPRK") != std::string::npos);
}

TEST_CASE("cli merges: export draws the dataset's merges unless --no-merges, --collapse aggregates ties") {
    const auto dir = outDir("defaults");
    const std::string a = (dir / "a.svg").string(), b = (dir / "b.svg").string(),
                      c = (dir / "c.svg").string();
    REQUIRE(tieline({"export", kDefault, "--at", "1963-06", "--svg", a, "--size", "640x360"}).exitCode == 0);
    REQUIRE(tieline({"export", kDefault, "--at", "1963-06", "--no-merges", "--svg", b, "--size", "640x360"})
                .exitCode == 0);
    const std::string merged = readAll(a), apart = readAll(b);
    CHECK(attributes(merged, "circle class=\"node\"", "data-actor").count("kwp-dprk") == 0);
    CHECK(attributes(apart, "circle class=\"node\"", "data-actor").count("kwp-dprk") == 1);
    CHECK(apart.find("Shown as one") == std::string::npos);
    CHECK(apart.find("class=\"hull\"") == std::string::npos); // hulls only when asked for
    CHECK(attributes(merged, "path class=\"tie\"", "data-tie") ==
          attributes(apart, "path class=\"tie\"", "data-tie"));

    // The Soviet bloc collapsed in 1963: one node for the group, its aid to Kim's node one tie.
    REQUIRE(tieline({"export", kDefault, "--at", "1963-06", "--collapse", "soviet-bloc", "--svg", c, "--size",
                     "640x360"})
                .exitCode == 0);
    const std::string collapsed = readAll(c);
    const auto snap = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", "1963-06", "--merge",
                                                     "kwp-dprk=kim-il-sung", "--collapse", "soviet-bloc"})
                                                .out);
    // Every actor the snapshot has is drawn, but for isolates that the stretched frame would cut
    // (export frames leave those out); every actor with a tie is drawn.
    const auto actors = attributes(collapsed, "circle class=\"node\"", "data-actor");
    std::set<std::string> listed, tied;
    for (const auto& a : snap["actors"])
        listed.insert(a["id"].get<std::string>());
    for (const auto& t : snap["ties"])
        tied.insert(t["from"].get<std::string>()), tied.insert(t["to"].get<std::string>());
    for (const std::string& a : actors)
        CHECK(listed.count(a) == 1);
    for (const std::string& a : tied)
        CHECK(actors.count(a) == 1);
    CHECK(actors.size() >= tied.size());
    CHECK(collapsed.find("Soviet Union and bloc (") != std::string::npos);
    CHECK(collapsed.find("Shown as one: Soviet Union and bloc (") != std::string::npos);
    const auto ties = attributes(collapsed, "path class=\"tie\"", "data-tie");
    CHECK(ties.size() == snap["ties"].size());
    CHECK(std::any_of(ties.begin(), ties.end(),
                      [](const std::string& t) { return t.find('+') != std::string::npos; }));
}

TEST_CASE("cli merges: snapshot and layout keep every actor's own id unless --merge or --collapse") {
    const auto plain = nlohmann::json::parse(tieline({"snapshot", kDefault, "--at", "1963-06"}).out);
    CHECK(ids(plain["actors"]).count("kwp-dprk") == 1);
    const auto r =
        tieline({"snapshot", kDefault, "--at", "1963-06", "--merge", "kwp-dprk=kim-il-sung", "--hulls"});
    REQUIRE_MESSAGE(r.exitCode == 0, r.err);
    const auto merged = nlohmann::json::parse(r.out);
    CHECK(ids(merged["actors"]).count("kwp-dprk") == 0);
    CHECK(merged["actors"].size() + 1 == plain["actors"].size());
    CHECK(ids(merged["ties"]) == ids(plain["ties"]));
    for (const auto& t : merged["ties"]) {
        CHECK(t["from"] != "kwp-dprk");
        CHECK(t["to"] != "kwp-dprk");
        if (t["id"] == "t30") CHECK(t["to"] == "kim-il-sung");
    }
    REQUIRE(merged.contains("hulls"));
    std::set<std::string> groups;
    for (const auto& h : merged["hulls"]) {
        groups.insert(h["group"].get<std::string>());
        CHECK(h["outline"].size() >= 32);
    }
    CHECK(groups.count("partisans") == 1);
    CHECK(!plain.contains("hulls"));

    const auto dir = outDir("layout");
    const std::string out = (dir / "p.json").string();
    REQUIRE(tieline({"layout", kDefault, "--at", "1963-06", "--merge", "kwp-dprk=kim-il-sung", "--out", out})
                .exitCode == 0);
    const std::string positions = readAll(out);
    CHECK(positions.find("\"kwp-dprk\"") == std::string::npos);
    CHECK(positions.find("\"kim-il-sung\"") != std::string::npos);
}

TEST_CASE("cli merges: bad lists are usage errors or name what the dataset lacks, help and completion "
          "know the options") {
    auto r = tieline({"export", kDefault, "--at", "1963-06", "--merge", "kwp-dprk", "--svg", "/tmp/x.svg"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("invalid --merge 'kwp-dprk': expected FROM=INTO (actor ids)") != std::string::npos);
    r = tieline({"snapshot", kDefault, "--at", "1963-06", "--merge", "kwp-dprk=kim-jong-il"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("--merge: unknown actor 'kim-jong-il'") != std::string::npos);
    r = tieline({"snapshot", kDefault, "--at", "1963-06", "--collapse", "nobody"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("--collapse: unknown group 'nobody'") != std::string::npos);
    r = tieline({"metrics", kDefault, "--csv", "-", "--collapse", "nobody"});
    CHECK(r.exitCode == 1);
    for (const char* command : {"export", "snapshot", "layout", "metrics"}) {
        const std::string help = tieline({command, "--help"}).out;
        CHECK_MESSAGE(help.find("--merge A=B,...") != std::string::npos, command);
        CHECK_MESSAGE(help.find("--collapse GROUP,...") != std::string::npos, command);
    }
    CHECK(tieline({"export", "--help"}).out.find("--hulls") != std::string::npos);
    CHECK(tieline({"export", "--help"}).out.find("--no-merges") != std::string::npos);
    CHECK(tieline({"snapshot", "--help"}).out.find("--hulls") != std::string::npos);
}
