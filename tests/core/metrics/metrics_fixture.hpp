// A small dataset for the metrics tests: a client (kim), his party-state (dprk), two rival patrons
// (moscow, beijing) and a friend of one patron's camp (zhou), all of 1960 with constant strengths.
#pragma once

#include "core/io/dataset_loader.hpp"

#include <doctest/doctest.h>

namespace tieline::testing {

inline const char* kMetricsDataset = R"({
  "meta": {"title": "Metrics", "start": "1960", "end": "1960", "step": "month"},
  "tieTypes": [{"id": "patronage", "layout": {"patron": "from"}}, {"id": "aid", "layout": {"patron": "from"}},
               {"id": "treaty", "directed": false, "layout": {"patron": "same"}},
               {"id": "alliance"}, {"id": "rivalry", "sign": -1, "directed": false}],
  "groups": [{"id": "k", "label": "Korea", "color": "#009E73"}, {"id": "s", "label": "Soviet", "color": "#D55E00"},
             {"id": "c", "label": "China", "color": "#E69F00"}],
  "actors": [{"id": "kim", "name": "Kim", "group": "k"}, {"id": "dprk", "name": "DPRK", "group": "k"},
             {"id": "moscow", "name": "Moscow", "group": "s"}, {"id": "beijing", "name": "Beijing", "group": "c"},
             {"id": "zhou", "name": "Zhou, Enlai", "group": "c"}],
  "ties": [{"id": "mk", "from": "moscow", "to": "kim", "type": "patronage", "spans": [{}], "strength": [["1960", 0.6]], "confidence": "high"},
           {"id": "bk", "from": "beijing", "to": "kim", "type": "patronage", "spans": [{}], "strength": [["1960", 0.2]], "confidence": "high"},
           {"id": "md", "from": "moscow", "to": "dprk", "type": "aid", "spans": [{}], "strength": [["1960", 0.5]], "confidence": "high"},
           {"id": "bd", "from": "beijing", "to": "dprk", "type": "treaty", "spans": [{}], "strength": [["1960", 0.7]], "confidence": "high"},
           {"id": "zk", "from": "zhou", "to": "kim", "type": "alliance", "spans": [{}], "strength": [["1960", 0.4]], "confidence": "high"},
           {"id": "mb", "from": "moscow", "to": "beijing", "type": "rivalry", "spans": [{}], "confidence": "high"}]
})";

inline core::model::Dataset metricsDataset() {
    auto loaded = core::io::loadDatasetText(kMetricsDataset, "metrics.json");
    REQUIRE(loaded.dataset);
    return std::move(*loaded.dataset);
}

// Actor indices in kMetricsDataset.
enum : std::size_t { kKim, kDprk, kMoscow, kBeijing, kZhou };

} // namespace tieline::testing
