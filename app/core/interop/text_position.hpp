// Byte offsets in an input text turned into the line:column that messages show, and the checks
// every text importer makes first (UTF-8, byte-order mark). Internal to interop/. Core: no GL.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace tieline::core::interop {

struct LineColumn {
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters (UTF-8 code points), as the JSON loader counts them
};

// Finds the line of an offset by binary search over line starts, built on first use, so that a
// clean import of a large file never pays for it.
class LineIndex {
  public:
    explicit LineIndex(std::string_view text) : m_text(text) {}
    LineColumn at(std::size_t offset) const;

  private:
    std::string_view m_text;
    mutable std::vector<std::size_t> m_lineStarts;
};

// The offset of the first byte that is not part of well-formed UTF-8 (overlongs, surrogates and
// code points past U+10FFFF included), or npos when the text is valid.
std::size_t firstInvalidUtf8(std::string_view text);

// The length of a leading UTF-8 byte-order mark (3) or 0.
std::size_t utf8BomLength(std::string_view text);

} // namespace tieline::core::interop
