// Strict number parsing for command lines and scripts: the whole text must be the number ("3x",
// " 3" and "" are refused, unlike atoi or strtol). No GL.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace tieline::commands {

// A whole number in [min, max], written in decimal digits with an optional leading '-'.
std::optional<long long> parseWhole(std::string_view text, long long min, long long max);

// A finite decimal number in [min, max] ("0.5", "2", "1e-3"; not "0x1p3", "inf" or "nan").
std::optional<double> parseReal(std::string_view text, double min, double max);

// A size in bytes as --max-input takes it: digits, then optionally K, M or G (1024-based; "KiB",
// "MB" and the like too): "300000", "512K", "256M", "1G". Not 0, not above 2^62.
std::optional<std::size_t> parseByteSize(std::string_view text);

} // namespace tieline::commands
