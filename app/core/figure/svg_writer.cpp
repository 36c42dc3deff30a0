// The SVG document. Sizes in pixels mirror the shaders (node.frag, edge.vert/.frag, arrow.vert,
// label.frag) times the frame's pixel scale, so the rasterised SVG matches the PNG. Core: no GL.
#include "core/figure/svg_writer.hpp"
#include "core/scene/hulls.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tieline::core::figure {

namespace {

// Shortest fixed-point form with two decimals: "12.5", "3", "-0.25".
void num(std::string& out, double v) {
    char buf[32];
    int n = std::snprintf(buf, sizeof buf, "%.2f", std::isfinite(v) ? v : 0.0);
    while (n > 0 && buf[n - 1] == '0')
        --n;
    if (n > 0 && buf[n - 1] == '.') --n;
    if (n == 2 && buf[0] == '-' && buf[1] == '0') n = 1, buf[0] = '0';
    out.append(buf, std::size_t(n));
}

void attr(std::string& out, const char* name, double v) {
    out += ' ';
    out += name;
    out += "=\"";
    num(out, v);
    out += '"';
}

void attr(std::string& out, const char* name, std::string_view text) {
    out += ' ';
    out += name;
    out += "=\"";
    appendXmlEscaped(out, text);
    out += '"';
}

std::string hex(const scene::Rgba& c) {
    const auto byte = [](float v) { return int(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
    return buf;
}

void point(std::string& out, model::Point p) {
    num(out, p.x);
    out += ',';
    num(out, p.y);
}

void backdrop(std::string& out, const ExportFrame& f) {
    out += "<defs>\n<linearGradient id=\"backdrop-gradient\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">"
           "<stop offset=\"0\" stop-color=\"" +
           hex(f.backdrop.top) + "\"/><stop offset=\"1\" stop-color=\"" + hex(f.backdrop.bottom) +
           "\"/></linearGradient>\n";
    // screen.frag darkens by vignette * smoothstep(0.35, 0.75, distance from the centre in uv
    // units): black over the gradient with that opacity, sampled into stops.
    out += "<radialGradient id=\"backdrop-vignette\" cx=\"0.5\" cy=\"0.5\" r=\"0.75\">";
    out += "<stop offset=\"0\" stop-color=\"#000000\" stop-opacity=\"0\"/>";
    for (int i = 0; i <= 8; ++i) {
        const double d = 0.35 + 0.4 * i / 8.0, x = (d - 0.35) / 0.4, smooth = x * x * (3 - 2 * x);
        out += "<stop";
        attr(out, "offset", d / 0.75);
        out += " stop-color=\"#000000\"";
        attr(out, "stop-opacity", f.backdrop.vignette * smooth);
        out += "/>";
    }
    out += "</radialGradient>\n</defs>\n<g id=\"backdrop\">";
    for (const char* fill : {"url(#backdrop-gradient)", "url(#backdrop-vignette)"}) {
        out += "<rect x=\"0\" y=\"0\"";
        attr(out, "width", f.width);
        attr(out, "height", f.height);
        out += " fill=\"";
        out += fill;
        out += "\"/>";
    }
    out += "</g>\n";
}

// An edge's arrowhead as a marker at the end of its path (arrow.vert's triangle from base to tip).
void arrowMarker(std::string& out, const scene::SceneEdge& e, const scene::Camera& cam, double ps,
                 std::size_t id) {
    const model::Point tip = cam.toScreen(e.arrowTip), base = cam.toScreen(e.arrowBase);
    const double length = std::max(std::hypot(tip.x - base.x, tip.y - base.y), 1.0);
    const double half = std::max(e.arrowHalfWidth * cam.zoom, 1.5 * ps);
    out += "<marker id=\"arrow-" + std::to_string(id) +
           "\" markerUnits=\"userSpaceOnUse\" orient=\"auto\" overflow=\"visible\"";
    attr(out, "markerWidth", length);
    attr(out, "markerHeight", 2 * half);
    out += " refX=\"0\"";
    attr(out, "refY", half);
    if (e.hostile) {
        // arrow.frag's bar: across the line at the tip, joined to the line by a stem.
        const double thick = std::max(0.3 * length, 1.5 * ps), stem = std::max(0.25 * half, 0.5 * ps);
        out += "><path class=\"bar-head\" d=\"M0,";
        num(out, half - stem);
        for (const model::Point p :
             {model::Point{length - thick, half - stem}, model::Point{length - thick, 0},
              model::Point{length, 0}, model::Point{length, 2 * half}, model::Point{length - thick, 2 * half},
              model::Point{length - thick, half + stem}, model::Point{0, half + stem}}) {
            out += 'L';
            point(out, p);
        }
        out += "Z\"";
    } else {
        out += "><path d=\"M0,0L";
        point(out, {length, half});
        out += "L0,";
        num(out, 2 * half);
        out += "Z\"";
    }
    attr(out, "fill", hex(e.color));
    attr(out, "fill-opacity", e.color.a * e.alpha);
    out += "/></marker>\n";
}

bool drawn(const scene::SceneEdge& e) {
    return e.t1 > e.t0 && e.alpha > 0.0f;
}

// The visible part [t0, t1] of the edge's quadratic, as its own quadratic (de Casteljau).
void edgePath(std::string& out, const scene::SceneEdge& e, const scene::Camera& cam) {
    const model::Point a = edgePoint(e, e.t0), b = edgePoint(e, e.t1);
    const double k = e.t1 - e.t0, u = 1 - e.t0;
    const model::Point c{a.x + k * (u * (e.control.x - e.p0.x) + e.t0 * (e.p2.x - e.control.x)),
                         a.y + k * (u * (e.control.y - e.p0.y) + e.t0 * (e.p2.y - e.control.y))};
    out += " d=\"M";
    point(out, cam.toScreen(a));
    out += 'Q';
    point(out, cam.toScreen(c));
    out += ' ';
    point(out, cam.toScreen(b));
    out += '"';
}

// edge.frag's patterns: dashes (contested), dots (approximate date), dash-dot (both), growing with
// the tie's width (the shader's half width is half of `width`).
void dashArray(std::string& out, int pattern, double width, double ps) {
    const double dash = std::max(8 * ps, width * 2.5), dot = std::max(1.5 * ps, width * 0.5),
                 gap = std::max(3.5 * ps, width * 1.25);
    out += " stroke-dasharray=\"";
    num(out, pattern == 2 ? dot : dash);
    out += ' ';
    num(out, gap);
    if (pattern == 3) {
        out += ' ';
        num(out, dot);
        out += ' ';
        num(out, gap);
    }
    out += '"';
}

// pass 0: the accent halo under a highlighted tie; pass 1: the tie itself.
void edge(std::string& out, const model::Dataset* data, const scene::SceneEdge& e, const scene::Camera& cam,
          double ps, const scene::Rgba& accent, bool halo, std::size_t markerId) {
    const double width = std::max(e.width * cam.zoom, ps); // edge.vert: at least a pixel wide
    out += data ? "<path class=\"tie\"" : "<path class=\"swatch\"";
    if (data) attr(out, "data-tie", data->tie(e.tie).key);
    edgePath(out, e, cam);
    attr(out, "stroke", hex(halo ? accent : e.color));
    attr(out, "stroke-opacity", halo ? accent.a * 0.75f * e.alpha : e.color.a * e.alpha);
    attr(out, "stroke-width", halo ? width + 6 * ps : width);
    if (data && !halo) {
        // Which certainty the pattern stands for, for tools and tests.
        if (e.approximate) out += " data-date=\"approximate\"";
        if (e.contested) attr(out, "data-confidence", model::keyword(data->tie(e.tie).confidence));
    }
    if (!halo && scene::edgePattern(e) > 0) dashArray(out, scene::edgePattern(e), width, ps);
    if (!halo && e.arrow) out += " marker-end=\"url(#arrow-" + std::to_string(markerId) + ")\"";
    out += "/>\n";
}

void edges(std::string& out, const model::Dataset* data, const std::vector<scene::SceneEdge>& list,
           const scene::Camera& cam, double ps, const scene::Rgba& accent, std::size_t& markerId) {
    std::size_t first = markerId;
    out += "<defs>\n";
    for (const scene::SceneEdge& e : list)
        if (drawn(e) && e.arrow) arrowMarker(out, e, cam, ps, markerId++);
    out += "</defs>\n";
    // As the renderer: halos of highlighted ties, ordinary ties, then highlighted ties on top.
    for (int pass = 0; pass < 3; ++pass) {
        std::size_t id = first;
        for (const scene::SceneEdge& e : list) {
            if (!drawn(e)) continue;
            const std::size_t marker = e.arrow ? id++ : 0;
            if ((pass == 1) == e.highlighted) continue;
            edge(out, data, e, cam, ps, accent, pass == 0, marker);
        }
    }
}

void node(std::string& out, const model::Dataset* data, const scene::SceneNode& n, const scene::Camera& cam,
          double ps, const scene::Rgba& accent) {
    if (n.alpha <= 0.0f) return;
    const model::Point c = cam.toScreen(n.center);
    const double r = std::max(n.radius * cam.zoom, 1.5 * ps);        // node.vert
    const double outline = std::clamp(r * 0.14, 1.0 * ps, 2.5 * ps); // node.frag
    if (n.ring > 0) {
        out += "<g";
        attr(out, "opacity", n.alpha);
        out += ">";
        const double ringWidth = (n.ring > 1 ? 2.5 : 1.5) * ps;
        out += "<circle";
        attr(out, "cx", c.x);
        attr(out, "cy", c.y);
        attr(out, "r", r + 2.5 * ps + ringWidth * 0.5);
        out += " fill=\"none\"";
        attr(out, "stroke", hex(accent));
        attr(out, "stroke-opacity", accent.a * (n.ring > 1 ? 1.0f : 0.7f));
        attr(out, "stroke-width", ringWidth);
        out += "/>";
    }
    out += data ? "<circle class=\"node\"" : "<circle class=\"swatch\"";
    if (data) attr(out, "data-actor", data->actor(n.actor).key);
    attr(out, "cx", c.x);
    attr(out, "cy", c.y);
    attr(out, "r", r - outline * 0.5);
    attr(out, "fill", hex(n.fill));
    attr(out, "stroke", hex(n.outline));
    attr(out, "stroke-width", outline);
    if (n.ring == 0 && n.alpha < 1.0f) attr(out, "opacity", n.alpha);
    out += n.ring > 0 ? "/></g>\n" : "/>\n";
}

void text(std::string& out, const char* cls, std::string_view s, double x, double baseline, float pixels,
          const FontMetrics& metrics) {
    out += "<text class=\"";
    out += cls;
    out += '"';
    attr(out, "x", x);
    attr(out, "y", baseline);
    attr(out, "font-size", metrics.cssFontSize(pixels));
    out += '>';
    appendXmlEscaped(out, s);
    out += "</text>";
}

void labels(std::string& out, const model::Dataset& data, const scene::Scene& scene, const ExportFrame& f,
            const FontMetrics& metrics) {
    const scene::Rgba& bg = scene.style.background;
    // label.frag's halo: about 1.4 pixels of the background colour at 85 % around the glyphs.
    out += "<g id=\"labels\" text-anchor=\"middle\" paint-order=\"stroke\" stroke-linejoin=\"round\"";
    attr(out, "fill", hex(scene.style.text));
    attr(out, "stroke", hex(bg));
    attr(out, "stroke-opacity", 0.85);
    attr(out, "stroke-width", 2.8 * f.pixelScale);
    out += ">\n";
    for (const scene::SceneLabel& l : scene.labels) {
        if (!l.visible || l.alpha <= 0.02f) continue;
        const double center = 0.5 * (l.boxX0 + l.boxX1);
        const float name = float(l.pixels * f.pixelScale), native = name * scene::kNativeScale;
        // Each label names its actor and its measured box (output pixels: x0 y0 x1 y1).
        out += "<g";
        attr(out, "data-actor", data.actor(l.actor).key);
        out += " data-box=\"";
        for (const float v : {l.boxX0, l.boxY0, l.boxX1, l.boxY1}) {
            char number[32];
            std::snprintf(number, sizeof number, "%.2f", double(v));
            out += number;
            out += v == l.boxY1 ? "" : " ";
        }
        out += '"';
        if (l.alpha < 1.0f) attr(out, "opacity", l.alpha);
        out += ">";
        if (l.leader) {
            out += "<line class=\"leader\" stroke-opacity=\"0.7\"";
            attr(out, "x1", l.leaderX0);
            attr(out, "y1", l.leaderY0);
            attr(out, "x2", l.leaderX1);
            attr(out, "y2", l.leaderY1);
            attr(out, "stroke", hex(scene.style.text));
            attr(out, "stroke-width", 1.0 * f.pixelScale);
            out += "/>";
        }
        text(out, "label", *l.text, center, l.boxY0 + metrics.ascent(name), name, metrics);
        if (l.native)
            text(out, "label-native", *l.native, center,
                 l.boxY0 + metrics.lineHeight(name) + metrics.ascent(native), native, metrics);
        out += "</g>\n";
    }
    out += "</g>\n";
}

void overlayPanel(std::string& out, const OverlayPanel& p) {
    // panel.frag draws the border inside the edge; an SVG stroke straddles it.
    const double inset = p.borderWidth * 0.5;
    out += "<rect class=\"panel\"";
    attr(out, "x", p.x0 + inset);
    attr(out, "y", p.y0 + inset);
    attr(out, "width", p.x1 - p.x0 - 2 * inset);
    attr(out, "height", p.y1 - p.y0 - 2 * inset);
    attr(out, "rx", std::max(0.0, p.radius - inset));
    attr(out, "fill", hex(p.fill));
    attr(out, "fill-opacity", p.fill.a);
    attr(out, "stroke", hex(p.border));
    attr(out, "stroke-opacity", p.border.a);
    attr(out, "stroke-width", p.borderWidth);
    out += "/>\n";
}

void overlayText(std::string& out, const OverlayText& t, const FontMetrics& metrics) {
    out += "<g";
    attr(out, "fill", hex(t.color));
    if (t.color.a < 1.0f) attr(out, "fill-opacity", t.color.a);
    if (t.alignEnd) out += " text-anchor=\"end\"";
    out += ">";
    text(out, "overlay-text", t.text, t.x, t.baseline, t.pixels, metrics);
    out += "</g>\n";
}

// The legend: <g class="legend"> with its panel, then a <g class="legend-entry" data-kind="..."
// data-key="..."> per row (a tie type's or group's id as its key) holding the row's swatch and text.
void legendGroup(std::string& out, const scene::Scene& scene, const ExportFrame& f,
                 const FontMetrics& metrics, std::size_t& markerId) {
    const Overlay& o = f.overlay;
    const LegendLayout& legend = f.legend;
    const scene::Camera cam = overlayCamera(f);
    out += "<g class=\"legend\" fill=\"none\">\n";
    if (legend.panel >= 0) overlayPanel(out, o.panels[std::size_t(legend.panel)]);
    std::vector<std::size_t> marker(o.lines.size(), 0);
    out += "<defs>\n";
    for (const LegendItem& item : legend.items)
        if (item.line >= 0 && drawn(o.lines[std::size_t(item.line)]) &&
            o.lines[std::size_t(item.line)].arrow) {
            marker[std::size_t(item.line)] = markerId;
            arrowMarker(out, o.lines[std::size_t(item.line)], cam, f.pixelScale, markerId++);
        }
    out += "</defs>\n";
    for (const LegendItem& item : legend.items) {
        out += "<g class=\"legend-entry\"";
        attr(out, "data-kind", keyword(item.kind));
        if (!item.key.empty()) attr(out, "data-key", item.key);
        out += ">\n";
        if (item.line >= 0 && drawn(o.lines[std::size_t(item.line)]))
            edge(out, nullptr, o.lines[std::size_t(item.line)], cam, f.pixelScale, scene.style.accent, false,
                 marker[std::size_t(item.line)]);
        if (item.disc >= 0)
            node(out, nullptr, o.discs[std::size_t(item.disc)], cam, f.pixelScale, scene.style.accent);
        if (item.text >= 0) overlayText(out, o.texts[std::size_t(item.text)], metrics);
        out += "</g>\n";
    }
    out += "</g>\n";
}

// Group hulls (scene.hulls): <path class="hull" data-group="ID"> and the group's name above it,
// at scene::kHullNamePixels as the renderer draws it.
void hulls(std::string& out, const model::Dataset& data, const scene::Scene& scene, const ExportFrame& f,
           const FontMetrics& metrics) {
    if (scene.hulls.empty()) return;
    out += "<g id=\"hulls\">\n";
    for (const scene::SceneHull& h : scene.hulls) {
        out += "<path class=\"hull\"";
        attr(out, "data-group", data.groups[h.group.index()].key);
        out += " d=\"M";
        for (std::size_t i = 0; i < h.outline.size(); ++i) {
            out += i ? " L" : "";
            point(out, f.camera.toScreen(h.outline[i]));
        }
        out += " Z\"";
        attr(out, "fill", hex(h.fill));
        attr(out, "fill-opacity", h.fill.a);
        out += "/>\n";
        if (!h.name) continue;
        const model::Point at = f.camera.toScreen(h.nameAnchor);
        const float pixels = float(scene::kHullNamePixels * f.pixelScale);
        out += "<g text-anchor=\"middle\"";
        attr(out, "fill", hex(h.text));
        attr(out, "fill-opacity", h.text.a);
        out += ">";
        text(out, "hull-name", *h.name, at.x, at.y - metrics.lineHeight(pixels) * 0.3, pixels, metrics);
        out += "</g>\n";
    }
    out += "</g>\n";
}

void overlay(std::string& out, const scene::Scene& scene, const ExportFrame& f, const FontMetrics& metrics,
             std::size_t& markerId) {
    const Overlay& o = f.overlay;
    if (o.panels.empty() && o.texts.empty()) return;
    // What belongs to the legend is written in its own group, after the rest (caption, bands).
    std::vector<char> panelInLegend(o.panels.size(), 0), lineInLegend(o.lines.size(), 0),
        discInLegend(o.discs.size(), 0), textInLegend(o.texts.size(), 0);
    if (f.legend.panel >= 0) panelInLegend[std::size_t(f.legend.panel)] = 1;
    for (const LegendItem& item : f.legend.items) {
        if (item.line >= 0) lineInLegend[std::size_t(item.line)] = 1;
        if (item.disc >= 0) discInLegend[std::size_t(item.disc)] = 1;
        if (item.text >= 0) textInLegend[std::size_t(item.text)] = 1;
    }
    out += "<g id=\"overlay\">\n";
    for (std::size_t i = 0; i < o.panels.size(); ++i)
        if (!panelInLegend[i]) overlayPanel(out, o.panels[i]);
    const scene::Camera cam = overlayCamera(f);
    std::vector<scene::SceneEdge> lines;
    for (std::size_t i = 0; i < o.lines.size(); ++i)
        if (!lineInLegend[i]) lines.push_back(o.lines[i]);
    if (!lines.empty()) edges(out, nullptr, lines, cam, f.pixelScale, scene.style.accent, markerId);
    for (std::size_t i = 0; i < o.discs.size(); ++i)
        if (!discInLegend[i]) node(out, nullptr, o.discs[i], cam, f.pixelScale, scene.style.accent);
    for (std::size_t i = 0; i < o.texts.size(); ++i)
        if (!textInLegend[i]) overlayText(out, o.texts[i], metrics);
    if (!f.legend.items.empty()) legendGroup(out, scene, f, metrics, markerId);
    out += "</g>\n";
}

} // namespace

void appendXmlEscaped(std::string& out, std::string_view text) {
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            if (c >= 0x20 || c == '\t' || c == '\n') out += ch;
        }
    }
}

