// The SVG writer's markup primitives: numbers, attributes, colours, points and text elements, in the
// one spelling every part of the document shares. Core: no GL.
#pragma once

#include "core/figure/svg_writer.hpp"

#include <string>
#include <string_view>

namespace tieline::core::figure::detail {

// Shortest fixed-point form with two decimals: "12.5", "3", "-0.25".
void num(std::string& out, double v);

void attr(std::string& out, const char* name, double v);

void attr(std::string& out, const char* name, std::string_view text);

std::string hex(const scene::Rgba& c);

void point(std::string& out, model::Point p);

void text(std::string& out, const char* cls, std::string_view s, double x, double baseline, float pixels,
          const FontMetrics& metrics);

} // namespace tieline::core::figure::detail
