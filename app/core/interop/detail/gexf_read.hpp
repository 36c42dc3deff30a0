// Shared state of one GEXF import: the text and its line index, the graph's time settings, the
// declared attributes, and the readers of <node> and <edge> elements (gexf_elements.cpp). Internal
// to interop/; pugixml types are only forward-declared here. Core: no GL.
#pragma once

#include "core/interop/detail/import_builder.hpp"
#include "core/interop/detail/notation.hpp"
#include "core/interop/detail/text_position.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace pugi {
class xml_node;
}

namespace tieline::core::interop {

// "viz:color" -> "color": GEXF readers match elements by local name, whatever the prefix.
std::string_view localName(const char* name);

class GexfLocator : public Locator {
  public:
    GexfLocator(std::string_view text, std::string file)
        : m_text(text), m_lines(text), m_file(std::move(file)) {}
    void locate(const Where& where, io::Diagnostic& d) const override;

  private:
    std::string_view m_text;
    LineIndex m_lines;
    std::string m_file;
};

struct GexfAttribute {
    std::string title; // normalized: lowercase, '_' and ' ' as '-'
    bool dynamic = false;
    std::string defaultValue;
    bool hasDefault = false;
};

struct GexfContext {
    GexfContext(Reporter& r, std::size_t maxBytes) : report(r), maxValueBytes(maxBytes) {}

    Reporter& report;
    std::size_t maxValueBytes;
    TimeFormat timeFormat = TimeFormat::Any;
    std::map<std::string, GexfAttribute, std::less<>> nodeAttributes; // by attribute id
    std::map<std::string, GexfAttribute, std::less<>> edgeAttributes;
    std::set<std::string> unusedTitles;
    bool ok = true;

    // An XML attribute's value ("" when absent); values over the size limit are errors.
    std::string_view attr(const pugi::xml_node& element, const char* name, const Where& where);
    bool has(const pugi::xml_node& element, const char* name) const;
    std::optional<calendar::Date> time(const pugi::xml_node& element, const char* name, const Where& where);
    void error(const Where& where, std::string message) {
        report.error(where, std::move(message));
        ok = false;
    }
};

// Where the element is, for messages.
Where whereOf(const pugi::xml_node& element, WhereKind kind, std::uint32_t index);

void readNode(GexfContext& ctx, const pugi::xml_node& element, std::uint32_t index, RawNode& out);
void readEdge(GexfContext& ctx, const pugi::xml_node& element, std::uint32_t index, RawEdge& out);

} // namespace tieline::core::interop
