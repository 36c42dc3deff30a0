// Export frame layout: the camera that fits the network and its labels beside the caption and the
// legend, and the overlay's panels, text and swatches. Core: no GL.
#include "core/figure/export_frame.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::figure {

namespace {

// Sizes at the reference picture size (times the frame's pixel scale), in output pixels.
constexpr double kMargin = 20;
constexpr float kTitlePixels = 14, kDatePixels = 26, kLegendPixels = 12;
constexpr double kLegendPad = 10, kLegendRow = 19, kSwatchWidth = 28, kSwatchGap = 8, kColumnGap = 16;

struct LegendRow {
    std::string text;
    bool heading = false;
    int kind = 0; // 0 heading, 1 tie type, 2 dashes, 3 group, 4 partial (paler), 5 text only (source kinds)
    scene::Rgba color;
    bool arrow = false;
};

// What the scene shows, in dataset order: the legend lists only that.
std::vector<LegendRow> legendRows(const model::Dataset& data, const scene::Scene& scene) {
    std::vector<char> types(data.tieTypes.size(), 0), groups(data.groups.size() + 1, 0);
    std::vector<int> kinds(model::kEvidenceCount, 0); // visible ties citing each kind of source
    bool dashed = false, partial = false;
    for (const scene::SceneEdge& e : scene.edges) {
        if (e.alpha <= 0.02f) continue;
        types[data.tie(e.tie).type.index()] = 1;
        dashed |= e.dashed;
        partial |= e.partial;
        model::EvidenceMask cited = 0;
        for (const model::Claim& c : data.tie(e.tie).claims)
            if (c.source.valid()) cited |= model::evidenceBit(data.source(c.source).evidence);
        for (int k = 0; k < model::kEvidenceCount; ++k)
            if (cited & model::evidenceBit(model::Evidence(k))) ++kinds[std::size_t(k)];
    }
    for (const scene::SceneNode& n : scene.nodes) {
        if (n.alpha <= 0.02f) continue;
        const model::GroupId g = data.actor(n.actor).group;
        groups[g.valid() ? g.index() : data.groups.size()] = 1;
    }
    std::vector<LegendRow> rows;
    const scene::Rgba grey = mix(scene.style.text, scene.style.background, 0.35f);
    if (std::find(types.begin(), types.end(), 1) != types.end()) rows.push_back({"Ties", true, 0, {}, false});
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (!types[i]) continue;
        const model::TieType& t = data.tieTypes[i];
        rows.push_back({t.label.empty() ? t.key : t.label, false, 1, scene::toRgba(t.color), t.directed});
    }
    if (dashed) rows.push_back({"approximate or weakly sourced", false, 2, grey, false});
    if (partial) {
        scene::Rgba pale = grey;
        pale.a *= float(scene.style.partialAlpha);
        rows.push_back({"true for part of the period", false, 4, pale, false});
    }
    if (std::find(groups.begin(), groups.end(), 1) != groups.end())
        rows.push_back({"Groups", true, 0, {}, false});
    for (std::size_t i = 0; i < groups.size(); ++i) {
        if (!groups[i]) continue;
        if (i == data.groups.size())
            rows.push_back({"no group", false, 3, scene::toRgba(0x9A9A9A), false});
        else
            rows.push_back({data.groups[i].label.empty() ? data.groups[i].key : data.groups[i].label, false,
                            3, scene::toRgba(data.groups[i].color), false});
    }
    // The kinds of evidence behind the ties shown, when the dataset says any (archival first).
    bool anyKnown = false;
    for (int k = 1; k < model::kEvidenceCount; ++k)
        anyKnown |= kinds[std::size_t(k)] > 0;
    if (anyKnown) {
        rows.push_back({"Sources of the ties", true, 0, {}, false});
        for (int k = 1; k <= model::kEvidenceCount; ++k) {
            const int kind = k % model::kEvidenceCount; // unknown last
            const int n = kinds[std::size_t(kind)];
            if (n > 0)
                rows.push_back({std::string(model::label(model::Evidence(kind))) + ": " + std::to_string(n) +
                                    (n == 1 ? " tie" : " ties"),
                                false,
                                5,
                                {},
                                false});
        }
    }
    return rows;
}

// A straight legend tie from a to b (with an arrowhead), as shapeEdge would make it.
scene::SceneEdge swatchLine(model::Point a, model::Point b, double u, scene::Rgba color, bool dashed,
                            bool arrow) {
    const double width = 2.2 * u;
    scene::SceneEdge e;
    e.p0 = a;
    e.p2 = b;
    e.control = {(a.x + b.x) * 0.5, (a.y + b.y) * 0.5};
    e.width = width;
    e.color = color;
    e.dashed = dashed;
    e.arrow = arrow;
    e.t0 = 0;
    e.t1 = 1;
    e.arrowTip = b;
    e.arrowBase = b;
    if (arrow) {
        const double length = b.x - a.x, arrowLength = 2.2 * width + 3.0 * u;
        e.arrowHalfWidth = 0.5 * arrowLength + 0.3 * width;
        e.t1 = std::clamp(1.0 - arrowLength / length, 0.0, 1.0);
        e.arrowBase = scene::edgePoint(e, e.t1);
    }
    return e;
}

