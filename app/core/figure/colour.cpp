// sRGB, CIELAB, CIE76, Machado et al. (2009) dichromacy simulation, WCAG contrast, and the
// palette check. Core: no GL.
#include "core/figure/colour.hpp"

#include "core/figure/export_frame.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tieline::core::figure {

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;

// Machado, G. M., Oliveira, M. M. & Fernandes, L. A. F. (2009). A Physiologically-based Model for
// Simulation of Color Vision Deficiency. IEEE TVCG 15(6), 1291-1298, doi:10.1109/TVCG.2009.113.
// The matrices at severity 1.0 from the paper's supplementary page
// (http://www.inf.ufrgs.br/~oliveira/pubs_files/CVD_Simulation/CVD_Simulation.html), as
// tabulated in colorspacious (colorspacious/cvd.py, MACHADO_ET_AL_MATRICES[...][100]); they act
// on linear RGB.
constexpr Matrix kIdentity{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
constexpr Matrix kDeuteranopia{
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kProtanopia{
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};

const Matrix& simulation(Vision v) {
    switch (v) {
    case Vision::Deuteranopia:
        return kDeuteranopia;
    case Vision::Protanopia:
        return kProtanopia;
    case Vision::Normal:
        break;
    }
    return kIdentity;
}

std::array<double, 3> linearRgb(model::Rgb rgb) {
    return {linearised(double((rgb >> 16) & 0xFF) / 255.0), linearised(double((rgb >> 8) & 0xFF) / 255.0),
            linearised(double(rgb & 0xFF) / 255.0)};
}

double labF(double t) {
    constexpr double d = 6.0 / 29.0;
    return t > d * d * d ? std::cbrt(t) : t / (3 * d * d) + 4.0 / 29.0;
}

double luminanceOf(const scene::Rgba& c) {
    return relativeLuminance(c.r, c.g, c.b);
}

std::string hex(model::Rgb rgb) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%06X", unsigned(rgb & 0xFFFFFF));
    return buffer;
}

std::string fixed(double value, int decimals) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

} // namespace

const char* label(Vision v) {
    switch (v) {
    case Vision::Deuteranopia:
        return "deuteranopia";
    case Vision::Protanopia:
        return "protanopia";
    case Vision::Normal:
        break;
    }
    return "normal";
}

