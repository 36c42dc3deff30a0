// Reading one CSV table's header and rows, and its cells as times, numbers and colours. Core: no GL.
#include "core/interop/detail/csv_rows.hpp"

namespace tieline::core::interop {

TableReader::TableReader(CsvSource& source, bool edges, Reporter& report, std::size_t maxField)
    : m_source(source), m_edges(edges), m_report(report), m_csv(source.text, maxField) {
    m_source.delimiter = m_csv.delimiter();
}

bool TableReader::readHeader() {
    if (!next()) {
        if (!m_csv.failed())
            m_report.error(Where{0, 1, 0, nullptr, nullptr, kind()},
                           "the table is empty: expected a header row");
        return false;
    }
    CsvHeader& h = m_source.header;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        h.names.push_back(m_fields[i].text);
        const Col col = columnOf(m_fields[i].text, m_edges);
        if (col == Col::Count || h.has(col))
            h.unused.push_back(m_fields[i].text);
        else
            h.position[static_cast<std::size_t>(col)] = i;
    }
    const char* missing = m_edges ? (!h.has(Col::Source)   ? "Source"
                                     : !h.has(Col::Target) ? "Target"
                                                           : nullptr)
                                  : (!h.has(Col::Id) ? "Id" : nullptr);
    if (missing) m_report.error(row(), std::string("expected a column named ") + missing + " in the header");
    return !missing;
}

bool TableReader::next() {
    if (m_csv.next(m_fields)) {
        // More cells than the header names: usually an unquoted delimiter that shifted the row.
        const std::size_t named = m_source.header.names.size();
        if (named > 0 && m_fields.size() > named) {
            std::size_t extra = named;
            while (extra < m_fields.size() && trim(m_fields[extra].text).empty())
                ++extra;
            if (extra < m_fields.size())
                m_report.error(Where{m_fields[extra].offset, static_cast<std::uint32_t>(m_csv.record()),
                                     static_cast<std::uint32_t>(extra + 1), nullptr, nullptr, kind()},
                               "this row has " + std::to_string(m_fields.size()) + " cells but the header " +
                                   std::to_string(named) + ": an unquoted '" +
                                   std::string(1, m_source.delimiter) +
                                   "' in a cell? (quote that cell, or add a column to the header)");
        }
        return true;
    }
    if (m_csv.failed()) {
        const CsvError& e = m_csv.error();
        m_report.error(Where{e.offset, static_cast<std::uint32_t>(e.record),
                             static_cast<std::uint32_t>(e.field + 1), nullptr, nullptr, kind()},
                       e.message);
    }
    return false;
}

std::string TableReader::earlier(std::size_t offset, Col c) {
    if (!m_csv.reread(offset, m_earlier)) return {};
    const std::size_t i = m_source.header.position[static_cast<std::size_t>(c)];
    return i < m_earlier.size() ? std::string(trim(m_earlier[i].text)) : std::string();
}

std::optional<double> TableReader::number(Col c) {
    if (cell(c).empty()) return std::nullopt;
    auto v = parseNumber(cell(c), m_source.delimiter == ';');
    if (!v && m_source.delimiter != ';') {
        // "1,33" in a comma-delimited table (quoted): Gephi's export in a decimal-comma locale.
        const std::string_view t = cell(c);
        const std::size_t comma = t.find(',');
        const bool digitsAround = comma != std::string_view::npos && comma > 0 && comma + 1 < t.size() &&
                                  t.find(',', comma + 1) == std::string_view::npos &&
                                  std::isdigit(static_cast<unsigned char>(t[comma - 1])) &&
                                  std::isdigit(static_cast<unsigned char>(t[comma + 1]));
        if (digitsAround && (v = parseNumber(t, true))) {
            if (!m_decimalCommaReported)
                m_report.warning(at(c), "\"" + text(c) + "\" read as " + formatNumber(*v) +
                                            " (a decimal comma); the other numbers with one are read alike");
            m_decimalCommaReported = true;
            return v;
        }
    }
    if (!v)
        error(c, "expected a number, found \"" + text(c) + "\"" +
                     (cell(c).find(',') != std::string_view::npos
                          ? " (a decimal comma? write 1.33, or use ';' between cells)"
                          : ""));
    return v;
}

void TableReader::times(std::vector<RawSpan>& spans, bool& points) {
    std::string why;
    const auto bound = [&](Col c) -> std::optional<calendar::Date> {
        if (cell(c).empty()) return std::nullopt;
        auto d = parseTimeValue(cell(c), TimeFormat::Any, &why);
        if (!d) error(c, "expected " + why + ", found \"" + text(c) + "\"");
        return d;
    };
    if (!cell(Col::Start).empty() || !cell(Col::End).empty()) {
        if (!cell(Col::Interval).empty()) error(Col::Interval, "give Start and End or an Interval, not both");
        spans.push_back(RawSpan{bound(Col::Start), bound(Col::End), at(Col::Start)});
    }
    // Gephi's Timeset column holds timestamps (<[2016-03-04]>, <[2016-03-04, 2016-03-07]>) or
    // intervals; a bracket with one time is a timestamp wherever it is.
    if (!cell(Col::Interval).empty() &&
        isTimestampList(cell(Col::Interval), normalizedHeader(headerName(Col::Interval)) == "timeset")) {
        std::vector<calendar::Date> stamps;
        if (!parseTimestampList(cell(Col::Interval), TimeFormat::Any, stamps, why))
            error(Col::Interval, "expected " + why);
        for (const calendar::Date& d : stamps)
            spans.push_back(RawSpan{d, d, at(Col::Interval)});
        points = !stamps.empty();
    } else if (!cell(Col::Interval).empty()) {
        std::vector<TimeInterval> intervals;
        if (!parseIntervalList(cell(Col::Interval), TimeFormat::Any, intervals, why))
            error(Col::Interval, "expected " + why);
        for (const TimeInterval& i : intervals)
            spans.push_back(RawSpan{i.start, i.end, at(Col::Interval)});
    }
    if (!cell(Col::Timestamps).empty()) {
        std::vector<calendar::Date> stamps;
        if (!parseTimestampList(cell(Col::Timestamps), TimeFormat::Any, stamps, why))
            error(Col::Timestamps, "expected " + why);
        for (const calendar::Date& d : stamps)
            spans.push_back(RawSpan{d, d, at(Col::Timestamps)});
        points = !stamps.empty();
    }
}

std::optional<model::Rgb> TableReader::color() {
    if (cell(Col::Color).empty()) return std::nullopt;
    const auto rgb = parseHexColor(cell(Col::Color));
    if (!rgb) error(Col::Color, "expected a colour like #0072B2, found \"" + text(Col::Color) + "\"");
    return rgb;
}

} // namespace tieline::core::interop
