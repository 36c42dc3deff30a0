// libFuzzer target: the CSV pair reader. The input is split at the first NUL byte into a nodes
// table and an edges table (no NUL: edges only), as Gephi's spreadsheet import would get them.
#include "core/interop/csv.hpp"
#include "core/io/utf8.hpp"

#include <cstdint>
#include <cstdlib>
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
    if (!r.dataset) return 0;
    // Output is UTF-8 whatever the file names were ("\xFF.edges.csv" becomes the title).
    const interop::CsvTables tables = interop::csvText(*r.dataset);
    if (io::firstInvalidUtf8(tables.nodes) != std::string_view::npos ||
        io::firstInvalidUtf8(tables.edges) != std::string_view::npos ||
        io::firstInvalidUtf8(r.dataset->meta.title) != std::string_view::npos)
        std::abort();
    return 0;
}
