// Tests for source kinds (the sources' "evidence" field): loading, writing, CSL-JSON, the archival
// filter in a scene, the bibliography's --bib-kinds, and search over actors, ties, sources, events.
#include "core/figure/bibliography.hpp"
#include "core/interop/csl_json.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/io/dataset_writer.hpp"
#include "core/model/search.hpp"
#include "core/scene/scene.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>
#include <set>

using namespace tieline::core;

namespace {

const model::Dataset& evidenceData() {
    static const io::LoadResult r =
        io::loadDatasetFile(std::string(TIELINE_FIXTURES) + "/valid/evidence.json");
    REQUIRE(r.dataset);
    return *r.dataset;
}

model::Evidence kindOf(const model::Dataset& d, const char* key) {
    return d.source(*d.findSource(key)).evidence;
}

std::vector<std::string> keysOf(const model::Dataset& d, const std::vector<model::SearchHit>& hits,
                                model::HitKind kind) {
    std::vector<std::string> out;
    for (const model::SearchHit& h : hits) {
        if (h.kind != kind) continue;
        switch (kind) {
        case model::HitKind::Actor:
            out.push_back(d.actors[h.index].key);
            break;
        case model::HitKind::Tie:
            out.push_back(d.ties[h.index].key);
            break;
        case model::HitKind::Source:
            out.push_back(d.sources[h.index].key);
            break;
        case model::HitKind::Event:
            out.push_back(d.events[h.index].key);
            break;
        }
    }
    return out;
}

} // namespace

TEST_CASE("evidence: each source's kind is read, absent is unknown") {
    const model::Dataset& d = evidenceData();
    CHECK(kindOf(d, "doc-1") == model::Evidence::Archive);
    CHECK(kindOf(d, "book-1") == model::Evidence::Scholarship);
    CHECK(kindOf(d, "memoir-1") == model::Evidence::Memoir);
    CHECK(kindOf(d, "web-1") == model::Evidence::Unknown);
    CHECK(std::string(model::label(model::Evidence::Archive)) == "archival document");
    CHECK(std::string(model::label(model::Evidence::Unknown)) == "unknown kind");
    CHECK(std::string(model::keyword(model::Evidence::Reference)) == "reference");
    CHECK(std::string(model::keyword(model::Evidence::Unknown)).empty());
}

TEST_CASE("evidence: a kind outside the list is an error at its pointer, naming the allowed kinds") {
    const io::LoadResult r = io::loadDatasetText(R"({"meta": {"title": "x", "start": "1956", "end": "1957"},
  "sources": [{"id": "s1", "type": "book", "title": "T", "evidence": "archival"}]})",
                                                 "bad.json");
    CHECK_FALSE(r.dataset);
    REQUIRE(r.diagnostics.items.size() == 1);
    const io::Diagnostic& e = r.diagnostics.items.front();
    CHECK(e.pointer == "/sources/0/evidence");
    CHECK(e.message ==
          "expected one of archive, scholarship, memoir, press, reference, popular, found \"archival\"");
    CHECK(e.line == 2);
}

TEST_CASE("evidence: the writer keeps the kind, writes none for unknown, and an edit wins") {
    model::Dataset d = evidenceData();
    auto out = nlohmann::json::parse(io::datasetToJson(d));
    std::map<std::string, std::string> kinds;
    for (const auto& s : out["sources"])
        kinds[s["id"]] = s.value("evidence", "-");
    CHECK(kinds ==
          std::map<std::string, std::string>{
              {"doc-1", "archive"}, {"book-1", "scholarship"}, {"memoir-1", "memoir"}, {"web-1", "-"}});
    d.sources[d.findSource("doc-1")->index()].evidence = model::Evidence::Press;
    d.sources[d.findSource("book-1")->index()].evidence = model::Evidence::Unknown;
    out = nlohmann::json::parse(io::datasetToJson(d));
    CHECK(out["sources"][0]["evidence"] == "press");
    CHECK_FALSE(out["sources"][1].contains("evidence"));
    const io::LoadResult again = io::loadDatasetText(io::datasetToJson(evidenceData()), "again.json");
    REQUIRE(again.dataset);
    for (std::size_t i = 0; i < again.dataset->sources.size(); ++i)
        CHECK(again.dataset->sources[i].evidence == evidenceData().sources[i].evidence);
}

