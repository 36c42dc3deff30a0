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
