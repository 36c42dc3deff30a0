// GEXF import: the XML document (well-formed, no DOCTYPE), <meta>, <graph> time settings and
// attribute declarations, then every node and edge, handed to the DatasetBuilder. Core: no GL.
#include "core/interop/gexf.hpp"
#include "core/io/guarded_load.hpp"

#include "core/interop/detail/gexf_read.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace tieline::core::interop {

namespace {

std::string normalizedTitle(std::string_view title) {
    std::string out;
    for (char c : trim(title))
        out += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c == '_' || c == ' ' ? '-' : c;
    return out;
}

std::string textOf(GexfContext& ctx, const pugi::xml_node& el) {
    std::string text = el.text().get();
    if (text.size() > ctx.maxValueBytes) {
        ctx.error(whereOf(el, WhereKind::File, 0), "text of " + std::to_string(text.size()) +
                                                       " bytes, over the limit of " +
                                                       std::to_string(ctx.maxValueBytes));
        return {};
    }
    return std::string(trim(text));
}

void readAttributeDeclarations(GexfContext& ctx, const pugi::xml_node& graph) {
    for (const pugi::xml_node& group : graph.children()) {
        if (localName(group.name()) != "attributes") continue;
        const Where where = whereOf(group, WhereKind::Graph, 0);
        const std::string_view cls = ctx.attr(group, "class", where.at("class"));
        if (cls != "node" && cls != "edge") {
            ctx.error(where.at("class"),
                      "expected class \"node\" or \"edge\", found \"" + std::string(cls) + "\"");
            continue;
        }
        auto& table = cls == "node" ? ctx.nodeAttributes : ctx.edgeAttributes;
        const bool dynamic = ctx.attr(group, "mode", where) == "dynamic";
        for (const pugi::xml_node& a : group.children()) {
            if (localName(a.name()) != "attribute") continue;
            const Where w = whereOf(a, WhereKind::Graph, 0);
            if (!ctx.has(a, "id")) ctx.error(w, "missing required attribute \"id\"");
            GexfAttribute attribute;
            const std::string_view title =
                ctx.has(a, "title") ? ctx.attr(a, "title", w) : ctx.attr(a, "id", w);
            attribute.title = normalizedTitle(title);
            attribute.dynamic = dynamic;
            for (const pugi::xml_node& d : a.children())
                if (localName(d.name()) == "default")
                    attribute.defaultValue = textOf(ctx, d), attribute.hasDefault = true;
            table[std::string(ctx.attr(a, "id", w))] = std::move(attribute);
        }
    }
}

void readGraphTimes(GexfContext& ctx, const pugi::xml_node& graph, RawGraph& raw) {
    const Where where = whereOf(graph, WhereKind::Graph, 0);
    raw.rangeWhere = where;
    if (ctx.has(graph, "timeformat")) {
        const std::string_view text = ctx.attr(graph, "timeformat", where.at("timeformat"));
        if (const auto format = parseTimeFormat(text))
            ctx.timeFormat = *format;
        else
            ctx.error(where.at("timeformat"),
                      "expected timeformat integer, double, date or dateTime, found \"" + std::string(text) +
                          "\"");
    }
    if (ctx.has(graph, "timerepresentation")) {
        const std::string_view text = ctx.attr(graph, "timerepresentation", where.at("timerepresentation"));
        if (text != "interval" && text != "timestamp")
            ctx.error(where.at("timerepresentation"),
                      "expected interval or timestamp, found \"" + std::string(text) + "\"");
    }
    if (ctx.has(graph, "timestamp"))
        raw.start = raw.end = ctx.time(graph, "timestamp", where.at("timestamp"));
    if (ctx.has(graph, "start")) raw.start = ctx.time(graph, "start", where.at("start"));
    if (ctx.has(graph, "end")) raw.end = ctx.time(graph, "end", where.at("end"));
    if (ctx.has(graph, "datefrom")) raw.start = ctx.time(graph, "datefrom", where.at("datefrom"));
    if (ctx.has(graph, "dateto")) raw.end = ctx.time(graph, "dateto", where.at("dateto"));
    const std::string_view type = ctx.attr(graph, "defaultedgetype", where.at("defaultedgetype"));
    if (type == "directed" || type == "undirected" || type == "mutual" || type.empty())
        raw.defaultDirected = type == "directed"; // GEXF's default is undirected
    else
        ctx.error(where.at("defaultedgetype"),
                  "expected directed, undirected or mutual, found \"" + std::string(type) + "\"");
}

// Nodes may nest (GEXF hierarchies): flattened in document order, without recursion. Each one goes
// to the builder as soon as it is read.
void readNodesAndEdges(GexfContext& ctx, const pugi::xml_node& graph, DatasetBuilder& builder) {
    std::vector<pugi::xml_node> stack;
    for (const pugi::xml_node& c : graph.children())
        if (localName(c.name()) == "nodes" || localName(c.name()) == "edges") stack.push_back(c);
    std::reverse(stack.begin(), stack.end());
    bool nested = false;
    RawNode node;
    RawEdge edge;
    std::uint32_t nodeCount = 0, edgeCount = 0;
    while (!stack.empty()) {
        const pugi::xml_node list = stack.back();
        stack.pop_back();
        const bool nodes = localName(list.name()) == "nodes";
        std::vector<pugi::xml_node> inner;
        for (const pugi::xml_node& el : list.children()) {
            if (nodes && localName(el.name()) == "node") {
                node = RawNode{};
                readNode(ctx, el, ++nodeCount, node);
                builder.addNode(node);
                for (const pugi::xml_node& c : el.children())
                    if (localName(c.name()) == "nodes" || localName(c.name()) == "edges")
                        inner.push_back(c), nested = true;
            } else if (!nodes && localName(el.name()) == "edge") {
                edge = RawEdge{};
                readEdge(ctx, el, ++edgeCount, edge);
                builder.addEdge(edge);
            }
        }
        stack.insert(stack.end(), inner.rbegin(), inner.rend());
    }
    if (nested)
        ctx.report.warning(whereOf(graph, WhereKind::Graph, 0),
                           "nested nodes (a GEXF hierarchy) are flattened");
}

// A character reference XML 1.0 does not allow (&#0;, &#xD800;, &#x110000;, most control
// characters): refused where it is written, since the XML parser would cut the text at a NUL or
// make bytes that are not UTF-8 of the others.
bool characterReferencesAllowed(std::string_view text, GexfContext& ctx) {
    for (std::size_t at = text.find("&#"); at != std::string_view::npos; at = text.find("&#", at + 2)) {
        std::size_t i = at + 2;
        const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
        if (hex) ++i;
        unsigned long long value = 0;
        std::size_t digits = 0;
        for (; i < text.size() && digits < 12; ++i, ++digits) {
            const char c = text[i];
            const int v = c >= '0' && c <= '9'          ? c - '0'
                          : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                          : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                        : -1;
            if (v < 0) break;
            value = value * (hex ? 16 : 10) + static_cast<unsigned>(v);
        }
        if (digits == 0 || i >= text.size() || text[i] != ';') continue; // the XML parser says what is wrong
        const bool allowed = value == 0x9 || value == 0xA || value == 0xD ||
                             (value >= 0x20 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD) ||
                             (value >= 0x10000 && value <= 0x10FFFF);
        if (allowed) continue;
        const std::string written(text.substr(at, i + 1 - at));
        const char* what = value == 0                           ? "a NUL character"
                           : value >= 0xD800 && value <= 0xDFFF ? "a UTF-16 surrogate, not a character"
                           : value > 0x10FFFF                   ? "past U+10FFFF, the last Unicode character"
                                              : "a control character XML 1.0 does not allow";
        ctx.error(Where{at}, "the character reference " + written + " is " + what +
                                 ": XML files cannot hold it (remove it, or write the character itself)");
        return false;
    }
    return true;
}

bool wellFormed(std::string_view text, pugi::xml_document& doc, GexfContext& ctx) {
    // UTF-8 (the default) is checked up front, so that bad bytes get a position; other declared
    // encodings are converted by pugixml.
    const std::string_view head = text.substr(0, 200);
    const std::size_t enc = head.find("encoding=");
    const std::string_view declared =
        enc == std::string_view::npos ? std::string_view() : head.substr(std::min(enc + 10, head.size()), 5);
    const bool declaredOther = !declared.empty() && declared != "UTF-8" && declared != "utf-8";
    const bool utf16 = text.size() >= 2 &&
                       ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'));
    if (!declaredOther && !utf16) {
        if (const std::size_t bad = io::firstInvalidUtf8(text); bad != std::string_view::npos) {
            char byte[8];
            std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[bad]));
            ctx.error(Where{bad}, std::string("invalid UTF-8 (byte ") + byte +
                                      "): GEXF files are read as UTF-8 unless "
                                      "their XML declaration names another encoding");
            return false;
        }
    }
    if (!utf16 && !characterReferencesAllowed(text, ctx)) return false; // any ASCII-compatible encoding
    const pugi::xml_parse_result parsed =
        doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_doctype,
                        declaredOther || utf16 ? pugi::encoding_auto : pugi::encoding_utf8);
    if (!parsed) {
        ctx.error(Where{static_cast<std::size_t>(parsed.offset)},
                  std::string("malformed XML: ") + parsed.description());
        return false;
    }
    if (declaredOther || utf16) { // converted by pugixml: what it made must be UTF-8 (no lone surrogate)
        struct Check : pugi::xml_tree_walker {
            std::ptrdiff_t bad = -1;
            bool invalid(const char* s) { return io::firstInvalidUtf8(s) != std::string_view::npos; }
            bool for_each(pugi::xml_node& n) override {
                bool wrong = invalid(n.name()) || invalid(n.value());
                for (const pugi::xml_attribute& a : n.attributes())
                    wrong = wrong || invalid(a.name()) || invalid(a.value());
                if (wrong) bad = n.offset_debug();
                return !wrong;
            }
        } check;
        doc.traverse(check);
        if (check.bad >= 0) {
            ctx.error(Where{static_cast<std::size_t>(check.bad)},
                      "text that is not valid Unicode once decoded (a lone UTF-16 surrogate, or a character "
                      "reference to one)");
            return false;
        }
    }
    for (const pugi::xml_node& n : doc.children())
        if (n.type() == pugi::node_doctype) {
            ctx.error(
                Where{static_cast<std::size_t>(n.offset_debug())},
                "a DOCTYPE is not allowed in GEXF: tieline never expands entities or loads external ones");
            return false;
        }
    return true;
}

} // namespace

