// The columns tieline knows in nodes and edges tables, matched by name whatever the case, spaces,
// '_' or '-' ("Time Interval", "time_interval"), and the locator that turns a row and a column
// into file:line:column and "row 13, column C \"Target\"". Internal to interop/. Core: no GL.
#pragma once

#include "core/interop/detail/raw_graph.hpp"
#include "core/interop/detail/text_position.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::interop {

enum class Col : std::uint8_t {
    Id,
    Label,
    Kind,
    Group,
    GroupLabel,
    Native,
    NativeUnverified,
    Variants,
    Description,
    Start,
    End,
    Interval,
    Timestamps,
    Sources,
    Ref,
    PinX,
    PinY,
    Color,
    Source,
    Target,
    Type,
    Weight,
    Confidence,
    Sign,
    Note,
    ClaimId,
    ClaimSource,
    Locator,
    Quote,
    Supports,
    ClaimNote,
    Contradicts,
    Count
};

constexpr std::size_t kColumnCount = static_cast<std::size_t>(Col::Count);
constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);

// The name messages and Where use for a column ("source", "claim-source").
const char* columnKey(Col col);

// A header as columns are matched: lowercase ASCII without spaces, '_', '-' or '.' ("Time Set" -> "timeset").
std::string normalizedHeader(std::string_view header);

// Which known column a header names, for a nodes or an edges table; Col::Count when none.
Col columnOf(std::string_view header, bool edges);

// One table's header: each known column's position, and the headers tieline does not use.
struct CsvHeader {
    std::array<std::size_t, kColumnCount> position{};
    std::vector<std::string> names;
    std::vector<std::string> unused;

    CsvHeader() { position.fill(kNoColumn); }
    bool has(Col c) const { return position[static_cast<std::size_t>(c)] != kNoColumn; }
};

struct CsvSource {
    std::string file;
    std::string_view text;
    LineIndex lines{{}};
    char delimiter = ',';
    CsvHeader header;
};

class CsvLocator : public Locator {
  public:
    CsvSource nodes;
    CsvSource edges;
    void locate(const Where& where, io::Diagnostic& d) const override;
};

} // namespace tieline::core::interop
