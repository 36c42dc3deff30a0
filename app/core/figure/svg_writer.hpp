// SVG export: the scene and its overlay as vectors, drawn as the GL renderer draws them: ties as
// quadratic paths (dash patterns, arrowhead markers), nodes as circles with outlines, labels and
// caption as real text with a font-family and fallbacks, the legend, and the themed backdrop as
// gradients. Coordinates are output pixels; the viewBox is the export frame, which the camera fits
// to the content. Core: no GL.
//
// Every tie is <path class="tie" data-tie="ID">, every node <circle class="node" data-actor="ID">
// (legend swatches have class "swatch"), so tools and tests can count and find them.
#pragma once

#include "core/figure/export_frame.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::figure {

// The fonts named in SVG text: the label font first, then fallbacks.
constexpr const char* kSvgFontFamily = "Noto Sans CJK KR, Noto Sans CJK SC, Noto Sans, sans-serif";

// The whole document (UTF-8). `frame` comes from layoutExportFrame on the same scene.
std::string svgDocument(const model::Dataset& data, const scene::Scene& scene, const ExportFrame& frame,
                        const FontMetrics& metrics);

// Small multiples: one document of width x height holding each panel's own document (from
// svgDocument) as <g class="panel" data-date="KEY"> around a nested <svg> at (x, y). Each panel's
// ids (gradients, markers, groups) get the prefix "pN-" so the panels do not share them.
struct SvgPanel {
    double x = 0, y = 0;
    std::string date;     // the data-date attribute ("1956-09-20", "1956-09")
    std::string document; // svgDocument's output for the panel
};
// `overlay`, when given, is an svgDocument of the whole picture's size drawn over the panels (the
// one legend of small multiples).
std::string svgPanelsDocument(const std::string& title, int width, int height,
                              const std::vector<SvgPanel>& panels, const std::string& overlay = {});

// Escapes text for XML content and attribute values (&, <, >, ", '); drops characters XML 1.0
// cannot carry (control characters other than tab and newline).
void appendXmlEscaped(std::string& out, std::string_view text);
std::string xmlEscaped(std::string_view text);

} // namespace tieline::core::figure
