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
model::Dataset loaded(const io::LoadResult& r) {
    std::string messages;
    for (const io::Diagnostic& d : r.diagnostics.items)
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
        const model::Dataset d = loaded(io::loadDatasetFile(path));
        const std::string json = io::datasetToJson(d);
        const io::LoadResult back = io::loadDatasetText(json, "written.json");
        const model::Dataset b = loaded(back);
        CHECK(back.diagnostics.warnings == 0);
        checkSameNetwork(d, b);
        CHECK(b.meta.title == d.meta.title);
        CHECK(b.meta.citation == d.meta.citation);
        CHECK(b.events.size() == d.events.size());
        CHECK(b.stories.size() == d.stories.size());
        REQUIRE(b.sources.size() == d.sources.size());
        for (std::size_t i = 0; i < d.sources.size(); ++i)
            CHECK(b.sources[i].title == d.sources[i].title);
        CHECK(io::datasetToJson(b) == json); // a fixed point after one pass
    }
}

TEST_CASE("convert: formats are chosen by extension and a CSV path finds its partner") {
    CHECK(interop::fileFormatOf("a/b.JSON") == interop::FileFormat::Json);
    CHECK(interop::fileFormatOf("refs.csl.json") == interop::FileFormat::CslJson);
    CHECK(interop::fileFormatOf("x.gexf") == interop::FileFormat::Gexf);
    CHECK(interop::fileFormatOf("x.Csv") == interop::FileFormat::Csv);
    CHECK(interop::fileFormatOf("x.graphml") == interop::FileFormat::Unknown);
    const std::string dir = scratchDirectory("pairs");
    touch(dir + "/net.nodes.csv", "Id\na\n");
    touch(dir + "/net.edges.csv", "Source,Target\na,a\n");
    touch(dir + "/loose.csv", "Source,Target\na,b\n");
    CHECK(interop::csvPairFor(dir + "/net.nodes.csv").edges == dir + "/net.edges.csv");
    CHECK(interop::csvPairFor(dir + "/net.edges.csv").nodes == dir + "/net.nodes.csv");
    CHECK(interop::csvPairFor(dir + "/loose.csv").nodes.empty()); // Source and Target columns: an edges table
    CHECK(interop::csvOutputPair("out/k.csv").nodes == "out/k.nodes.csv");
    CHECK(interop::csvOutputPair("out/k.edges.csv").edges == "out/k.edges.csv");
    CHECK(interop::csvOutputPair("nodes.csv").edges == "edges.csv");
    CHECK(interop::sourcesSidecar("d/k.gexf") == "d/k.csl.json");
    CHECK(interop::sourcesSidecar("d/k.nodes.csv") == "d/k.csl.json");
    CHECK(interop::sourcesSidecar("d/edges.csv") == "d/sources.csl.json");
}

TEST_CASE("convert: GEXF and CSV are written with a CSL-JSON sidecar and read back with it") {
    const model::Dataset d = loaded(io::loadDatasetFile(fixturePath("valid/full.json")));
    const std::string dir = scratchDirectory("sidecar");
    const interop::SaveResult gexf = interop::saveAnyDataset(d, {dir + "/full.gexf"});
    REQUIRE_MESSAGE(gexf.ok, gexf.why);
    CHECK(gexf.written == std::vector<std::string>{dir + "/full.gexf", dir + "/full.csl.json"});
    CHECK_FALSE(gexf.losses.empty());
    const io::LoadResult fromGexf = interop::loadAnyDataset(dir + "/full.gexf");
    const model::Dataset g = loaded(fromGexf);
    CHECK(fromGexf.diagnostics.warnings == 0);
    checkSameNetwork(d, g);
    CHECK(g.source(*g.findSource("book-1")).publisher == "University Press");

    const interop::SaveResult csv = interop::saveAnyDataset(d, {dir + "/full.csv"});
    REQUIRE_MESSAGE(csv.ok, csv.why);
    CHECK(csv.written.size() == 3);
    interop::ImportOptions range;
    range.rangeStart = d.meta.start;
    range.rangeEnd = d.meta.end;
    const model::Dataset c = loaded(loadAnyDataset(dir + "/full.edges.csv", range));
    checkSameNetwork(d, c);
    const model::Dataset explicitPair =
        loaded(loadAnyDataset({dir + "/full.edges.csv", dir + "/full.nodes.csv"}, range));
    CHECK(explicitPair.actors.size() == d.actors.size()); // either order: the headers tell the tables apart

    const interop::SaveResult csl = interop::saveAnyDataset(d, {dir + "/refs.csl.json"});
    REQUIRE(csl.ok);
    CHECK(readText(dir + "/refs.csl.json").find("\"archive_location\"") != std::string::npos);
}

TEST_CASE("convert: unknown kinds of file and CSL-JSON as a network are refused with a reason") {
    CHECK(interop::loadAnyDataset("x.graphml")
              .diagnostics.items.at(0)
              .message.find("expected .json, .gexf or .csv") != std::string::npos);
    CHECK(interop::loadAnyDataset("x.csl.json")
              .diagnostics.items.at(0)
              .message.find("holds sources, not a network") != std::string::npos);
    CHECK(interop::loadAnyDataset("/nonexistent/x.csv").diagnostics.items.at(0).message.find("cannot open") !=
          std::string::npos);
    const model::Dataset d = loaded(io::loadDatasetFile(fixturePath("valid/minimal.json")));
    const interop::SaveResult bad = interop::saveAnyDataset(d, {"/nonexistent-dir/out.gexf"});
    CHECK_FALSE(bad.ok);
    CHECK(bad.why.find("/nonexistent-dir/out.gexf") != std::string::npos);
    CHECK_FALSE(interop::saveAnyDataset(d, {"a.json", "b.json"}).ok);
}

TEST_CASE("convert: every GEXF and CSV fixture that reads, written as JSON, loads back as the same network") {
    std::size_t files = 0;
    for (const char* dir : {"gexf/valid", "csv/valid"})
        for (const auto& entry : std::filesystem::directory_iterator(fixturePath(dir))) {
            const std::string path = entry.path().string();
            if (interop::fileFormatOf(path) == interop::FileFormat::CslJson ||
                path.find(".nodes.csv") != std::string::npos)
                continue;
            INFO(path);
            const model::Dataset d = loaded(interop::loadAnyDataset(path));
            const io::LoadResult back = io::loadDatasetText(io::datasetToJson(d), "written.json");
            const model::Dataset b = loaded(back);
            checkSameNetwork(d, b);
            ++files;
        }
    CHECK(files >= 6);
}
