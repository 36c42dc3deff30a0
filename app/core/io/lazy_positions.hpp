// Positions of a JSON document's values, found only when a message needs one (issue 18). Internal
// to io/.
#pragma once

#include "core/io/json_reader.hpp"

#include <string>
#include <string_view>

namespace tieline::core::io {

// Where values start, found only when a message needs one: recording every value's position while
// parsing cost more time and memory than the parse itself (a 13.6 MB file: 1.3 s and 150 MB, issue 18),
// and most loads report nothing. The first lookup reads the text again with positions; later ones
// use that index. `text` must outlive this object. Default-constructed: no positions (edits).
class LazyPositions {
  public:
    LazyPositions() = default;
    LazyPositions(std::string_view text, const JsonLimits& limits) : m_text(text), m_limits(limits) {}
    // The position of the value at `pointer`, or null when there is none.
    const TextPos* find(const std::string& pointer) const;

  private:
    std::string_view m_text;
    JsonLimits m_limits;
    mutable bool m_built = false;
    mutable PositionIndex m_index;
};

} // namespace tieline::core::io
