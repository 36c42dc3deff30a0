// One CSV table read row by row, with typed and located access to the cells tieline knows: what the
// nodes and edges readers (csv_reader.cpp) are written against. Internal to interop/. Core: no GL.
#pragma once

#include "core/interop/csv_table.hpp"
#include "core/interop/detail/csv_columns.hpp"
#include "core/interop/detail/import_builder.hpp"
#include "core/interop/detail/notation.hpp"

namespace tieline::core::interop {

class TableReader {
  public:
    TableReader(CsvSource& source, bool edges, Reporter& report, std::size_t maxField);

    // The header row: which known column is where. False (reported) when a required one is missing.
    bool readHeader();
    // The next row; false at the end or on a syntax error (reported with its row and column).
    bool next();
    bool failed() const { return m_csv.failed(); }

    WhereKind kind() const { return m_edges ? WhereKind::EdgeCell : WhereKind::NodeCell; }
    std::size_t rowOffset() const { return m_csv.recordOffset(); }
    Where row() const {
        return Where{
            m_csv.recordOffset(), static_cast<std::uint32_t>(m_csv.record()), 0, nullptr, nullptr, kind()};
    }
    Where at(Col c) const { return row().at(columnKey(c)); }
    bool has(Col c) const { return m_source.header.has(c); }

    // The trimmed cell of the current row ("" when the table has no such column).
    std::string_view cell(Col c) const {
        const std::size_t i = m_source.header.position[static_cast<std::size_t>(c)];
        return i < m_fields.size() ? trim(m_fields[i].text) : std::string_view();
    }
    std::string text(Col c) const { return std::string(cell(c)); }
    // The cell of column `c` in the earlier row at `offset`.
    std::string earlier(std::size_t offset, Col c);

    std::optional<double> number(Col c);
    std::optional<model::Rgb> color();
    // Start/End, an Interval list or Timestamps: the periods of a node or edge.
    void times(std::vector<RawSpan>& spans, bool& points);

    void error(Col c, std::string message) { m_report.error(at(c), std::move(message)); }
    // The header as written for a known column ("" when absent).
    std::string_view headerName(Col c) const {
        const std::size_t i = m_source.header.position[static_cast<std::size_t>(c)];
        return i < m_source.header.names.size() ? std::string_view(m_source.header.names[i])
                                                : std::string_view();
    }

  private:
    std::vector<CsvField> m_fields;
    std::vector<CsvField> m_earlier;
    CsvSource& m_source;
    bool m_edges;
    Reporter& m_report;
    CsvReader m_csv;
    bool m_decimalCommaReported = false;
};

} // namespace tieline::core::interop
