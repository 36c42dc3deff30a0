// A small dataset for the export tests: four actors (one with markup in its name), a directed aid
// tie, a contested rivalry, a tie that has ended by 1956-09 and one whose actor has left, three sources.
#pragma once

#include "core/figure/export_frame.hpp"
#include "core/io/dataset_loader.hpp"

#include <doctest/doctest.h>

namespace tieline::testing {

inline const char* kExportDataset = R"({
  "meta": {"title": "Export <test> & \"quotes\"", "start": "1956", "end": "1957"},
  "tieTypes": [{"id": "aid", "label": "Aid", "directed": true, "color": "#0072B2"},
               {"id": "rivalry", "label": "Rivalry", "directed": false, "sign": -1, "color": "#D55E00"}],
  "groups": [{"id": "n", "label": "North", "color": "#009E73"}, {"id": "s", "label": "South", "color": "#CC79A7"}],
  "actors": [{"id": "a", "name": "Kim <Il> & Sung", "native": "김일성", "group": "n"},
             {"id": "b", "name": "Beta", "group": "n"},
             {"id": "c", "name": "Gamma", "group": "s", "spans": [{"end": "1956-06"}]},
             {"id": "d", "name": "Delta", "group": "s"}],
  "ties": [{"id": "ab", "from": "a", "to": "b", "type": "aid", "spans": [{}], "confidence": "high",
            "claims": [{"source": "s1", "locator": "p. 4", "quote": "aid *flowed* to Beta", "supports": "aid"}]},
           {"id": "ad", "from": "a", "to": "d", "type": "rivalry", "spans": [{}], "confidence": "contested",
            "claims": [{"source": "s2", "quote": "rivals"}, {"source": "s1", "quote": "not rivals"}]},
           {"id": "bd", "from": "b", "to": "d", "type": "aid", "spans": [{"end": "1956-03"}], "confidence": "high",
            "claims": [{"source": "s3", "quote": "ended early"}]},
           {"id": "bc", "from": "b", "to": "c", "type": "aid", "spans": [{}], "confidence": "high",
            "claims": [{"source": "s3", "quote": "Gamma left"}]}],
  "sources": [{"id": "s1", "type": "book", "title": "First book", "author": [{"family": "Alpha", "given": "A."}]},
              {"id": "s2", "type": "book", "title": "Second book", "author": [{"family": "Zeta", "given": "Z."}]},
              {"id": "s3", "type": "book", "title": "Third book"}]
})";

struct ExportFixture {
    core::model::Dataset data;
    std::vector<core::model::Point> positions = {{0, 0}, {200, 0}, {200, 150}, {0, 150}};
    core::scene::Scene scene;
    core::figure::ExportFrame frame;
    core::figure::FixedFontMetrics metrics;

    ExportFixture() {
        auto loaded = core::io::loadDatasetText(kExportDataset, "export.json");
        REQUIRE(loaded.dataset);
        data = std::move(*loaded.dataset);
    }

    void build(const char* day, const core::figure::ExportOptions& options = {}) {
        core::scene::SceneInput in;
        in.data = &data;
        in.t = core::calendar::parseDate(day)->firstDay();
        in.positions = &positions;
        core::scene::buildScene(
            in, options.dark ? core::scene::darkSceneStyle() : core::scene::lightSceneStyle(), scene);
        core::figure::layoutExportFrame(data, scene, options, metrics, frame);
    }
};

} // namespace tieline::testing
