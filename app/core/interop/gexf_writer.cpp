// Dataset -> GEXF 1.3 (valid against the official schema): dynamic, timeformat "date", spells in
// inclusive days, kinds, a time-varying weight, attributes, viz hints, and tieline's exact values
// where GEXF's own forms lose something. Output is deterministic: no modification date, tables in
// dataset order. Core: no GL.
#include "core/interop/detail/export_losses.hpp"
#include "core/interop/detail/notation.hpp"
#include "core/interop/gexf.hpp"

#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <sstream>

namespace tieline::core::interop {

namespace {

using interop::isoDay;
using nlohmann::ordered_json;

// XML 1.0 cannot hold most control characters, even escaped: they are dropped.
std::string xmlSafe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += c;
    return out;
}

std::string joined(const std::vector<std::string>& items, const char* separator) {
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : separator) + s;
    return out;
}

std::string dumpJson(const ordered_json& value) {
    return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

// Spells and day-stamped weights say everything about exact days; tieline's own notation is added
// only where a date is a month or a year, or approximate.
bool daysSayAll(const std::optional<calendar::Date>& d) {
    return !d || (d->precision() == calendar::DatePrecision::Day && !d->approximate);
}

bool spellsSayAll(const std::vector<calendar::Span>& spans) {
    for (const calendar::Span& s : spans)
        if (!daysSayAll(s.start) || !daysSayAll(s.end)) return false;
    return true;
}

bool weightsSayAll(const std::vector<model::StrengthKey>& keys) {
    for (const model::StrengthKey& k : keys)
        if (!daysSayAll(k.date)) return false;
    return true;
}

// The "sources" list says everything about claims that name one source each and nothing else.
bool sourcesSayAll(const std::vector<model::Claim>& claims) {
    for (std::size_t i = 0; i < claims.size(); ++i) {
        const model::Claim& c = claims[i];
        if (!c.key.empty() || !c.locator.empty() || !c.quote.empty() || !c.supports.empty() ||
            !c.note.empty() || !c.contradicts.empty())
            return false;
        for (std::size_t j = 0; j < i; ++j)
            if (claims[j].source == c.source) return false;
    }
    return true;
}

std::string claimsJson(const model::Dataset& d, const std::vector<model::Claim>& claims) {
    ordered_json out = ordered_json::array();
    for (const model::Claim& c : claims) {
        ordered_json item;
        if (!c.key.empty()) item["id"] = c.key;
        item["source"] = d.source(c.source).key;
        const std::pair<const char*, const std::string*> texts[] = {
            {"locator", &c.locator}, {"quote", &c.quote}, {"supports", &c.supports}, {"note", &c.note}};
        for (const auto& [key, text] : texts)
            if (!text->empty()) item[key] = *text;
        if (!c.contradicts.empty()) item["contradicts"] = c.contradicts;
        out.push_back(std::move(item));
    }
    return dumpJson(out);
}

class GexfBuilder {
  public:
    GexfBuilder(const model::Dataset& d, const GexfWriteOptions& o) : m_data(d), m_options(o) {}

    std::string build() {
        m_mixed = mixed();
        pugi::xml_node decl = m_doc.append_child(pugi::node_declaration);
        decl.append_attribute("version") = "1.0";
        decl.append_attribute("encoding") = "UTF-8";
        pugi::xml_node gexf = m_doc.append_child("gexf");
        // 1.2draft differs from 1.3 in its namespaces and version, and has no timerepresentation.
        const bool draft = m_options.version == GexfVersion::V1_2draft;
        gexf.append_attribute("xmlns") = draft ? "http://www.gexf.net/1.2draft" : "http://gexf.net/1.3";
        if (m_options.viz)
            gexf.append_attribute("xmlns:viz") =
                draft ? "http://www.gexf.net/1.2draft/viz" : "http://gexf.net/1.3/viz";
        gexf.append_attribute("version") = draft ? "1.2" : "1.3";
        const model::Meta& m = m_data.meta;
        if (!m.authors.empty() || !m.description.empty()) {
            pugi::xml_node meta = gexf.append_child("meta");
            if (!m.authors.empty())
                meta.append_child("creator").text() = xmlSafe(joined(m.authors, "; ")).c_str();
            if (!m.description.empty())
                meta.append_child("description").text() = xmlSafe(m.description).c_str();
        }
        pugi::xml_node graph = gexf.append_child("graph");
        graph.append_attribute("mode") = "dynamic";
        graph.append_attribute("defaultedgetype") = allUndirected() ? "undirected" : "directed";
        graph.append_attribute("timeformat") = "date";
        if (!draft) graph.append_attribute("timerepresentation") = "interval";
        graph.append_attribute("start") = isoDay(m.start.firstDay()).c_str();
        graph.append_attribute("end") = isoDay(m.end.dayAfterLast() - 1).c_str();
        declare(graph, "node", "static",
                {{"kind", "string"},
                 {"group", "string"},
                 {"group-label", "string"},
                 {"native", "string"},
                 {"native-unverified", "boolean"},
                 {"variants", "string"},
                 {"description", "string"},
                 {"sources", "string"},
                 {"ref", "string"},
                 {"pinned", "boolean"},
                 {"spans", "string"}});
        declare(graph, "edge", "static",
                {{"confidence", "string"},
                 {"sources", "string"},
                 {"claims", "string"},
                 {"note", "string"},
                 {"ref", "string"},
                 {"sign", "integer"},
                 {"spans", "string"},
                 {"strength", "string"}});
        declare(graph, "edge", "dynamic", {{"weight", "double"}});
        pugi::xml_node nodes = graph.append_child("nodes");
        nodes.append_attribute("count") = static_cast<unsigned long long>(m_data.actors.size());
        for (std::size_t i = 0; i < m_data.actors.size(); ++i)
            addNode(nodes, i);
        pugi::xml_node edges = graph.append_child("edges");
        edges.append_attribute("count") = static_cast<unsigned long long>(m_data.ties.size());
        for (const model::Tie& t : m_data.ties)
            addEdge(edges, t);
        std::ostringstream out;
        m_doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
        return out.str();
    }

  private:
    const model::Dataset& m_data;
    const GexfWriteOptions& m_options;
    pugi::xml_document m_doc;
    bool m_mixed = false;

    bool allUndirected() const {
        for (const model::Tie& t : m_data.ties)
            if (m_data.tieType(t.type).directed) return false;
        return !m_data.ties.empty();
    }

    bool mixed() const {
        bool directed = false, undirected = false;
        for (const model::Tie& t : m_data.ties)
            (m_data.tieType(t.type).directed ? directed : undirected) = true;
        return directed && undirected;
    }

    static void declare(pugi::xml_node graph, const char* cls, const char* mode,
                        std::initializer_list<std::pair<const char*, const char*>> attributes) {
        pugi::xml_node group = graph.append_child("attributes");
        group.append_attribute("class") = cls;
        group.append_attribute("mode") = mode;
        for (const auto& [title, type] : attributes) {
            pugi::xml_node a = group.append_child("attribute");
            a.append_attribute("id") = title;
            a.append_attribute("title") = title;
            a.append_attribute("type") = type;
        }
    }

    static void value(pugi::xml_node& values, const char* id, const std::string& text) {
        if (text.empty()) return;
        pugi::xml_node v = values.append_child("attvalue");
        v.append_attribute("for") = id;
        v.append_attribute("value") = xmlSafe(text).c_str();
    }

    static void spells(pugi::xml_node el, const std::vector<calendar::Span>& spans) {
        if (spans.empty() || (spans.size() == 1 && !spans[0].start && !spans[0].end))
            return; // always present
        pugi::xml_node list = el.append_child("spells");
        for (const calendar::Span& s : spans) {
            pugi::xml_node spell = list.append_child("spell");
            if (s.start) spell.append_attribute("start") = isoDay(s.start->firstDay()).c_str();
            if (s.end) spell.append_attribute("end") = isoDay(s.end->dayAfterLast() - 1).c_str(); // inclusive
        }
    }

    static void color(pugi::xml_node el, model::Rgb rgb) {
        pugi::xml_node c = el.append_child("viz:color");
        c.append_attribute("r") = (rgb >> 16) & 0xFF;
        c.append_attribute("g") = (rgb >> 8) & 0xFF;
        c.append_attribute("b") = rgb & 0xFF;
    }

    void addNode(pugi::xml_node& nodes, std::size_t index) {
        const model::Actor& a = m_data.actors[index];
        pugi::xml_node node = nodes.append_child("node");
        node.append_attribute("id") = a.key.c_str();
        node.append_attribute("label") = xmlSafe(a.name).c_str();
        pugi::xml_node values = node.append_child("attvalues");
        value(values, "kind", model::keyword(a.kind));
        if (const model::Group* g = m_data.group(a.group)) {
            value(values, "group", g->key);
            if (g->label != g->key) value(values, "group-label", g->label);
        }
        value(values, "native", a.native);
        if (a.nativeUnverified) value(values, "native-unverified", "true");
        value(values, "variants", joined(a.variants, " | "));
        value(values, "description", a.description);
        std::vector<std::string> sources;
        for (const model::SourceId s : a.sources)
            sources.push_back(m_data.source(s).key);
        value(values, "sources", joined(sources, " | "));
        value(values, "ref", a.ref);
        if (a.pin) value(values, "pinned", "true");
        const bool loneOpenSpan =
            a.spans.size() == 1 && !a.spans[0].start && !a.spans[0].end; // written as no spells
        if (!spellsSayAll(a.spans) || loneOpenSpan)
            value(values, "spans", interop::formatIntervalList(a.spans));
        spells(node, a.spans);
        if (!m_options.viz) return;
        if (const model::Group* g = m_data.group(a.group)) color(node, g->color);
        const model::Point* at = m_options.positions && index < m_options.positions->size()
                                     ? &(*m_options.positions)[index]
                                 : a.pin ? &*a.pin
                                         : nullptr;
        if (at) {
            pugi::xml_node p = node.append_child("viz:position");
            p.append_attribute("x") = interop::formatNumber(at->x).c_str();
            p.append_attribute("y") = interop::formatNumber(at->y).c_str();
        }
    }

    void addEdge(pugi::xml_node& edges, const model::Tie& t) {
        const model::TieType& type = m_data.tieType(t.type);
        pugi::xml_node edge = edges.append_child("edge");
        edge.append_attribute("id") = t.key.c_str();
        edge.append_attribute("source") = m_data.actor(t.from).key.c_str();
        edge.append_attribute("target") = m_data.actor(t.to).key.c_str();
        // networkx and other readers refuse mixed graphs; an undirected tie among directed ones is
        // "mutual" (both ways), which GEXF readers that do know mixed graphs treat alike.
        if (!type.directed && m_mixed) edge.append_attribute("type") = "mutual";
        edge.append_attribute("kind") = type.key.c_str();
        edge.append_attribute("label") = xmlSafe(type.label).c_str();
        // Weights as the imported file gave them (strengths times meta x-weight-scale).
        const double scale = m_data.meta.weightScale;
        const std::vector<model::StrengthKey> weights = interop::weightsOf(t.strength, scale);
        if (!weights.empty())
            edge.append_attribute("weight") = interop::formatNumber(weights[0].value).c_str();
        else if (scale != 1.0) // no strength is a constant 1: the largest weight
            edge.append_attribute("weight") = interop::formatNumber(scale).c_str();
        pugi::xml_node values = edge.append_child("attvalues");
        value(values, "confidence", model::keyword(t.confidence));
        std::vector<std::string> sources;
        for (const model::Claim& c : t.claims)
            if (std::find(sources.begin(), sources.end(), m_data.source(c.source).key) == sources.end())
                sources.push_back(m_data.source(c.source).key);
        value(values, "sources", joined(sources, " | "));
        if (!sourcesSayAll(t.claims)) value(values, "claims", claimsJson(m_data, t.claims));
        value(values, "note", t.note);
        value(values, "ref", t.ref);
        if (type.sign != 1)
            value(values, "sign", std::to_string(type.sign)); // +1 is what a missing sign means
        if (!spellsSayAll(t.spans)) value(values, "spans", interop::formatIntervalList(t.spans));
        if (!weightsSayAll(t.strength)) value(values, "strength", interop::formatKeyframeList(weights));
        for (std::size_t k = 0; k < t.strength.size(); ++k) { // each value holds until the next keyframe
            pugi::xml_node v = values.append_child("attvalue");
            v.append_attribute("for") = "weight";
            v.append_attribute("value") = interop::formatNumber(weights[k].value).c_str();
            v.append_attribute("start") = isoDay(t.strength[k].date.firstDay()).c_str();
            if (k + 1 < t.strength.size())
                v.append_attribute("end") = isoDay(t.strength[k + 1].date.firstDay() - 1).c_str();
        }
        spells(edge, t.spans);
        if (m_options.viz) color(edge, type.color);
    }
};

} // namespace

std::optional<GexfVersion> parseGexfVersion(std::string_view text) {
    if (text == "1.3") return GexfVersion::V1_3;
    if (text == "1.2draft" || text == "1.2") return GexfVersion::V1_2draft;
    return std::nullopt;
}

std::string gexfText(const model::Dataset& data, const GexfWriteOptions& options) {
    return GexfBuilder(data, options).build();
}

std::vector<std::string> gexfLosses(const model::Dataset& data) {
    return interop::graphFormatLosses(data);
}

} // namespace tieline::core::interop
