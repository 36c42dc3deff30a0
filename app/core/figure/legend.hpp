// The legend: what the colours, lines and arrows on the canvas mean, in a compact semi-opaque panel
// in a corner. One layout for every picture: the window and presentation mode (drawn by the GL
// overlay renderer), PNG and SVG exports, slides and small multiples (once per picture). Its box is
// public so that other overlays and label placement can treat it as an obstacle. Core: no GL.
//
// Usage:
//   LegendPlacement where;  where.area = canvas rectangle (output pixels); where.scale = ...;
//   const scene::Bounds box = legendBox(data, scene, metrics, where);   // the obstacle only
//   layoutLegend(data, scene, metrics, where, overlay, legend);         // panel, swatches, text
#pragma once

#include "core/model/dataset.hpp"
#include "core/scene/camera.hpp"

#include <string>
#include <vector>

namespace tieline::core::scene {
struct Scene;
}

namespace tieline::core::figure {

class FontMetrics;
struct Overlay;

enum class LegendKind {
    Heading,     // "Ties", "Groups", "Sources of the ties"
    TieType,     // key: the tie type's id; a line in its colour, with its arrow
    Approximate, // "date approximate": dotted and fading, as approximate margins are drawn
    Contested,   // "contested or weakly sourced": dashed
    Partial,     // "true for part of the period": paler
    Group,       // key: the group's id ("" for actors without a group); a disc in its colour
    SourceKind,  // text only: ties shown per kind of source
};
const char* keyword(LegendKind kind); // "heading", "tie-type", "approximate", ... (SVG data-kind)

// One row of the legend and what draws it: indices into the Overlay it was laid out in (-1: none).
struct LegendItem {
    LegendKind kind = LegendKind::Heading;
    std::string key;
    int text = -1, line = -1, disc = -1;
};

// A laid-out legend inside an Overlay: its panel and rows. `box` is empty when there is nothing to list.
struct LegendLayout {
    scene::Bounds box; // output pixels
    int panel = -1;
    std::vector<LegendItem> items;

    void clear();
};

enum class LegendCorner { TopRight, TopLeft, BottomRight, BottomLeft };

struct LegendPlacement {
    scene::Bounds area; // where the legend may go (output pixels)
    double scale = 1;   // output pixels per reference pixel (text, rows, swatches)
    LegendCorner corner = LegendCorner::TopRight;
    double inset = 0;          // reference pixels between the area's edge and the panel
    double maxHeightShare = 1; // rows wrap into columns beyond this share of area height
    bool sources = true;       // the "Sources of the ties" rows
    float fillAlpha = 0.82f;   // the panel's opacity
    bool compact = false;      // 15 px rows, smaller swatches and tighter padding (the window)
    // Past maxHeightShare, a column per section (ties, groups, sources) rather than wrapping rows
    // mid-section, as long as the tallest section fits.
    bool sectionColumns = false;
    bool collapsed = false; // only a "Legend" chip (the window's collapse toggle)
};

// Lays the legend of what `scene` shows out into `overlay` (appending) and describes it in `legend`.
void layoutLegend(const model::Dataset& data, const scene::Scene& scene, const FontMetrics& metrics,
                  const LegendPlacement& where, Overlay& overlay, LegendLayout& legend);

// The legend's rectangle alone (empty when the scene shows nothing to list).
scene::Bounds legendBox(const model::Dataset& data, const scene::Scene& scene, const FontMetrics& metrics,
                        const LegendPlacement& where);

// The legend the window draws over its canvas: top right of `canvas` (framebuffer pixels), compact,
// a column per section once it would be taller than 45 % of the canvas; `collapsed`: the chip only.
LegendPlacement canvasLegendPlacement(const scene::Bounds& canvas, double framebufferScale,
                                      bool collapsed = false);

// The collapsed legend's one line.
inline constexpr const char* kLegendChip = "Legend";

} // namespace tieline::core::figure
