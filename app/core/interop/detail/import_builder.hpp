// Raw nodes and edges -> Dataset: the semantics every importer shares. Ids become kebab-case keys,
// edge kinds tie types, weights strengths (0..1), inclusive intervals half-open spans; tieline's
// exact attributes win when they still agree with the other tool's form. Internal to interop/.
#pragma once

#include "core/interop/detail/raw_graph.hpp"
#include "core/interop/detail/text_values.hpp"
#include "core/interop/import_options.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace tieline::core::interop {

// Reports located messages, resolving locations only for the messages that are kept.
class Reporter {
  public:
    Reporter(const Locator& locator, io::Diagnostics& out, std::size_t cap)
        : m_locator(locator), m_out(out), m_cap(cap) {}
    void error(const Where& where, std::string message) {
        report(io::Severity::Error, where, std::move(message));
    }
    void warning(const Where& where, std::string message) {
        report(io::Severity::Warning, where, std::move(message));
    }
    bool failed() const { return m_out.hasErrors(); }

  private:
    const Locator& m_locator;
    io::Diagnostics& m_out;
    std::size_t m_cap;
    void report(io::Severity severity, const Where& where, std::string message) {
        io::Diagnostic d;
        d.severity = severity;
        d.message = std::move(message);
        if (m_out.items.size() < m_cap)
            m_locator.locate(where, d); // locating costs; dropped messages skip it
        m_out.add(std::move(d), m_cap);
    }
};

// Builds a Dataset from nodes and edges handed over one at a time, in file order (all nodes before
// the edges that name them). Each call consumes the record's contents.
class DatasetBuilder {
  public:
    DatasetBuilder(const RawGraph& graph, const ImportOptions& options, Reporter& report);
    ~DatasetBuilder();
    DatasetBuilder(const DatasetBuilder&) = delete;
    DatasetBuilder& operator=(const DatasetBuilder&) = delete;

    // Room for about this many nodes and edges (a guess from the file's size is fine): saves rehashing.
    void reserve(std::size_t nodes, std::size_t edges);
    void addNode(RawNode& node);
    std::optional<model::TieId> addEdge(RawEdge& edge); // nullopt when an error kept the edge out
    void addClaim(model::TieId tie, RawClaim& claim);   // a further claim for a tie already added
    // The time range, strengths scaled to 0..1, type labels; nullopt when an error was reported.
    std::optional<model::Dataset> finish();

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace tieline::core::interop