bool GexfContext::has(const pugi::xml_node& element, const char* name) const {
    return !element.attribute(name).empty();
}

std::string_view GexfContext::attr(const pugi::xml_node& element, const char* name, const Where& where) {
    const std::string_view value = element.attribute(name).value();
    if (value.size() > maxValueBytes) {
        error(where, "a value of " + std::to_string(value.size()) + " bytes, over the limit of " +
                         std::to_string(maxValueBytes));
        return {};
    }
    return value;
}

std::optional<calendar::Date> GexfContext::time(const pugi::xml_node& element, const char* name,
                                                const Where& where) {
    const std::string_view text = attr(element, name, where);
    std::string why;
    auto date = parseTimeValue(text, timeFormat, &why);
    if (!date) error(where, "expected " + why + ", found \"" + std::string(text) + "\"");
    return date;
}

} // namespace tieline::core::interop

namespace tieline::core::interop {

namespace {

io::LoadResult readGexf(std::string_view text, const std::string& fileName, const ImportOptions& options) {
    using namespace interop;
    io::LoadResult result;
    const GexfLocator locator(text, fileName);
    Reporter report(locator, result.diagnostics, options.limits.maxMessages);
    GexfContext ctx(report, options.limits.maxStringBytes);
    pugi::xml_document doc;
    if (!wellFormed(text, doc, ctx)) return result;
    const pugi::xml_node root = doc.document_element();
    if (localName(root.name()) != "gexf") {
        ctx.error(whereOf(root, WhereKind::File, 0),
                  "expected a <gexf> root element, found <" + std::string(root.name()) + ">");
        return result;
    }
    RawGraph raw;
    raw.title = titleFromPath(fileName);
    for (const pugi::xml_node& c : root.children()) {
        if (localName(c.name()) != "meta") continue;
        for (const pugi::xml_node& m : c.children()) {
            if (localName(m.name()) == "description") raw.description = textOf(ctx, m);
            if (localName(m.name()) != "creator") continue;
            const std::string creator = textOf(ctx, m);
            for (std::size_t from = 0; from < creator.size();) { // "A; B" -> two authors
                const std::size_t semi = std::min(creator.find(';', from), creator.size());
                if (const auto name = trim(std::string_view(creator).substr(from, semi - from));
                    !name.empty())
                    raw.authors.emplace_back(name);
                from = semi + 1;
            }
        }
    }
    const pugi::xml_node graph = [&] {
        for (const pugi::xml_node& c : root.children())
            if (localName(c.name()) == "graph") return c;
        return pugi::xml_node();
    }();
    if (!graph) {
        ctx.error(whereOf(root, WhereKind::File, 0), "expected a <graph> element inside <gexf>, found none");
        return result;
    }
    readGraphTimes(ctx, graph, raw);
    readAttributeDeclarations(ctx, graph);
    if (!ctx.ok) return result;
    DatasetBuilder builder(raw, options, report);
    std::size_t counts[2] = {0, 0}; // <nodes count=".."> and <edges count="..">, when the file says
    for (const pugi::xml_node& c : graph.children())
        if (localName(c.name()) == "nodes" || localName(c.name()) == "edges")
            counts[localName(c.name()) == "edges"] = c.attribute("count").as_ullong();
    // A count is a hint, not a promise: reserve no more than the text can hold (a node or an edge
    // takes at least 12 bytes, <node id=""/>), so a tiny file claiming a billion nodes costs nothing.
    const std::size_t justified = text.size() / 12;
    builder.reserve(std::min(counts[0], justified), std::min(counts[1], justified));
    readNodesAndEdges(ctx, graph, builder);
    if (!ctx.ok) return result;
    if (!ctx.unusedTitles.empty()) {
        std::string list;
        for (const std::string& t : ctx.unusedTitles)
            list += (list.empty() ? "" : ", ") + t;
        report.warning(whereOf(graph, WhereKind::Graph, 0), "attributes tieline does not use: " + list);
    }
    result.dataset = builder.finish();
    return result;
}

} // namespace

io::LoadResult loadGexfText(std::string_view text, const std::string& fileName,
                            const ImportOptions& options) {
    return io::guardedLoad<io::LoadResult>(fileName, options.limits.maxMessages,
                                           [&] { return readGexf(text, fileName, options); });
}

io::LoadResult loadGexfFile(const std::string& path, const ImportOptions& options) {
    return io::loadFromFile<io::LoadResult>(
        path, options.limits.maxFileBytes, options.limits.maxMessages,
        [&](const std::string& text) { return loadGexfText(text, path, options); });
}

} // namespace tieline::core::interop