// The legend, right-aligned at `right`, from `top`; returns its width (0 when empty). Rows wrap
// into more columns when they would not fit above `bottom`.
double layoutLegend(const model::Dataset& data, const scene::Scene& scene, const FontMetrics& metrics,
                    double u, double right, double top, double bottom, Overlay& overlay) {
    const std::vector<LegendRow> rows = legendRows(data, scene);
    if (rows.empty()) return 0;
    const float pixels = float(kLegendPixels * u);
    const double pad = kLegendPad * u, rowHeight = kLegendRow * u, swatch = kSwatchWidth * u,
                 gap = kSwatchGap * u;
    const std::size_t perColumn = std::max<std::size_t>(1, std::size_t((bottom - top - 2 * pad) / rowHeight));
    const std::size_t columns = (rows.size() + perColumn - 1) / perColumn;
    std::vector<double> columnWidth(columns, 0.0);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const double text = metrics.width(rows[i].text, pixels);
        columnWidth[i / perColumn] =
            std::max(columnWidth[i / perColumn], rows[i].heading ? text : swatch + gap + text);
    }
    double width = 2 * pad + kColumnGap * u * double(columns - 1);
    for (double w : columnWidth)
        width += w;
    const std::size_t shown = std::min(rows.size(), perColumn);
    const double height = 2 * pad + rowHeight * double(shown);
    const double x0 = right - width;
    OverlayPanel panel = styledPanel(scene.style, u, 0.82f);
    panel.x0 = x0, panel.y0 = top, panel.x1 = right, panel.y1 = top + height;
    overlay.panels.push_back(panel);

    double columnX = x0 + pad;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i > 0 && i % perColumn == 0) columnX += columnWidth[i / perColumn - 1] + kColumnGap * u;
        const LegendRow& row = rows[i];
        const double rowTop = top + pad + rowHeight * double(i % perColumn);
        const double middle = rowTop + rowHeight * 0.5;
        OverlayText text;
        text.pixels = pixels;
        text.color = scene.style.text;
        text.halo = false;
        text.baseline = middle - metrics.lineHeight(pixels) * 0.5 + metrics.ascent(pixels);
        text.x = row.heading ? columnX : row.kind == 5 ? columnX + gap : columnX + swatch + gap;
        text.text = row.text;
        if (row.heading) text.color.a = 0.6f;
        overlay.texts.push_back(text);
        if (row.kind == 1 || row.kind == 2 || row.kind == 4) {
            overlay.lines.push_back(swatchLine({columnX, middle}, {columnX + swatch, middle}, u, row.color,
                                               row.kind == 2, row.arrow));
        } else if (row.kind == 3) {
            scene::SceneNode n;
            n.center = {columnX + swatch * 0.5, middle};
            n.radius = 5.5 * u;
            n.fill = row.color;
            n.outline = scene::mix(
                n.fill, scene.style.dark ? scene::Rgba{0, 0, 0, 1} : scene::Rgba{0.2f, 0.2f, 0.2f, 1}, 0.45f);
            overlay.discs.push_back(n);
        }
    }
    return width;
}

// Shortens `text` with an ellipsis until it fits `maxWidth`.
std::string fitText(std::string text, const FontMetrics& metrics, float pixels, double maxWidth) {
    if (metrics.width(text, pixels) <= maxWidth) return text;
    while (!text.empty() && metrics.width(text + "\xE2\x80\xA6", pixels) > maxWidth) {
        text.pop_back();
        while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80)
            text.pop_back();
        if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.pop_back();
    }
    return text + "\xE2\x80\xA6";
}

// The screen rectangle of the nodes and the visible labels.
scene::Bounds drawnBounds(const scene::Scene& scene, const scene::Camera& camera) {
    scene::Bounds b;
    for (const scene::SceneNode& n : scene.nodes) {
        const model::Point c = camera.toScreen(n.center);
        b.add(c.x, c.y, n.radius * camera.zoom);
    }
    for (const scene::SceneLabel& l : scene.labels) {
        if (!l.visible) continue;
        b.add(l.boxX0, l.boxY0);
        b.add(l.boxX1, l.boxY1);
    }
    return b;
}

