// RawGraph -> Dataset: the semantics every importer shares. Ids become kebab-case keys, edge kinds
// tie types, weights strengths (0..1), inclusive intervals half-open spans; tieline's exact JSON
// attributes win when they still agree with the other tool's notation. Internal to interop/.
#pragma once

#include "core/interop/import_options.hpp"
#include "core/interop/raw_graph.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace tieline::core::interop {

// Reports located messages, resolving locations only for the messages that are kept.
class Reporter {
public:
    Reporter(const Locator& locator, Diagnostics& out, std::size_t cap) : m_locator(locator), m_out(out), m_cap(cap) {}
    void error(const Where& where, std::string message) { report(Severity::Error, where, std::move(message)); }
    void warning(const Where& where, std::string message) { report(Severity::Warning, where, std::move(message)); }
    bool failed() const { return m_out.hasErrors(); }

private:
    const Locator& m_locator;
    Diagnostics& m_out;
    std::size_t m_cap;
    void report(Severity severity, const Where& where, std::string message);
};

// Builds the dataset, or returns nullopt when an error was reported.
std::optional<Dataset> buildDataset(RawGraph& raw, const ImportOptions& options, Reporter& report);

// "Kim Il-sung" -> "kim-il-sung": lowercase ASCII letters and digits joined by single '-'.
std::string kebabKey(std::string_view text);

// The title a file gives a dataset by default: its name without directories and extensions.
std::string titleFromPath(const std::string& path);

} // namespace tieline::core::interop
