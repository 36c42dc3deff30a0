// Formatting of input diagnostics. Core: no GL.
#include "core/io/diagnostic.hpp"

#include <cstdio>

namespace tieline::core::io {

std::string Diagnostic::format() const {
    std::string out = file.empty() ? std::string("<input>") : file;
    if (line > 0) out += ":" + std::to_string(line) + ":" + std::to_string(column);
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    // The whole document's pointer is "", which would vanish in a message: show it as "/" would be
    // wrong (that names the member ""), so say what it is.
    if (pointer.size() > 120) // a pointer into deep nesting: keep its head and its tail
        out += pointer.substr(0, 60) + "..." + pointer.substr(pointer.size() - 40) + ": ";
    else if (!pointer.empty())
        out += pointer + ": ";
    else if (line > 0)
        out += "(document root): ";
    out += message;
    return out;
}

void Diagnostics::add(Diagnostic d, std::size_t cap) {
    (d.severity == Severity::Error ? errors : warnings) += 1;
    if (items.size() < cap)
        items.push_back(std::move(d));
    else
        ++dropped;
}

namespace {

// The code point at text[i] when it is one that shows as nothing (zero-width spaces and joiners,
// direction marks and overrides, the soft hyphen, the word joiner, a BOM); 0 otherwise.
unsigned invisibleAt(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) {
        return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
    };
    unsigned cp = 0;
    if (byte(i) == 0xC2 && byte(i + 1) == 0xAD) return 0xAD;
    if (byte(i) == 0xE2 || byte(i) == 0xEF)
        cp = ((byte(i) & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu);
    if ((byte(i + 1) & 0xC0) != 0x80 || (byte(i + 2) & 0xC0) != 0x80) return 0;
    const bool invisible = (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
                           (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
    return invisible ? cp : 0;
}

} // namespace

std::string inQuotes(std::string_view text) {
    constexpr std::size_t kMax = 60;
    std::string out = "\"";
    std::size_t shown = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (shown >= kMax && (c & 0xC0) != 0x80) {
            out += "...";
            break;
        }
        if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02X", c);
            out += buf;
        } else if (const unsigned cp = invisibleAt(text, i)) { // "kim\u200B" must not look like "kim"
            char buf[12];
            std::snprintf(buf, sizeof buf, "\\u%04X", cp);
            out += buf;
            i += cp < 0x800 ? 1 : 2;
        } else if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else {
            out += static_cast<char>(c);
        }
        if ((c & 0xC0) != 0x80) ++shown;
    }
    return out + "\"";
}

} // namespace tieline::core::io
