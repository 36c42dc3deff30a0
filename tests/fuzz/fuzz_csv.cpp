// libFuzzer target: the CSV pair reader. The input is split at the first NUL byte into a nodes
// table and an edges table (no NUL: edges only), as Gephi's spreadsheet import would get them.
#include "core/interop/csv.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tieline::core;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto split = text.find('\0');
    interop::CsvText nodes, edges;
    if (split == std::string_view::npos) {
        edges = {std::string(text), "edges.csv"};
    } else {
        nodes = {std::string(text.substr(0, split)), "nodes.csv"};
        edges = {std::string(text.substr(split + 1)), "edges.csv"};
    }
    const io::LoadResult r = loadCsvTables(nodes, edges);
    for (const io::Diagnostic& d : r.diagnostics.items)
        (void)d.format();
    if (r.dataset) (void)interop::csvText(*r.dataset);
    return 0;
}
