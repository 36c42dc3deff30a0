// Reading one <node> or <edge>: its times (start/end, spells, intervals, timestamps), attribute
// values (static and time-scoped) and viz hints. Core: no GL.
#include "core/interop/detail/gexf_read.hpp"

#include <pugixml.hpp>

#include <cstring>

namespace tieline::core::interop {

namespace {

std::optional<bool> boolValue(std::string_view text) {
    text = trim(text);
    if (text == "true" || text == "True" || text == "TRUE" || text == "1") return true;
    if (text == "false" || text == "False" || text == "FALSE" || text == "0") return false;
    return std::nullopt;
}

WhereKind childKind(WhereKind element) {
    return element == WhereKind::Node ? WhereKind::NodeChild : WhereKind::EdgeChild;
}

Where childWhere(const pugi::xml_node& child, const Where& parent, std::uint32_t k, const char* childName) {
    Where w = whereOf(child, childKind(parent.kind), parent.index);
    w.child = k;
    w.childName = childName;
    return w;
}

// The period an element or a <spell> states with start/end (1.2draft also startopen/endopen) or a
// timestamp. Returns false when it states none.
bool readPeriod(GexfContext& ctx, const pugi::xml_node& el, const Where& where, RawSpan& span, bool& point) {
    span.where = where;
    if (ctx.has(el, "timestamp")) {
        span.start = span.end = ctx.time(el, "timestamp", where.at("timestamp"));
        point = true;
        return true;
    }
    bool any = false;
    if (ctx.has(el, "start")) span.start = ctx.time(el, "start", where.at("start")), any = true;
    if (ctx.has(el, "end")) span.end = ctx.time(el, "end", where.at("end")), any = true;
    // GEXF 1.0 and 1.1draft: datefrom and dateto.
    if (ctx.has(el, "datefrom")) span.start = ctx.time(el, "datefrom", where.at("datefrom")), any = true;
    if (ctx.has(el, "dateto")) span.end = ctx.time(el, "dateto", where.at("dateto")), any = true;
    std::optional<calendar::Date> unmovedStart = span.start, unmovedEnd = span.end;
    if (ctx.has(el, "startopen")) {
        if (const auto d = ctx.time(el, "startopen", where.at("startopen")))
            unmovedStart = *d, span.start = exclusiveStart(ctx.attr(el, "startopen", where), *d);
        any = true;
    }
    if (ctx.has(el, "endopen")) {
        if (const auto d = ctx.time(el, "endopen", where.at("endopen")))
            unmovedEnd = *d, span.end = exclusiveEnd(ctx.attr(el, "endopen", where), *d);
        any = true;
    }
    keepInOrder(span.start, span.end, unmovedStart, unmovedEnd);
    return any;
}

void readTimes(GexfContext& ctx, const pugi::xml_node& el, const Where& where, std::vector<RawSpan>& spans,
               bool& points) {
    RawSpan own;
    if (readPeriod(ctx, el, where, own, points)) spans.push_back(own);
    std::string why;
    if (ctx.has(el, "intervals")) {
        std::vector<TimeInterval> intervals;
        if (!parseIntervalList(ctx.attr(el, "intervals", where.at("intervals")), ctx.timeFormat, intervals,
                               why))
            ctx.error(where.at("intervals"), "expected " + why);
        for (const TimeInterval& i : intervals)
            spans.push_back(RawSpan{i.start, i.end, where.at("intervals")});
    }
    if (ctx.has(el, "timestamps")) {
        std::vector<calendar::Date> stamps;
        if (!parseTimestampList(ctx.attr(el, "timestamps", where.at("timestamps")), ctx.timeFormat, stamps,
                                why))
            ctx.error(where.at("timestamps"), "expected " + why);
        for (const calendar::Date& d : stamps)
            spans.push_back(RawSpan{d, d, where.at("timestamps")});
        points = points || !stamps.empty();
    }
    for (const pugi::xml_node& group : el.children()) {
        // <spells><spell>, or GEXF 1.1draft's <slices><slice>.
        const bool slices = localName(group.name()) == "slices";
        if (localName(group.name()) != "spells" && !slices) continue;
        std::uint32_t k = 0;
        for (const pugi::xml_node& spell : group.children()) {
            if (localName(spell.name()) != (slices ? "slice" : "spell")) continue;
            RawSpan s;
            if (readPeriod(ctx, spell, childWhere(spell, where, ++k, "spell"), s, points)) spans.push_back(s);
        }
    }
}

// Calls fn(title, value, start, where) for each <attvalue>; `start` is set for time-scoped values.
template <class Fn>
void readAttvalues(GexfContext& ctx, const pugi::xml_node& el, const Where& where,
                   const std::map<std::string, GexfAttribute, std::less<>>& declared, Fn fn) {
    std::set<std::string_view> given;
    for (const pugi::xml_node& group : el.children()) {
        if (localName(group.name()) != "attvalues") continue;
        std::uint32_t k = 0;
        for (const pugi::xml_node& av : group.children()) {
            if (localName(av.name()) != "attvalue") continue;
            const Where w = childWhere(av, where, ++k, "attvalue");
            const char* forName = ctx.has(av, "for") ? "for" : "id"; // 1.0 wrote id=
            const std::string_view id = ctx.attr(av, forName, w.at(forName));
            const auto decl = declared.find(id);
            if (decl == declared.end()) {
                ctx.error(w.at(forName),
                          "unknown attribute \"" + std::string(id) + "\" (not declared in <attributes>)");
                continue;
            }
            if (!ctx.has(av, "value")) {
                ctx.error(w, "missing required attribute \"value\"");
                continue;
            }
            RawSpan period;
            bool point = false;
            const bool scoped = readPeriod(ctx, av, w, period, point);
            given.insert(decl->second.title);
            fn(decl->second.title, ctx.attr(av, "value", w.at("value")), scoped ? period.start : std::nullopt,
               w.at("value"));
        }
    }
    for (const auto& [id, attribute] : declared)
        if (attribute.hasDefault && !given.contains(attribute.title))
            fn(attribute.title, std::string_view(attribute.defaultValue), std::nullopt, where);
}

// viz:color as r/g/b (0..255) or hex; a bad colour is only a hint lost, not an error.
std::optional<model::Rgb> readColor(GexfContext& ctx, const pugi::xml_node& el, const Where& where) {
    for (const pugi::xml_node& c : el.children()) {
        if (localName(c.name()) != "color") continue;
        if (ctx.has(c, "hex")) {
            if (const auto rgb = parseHexColor(ctx.attr(c, "hex", where))) return rgb;
        } else {
            model::Rgb rgb = 0;
            bool good = true;
            for (const char* channel : {"r", "g", "b"}) {
                const auto v = parseNumber(ctx.attr(c, channel, where));
                good = good && v && *v >= 0 && *v <= 255;
                rgb = rgb * 256 + static_cast<model::Rgb>(good ? *v : 0);
            }
            if (good) return rgb;
        }
        ctx.report.warning(whereOf(c, where.kind, where.index),
                           "a colour that is not r/g/b from 0 to 255 or hex "
                           "#RRGGBB: ignored");
    }
    return std::nullopt;
}

} // namespace

void readNode(GexfContext& ctx, const pugi::xml_node& el, std::uint32_t index, RawNode& n) {
    const Where where = whereOf(el, WhereKind::Node, index);
    n.where = where;
    if (!ctx.has(el, "id")) ctx.error(where, "missing required attribute \"id\"");
    n.id = std::string(ctx.attr(el, "id", where.at("id")));
    n.label = std::string(trim(ctx.attr(el, "label", where.at("label"))));
    readTimes(ctx, el, where, n.spans, n.spansArePoints);
    readAttvalues(ctx, el, where, ctx.nodeAttributes,
                  [&](const std::string& title, std::string_view value, const std::optional<calendar::Date>&,
                      const Where& w) {
                      if (title == "kind")
                          n.kind = trim(value);
                      else if (title == "group")
                          n.group = trim(value);
                      else if (title == "group-label")
                          n.groupLabel = trim(value);
                      else if (title == "native")
                          n.native = value;
                      else if (title == "native-unverified")
                          n.nativeUnverified = boolValue(value).value_or(false);
                      else if (title == "variants")
                          n.variants = splitList(value);
                      else if (title == "description")
                          n.description = value;
                      else if (title == "sources")
                          n.sources = splitList(value);
                      else if (title == "ref")
                          n.ref = value;
                      else if (title == "pinned")
                          n.pinned = boolValue(value).value_or(false);
                      else if (title == "spans")
                          n.exactSpans = RawExact{std::string(value), w};
                      else
                          ctx.unusedTitles.insert(title);
                  });
    n.color = readColor(ctx, el, where);
    for (const pugi::xml_node& p : el.children()) {
        if (localName(p.name()) != "position") continue;
        const auto x = parseNumber(ctx.attr(p, "x", where)), y = parseNumber(ctx.attr(p, "y", where));
        if (x && y) n.position = model::Point{*x, *y};
    }
}

void readEdge(GexfContext& ctx, const pugi::xml_node& el, std::uint32_t index, RawEdge& e) {
    const Where where = whereOf(el, WhereKind::Edge, index);
    e.where = where;
    e.id = std::string(ctx.attr(el, "id", where.at("id")));
    for (const char* end : {"source", "target"})
        if (!ctx.has(el, end)) ctx.error(where, std::string("missing required attribute \"") + end + "\"");
    e.source = std::string(ctx.attr(el, "source", where.at("source")));
    e.target = std::string(ctx.attr(el, "target", where.at("target")));
    e.kind = std::string(trim(ctx.attr(el, "kind", where.at("kind"))));
    e.label = std::string(trim(ctx.attr(el, "label", where.at("label"))));
    if (ctx.has(el, "type")) {
        const std::string_view type = trim(ctx.attr(el, "type", where.at("type")));
        if (type == "directed" || type == "undirected" || type == "mutual")
            e.directed = type == "directed"; // mutual: both ways, which tieline draws as undirected
        else
            ctx.error(where.at("type"),
                      "expected directed, undirected or mutual, found \"" + std::string(type) + "\"");
    }
    if (ctx.has(el, "weight")) {
        e.weight = parseNumber(ctx.attr(el, "weight", where.at("weight")));
        if (!e.weight)
            ctx.error(where.at("weight"),
                      "expected a number, found \"" + std::string(ctx.attr(el, "weight", where)) + "\"");
    }
    readTimes(ctx, el, where, e.spans, e.spansArePoints);
    readAttvalues(ctx, el, where, ctx.edgeAttributes,
                  [&](const std::string& title, std::string_view value,
                      const std::optional<calendar::Date>& start, const Where& w) {
                      if (title == "weight") {
                          const auto v = parseNumber(value);
                          if (!v)
                              ctx.error(w, "expected a number, found \"" + std::string(value) + "\"");
                          else if (start)
                              e.keyframes.push_back(RawKeyframe{*start, *v, w});
                          else
                              e.weight = v;
                      } else if (title == "confidence")
                          e.confidence = trim(value);
                      else if (title == "sources")
                          e.sources = splitList(value);
                      else if (title == "claims")
                          e.exactClaims = RawExact{std::string(value), w};
                      else if (title == "note")
                          e.note = value;
                      else if (title == "ref")
                          e.ref = value;
                      else if (title == "sign") {
                          const auto v = parseNumber(value);
                          if (v && (*v == 1.0 || *v == -1.0))
                              e.sign = static_cast<int>(*v);
                          else
                              ctx.report.warning(w, "expected a sign of 1 or -1, found \"" +
                                                        std::string(value) + "\"");
                      } else if (title == "spans")
                          e.exactSpans = RawExact{std::string(value), w};
                      else if (title == "strength")
                          e.exactStrength = RawExact{std::string(value), w};
                      else
                          ctx.unusedTitles.insert(title);
                  });
    e.color = readColor(ctx, el, where);
}

} // namespace tieline::core::interop