TEST_CASE("evidence: CSL-JSON import reads the kind, export writes it, a bad one is refused") {
    const interop::CslImport in = interop::readCslJson(
        R"([{"id": "a", "type": "manuscript", "title": "Cable", "evidence": "archive"},
            {"id": "b", "type": "book", "title": "Book"}])",
        "in.json");
    REQUIRE(in.sources.size() == 2);
    CHECK(in.sources[0].evidence == model::Evidence::Archive);
    CHECK(in.sources[1].evidence == model::Evidence::Unknown);
    const auto out = nlohmann::json::parse(interop::cslJsonText(in.sources));
    CHECK(out[0]["evidence"] == "archive");
    CHECK_FALSE(out[1].contains("evidence"));
    const interop::CslImport bad = interop::readCslJson(
        R"([{"id": "a", "type": "book", "title": "T", "evidence": "rumour"}])", "bad.json");
    CHECK(bad.sources.empty());
    REQUIRE(bad.diagnostics.items.size() == 1);
    CHECK(bad.diagnostics.items[0].pointer == "/0/evidence");
}

TEST_CASE("evidence: kind lists as --bib-kinds reads them") {
    model::EvidenceMask mask = 0;
    std::string why;
    REQUIRE(model::parseEvidenceList("archive,scholarship", mask, why));
    CHECK(mask ==
          (model::evidenceBit(model::Evidence::Archive) | model::evidenceBit(model::Evidence::Scholarship)));
    REQUIRE(model::parseEvidenceList("memoir, unknown", mask, why));
    CHECK(mask ==
          (model::evidenceBit(model::Evidence::Memoir) | model::evidenceBit(model::Evidence::Unknown)));
    CHECK_FALSE(model::parseEvidenceList("archive,books", mask, why));
    CHECK(why ==
          "unknown source kind \"books\": expected a comma-separated list of archive, scholarship, memoir, "
          "press, reference, popular, unknown");
    CHECK_FALSE(model::parseEvidenceList("", mask, why));
}

TEST_CASE("evidence: \"only ties with archival evidence\" hides the ties no archival document supports") {
    const model::Dataset& d = evidenceData();
    const std::vector<model::Point> positions(d.actors.size(), model::Point{0, 0});
    scene::SceneInput in;
    in.data = &d;
    in.t = calendar::parseDate("1956-06")->firstDay();
    std::vector<model::Point> spread;
    for (std::size_t i = 0; i < d.actors.size(); ++i)
        spread.push_back({double(i) * 100, 0});
    in.positions = &spread;
    const auto tieKeys = [&](const scene::SceneInput& input) {
        scene::Scene s;
        scene::buildScene(input, scene::darkSceneStyle(), s);
        std::vector<std::string> keys;
        for (const scene::SceneEdge& e : s.edges)
            keys.push_back(d.tie(e.tie).key);
        std::sort(keys.begin(), keys.end());
        return keys;
    };
    CHECK(tieKeys(in) == std::vector<std::string>{"client-rival", "patron-client"});
    in.filter.archivalOnly = true;
    CHECK(tieKeys(in) == std::vector<std::string>{"patron-client"});
    CHECK(scene::hasArchivalEvidence(d, d.tie(*d.findTie("patron-client"))));
    CHECK_FALSE(scene::hasArchivalEvidence(d, d.tie(*d.findTie("client-rival"))));
}

