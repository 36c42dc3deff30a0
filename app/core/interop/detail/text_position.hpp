// Byte offsets in an input text turned into the line:column that messages show, and the checks
// every text importer makes first (UTF-8, byte-order mark). Internal to interop/. Core: no GL.
#pragma once

#include "core/io/utf8.hpp" // firstInvalidUtf8, the check every text importer makes first

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

// The length of a leading UTF-8 byte-order mark (3) or 0.
std::size_t utf8BomLength(std::string_view text);

} // namespace tieline::core::interop
