// UTF-8 decoding, validation and encoding. Core: no GL.
#include "core/io/utf8.hpp"

namespace tieline::core::io {

Utf8Char decodeUtf8(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char c0 = byte(at);
    if (c0 < 0x80) return {1, Utf8Error::None};
    std::size_t extra;
    unsigned cp;
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        extra = 1;
        cp = c0 & 0x1F;
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        extra = 2;
        cp = c0 & 0x0F;
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        extra = 3;
        cp = c0 & 0x07;
    } else {
        return {0, Utf8Error::BadLeadByte};
    }
    if (at + extra >= text.size()) return {0, Utf8Error::Truncated};
    for (std::size_t k = 1; k <= extra; ++k) {
        if ((byte(at + k) & 0xC0) != 0x80) return {0, Utf8Error::BadContinuation};
        cp = (cp << 6) | (byte(at + k) & 0x3F);
    }
    const unsigned minimum = extra == 1 ? 0x80 : extra == 2 ? 0x800 : 0x10000;
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {0, Utf8Error::BadValue};
    return {extra + 1, Utf8Error::None};
}

std::size_t firstInvalidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char c = decodeUtf8(text, i);
        if (c.error != Utf8Error::None) return i;
        i += c.length;
    }
    return std::string_view::npos;
}

std::string repairUtf8(std::string_view text) {
    if (firstInvalidUtf8(text) == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size();) {
        const Utf8Char c = decodeUtf8(text, i);
        if (c.error == Utf8Error::None) {
            out.append(text.substr(i, c.length));
            i += c.length;
        } else {
            out += "\xEF\xBF\xBD"; // U+FFFD
            ++i;
        }
    }
    return out;
}

const char* otherEncodingBom(std::string_view text) {
    if (text.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return "UTF-32 (little-endian)";
    if (text.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return "UTF-32 (big-endian)";
    if (text.substr(0, 2) == "\xFF\xFE") return "UTF-16 (little-endian)";
    if (text.substr(0, 2) == "\xFE\xFF") return "UTF-16 (big-endian)";
    return nullptr;
}

void appendUtf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

} // namespace tieline::core::io