double linearised(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Lab toLab(model::Rgb rgb, Vision vision) {
    const std::array<double, 3> in = linearRgb(rgb);
    const Matrix& m = simulation(vision);
    std::array<double, 3> l{};
    for (int i = 0; i < 3; ++i)
        l[std::size_t(i)] = std::clamp(m[std::size_t(i)][0] * in[0] + m[std::size_t(i)][1] * in[1] +
                                           m[std::size_t(i)][2] * in[2],
                                       0.0, 1.0);
    // sRGB primaries to XYZ (IEC 61966-2-1), then CIELAB against the D65 white.
    const double x = 0.4124564 * l[0] + 0.3575761 * l[1] + 0.1804375 * l[2];
    const double y = 0.2126729 * l[0] + 0.7151522 * l[1] + 0.0721750 * l[2];
    const double z = 0.0193339 * l[0] + 0.1191920 * l[1] + 0.9503041 * l[2];
    const double fx = labF(x / 0.95047), fy = labF(y / 1.0), fz = labF(z / 1.08883);
    return {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
}

double deltaE76(const Lab& p, const Lab& q) {
    return std::sqrt((p.l - q.l) * (p.l - q.l) + (p.a - q.a) * (p.a - q.a) + (p.b - q.b) * (p.b - q.b));
}

double deltaE76(model::Rgb x, model::Rgb y, Vision vision) {
    return deltaE76(toLab(x, vision), toLab(y, vision));
}

double relativeLuminance(double r, double g, double b) {
    return 0.2126 * linearised(r) + 0.7152 * linearised(g) + 0.0722 * linearised(b);
}

double relativeLuminance(model::Rgb rgb) {
    const std::array<double, 3> l = linearRgb(rgb);
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

double contrastRatio(double a, double b) {
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

double darkCanvasLuminance() {
    return luminanceOf(exportBackdrop(true).top);
}

double lightCanvasLuminance() {
    return luminanceOf(exportBackdrop(false).bottom);
}

bool PaletteReport::meetsThresholds() const {
    if (worstTieGroup < kMinTieGroupDeltaE || worstContrast < kMinTieContrast) return false;
    for (double d : worstTieTie)
        if (d < kMinTieTieDeltaE) return false;
    return true;
}

PaletteReport checkPalette(const model::Dataset& data) {
    PaletteReport r;
    const double dark = darkCanvasLuminance(), light = lightCanvasLuminance();
    for (std::size_t i = 0; i < data.tieTypes.size(); ++i) {
        const model::TieType& t = data.tieTypes[i];
        PaletteEntry e;
        e.id = t.key;
        e.label = t.label.empty() ? t.key : t.label;
        e.color = t.color;
        const double y = relativeLuminance(t.color);
        e.contrastDark = contrastRatio(y, dark);
        e.contrastLight = contrastRatio(y, light);
        r.worstContrast = std::min({r.worstContrast, e.contrastDark, e.contrastLight});
        for (int v = 0; v < kVisionCount; ++v) {
            for (std::size_t j = 0; j < data.tieTypes.size(); ++j) {
                if (j == i) continue;
                const double d = deltaE76(t.color, data.tieTypes[j].color, Vision(v));
                if (e.nearestTie[std::size_t(v)] < 0 || d < e.nearestTieDeltaE[std::size_t(v)]) {
                    e.nearestTie[std::size_t(v)] = int(j);
                    e.nearestTieDeltaE[std::size_t(v)] = d;
                }
                r.worstTieTie[std::size_t(v)] = std::min(r.worstTieTie[std::size_t(v)], d);
            }
        }
        for (std::size_t g = 0; g < data.groups.size(); ++g) {
            const double d = deltaE76(t.color, data.groups[g].color);
            if (e.nearestGroup < 0 || d < e.nearestGroupDeltaE) {
                e.nearestGroup = int(g);
                e.nearestGroupDeltaE = d;
            }
            r.worstTieGroup = std::min(r.worstTieGroup, d);
        }
        r.tieTypes.push_back(std::move(e));
    }
    return r;
}

std::string paletteTable(const model::Dataset& data) {
    const PaletteReport r = checkPalette(data);
    const auto nearest = [&](int index, double deltaE, bool group) {
        if (index < 0) return std::string("\xE2\x80\x94");
        const std::string& name =
            group ? data.groups[std::size_t(index)].key : data.tieTypes[std::size_t(index)].key;
        return name + " " + fixed(deltaE, 1);
    };
    std::string out = "| Tie type | Colour | Contrast dark / light | Nearest tie type, normal | "
                      "deuteranopia | protanopia | Nearest group |\n"
                      "|---|---|---:|---|---|---|---|\n";
    for (const PaletteEntry& e : r.tieTypes) {
        out += "| " + e.label + " | `" + hex(e.color) + "` | " + fixed(e.contrastDark, 2) + " / " +
               fixed(e.contrastLight, 2);
        for (int v = 0; v < kVisionCount; ++v)
            out += " | " + nearest(e.nearestTie[std::size_t(v)], e.nearestTieDeltaE[std::size_t(v)], false);
        out += " | " + nearest(e.nearestGroup, e.nearestGroupDeltaE, true) + " |\n";
    }
    out += "\nWorst ΔE between tie types: " + fixed(r.worstTieTie[0], 1) + " (normal), " +
           fixed(r.worstTieTie[1], 1) + " (deuteranopia), " + fixed(r.worstTieTie[2], 1) +
           " (protanopia); between a tie type and a group: " + fixed(r.worstTieGroup, 1) +
           "; lowest contrast of a tie on a canvas: " + fixed(r.worstContrast, 2) + ".\n";
    return out;
}

} // namespace tieline::core::figure
