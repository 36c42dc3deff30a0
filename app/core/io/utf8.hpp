// UTF-8: the one validator every reader uses (JSON, GEXF, CSV), and the encoding of code points for
// readers that decode escapes (\uXXXX). Core: no GL.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tieline::core::io {

// Why the bytes at an offset are not one well-formed UTF-8 character.
enum class Utf8Error {
    None,
    BadLeadByte,     // a continuation byte, 0xC0/0xC1 (always overlong) or 0xF5 and above
    Truncated,       // the text ends inside the character
    BadContinuation, // a byte that should continue the character does not
    BadValue,        // overlong, a UTF-16 surrogate, or past U+10FFFF
};

struct Utf8Char {
    std::size_t length = 0; // bytes, when error is None
    Utf8Error error = Utf8Error::None;
};

// The character starting at text[at] (at < text.size()).
Utf8Char decodeUtf8(std::string_view text, std::size_t at);

// The offset of the first byte that is not part of well-formed UTF-8, or npos when the text is valid.
std::size_t firstInvalidUtf8(std::string_view text);

// The text with every byte that is not part of well-formed UTF-8 replaced by U+FFFD (a file name
// from a Latin-1 file system, say), so that it can go into JSON, XML or SVG output.
std::string repairUtf8(std::string_view text);

// "UTF-16 (little-endian)" and the like when the text starts with the byte order mark of an
// encoding other than UTF-8 (UTF-32 before UTF-16: FF FE 00 00 starts both); nullptr otherwise.
const char* otherEncodingBom(std::string_view text);

// Appends the UTF-8 form of `codePoint` (up to U+10FFFF; the caller has rejected surrogates).
void appendUtf8(std::string& out, unsigned codePoint);

} // namespace tieline::core::io
