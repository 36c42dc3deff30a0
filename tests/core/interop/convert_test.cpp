// Tests for app/core/io/dataset_writer.cpp and app/core/interop/dataset_files.cpp: the JSON writer
// is the loader's inverse; formats are chosen by extension; CSV pairs and CSL-JSON sidecars are found.
#include "core/interop/dataset_files.hpp"
#include "core/io/dataset_writer.hpp"

#include "same_network.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

using namespace tieline::core;
using tieline::test::checkSameNetwork;
using tieline::test::fixturePath;
using tieline::test::readText;
using tieline::test::scratchDirectory;

namespace {

// A copy: the LoadResult passed in is often a temporary.
Dataset loaded(const LoadResult& r) {
    std::string messages;
    for (const Diagnostic& d : r.diagnostics.items)
        messages += d.format() + "\n";
    INFO(messages);
    REQUIRE(r.dataset.has_value());
    return *r.dataset;
}

void touch(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

TEST_CASE("convert: the JSON writer's output loads back with no warnings and the same content") {
    for (const std::string path :
         {fixturePath("valid/full.json"), fixturePath("valid/minimal.json"),
          fixturePath("valid/ok-base.json"), std::string(TIELINE_DATA) + "/korea-1955-1969.json"}) {
        INFO(path);
        const Dataset d = loaded(loadDatasetFile(path));
        const std::string json = datasetToJson(d);
        const LoadResult back = loadDatasetText(json, "written.json");
        const Dataset b = loaded(back);
        CHECK(back.diagnostics.warnings == 0);
        checkSameNetwork(d, b);
        CHECK(b.meta.title == d.meta.title);
        CHECK(b.meta.citation == d.meta.citation);
        CHECK(b.events.size() == d.events.size());
        CHECK(b.stories.size() == d.stories.size());
        REQUIRE(b.sources.size() == d.sources.size());
        for (std::size_t i = 0; i < d.sources.size(); ++i)
            CHECK(b.sources[i].title == d.sources[i].title);
        CHECK(datasetToJson(b) == json); // a fixed point after one pass
    }
}

TEST_CASE("convert: formats are chosen by extension and a CSV path finds its partner") {
    CHECK(fileFormatOf("a/b.JSON") == FileFormat::Json);
    CHECK(fileFormatOf("refs.csl.json") == FileFormat::CslJson);
    CHECK(fileFormatOf("x.gexf") == FileFormat::Gexf);
    CHECK(fileFormatOf("x.Csv") == FileFormat::Csv);
    CHECK(fileFormatOf("x.graphml") == FileFormat::Unknown);
    const std::string dir = scratchDirectory("pairs");
    touch(dir + "/net.nodes.csv", "Id\na\n");
    touch(dir + "/net.edges.csv", "Source,Target\na,a\n");
    touch(dir + "/loose.csv", "Source,Target\na,b\n");
    CHECK(csvPairFor(dir + "/net.nodes.csv").edges == dir + "/net.edges.csv");
    CHECK(csvPairFor(dir + "/net.edges.csv").nodes == dir + "/net.nodes.csv");
    CHECK(csvPairFor(dir + "/loose.csv").nodes.empty()); // Source and Target columns: an edges table
    CHECK(csvOutputPair("out/k.csv").nodes == "out/k.nodes.csv");
    CHECK(csvOutputPair("out/k.edges.csv").edges == "out/k.edges.csv");
    CHECK(csvOutputPair("nodes.csv").edges == "edges.csv");
    CHECK(sourcesSidecar("d/k.gexf") == "d/k.csl.json");
    CHECK(sourcesSidecar("d/k.nodes.csv") == "d/k.csl.json");
    CHECK(sourcesSidecar("d/edges.csv") == "d/sources.csl.json");
}

TEST_CASE("convert: GEXF and CSV are written with a CSL-JSON sidecar and read back with it") {
    const Dataset d = loaded(loadDatasetFile(fixturePath("valid/full.json")));
    const std::string dir = scratchDirectory("sidecar");
    const SaveResult gexf = saveAnyDataset(d, {dir + "/full.gexf"});
    REQUIRE_MESSAGE(gexf.ok, gexf.why);
    CHECK(gexf.written == std::vector<std::string>{dir + "/full.gexf", dir + "/full.csl.json"});
    CHECK_FALSE(gexf.losses.empty());
    const LoadResult fromGexf = loadAnyDataset(dir + "/full.gexf");
    const Dataset g = loaded(fromGexf);
    CHECK(fromGexf.diagnostics.warnings == 0);
    checkSameNetwork(d, g);
    CHECK(g.source(*g.findSource("book-1")).publisher == "University Press");

    const SaveResult csv = saveAnyDataset(d, {dir + "/full.csv"});
    REQUIRE_MESSAGE(csv.ok, csv.why);
    CHECK(csv.written.size() == 3);
    ImportOptions range;
    range.rangeStart = d.meta.start;
    range.rangeEnd = d.meta.end;
    const Dataset c = loaded(loadAnyDataset(dir + "/full.edges.csv", range));
    checkSameNetwork(d, c);
    const Dataset explicitPair =
        loaded(loadAnyDataset({dir + "/full.edges.csv", dir + "/full.nodes.csv"}, range));
    CHECK(explicitPair.actors.size() == d.actors.size()); // either order: the headers tell the tables apart

    const SaveResult csl = saveAnyDataset(d, {dir + "/refs.csl.json"});
    REQUIRE(csl.ok);
    CHECK(readText(dir + "/refs.csl.json").find("\"archive_location\"") != std::string::npos);
}

TEST_CASE("convert: unknown kinds of file and CSL-JSON as a network are refused with a reason") {
    CHECK(loadAnyDataset("x.graphml").diagnostics.items.at(0).message.find("expected .json, .gexf or .csv") !=
          std::string::npos);
    CHECK(loadAnyDataset("x.csl.json").diagnostics.items.at(0).message.find("holds sources, not a network") !=
          std::string::npos);
    CHECK(loadAnyDataset("/nonexistent/x.csv").diagnostics.items.at(0).message.find("cannot open") !=
          std::string::npos);
    const Dataset d = loaded(loadDatasetFile(fixturePath("valid/minimal.json")));
    const SaveResult bad = saveAnyDataset(d, {"/nonexistent-dir/out.gexf"});
    CHECK_FALSE(bad.ok);
    CHECK(bad.why.find("/nonexistent-dir/out.gexf") != std::string::npos);
    CHECK_FALSE(saveAnyDataset(d, {"a.json", "b.json"}).ok);
}

TEST_CASE("convert: every GEXF and CSV fixture that reads, written as JSON, loads back as the same network") {
    std::size_t files = 0;
    for (const char* dir : {"gexf/valid", "csv/valid"})
        for (const auto& entry : std::filesystem::directory_iterator(fixturePath(dir))) {
            const std::string path = entry.path().string();
            if (fileFormatOf(path) == FileFormat::CslJson || path.find(".nodes.csv") != std::string::npos)
                continue;
            INFO(path);
            const Dataset d = loaded(loadAnyDataset(path));
            const LoadResult back = loadDatasetText(datasetToJson(d), "written.json");
            const Dataset b = loaded(back);
            checkSameNetwork(d, b);
            ++files;
        }
    CHECK(files >= 6);
}
