// Strict numbers through std::from_chars, which neither skips spaces nor stops quietly at junk.
#include "commands/numbers.hpp"

#include <charconv>
#include <cmath>

namespace tieline::commands {

std::optional<long long> parseWhole(std::string_view text, long long min, long long max) {
    long long value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (text.empty() || error != std::errc() || stop != end || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> parseReal(std::string_view text, double min, double max) {
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (text.empty() || error != std::errc() || stop != end || !std::isfinite(value) || value < min ||
        value > max)
        return std::nullopt;
    return value;
}

std::optional<std::size_t> parseByteSize(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 18) return std::nullopt;
    std::size_t value = 0;
    for (std::size_t i = 0; i < digits; ++i)
        value = value * 10 + static_cast<std::size_t>(text[i] - '0');
    std::string_view unit = text.substr(digits);
    if (unit.size() >= 2 && (unit.back() == 'B' || unit.back() == 'b')) unit.remove_suffix(1); // "MB", "MiB"
    if (unit.size() == 2 && unit[1] == 'i') unit.remove_suffix(1);                             // "Mi"
    int shift = -1;
    if (unit.empty()) shift = 0;
    if (unit == "K" || unit == "k") shift = 10;
    if (unit == "M" || unit == "m") shift = 20;
    if (unit == "G" || unit == "g") shift = 30;
    if (shift < 0 || value == 0 || value > (std::size_t(1) << (62 - shift))) return std::nullopt;
    return value << shift;
}

} // namespace tieline::commands