std::string xmlEscaped(std::string_view text) {
    std::string out;
    appendXmlEscaped(out, text);
    return out;
}

std::string svgDocument(const model::Dataset& data, const scene::Scene& scene, const ExportFrame& f,
                        const FontMetrics& metrics) {
    std::string out;
    out.reserve(64 * 1024 + scene.edges.size() * 400 + scene.labels.size() * 200);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
           "version=\"1.1\"";
    attr(out, "width", f.width);
    attr(out, "height", f.height);
    out += " viewBox=\"0 0 " + std::to_string(f.width) + ' ' + std::to_string(f.height) + '"';
    attr(out, "font-family", kSvgFontFamily);
    out += ">\n<title>";
    appendXmlEscaped(out, data.meta.title + ", " + f.date);
    out += "</title>\n";
    if (!f.transparent) backdrop(out, f);
    std::size_t markerId = 0;
    hulls(out, data, scene, f, metrics);
    out += "<g id=\"ties\" fill=\"none\">\n";
    edges(out, &data, scene.edges, f.camera, f.pixelScale, scene.style.accent, markerId);
    out += "</g>\n<g id=\"nodes\">\n";
    for (const scene::SceneNode& n : scene.nodes)
        node(out, &data, n, f.camera, f.pixelScale, scene.style.accent);
    out += "</g>\n";
    labels(out, data, scene, f, metrics);
    overlay(out, scene, f, metrics, markerId);
    out += "</svg>\n";
    return out;
}

