// Export frame layout: the camera that fits the network and its labels beside the caption and the
// legend, and the overlay's panels, text and swatches. Core: no GL.
#include "core/figure/export_frame.hpp"

#include "core/scene/hulls.hpp"
#include "core/scene/stretch.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::figure {

namespace {

// Sizes at the reference picture size (times the frame's pixel scale), in output pixels.
constexpr double kMargin = 20;
constexpr float kTitlePixels = 14, kDatePixels = 26, kNotePixels = 12;

// The legend, right-aligned at `right`, from `top`; returns its width (0 when empty). Rows wrap
// into more columns when they would not fit above `bottom`.
double layoutFrameLegend(const model::Dataset& data, const scene::Scene& scene, const FontMetrics& metrics,
                         double u, double right, double top, double bottom, ExportFrame& frame) {
    LegendPlacement where;
    where.area.add(0, top);
    where.area.add(right, bottom);
    where.scale = u;
    layoutLegend(data, scene, metrics, where, frame.overlay, frame.legend);
    return frame.legend.box.empty ? 0.0 : frame.legend.box.width();
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

// Stretches the scene's positions (core/scene/stretch.hpp), its hulls drawn again around them.
void setStretch(const model::Dataset& data, scene::Scene& scene, scene::Stretch stretch) {
    if (stretch == scene.stretch) return;
    const bool hulls = !scene.hulls.empty();
    scene::restretchScene(scene, stretch);
    if (hulls) scene::addGroupHulls(data, scene);
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
    frame.legend.clear();
    frame.area = scene::Bounds{};
    const double u = exportPixelScale(options.width, options.height);
    frame.pixelScale = u;
    const double w = options.width, h = options.height, margin = kMargin * u;
    frame.date = calendar::windowCaption(scene.window);

    const double legendWidth =
        options.legend ? layoutFrameLegend(data, scene, metrics, u, w - margin, margin, h - margin, frame)
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
        for (LegendItem& item : frame.legend.items)
            if (item.text >= 0) item.text += 2;
        captionBottom = margin + metrics.lineHeight(title) + metrics.lineHeight(date);
        // A merged view says what it shows as one (core/scene/merge_view.hpp), a line per node.
        for (std::size_t i = 0; i < data.viewNotes.size(); ++i) {
            OverlayText note = dateLine;
            note.pixels = float(kNotePixels * u);
            note.color.a = 0.7f;
            note.baseline = captionBottom + metrics.ascent(note.pixels);
            note.text = fitText("Shown as one: " + data.viewNotes[i].text, metrics, note.pixels,
                                std::max(room, w * 0.3));
            frame.overlay.texts.insert(frame.overlay.texts.begin() + std::ptrdiff_t(2 + i), note);
            captionBottom += metrics.lineHeight(note.pixels);
        }
    }

    if (options.view) {
        // The window's view (and its stretch), scaled so that all of it shows, centred on the same
        // point.
        setStretch(data, scene, options.stretch.value_or(scene::Stretch{}));
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
    // Or below the legend, the whole width, when the stretched network covers more of that.
    if (legendWidth > 0) {
        scene::Bounds below;
        below.add(margin, std::max(area.minY, frame.legend.box.maxY + margin * 0.5));
        below.add(w - margin, h - margin);
        if (below.height() >= h * 0.45 && scene::fittedArea(scene, below.width(), below.height()) >
                                              scene::fittedArea(scene, area.width(), area.height()))
            area = below;
    }
    if (area.width() < w * 0.45 || area.height() < h * 0.45) {
        area = scene::Bounds{};
        area.add(margin, margin);
        area.add(w - margin, h - margin);
    }
    frame.area = area;
    area = fitNetworkInto(data, scene, options, metrics, area, frame);
    nudgeForLabels(scene, frame, metrics, area);
}

namespace {

// fitNetworkInto at one cap on the stretch (1: none; a fixed stretch when given).
scene::Bounds fitCapped(const model::Dataset& data, scene::Scene& scene, const ExportOptions& options,
                        const FontMetrics& metrics, const scene::Bounds& area, double cap,
                        ExportFrame& frame) {
    const auto stretchFor = [&](const scene::Bounds& a) {
        return options.stretch ? *options.stretch : scene::fitStretch(scene, a.width(), a.height(), cap);
    };
    setStretch(data, scene, stretchFor(area));
    frame.camera = fitInto(scene.bounds, area, frame.width, frame.height);
    placeExportLabels(scene, frame, metrics);
    // Labels hang outside the nodes: shrink the area by how far they stick out, and fit again (the
    // stretch too, to the inner area's aspect).
    const scene::Bounds drawn = drawnBounds(scene, frame.camera);
    if (drawn.empty || scene.bounds.empty) return area;
    const model::Point lo = frame.camera.toScreen({scene.bounds.minX, scene.bounds.minY});
    const model::Point hi = frame.camera.toScreen({scene.bounds.maxX, scene.bounds.maxY});
    scene::Bounds inner;
    inner.add(area.minX + std::clamp(lo.x - drawn.minX, 0.0, 0.1 * area.width()),
              area.minY + std::clamp(lo.y - drawn.minY, 0.0, 0.1 * area.height()));
    inner.add(area.maxX - std::clamp(drawn.maxX - hi.x, 0.0, 0.1 * area.width()),
              area.maxY - std::clamp(drawn.maxY - hi.y, 0.0, 0.1 * area.height()));
    if (inner.width() <= area.width() * 0.5 || inner.height() <= area.height() * 0.5) return area;
    setStretch(data, scene, stretchFor(inner));
    frame.camera = fitInto(scene.bounds, inner, frame.width, frame.height);
    return inner;
}

} // namespace

scene::Bounds fitNetworkInto(const model::Dataset& data, scene::Scene& scene, const ExportOptions& options,
                             const FontMetrics& metrics, scene::Bounds area, ExportFrame& frame) {
    if (options.stretch) return fitCapped(data, scene, options, metrics, area, 1.0, frame);
    // The stretch never makes the discs smaller than the unstretched fit would (labels sticking out
    // further to the sides can cost zoom): the largest cap that keeps the zoom, found by bisection.
    const double unstretched = [&] {
        fitCapped(data, scene, options, metrics, area, 1.0, frame);
        return frame.camera.zoom;
    }();
    const auto keeps = [&](double cap) {
        return fitCapped(data, scene, options, metrics, area, cap, frame),
               frame.camera.zoom >= unstretched * (1 - 1e-9);
    };
    if (keeps(scene::kMaxStretch))
        return fitCapped(data, scene, options, metrics, area, scene::kMaxStretch, frame);
    double lo = 1.0, hi = scene::kMaxStretch;
    for (int i = 0; i < 6; ++i) {
        const double mid = 0.5 * (lo + hi);
        (keeps(mid) ? lo : hi) = mid;
    }
    return fitCapped(data, scene, options, metrics, area, lo, frame);
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
