// The network as a GEXF file or a pair of CSV tables states it, before it becomes a Dataset: ids as
// written, times already parsed, and where each value came from. The GEXF and CSV readers fill
// these records; the DatasetBuilder (import_builder.cpp) turns them into a Dataset. Internal to
// interop/. Core: no GL.
#pragma once

#include "core/io/diagnostic.hpp"
#include "core/model/dataset.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tieline::core::interop {

// What a location refers to; the reader's Locator turns it into line:column and a path.
enum class WhereKind : std::uint8_t { File, Graph, Node, Edge, NodeChild, EdgeChild, NodeCell, EdgeCell };

// A compact location, resolved into text only when a message is reported: the byte offset of the
// element or CSV row, the 1-based node/edge/row number, a child number (the n-th <spell> or
// <attvalue>), and the attribute or column name.
struct Where {
    std::size_t offset = static_cast<std::size_t>(-1);
    std::uint32_t index = 0;
    std::uint32_t child = 0;
    const char* name = nullptr;
    const char* childName = nullptr; // "spell", "attvalue"
    WhereKind kind = WhereKind::File;

    Where at(const char* attribute) const {
        Where w = *this;
        w.name = attribute;
        return w;
    }
};

class Locator {
  public:
    virtual ~Locator() = default;
    // Fills file, line, column and pointer of a diagnostic about `where`.
    virtual void locate(const Where& where, io::Diagnostic& d) const = 0;
};

// An inclusive period as read (exclusive bounds already moved inward).
struct RawSpan {
    std::optional<calendar::Date> start;
    std::optional<calendar::Date> end;
    Where where;
};

struct RawKeyframe {
    calendar::Date date;
    double weight = 1.0;
    Where where;
};

// tieline's exact values, written beside the other tool's form of them where that form loses
// something (a date's precision or '~', a claim's locator and quote): spans and strengths in
// Gephi's interval notation with tieline's dates, claims as format v1 JSON.
struct RawExact {
    std::string text;
    Where where;
    bool present() const { return !text.empty(); }
};

struct RawClaim {
    std::string key, source, locator, quote, supports, note;
    std::vector<std::string> contradicts;
    Where where;
    Where contradictsWhere;
};

struct RawNode {
    std::string id;
    Where where;
    std::string label;
    std::string kind;
    std::string group;
    std::string groupLabel;
    std::optional<model::Rgb> color;
    std::string native;
    bool nativeUnverified = false;
    std::vector<std::string> variants;
    std::string description;
    std::string ref;
    std::vector<std::string> sources;
    std::vector<RawSpan> spans;
    bool spansArePoints = false; // timestamps: neighbouring ones merge into one span
    RawExact exactSpans;
    std::optional<model::Point> position;
    bool pinned = false;
};

struct RawEdge {
    std::string id;
    Where where;
    std::string source;
    std::string target;
    std::string kind;
    std::string label;
    std::optional<bool> directed; // unset: the graph's default
    std::optional<model::Rgb> color;
    std::optional<int> sign;
    std::optional<double> weight;
    std::vector<RawKeyframe> keyframes; // a time-varying weight
    std::vector<RawSpan> spans;
    bool spansArePoints = false;
    RawExact exactSpans;
    RawExact exactStrength;
    RawExact exactClaims;
    std::string confidence;
    std::vector<std::string> sources;
    std::vector<RawClaim> claims;
    std::string note;
    std::string ref;
};

// What the file says about the whole network. Nodes and edges are not kept here: the readers hand
// them to the DatasetBuilder one at a time, so an import never holds all of them twice.
struct RawGraph {
    std::string title;
    std::string description;
    std::vector<std::string> authors;
    std::optional<calendar::Date> start; // the time range, when the file states it
    std::optional<calendar::Date> end;
    Where rangeWhere;
    bool defaultDirected = true;
    bool implicitNodes = false; // edges may name nodes no node row declares (an edges-only table)
};

} // namespace tieline::core::interop