namespace {

void replaceAll(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

} // namespace

std::string svgPanelsDocument(const std::string& title, int width, int height,
                              const std::vector<SvgPanel>& panels, const std::string& overlay) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                      "version=\"1.1\"";
    attr(out, "width", width);
    attr(out, "height", height);
    out += " viewBox=\"0 0 " + std::to_string(width) + ' ' + std::to_string(height) + '"';
    attr(out, "font-family", kSvgFontFamily);
    out += ">\n<title>";
    appendXmlEscaped(out, title);
    out += "</title>\n";
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const SvgPanel& p = panels[i];
        std::string body = p.document;
        if (body.rfind("<?xml", 0) == 0) body.erase(0, body.find('\n') + 1);
        const std::string prefix = "p" + std::to_string(i) + "-";
        replaceAll(body, "id=\"", "id=\"" + prefix);
        replaceAll(body, "url(#", "url(#" + prefix);
        std::string place;
        attr(place, "x", p.x);
        attr(place, "y", p.y);
        replaceAll(body, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"", "<svg" + place);
        out += "<g class=\"panel\"";
        attr(out, "data-date", p.date);
        out += ">\n" + body + "</g>\n";
    }
    if (!overlay.empty()) {
        std::string body = overlay;
        if (body.rfind("<?xml", 0) == 0) body.erase(0, body.find('\n') + 1);
        replaceAll(body, "id=\"", "id=\"whole-");
        replaceAll(body, "url(#", "url(#whole-");
        replaceAll(body, "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\"", "<svg x=\"0\" y=\"0\"");
        out += body;
    }
    out += "</svg>\n";
    return out;
}

} // namespace tieline::core::figure
