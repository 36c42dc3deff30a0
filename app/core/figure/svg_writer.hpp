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

namespace tieline::core::figure {

// The fonts named in SVG text: the label font first, then fallbacks.
constexpr const char* kSvgFontFamily = "Noto Sans CJK KR, Noto Sans CJK SC, Noto Sans, sans-serif";

// The whole document (UTF-8). `frame` comes from layoutExportFrame on the same scene.
std::string svgDocument(const model::Dataset& data, const scene::Scene& scene, const ExportFrame& frame,
                        const FontMetrics& metrics);

// Escapes text for XML content and attribute values (&, <, >, ", '); drops characters XML 1.0
// cannot carry (control characters other than tab and newline).
void appendXmlEscaped(std::string& out, std::string_view text);
std::string xmlEscaped(std::string_view text);

} // namespace tieline::core::figure