// The camera that shows scene.bounds inside `area` (output pixels) of a width x height picture.
scene::Camera fitInto(const scene::Bounds& bounds, const scene::Bounds& area, int width, int height) {
    scene::Camera c = fitCamera(bounds, area.width(), area.height(), 0);
    c.width = width;
    c.height = height;
    c.centerX -= ((area.minX + area.maxX) * 0.5 - width * 0.5) / c.zoom;
    c.centerY -= ((area.minY + area.maxY) * 0.5 - height * 0.5) / c.zoom;
    return c;
}

} // namespace

void Overlay::clear() {
    panels.clear();
    lines.clear();
    discs.clear();
    texts.clear();
}

ExportBackdrop exportBackdrop(bool dark) {
    if (dark) return {{0.11f, 0.12f, 0.15f, 1}, {0.07f, 0.08f, 0.10f, 1}, 0.25f};
    return {{0.98f, 0.98f, 0.97f, 1}, {0.93f, 0.94f, 0.95f, 1}, 0.06f};
}

OverlayPanel styledPanel(const scene::SceneStyle& style, double u, float fillAlpha) {
    OverlayPanel panel;
    panel.radius = 6 * u;
    panel.fill = style.background;
    panel.fill.a = fillAlpha;
    panel.border = style.text;
    panel.border.a = 0.16f;
    panel.borderWidth = std::max(1.0, u);
    return panel;
}

scene::Camera overlayCamera(const ExportFrame& frame) {
    scene::Camera c;
    c.width = frame.width;
    c.height = frame.height;
    c.centerX = frame.width * 0.5;
    c.centerY = frame.height * 0.5;
    c.zoom = 1;
    return c;
}

std::string captionDate(calendar::Time t) {
    return calendar::windowCaption(calendar::windowAt(t, calendar::DatePrecision::Day));
}

std::vector<scene::Rect> overlayRects(const ExportFrame& frame, const FontMetrics& metrics) {
    std::vector<scene::Rect> rects;
    for (const OverlayPanel& p : frame.overlay.panels)
        rects.push_back({float(p.x0), float(p.y0), float(p.x1), float(p.y1)});
    for (const OverlayText& t : frame.overlay.texts) {
        const float w = metrics.width(t.text, t.pixels), top = float(t.baseline) - metrics.ascent(t.pixels);
        const float x0 = t.alignEnd ? float(t.x) - w : float(t.x);
        rects.push_back({x0, top, x0 + w, top + metrics.lineHeight(t.pixels)});
    }
    return rects;
}

int placeExportLabels(scene::Scene& scene, const ExportFrame& frame, const FontMetrics& metrics) {
    scene::LabelOptions options;
    options.scale = float(frame.pixelScale);
    options.inset = float(4 * frame.pixelScale);
    options.obstacles = overlayRects(frame, metrics);
    scene::SceneWorkspace work;
    return scene::cullLabels(scene, frame.camera, ScaledMeasure(metrics, float(frame.pixelScale)), work,
                             options);
}

