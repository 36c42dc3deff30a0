// Messages about input files: where (file:line:column and JSON pointer), what was expected and
// what was found. Loaders return them as data; the CLI prints them and the GUI lists them. Core.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tieline::core::io {

enum class Severity { Error, Warning };

struct Diagnostic {
    Severity severity = Severity::Error;
    std::string file;
    int line = 0;        // 1-based; 0 when the message is about the whole file
    int column = 0;      // 1-based, counted in characters (UTF-8 code points)
    std::string pointer; // RFC 6901 JSON pointer ("/ties/12/to"); empty for the whole document
    std::string message;

    // "data/x.json:214:17: error: /ties/12/to: unknown actor "kim-jong-il""
    std::string format() const;
};

struct Diagnostics {
    std::vector<Diagnostic> items;
    std::size_t errors = 0;
    std::size_t warnings = 0;
    std::size_t dropped = 0; // messages past the cap, counted but not kept

    bool hasErrors() const { return errors > 0; }
    void add(Diagnostic d, std::size_t cap);
};

// Quotes text for a message: "text", shortened and with control characters escaped.
std::string inQuotes(std::string_view text);

} // namespace tieline::core::io
