// libFuzzer target: the JSON dataset loader and validator, then what runs on every loaded dataset
// (active-at queries, snapshot JSON). Any input must give a dataset or diagnostics, never a crash.
#include "core/io/dataset_loader.hpp"
#include "core/io/snapshot_json.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tieline::core;
    io::LoadOptions options;
    options.maxItems = 2000; // keep single inputs fast; the limit itself is part of what is fuzzed
    const io::LoadResult r =
        loadDatasetText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json", options);
    for (const io::Diagnostic& d : r.diagnostics.items)
        (void)d.format();
    if (!r.dataset) return 0;
    const model::Dataset& d = *r.dataset;
    for (calendar::Time t : {calendar::Time(d.rangeBegin()), (d.rangeBegin() + d.rangeEnd()) * 0.5,
                             calendar::Time(d.rangeEnd() - 1)})
        (void)io::snapshotJson(d, t);
    return 0;
}
