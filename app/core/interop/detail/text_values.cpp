// Numbers, colours, one-cell lists, trimming, keys and titles. Core: no GL.
#include "core/interop/detail/text_values.hpp"
#include "core/io/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace tieline::core::interop {

std::string_view trim(std::string_view text) {
    while (!text.empty() &&
           (text.front() == ' ' || text.front() == '\t' || text.front() == '\r' || text.front() == '\n'))
        text.remove_prefix(1);
    while (!text.empty() &&
           (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

std::optional<double> parseNumber(std::string_view text, bool decimalComma) {
    text = trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    if (text.empty()) return std::nullopt;
    std::string buffer;
    if (decimalComma && text.find(',') != std::string_view::npos &&
        text.find('.') == std::string_view::npos) {
        buffer.assign(text);
        for (char& c : buffer)
            if (c == ',') c = '.';
        text = buffer;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::vector<model::StrengthKey> weightsOf(const std::vector<model::StrengthKey>& keys, double scale) {
    std::vector<model::StrengthKey> out = keys;
    if (scale == 1.0) return out;
    for (model::StrengthKey& k : out) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.12g", k.value * scale);
        k.value = std::strtod(buf, nullptr);
    }
    return out;
}

std::string formatNumber(double value) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    return ec == std::errc() ? std::string(buf, end) : std::string("0");
}

std::optional<model::Rgb> parseHexColor(std::string_view text) {
    text = trim(text);
    if (!text.empty() && text.front() == '#') text.remove_prefix(1);
    std::string expanded;
    if (text.size() == 3) { // CSS shorthand: #fa0 is #ffaa00
        for (char c : text)
            expanded += std::string(2, c);
        text = expanded;
    }
    if (text.size() != 6) return std::nullopt;
    model::Rgb value = 0;
    for (char c : text) {
        const int v = c >= '0' && c <= '9'   ? c - '0'
                      : c >= 'a' && c <= 'f' ? c - 'a' + 10
                      : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                             : -1;
        if (v < 0) return std::nullopt;
        value = value * 16 + static_cast<model::Rgb>(v);
    }
    return value;
}

std::vector<std::string> splitList(std::string_view text) {
    std::vector<std::string> out;
    for (std::size_t from = 0; from <= text.size();) {
        const std::size_t bar = std::min(text.find('|', from), text.size());
        if (const auto item = trim(text.substr(from, bar - from)); !item.empty()) out.emplace_back(item);
        from = bar + 1;
    }
    return out;
}

std::string kebabKey(std::string_view text) {
    std::string out;
    for (char c : text) {
        const char lower = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            out += lower;
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-')
        out.pop_back();
    return out;
}

std::string titleFromPath(const std::string& path) {
    std::string name = path.substr(path.find_last_of('/') + 1);
    for (const std::string_view ext : {".gexf", ".csv", ".xml", ".nodes", ".edges"})
        if (name.size() > ext.size() && std::string_view(name).substr(name.size() - ext.size()) == ext)
            name.resize(name.size() - ext.size());
    // A file name need not be UTF-8 (a Latin-1 file system): the title must be.
    return name.empty() ? std::string("Imported network") : io::repairUtf8(name);
}

} // namespace tieline::core::interop
