// libFuzzer target: the GEXF reader (pugixml underneath, external entities never resolved), then
// writing what it read back to GEXF and loading that again.
#include "core/interop/gexf.hpp"

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
    // What we write, we must read back.
    const io::LoadResult again = interop::loadGexfText(interop::gexfText(*r.dataset), "again.gexf");
    if (!again.dataset) std::abort();
    return 0;
}