TEST_CASE("evidence: the bibliography lists only the kinds asked for, each labelled") {
    const model::Dataset& d = evidenceData();
    const std::vector<char> both{1, 1};
    std::string md = figure::bibliographyMarkdown(d, both, "in 1956");
    CHECK(md.find("3 sources") != std::string::npos);
    CHECK(md.find("*archival document*") != std::string::npos);
    CHECK(md.find("*memoir*") != std::string::npos);
    CHECK(md.find("Only these kinds") == std::string::npos);
    model::EvidenceMask kinds = 0;
    std::string why;
    REQUIRE(model::parseEvidenceList("archive,scholarship", kinds, why));
    md = figure::bibliographyMarkdown(d, both, "in 1956", kinds);
    CHECK(md.find("2 sources") != std::string::npos);
    CHECK(md.find("Only these kinds of source: archival document, scholarship.") != std::string::npos);
    CHECK(md.find("My Years in Pyongyang") == std::string::npos);
    const auto csl = nlohmann::json::parse(figure::bibliographyCslJson(d, both, kinds));
    REQUIRE(csl.size() == 2);
    std::set<std::string> ids{csl[0]["id"], csl[1]["id"]};
    CHECK(ids == std::set<std::string>{"doc-1", "book-1"});
    CHECK(csl[0]["evidence"].is_string());
}

TEST_CASE("search: actors, ties by either end or type, sources by title/author/archive, events") {
    const model::Dataset& d = evidenceData();
    using K = model::HitKind;
    // "client": the actor and both ties it is an end of (by either end).
    auto hits = model::searchAll(d, "client");
    CHECK(keysOf(d, hits, K::Actor) == std::vector<std::string>{"client"});
    CHECK(keysOf(d, hits, K::Tie) == std::vector<std::string>{"patron-client", "client-rival"});
    CHECK(keysOf(d, hits, K::Source).empty());
    // By tie type label, and by the other end.
    hits = model::searchAll(d, "rivalry");
    CHECK(keysOf(d, hits, K::Tie) == std::vector<std::string>{"client-rival"});
    hits = model::searchAll(d, "the rival");
    CHECK(keysOf(d, hits, K::Actor) == std::vector<std::string>{"rival"});
    CHECK(keysOf(d, hits, K::Tie) == std::vector<std::string>{"client-rival"});
    // Sources: title, author's family name, archive and archive reference.
    CHECK(keysOf(d, model::searchAll(d, "pyongyang"), K::Source) == std::vector<std::string>{"memoir-1"});
    CHECK(keysOf(d, model::searchAll(d, "roe"), K::Source) == std::vector<std::string>{"book-1"});
    CHECK(keysOf(d, model::searchAll(d, "AVPRF"), K::Source) == std::vector<std::string>{"doc-1"});
    CHECK(keysOf(d, model::searchAll(d, "op. 12"), K::Source) == std::vector<std::string>{"doc-1"});
    // Events by title; kinds come in order actors, ties, sources, events.
    hits = model::searchAll(d, "plenum");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == K::Event);
    CHECK(d.events[hits[0].index].key == "plenum");
    hits = model::searchAll(d, "the");
    for (std::size_t i = 1; i < hits.size(); ++i)
        CHECK(int(hits[i - 1].kind) <= int(hits[i].kind));
    CHECK(model::searchAll(d, "  ").empty());
    CHECK(model::searchAll(d, "zzzz").empty());
}

TEST_CASE("search: the default dataset finds all four kinds") {
    const io::LoadResult r = io::loadDatasetFile(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    REQUIRE(r.dataset);
    const model::Dataset& d = *r.dataset;
    const auto hits = model::searchAll(d, "mikoyan");
    CHECK(keysOf(d, hits, model::HitKind::Actor) == std::vector<std::string>{"mikoyan"});
    const auto ties = keysOf(d, hits, model::HitKind::Tie);
    CHECK(std::find(ties.begin(), ties.end(), "t37") != ties.end());
    for (const std::string& key : ties) {
        const model::Tie& t = d.tie(*d.findTie(key));
        CHECK((d.actor(t.from).key == "mikoyan" || d.actor(t.to).key == "mikoyan"));
    }
    CHECK_FALSE(keysOf(d, hits, model::HitKind::Source).empty());
    CHECK_FALSE(keysOf(d, model::searchAll(d, "plenum"), model::HitKind::Event).empty());
}
