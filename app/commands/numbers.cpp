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

} // namespace tieline::commands
