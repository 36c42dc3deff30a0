// A strict JSON reader that remembers where every value starts, so that messages about a dataset
// can name file:line:column. nlohmann/json parses well but keeps no positions; this reader builds the
// same nlohmann::json tree while recording them. Internal to io/: other layers never see JSON.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tieline::core::io {

struct TextPos {
    int line = 1;
    int column = 1;
};

struct JsonLimits {
    std::size_t maxDepth = 200;           // nesting of arrays and objects
    std::size_t maxStringBytes = 1 << 20; // one string value or key
};

// Where each value starts, by JSON pointer ("" is the root).
using PositionIndex = std::unordered_map<std::string, TextPos>;

// Where each value lies in the text, by JSON pointer: the bytes [begin, end) of the value and, for an
// object member, where its quoted name starts (keyBegin; the value's begin for array elements and
// the root). Recorded only when asked for (the editor's lossless save patches the original text).
struct ByteSpan {
    std::size_t begin = 0, end = 0, keyBegin = 0;
};
using SpanIndex = std::unordered_map<std::string, ByteSpan>;

struct JsonReadError {
    TextPos pos;
    std::string pointer; // the value being read when the problem was found
    std::string message; // "expected ',' or '}' after an object member, found 'x'"
};

// Parses RFC 8259 JSON: UTF-8 only (a leading byte-order mark is skipped), no comments, no NaN or
// Infinity, no trailing commas, no duplicate keys. Returns false and fills `error` on the first
// problem; never throws.
bool readJson(std::string_view text, const JsonLimits& limits, nlohmann::json& out, PositionIndex& positions,
              JsonReadError& error);
// The same without recording positions (LazyPositions finds them when a message needs one).
bool readJson(std::string_view text, const JsonLimits& limits, nlohmann::json& out, JsonReadError& error);
// The same, recording each value's byte span instead of its line and column when `spans` is not
// null (positions then stays empty; error positions are still given).
bool readJson(std::string_view text, const JsonLimits& limits, nlohmann::json& out, PositionIndex& positions,
              JsonReadError& error, SpanIndex* spans);

// Escapes one reference token for a JSON pointer ("a/b" -> "a~1b").
std::string pointerToken(std::string_view key);

} // namespace tieline::core::io
