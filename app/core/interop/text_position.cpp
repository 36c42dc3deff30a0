// Line index and UTF-8 validation for the text importers. Core: no GL.
#include "core/interop/text_position.hpp"

#include <algorithm>
#include <cstring>

namespace tieline::core::interop {

LineColumn LineIndex::at(std::size_t offset) const {
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        const char* begin = m_text.data();
        const char* end = begin + m_text.size();
        for (const char* p = begin; p < end;) {
            const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
            if (!nl) break;
            p = static_cast<const char*>(nl) + 1;
            m_lineStarts.push_back(static_cast<std::size_t>(p - begin));
        }
    }
    offset = std::min(offset, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const std::size_t line = static_cast<std::size_t>(it - m_lineStarts.begin()); // >= 1
    const std::size_t start = m_lineStarts[line - 1];
    int column = 1;
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) ++column;
    return {static_cast<int>(line), column};
}

std::size_t firstInvalidUtf8(std::string_view text) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF; // allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c == 0xE0)
            len = 3, lo = 0xA0;
        else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF)
            len = 3;
        else if (c == 0xED)
            len = 3, hi = 0x9F; // no UTF-16 surrogates
        else if (c == 0xF0)
            len = 4, lo = 0x90;
        else if (c >= 0xF1 && c <= 0xF3)
            len = 4;
        else if (c == 0xF4)
            len = 4, hi = 0x8F; // nothing past U+10FFFF
        else
            return i;
        if (i + len > n || s[i + 1] < lo || s[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if ((s[i + k] & 0xC0) != 0x80) return i;
        i += len;
    }
    return std::string_view::npos;
}

std::size_t utf8BomLength(std::string_view text) {
    return text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

} // namespace tieline::core::interop
