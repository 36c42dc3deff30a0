// Line index and byte-order mark for the text importers. Core: no GL.
#include "core/interop/detail/text_position.hpp"

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

std::size_t utf8BomLength(std::string_view text) {
    return text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

} // namespace tieline::core::interop
