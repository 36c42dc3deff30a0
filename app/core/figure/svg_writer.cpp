// The SVG document. Sizes in pixels mirror the shaders (node.frag, edge.vert/.frag, arrow.vert,
// label.frag) times the frame's pixel scale, so the rasterised SVG matches the PNG. Core: no GL.
#include "core/figure/svg_writer.hpp"
#include "core/figure/detail/svg_markup.hpp"
#include "core/figure/detail/svg_network.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tieline::core::figure {

using namespace detail;

namespace {

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
