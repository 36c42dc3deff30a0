// Where a GEXF message points: line and column from pugixml's element offsets (and the attribute
// found in the start tag), and an XPath such as /gexf/graph/edges/edge[12]/@target. Core: no GL.
#include "core/interop/detail/gexf_read.hpp"

#include <pugixml.hpp>

#include <cstring>

namespace tieline::core::interop {

namespace {

// The offset of attribute `name` inside the start tag at `offset`, or `offset` when absent.
std::size_t attributeOffset(std::string_view text, std::size_t offset, const char* name) {
    const std::size_t len = std::strlen(name);
    char quote = 0;
    for (std::size_t i = offset; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote) quote = 0;
            continue;
        }
        if (c == '"' || c == '\'')
            quote = c;
        else if (c == '>')
            break;
        else if ((c == ' ' || c == '\t' || c == '\n' || c == '\r') && text.compare(i + 1, len, name) == 0) {
            std::size_t j = i + 1 + len;
            while (j < text.size() &&
                   (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r'))
                ++j;
            if (j < text.size() && text[j] == '=') return i + 1;
        }
    }
    return offset;
}

std::string elementPath(const Where& w) {
    switch (w.kind) {
    case WhereKind::Graph:
        return "/gexf/graph";
    case WhereKind::Node:
    case WhereKind::NodeChild:
        return "/gexf/graph/nodes/node[" + std::to_string(w.index) + "]";
    case WhereKind::Edge:
    case WhereKind::EdgeChild:
        return "/gexf/graph/edges/edge[" + std::to_string(w.index) + "]";
    default:
        return w.offset != static_cast<std::size_t>(-1) ? "/" : ""; // XPath's document root
    }
}

} // namespace

std::string_view localName(const char* name) {
    const char* colon = std::strrchr(name, ':');
    return colon ? std::string_view(colon + 1) : std::string_view(name);
}

Where whereOf(const pugi::xml_node& element, WhereKind kind, std::uint32_t index) {
    Where w;
    const std::ptrdiff_t offset = element.offset_debug();
    w.offset = offset < 0 ? static_cast<std::size_t>(-1) : static_cast<std::size_t>(offset);
    w.kind = kind;
    w.index = index;
    return w;
}

void GexfLocator::locate(const Where& w, io::Diagnostic& d) const {
    d.file = m_file;
    if (w.offset != static_cast<std::size_t>(-1)) {
        // offset_debug points at the element name; report the '<' (or the attribute) instead.
        std::size_t at = w.offset > 0 && w.offset <= m_text.size() && m_text[w.offset - 1] == '<'
                             ? w.offset - 1
                             : w.offset;
        if (w.name) at = attributeOffset(m_text, w.offset, w.name);
        const LineColumn lc = m_lines.at(at);
        d.line = lc.line;
        d.column = lc.column;
    }
    d.pointer = elementPath(w);
    if (w.childName)
        d.pointer += std::string(w.kind == WhereKind::NodeChild || w.kind == WhereKind::EdgeChild
                                     ? (std::strcmp(w.childName, "spell") == 0 ? "/spells/" : "/attvalues/")
                                     : "/") +
                     w.childName + "[" + std::to_string(w.child) + "]";
    if (w.name && !d.pointer.empty()) d.pointer += std::string("/@") + w.name;
}

} // namespace tieline::core::interop
