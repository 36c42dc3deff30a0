// libFuzzer target: the strict JSON reader, checked against nlohmann/json. Whatever the strict
// reader accepts, nlohmann must accept with the same value (the reader may refuse more: duplicate
// keys, deep nesting, bad UTF-8 that nlohmann also refuses).
#include "core/io/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace tieline::core::io;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    nlohmann::json value;
    PositionIndex positions;
    JsonReadError error;
    if (!readJson(text, JsonLimits{}, value, positions, error)) {
        if (error.message.empty() || error.pos.line < 1) std::abort();
        return 0;
    }
    if (positions.find("") == positions.end()) std::abort();
    std::string_view body = text;
    if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
    const nlohmann::json reference = nlohmann::json::parse(body, nullptr, false);
    if (reference.is_discarded()) std::abort();
    if (reference != value) std::abort();
    return 0;
}
