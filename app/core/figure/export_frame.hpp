// One exported picture laid out in output pixels: the camera onto the network, which labels show,
// and the overlay (caption and legend) as panels, text and swatches. The PNG renderer and the SVG
// writer both draw an ExportFrame, so the two files show the same picture. Core: no GL.
//
// Usage:
//   1. buildScene(in, style, scene);                    // the network at t
//   2. layoutExportFrame(data, scene, options, metrics, frame); // camera, label culling, overlay
//   3. writeSvg(scene, frame) or the GL exporter's render(scene, frame)
#pragma once

#include "core/figure/export_options.hpp"
#include "core/figure/legend.hpp"
#include "core/scene/labels.hpp"
#include "core/scene/scene.hpp"

#include <string>
#include <vector>

namespace tieline::core::figure {

// The label font's metrics, as both exporters need them. Sizes are "pixel heights" as the
// renderer's glyph atlas uses them (ascent to descent), not CSS font sizes.
class FontMetrics : public scene::TextMeasure {
  public:
    virtual float ascent(float pixels) const = 0;      // baseline below the top of a line
    virtual float cssFontSize(float pixels) const = 0; // the em size that gives this pixel height
};

// Fixed advances and Noto CJK's vertical proportions: for tests and as a fallback.
class FixedFontMetrics : public FontMetrics {
  public:
    float width(std::string_view utf8, float pixels) const override { return m_fixed.width(utf8, pixels); }
    float lineHeight(float pixels) const override { return pixels; }
    float ascent(float pixels) const override { return pixels * 0.8011f; }
    float cssFontSize(float pixels) const override { return pixels * 0.6906f; }

  private:
    scene::FixedAdvanceMeasure m_fixed;
};

// The themed canvas behind the network (the GL backdrop's colours): a vertical gradient, darkened
// toward the corners by `vignette`.
struct ExportBackdrop {
    scene::Rgba top, bottom;
    float vignette = 0;
};
ExportBackdrop exportBackdrop(bool dark);

struct OverlayText {
    std::string text;
    double x = 0, baseline = 0; // output pixels: the start of the text (its end when alignEnd)
    float pixels = 13;          // pixel height (as labels)
    scene::Rgba color;
    bool alignEnd = false;
    bool halo = true; // a rim in the background colour, as labels have
};

struct OverlayPanel {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0, radius = 0; // output pixels
    scene::Rgba fill, border;
    double borderWidth = 1;
};

// A panel in the scene's colours (its background at `fillAlpha`, a faint border of its text
// colour), rounded in proportion to the output scale `u`; the caller places it.
OverlayPanel styledPanel(const scene::SceneStyle& style, double u, float fillAlpha);

// Caption and legend. Swatches are scene items in output pixels (drawn with a camera of zoom 1
// at the picture's centre), so they look exactly like the ties and nodes they stand for.
struct Overlay {
    std::vector<OverlayPanel> panels;
    std::vector<scene::SceneEdge> lines;
    std::vector<scene::SceneNode> discs;
    std::vector<OverlayText> texts;

    void clear();
};

struct ExportFrame {
    int width = 0, height = 0;
    double pixelScale = 1; // output pixels per screen pixel (exportPixelScale)
    scene::Camera camera;  // layout units to output pixels
    bool transparent = false;
    ExportBackdrop backdrop;
    Overlay overlay;
    LegendLayout legend; // which of the overlay's items are the legend (SVG: <g class="legend">)
    scene::Bounds area;  // where the network was fitted (beside caption and legend); empty: a view
    std::string date;    // the caption's date line at the scene's precision ("20 September 1956",
                         //   "September 1956", "1956", "1 August 1956 \u2013 31 October 1956")
};

// The camera onto the whole picture for a swatch layer: zoom 1, centred, so layout units are
// output pixels.
scene::Camera overlayCamera(const ExportFrame& frame);

// Lays the frame out: the camera (options.view scaled to the picture, or the network fitted beside
// caption and legend), the labels culled at the export's text size (scene labels get their boxes
// in output pixels) and the overlay. Reuses `frame`'s vectors.
void layoutExportFrame(const model::Dataset& data, scene::Scene& scene, const ExportOptions& options,
                       const FontMetrics& metrics, ExportFrame& frame);

// Fits the network into `area` (output pixels): stretches the positions toward the area's aspect
// (options.stretch when set, else fitStretch), fits the camera, and fits again inside the area
// less how far the labels stick out of the discs. Returns the area finally fitted into.
scene::Bounds fitNetworkInto(const model::Dataset& data, scene::Scene& scene, const ExportOptions& options,
                             const FontMetrics& metrics, scene::Bounds area, ExportFrame& frame);

// Places the scene's labels in the frame (scene/labels.hpp) at the export's text size, with every
// overlay panel and text as an obstacle. Returns how many guaranteed labels found no place.
int placeExportLabels(scene::Scene& scene, const ExportFrame& frame, const FontMetrics& metrics);

// The screen rectangles of the overlay's panels and texts (label obstacles).
std::vector<scene::Rect> overlayRects(const ExportFrame& frame, const FontMetrics& metrics);
// Leaves out (alpha 0) every actor without a tie whose disc the frame would cut or an overlay
// would cover.
void hideClippedIsolates(scene::Scene& scene, const ExportFrame& frame, const FontMetrics& metrics);

// After a fit into `area` (output pixels): hides clipped isolates, places the labels, and if a guaranteed one
// finds no place, fits the network into a slightly smaller area (a still only: panels and sweeps keep one
// frame) until all are placed.
void nudgeForLabels(scene::Scene& scene, ExportFrame& frame, const FontMetrics& metrics,
                    const scene::Bounds& area);

// "20 September 1956".
std::string captionDate(calendar::Time t);

// Text measures scaled by a factor: label culling at the export's text size.
class ScaledMeasure : public scene::TextMeasure {
  public:
    ScaledMeasure(const scene::TextMeasure& inner, float scale) : m_inner(inner), m_scale(scale) {}
    float width(std::string_view utf8, float pixels) const override {
        return m_inner.width(utf8, pixels * m_scale);
    }
    float lineHeight(float pixels) const override { return m_inner.lineHeight(pixels * m_scale); }

  private:
    const scene::TextMeasure& m_inner;
    float m_scale;
};

} // namespace tieline::core::figure
