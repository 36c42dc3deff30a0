// Ties, nodes, labels and hulls as SVG elements. Core: no GL.
#include "core/figure/detail/svg_network.hpp"
#include "core/figure/detail/svg_markup.hpp"
#include "core/scene/hulls.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tieline::core::figure::detail {

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

} // namespace tieline::core::figure::detail
