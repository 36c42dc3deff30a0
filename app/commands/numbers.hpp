// Strict number parsing for command lines and scripts: the whole text must be the number ("3x",
// " 3" and "" are refused, unlike atoi or strtol). No GL.
#pragma once

#include <optional>
#include <string_view>

namespace tieline::commands {

// A whole number in [min, max], written in decimal digits with an optional leading '-'.
std::optional<long long> parseWhole(std::string_view text, long long min, long long max);

// A finite decimal number in [min, max] ("0.5", "2", "1e-3"; not "0x1p3", "inf" or "nan").
std::optional<double> parseReal(std::string_view text, double min, double max);

} // namespace tieline::commands
