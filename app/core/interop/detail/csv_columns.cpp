// Column names and aliases of the nodes and edges tables, and CSV locations. Core: no GL.
#include "core/interop/detail/csv_columns.hpp"

#include "core/interop/csv_table.hpp"

#include <cstring>

namespace tieline::core::interop {

namespace {

struct ColumnSpec {
    Col col;
    const char* key;
    const char* aliases; // normalized names, space-separated
    bool nodes;
    bool edges;
};

// Normalized names: lowercase ASCII without spaces, '_', '-' or '.'.
constexpr ColumnSpec kColumns[] = {
    {Col::Id, "id", "id key nodeid edgeid", true, true},
    {Col::Label, "label", "label name", true, true},
    {Col::Kind, "kind", "kind actorkind tietype relation", true, true},
    {Col::Group, "group", "group", true, false},
    {Col::GroupLabel, "group-label", "grouplabel", true, false},
    {Col::Native, "native", "native nativename", true, false},
    {Col::NativeUnverified, "native-unverified", "nativeunverified", true, false},
    {Col::Variants, "variants", "variants", true, false},
    {Col::Description, "description", "description", true, false},
    {Col::Start, "start", "start startdate", true, true},
    {Col::End, "end", "end enddate", true, true},
    {Col::Interval, "interval", "interval intervals timeinterval timeset spells", true, true},
    {Col::Timestamps, "timestamps", "timestamp timestamps", true, true},
    {Col::Sources, "sources", "sources", true, true},
    {Col::Ref, "ref", "ref reference", true, true},
    {Col::PinX, "pin-x", "pinx", true, false},
    {Col::PinY, "pin-y", "piny", true, false},
    {Col::Color, "color", "color colour", true, true},
    {Col::Source, "source", "source", false, true},
    {Col::Target, "target", "target", false, true},
    {Col::Type, "type", "type", false, true},
    {Col::Weight, "weight", "weight strength", false, true},
    {Col::Confidence, "confidence", "confidence", false, true},
    {Col::Sign, "sign", "sign", false, true},
    {Col::Note, "note", "note notes", false, true},
    {Col::ClaimId, "claim-id", "claimid", false, true},
    {Col::ClaimSource, "claim-source", "claimsource document citation sourceid", false, true},
    {Col::Locator, "locator", "locator page pages", false, true},
    {Col::Quote, "quote", "quote", false, true},
    {Col::Supports, "supports", "supports", false, true},
    {Col::ClaimNote, "claim-note", "claimnote", false, true},
    {Col::Contradicts, "contradicts", "contradicts", false, true},
};

std::string normalized(std::string_view header) {
    std::string out;
    for (char c : header) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t') continue;
        out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

bool listed(const char* aliases, const std::string& name) {
    for (const char* p = aliases; *p;) {
        const char* end = std::strchr(p, ' ');
        const std::size_t len = end ? static_cast<std::size_t>(end - p) : std::strlen(p);
        if (name.size() == len && name.compare(0, len, p, len) == 0) return true;
        p += len + (end ? 1 : 0);
    }
    return false;
}

} // namespace

const char* columnKey(Col col) {
    for (const ColumnSpec& s : kColumns)
        if (s.col == col) return s.key;
    return "";
}

Col columnOf(std::string_view header, bool edges) {
    const std::string name = normalized(header);
    for (const ColumnSpec& s : kColumns)
        if ((edges ? s.edges : s.nodes) && listed(s.aliases, name)) return s.col;
    return Col::Count;
}

std::string normalizedHeader(std::string_view header) {
    return normalized(header);
}

void CsvLocator::locate(const Where& w, io::Diagnostic& d) const {
    const bool isEdges = w.kind == WhereKind::EdgeCell || (w.kind == WhereKind::File && nodes.file.empty());
    const CsvSource& table = isEdges ? edges : nodes;
    d.file = table.file;
    if (w.offset == static_cast<std::size_t>(-1)) return;
    // The column: by name (a value the builder complains about) or by number (a syntax error).
    std::size_t column = kNoColumn;
    if (w.name)
        for (std::size_t c = 0; c < kColumnCount; ++c)
            if (std::strcmp(columnKey(static_cast<Col>(c)), w.name) == 0) column = table.header.position[c];
    if (w.child > 0) column = w.child - 1;
    std::size_t at = w.offset;
    if (column != kNoColumn && !w.child) at = csvFieldOffset(table.text, w.offset, table.delimiter, column);
    const LineColumn lc = table.lines.at(at);
    d.line = lc.line;
    d.column = lc.column;
    d.pointer = "row " + std::to_string(w.index);
    if (column != kNoColumn) {
        d.pointer += ", column " + columnLetter(column);
        if (column < table.header.names.size()) d.pointer += " \"" + table.header.names[column] + "\"";
    }
}

} // namespace tieline::core::interop