void layoutExportFrame(const model::Dataset& data, scene::Scene& scene, const ExportOptions& options,
                       const FontMetrics& metrics, ExportFrame& frame) {
    frame.width = options.width;
    frame.height = options.height;
    frame.transparent = options.transparent;
    frame.backdrop = exportBackdrop(scene.style.dark);
    frame.overlay.clear();
    const double u = exportPixelScale(options.width, options.height);
    frame.pixelScale = u;
    const double w = options.width, h = options.height, margin = kMargin * u;
    frame.date = calendar::windowCaption(scene.window);

    const double legendWidth =
        options.legend ? layoutLegend(data, scene, metrics, u, w - margin, margin, h - margin, frame.overlay)
                       : 0.0;
    double captionBottom = 0;
    if (options.caption) {
        const float title = float(kTitlePixels * u), date = float(kDatePixels * u);
        OverlayText line;
        line.x = margin;
        line.pixels = title;
        line.color = scene.style.text;
        line.color.a = 0.78f;
        line.baseline = margin + metrics.ascent(title);
        const double room = w - 2 * margin - (legendWidth > 0 ? legendWidth + margin : 0.0);
        line.text = fitText(data.meta.title, metrics, title, std::max(room, w * 0.3));
        OverlayText dateLine = line;
        dateLine.pixels = date;
        dateLine.color = scene.style.text;
        dateLine.baseline = margin + metrics.lineHeight(title) + metrics.ascent(date);
        dateLine.text = frame.date;
        // The caption comes first (title, then date), before the legend's rows.
        frame.overlay.texts.insert(frame.overlay.texts.begin(), {line, dateLine});
        captionBottom = margin + metrics.lineHeight(title) + metrics.lineHeight(date);
    }

    if (options.view) {
        // The window's view, scaled so that all of it shows, centred on the same point.
        const scene::Camera& v = *options.view;
        frame.camera = v;
        frame.camera.width = w;
        frame.camera.height = h;
        frame.camera.zoom = v.zoom * std::min(w / std::max(v.width, 1.0), h / std::max(v.height, 1.0));
        placeExportLabels(scene, frame, metrics);
        return;
    }
    // The network beside the caption (above) and the legend (right), unless the picture is so small
    // that they would squeeze it: then they lie over it.
    scene::Bounds area;
    area.add(margin, captionBottom > 0 ? captionBottom + margin * 0.5 : margin);
    area.add(w - margin - (legendWidth > 0 ? legendWidth + margin : 0.0), h - margin);
    if (area.width() < w * 0.45 || area.height() < h * 0.45) {
        area = scene::Bounds{};
        area.add(margin, margin);
        area.add(w - margin, h - margin);
    }
    frame.camera = fitInto(scene.bounds, area, options.width, options.height);
    placeExportLabels(scene, frame, metrics);
    // Labels hang outside the nodes: shrink the area by how far they stick out, and fit again.
    const scene::Bounds drawn = drawnBounds(scene, frame.camera);
    if (!drawn.empty && !scene.bounds.empty) {
        const model::Point lo = frame.camera.toScreen({scene.bounds.minX, scene.bounds.minY});
        const model::Point hi = frame.camera.toScreen({scene.bounds.maxX, scene.bounds.maxY});
        scene::Bounds inner;
        inner.add(area.minX + std::clamp(lo.x - drawn.minX, 0.0, 0.1 * area.width()),
                  area.minY + std::clamp(lo.y - drawn.minY, 0.0, 0.1 * area.height()));
        inner.add(area.maxX - std::clamp(drawn.maxX - hi.x, 0.0, 0.1 * area.width()),
                  area.maxY - std::clamp(drawn.maxY - hi.y, 0.0, 0.1 * area.height()));
        if (inner.width() > area.width() * 0.5 && inner.height() > area.height() * 0.5) {
            frame.camera = fitInto(scene.bounds, inner, options.width, options.height);
            area = inner;
        }
    }
    nudgeForLabels(scene, frame, metrics, area);
}

void hideClippedIsolates(scene::Scene& scene, const ExportFrame& frame, const FontMetrics& metrics) {
    // An actor with no tie that the frame would cut, or that would sit under the caption or the
    // legend, is left out rather than drawn in part: isolates never widen the frame.
    const std::vector<scene::Rect> overlays = overlayRects(frame, metrics);
    const scene::Rect picture{0, 0, float(frame.width), float(frame.height)};
    for (scene::SceneNode& n : scene.nodes) {
        if (n.importance > 0 || n.ring > 0 || n.alpha <= 0.02f) continue;
        const model::Point c = frame.camera.toScreen(n.center);
        const float r = float(n.radius * frame.camera.zoom) + 2.0f;
        const scene::Rect disc{float(c.x) - r, float(c.y) - r, float(c.x) + r, float(c.y) + r};
        bool cut = !disc.inside(picture);
        for (const scene::Rect& o : overlays)
            cut = cut || disc.overlaps(o);
        if (!cut) continue;
        n.alpha = 0;
        for (scene::SceneLabel& l : scene.labels)
            if (l.actor == n.actor) l.alpha = 0, l.visible = false;
    }
}

void nudgeForLabels(scene::Scene& scene, ExportFrame& frame, const FontMetrics& metrics,
                    const scene::Bounds& area) {
    hideClippedIsolates(scene, frame, metrics);
    // A single still may move its camera a little so that every guaranteed label finds a place:
    // a few steps out about the area's centre, keeping the first that places them all (or the
    // one that places the most).
    int missing = placeExportLabels(scene, frame, metrics);
    if (missing == 0 || scene.bounds.empty) return;
    const scene::Camera start = frame.camera;
    scene::Camera best = start;
    int fewest = missing;
    for (const double factor : {0.94, 0.88, 0.82}) {
        scene::Bounds smaller;
        const double cx = (area.minX + area.maxX) * 0.5, cy = (area.minY + area.maxY) * 0.5;
        smaller.add(cx - area.width() * 0.5 * factor, cy - area.height() * 0.5 * factor);
        smaller.add(cx + area.width() * 0.5 * factor, cy + area.height() * 0.5 * factor);
        frame.camera = fitInto(scene.bounds, smaller, frame.width, frame.height);
        missing = placeExportLabels(scene, frame, metrics);
        if (missing < fewest) best = frame.camera, fewest = missing;
        if (missing == 0) return;
    }
    frame.camera = best;
    placeExportLabels(scene, frame, metrics);
}

} // namespace tieline::core::figure
