// libFuzzer target: importing sources from a CSL-JSON file (a Zotero export), and writing them back.
#include "core/interop/csl_json.hpp"

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tieline::core;
    const interop::CslImport r =
        interop::readCslJson(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.csl.json");
    (void)interop::cslJsonText(r.sources);
    return 0;
}
