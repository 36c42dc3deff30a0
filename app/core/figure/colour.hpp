// Colour science for the palette: sRGB to CIELAB (D65), CIE76 colour differences, colour vision
// deficiency simulation and WCAG contrast; and the palette check of issue 13 ("one colour, one
// meaning"): tie types apart from groups and from each other, also for dichromats. Core: no GL.
//
// Usage:
//   const PaletteReport r = checkPalette(dataset);   // every pair's ΔE, the worst ones
//   r.worstTieTie <= ...; paletteTable(dataset)       // the README's table, as Markdown
#pragma once

#include "core/model/dataset.hpp"

#include <array>
#include <string>
#include <vector>

namespace tieline::core::figure {

struct Lab {
    double l = 0, a = 0, b = 0;
};

enum class Vision { Normal, Deuteranopia, Protanopia };
constexpr int kVisionCount = 3;
const char* label(Vision v); // "normal", "deuteranopia", "protanopia"

// sRGB component in [0, 1] to linear light (IEC 61966-2-1).
double linearised(double srgb);
// What a viewer with that vision sees of `rgb`, in CIELAB (D65 white). Dichromacies are simulated
// with Machado, Oliveira & Fernandes (2009) at severity 1.0 on linearised sRGB, clamped to [0, 1].
Lab toLab(model::Rgb rgb, Vision vision = Vision::Normal);
double deltaE76(const Lab& x, const Lab& y);
double deltaE76(model::Rgb x, model::Rgb y, Vision vision = Vision::Normal);
// WCAG 2.1 relative luminance and contrast ratio (1 to 21).
double relativeLuminance(double r, double g, double b); // sRGB components in [0, 1]
double relativeLuminance(model::Rgb rgb);
double contrastRatio(double luminanceA, double luminanceB);

// The thresholds issue 13 sets for a dataset's palette.
constexpr double kMinTieGroupDeltaE = 10; // any tie type vs any group, normal vision
constexpr double kMinTieTieDeltaE = 15;   // any two tie types, under every Vision
constexpr double kMinTieContrast = 3;     // a tie against both canvases (WCAG 1.4.11, non-text)

// The canvases a tie must read on: the lightest dark backdrop and the darkest light one
// (exportBackdrop's gradient ends; the window's backdrop has the same colours).
double darkCanvasLuminance();
double lightCanvasLuminance();

struct PaletteEntry {
    std::string id, label;
    model::Rgb color = 0;
    double contrastDark = 0, contrastLight = 0;
    // The nearest other tie type under each vision (its index in tieTypes, or -1) and its ΔE.
    std::array<int, kVisionCount> nearestTie{-1, -1, -1};
    std::array<double, kVisionCount> nearestTieDeltaE{0, 0, 0};
    int nearestGroup = -1; // index in groups, normal vision
    double nearestGroupDeltaE = 0;
};

struct PaletteReport {
    std::vector<PaletteEntry> tieTypes;
    double worstTieGroup = 1e9;                                  // smallest tie/group ΔE (normal vision)
    std::array<double, kVisionCount> worstTieTie{1e9, 1e9, 1e9}; // smallest tie/tie ΔE per vision
    double worstContrast = 1e9; // smallest contrast of a tie against a canvas
    bool meetsThresholds() const;
};

PaletteReport checkPalette(const model::Dataset& data);

// The README's palette table (Markdown): a row per tie type with its colour, its contrast on both
// canvases, its nearest tie type under each vision and its nearest group, each with the ΔE.
std::string paletteTable(const model::Dataset& data);

} // namespace tieline::core::figure
