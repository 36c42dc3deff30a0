// libFuzzer target: the GEXF reader (pugixml underneath, external entities never resolved), then
// writing what it read back to GEXF and loading that again.
#include "core/interop/gexf.hpp"
#include "core/io/dataset_writer.hpp"
#include "core/io/utf8.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tieline::core;
    const io::LoadResult r =
        interop::loadGexfText(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.gexf");
    for (const io::Diagnostic& d : r.diagnostics.items)
        (void)d.format();
    if (!r.dataset) return 0;
    // What we write is UTF-8 (no surrogate from a character reference, no cut label), and we read it back.
    const std::string written = interop::gexfText(*r.dataset);
    if (io::firstInvalidUtf8(written) != std::string_view::npos) std::abort();
    if (io::firstInvalidUtf8(io::datasetToJson(*r.dataset)) != std::string_view::npos) std::abort();
    const io::LoadResult again = interop::loadGexfText(written, "again.gexf");
    if (!again.dataset) std::abort();
    return 0;
}
