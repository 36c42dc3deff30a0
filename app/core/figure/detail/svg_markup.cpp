// SVG markup primitives. Core: no GL.
#include "core/figure/detail/svg_markup.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tieline::core::figure::detail {

void num(std::string& out, double v) {
    char buf[32];
    int n = std::snprintf(buf, sizeof buf, "%.2f", std::isfinite(v) ? v : 0.0);
    while (n > 0 && buf[n - 1] == '0')
        --n;
    if (n > 0 && buf[n - 1] == '.') --n;
    if (n == 2 && buf[0] == '-' && buf[1] == '0') n = 1, buf[0] = '0';
    out.append(buf, std::size_t(n));
}

void attr(std::string& out, const char* name, double v) {
    out += ' ';
    out += name;
    out += "=\"";
    num(out, v);
    out += '"';
}

void attr(std::string& out, const char* name, std::string_view text) {
    out += ' ';
    out += name;
    out += "=\"";
    appendXmlEscaped(out, text);
    out += '"';
}

std::string hex(const scene::Rgba& c) {
    const auto byte = [](float v) { return int(std::lround(std::clamp(v, 0.0f, 1.0f) * 255.0f)); };
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(c.r), byte(c.g), byte(c.b));
    return buf;
}

void point(std::string& out, model::Point p) {
    num(out, p.x);
    out += ',';
    num(out, p.y);
}

void text(std::string& out, const char* cls, std::string_view s, double x, double baseline, float pixels,
          const FontMetrics& metrics) {
    out += "<text class=\"";
    out += cls;
    out += '"';
    attr(out, "x", x);
    attr(out, "y", baseline);
    attr(out, "font-size", metrics.cssFontSize(pixels));
    out += '>';
    appendXmlEscaped(out, s);
    out += "</text>";
}

} // namespace tieline::core::figure::detail
