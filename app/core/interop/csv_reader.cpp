// CSV import: the header, then each row of the nodes and edges tables into a RawGraph, handed to
// buildDataset. Rows that repeat an edge's Id add claims to it. Core: no GL.
#include "core/interop/csv.hpp"

#include "core/interop/csv_columns.hpp"
#include "core/interop/csv_table.hpp"
#include "core/interop/import_builder.hpp"
#include "core/interop/notation.hpp"

#include <unordered_map>

namespace tieline::core::interop {

namespace {

class TableReader {
public:
    TableReader(CsvSource& source, bool edges, Reporter& report, std::size_t maxField)
        : m_source(source), m_edges(edges), m_report(report), m_csv(source.text, maxField) {
        m_source.delimiter = m_csv.delimiter();
    }

    bool readHeader() {
        if (!next()) {
            if (!m_csv.failed()) m_report.error(Where{0, 1, 0, nullptr, nullptr, kind()}, "the table is empty: expected a header row");
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
        const char* missing = m_edges ? (!h.has(Col::Source) ? "Source" : !h.has(Col::Target) ? "Target" : nullptr)
                                      : (!h.has(Col::Id) ? "Id" : nullptr);
        if (missing) m_report.error(row(), std::string("expected a column named ") + missing + " in the header");
        return !missing;
    }

    bool next() {
        if (m_csv.next(m_fields)) return true;
        if (m_csv.failed()) {
            const CsvError& e = m_csv.error();
            m_report.error(Where{e.offset, static_cast<std::uint32_t>(e.record), static_cast<std::uint32_t>(e.field + 1),
                                 nullptr, nullptr, kind()},
                           e.message);
        }
        return false;
    }

    bool failed() const { return m_csv.failed(); }
    WhereKind kind() const { return m_edges ? WhereKind::EdgeCell : WhereKind::NodeCell; }
    Where row() const { return Where{m_csv.recordOffset(), static_cast<std::uint32_t>(m_csv.record()), 0, nullptr, nullptr, kind()}; }

    std::string_view cell(Col c) const {
        const std::size_t i = m_source.header.position[static_cast<std::size_t>(c)];
        return i < m_fields.size() ? trim(m_fields[i].text) : std::string_view();
    }
    std::string text(Col c) const { return std::string(cell(c)); }
    Where at(Col c) const { return row().at(columnKey(c)); }

    std::vector<std::string> list(Col c) const {
        std::vector<std::string> out;
        const std::string_view v = cell(c);
        for (std::size_t from = 0; from <= v.size();) {
            const std::size_t bar = std::min(v.find('|', from), v.size());
            if (const auto item = trim(v.substr(from, bar - from)); !item.empty()) out.emplace_back(item);
            from = bar + 1;
        }
        return out;
    }

    std::optional<double> number(Col c) {
        if (cell(c).empty()) return std::nullopt;
        const auto v = parseNumber(cell(c), m_source.delimiter == ';');
        if (!v) error(c, "expected a number, found \"" + text(c) + "\"");
        return v;
    }

    void error(Col c, std::string message) { m_report.error(at(c), std::move(message)); }

    // Start/End, an Interval list or Timestamps: the periods of a node or edge.
    void times(std::vector<RawSpan>& spans, bool& points) {
        std::string why;
        const auto bound = [&](Col c) -> std::optional<Date> {
            if (cell(c).empty()) return std::nullopt;
            auto d = parseTimeValue(cell(c), TimeFormat::Any, &why);
            if (!d) error(c, "expected " + why + ", found \"" + text(c) + "\"");
            return d;
        };
        if (!cell(Col::Start).empty() || !cell(Col::End).empty()) {
            if (!cell(Col::Interval).empty()) error(Col::Interval, "give Start and End or an Interval, not both");
            spans.push_back(RawSpan{bound(Col::Start), bound(Col::End), at(Col::Start)});
        }
        if (!cell(Col::Interval).empty()) {
            std::vector<TimeInterval> intervals;
            if (!parseIntervalList(cell(Col::Interval), TimeFormat::Any, intervals, why)) error(Col::Interval, "expected " + why);
            for (const TimeInterval& i : intervals) spans.push_back(RawSpan{i.start, i.end, at(Col::Interval)});
        }
        if (!cell(Col::Timestamps).empty()) {
            std::vector<Date> stamps;
            if (!parseTimestampList(cell(Col::Timestamps), TimeFormat::Any, stamps, why)) error(Col::Timestamps, "expected " + why);
            for (const Date& d : stamps) spans.push_back(RawSpan{d, d, at(Col::Timestamps)});
            points = !stamps.empty();
        }
    }

    std::optional<Rgb> color() {
        std::string_view hex = cell(Col::Color);
        if (hex.empty()) return std::nullopt;
        if (hex.front() == '#') hex.remove_prefix(1);
        Rgb value = 0;
        for (char ch : hex) {
            const int v = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
            if (v < 0 || hex.size() != 6) {
                error(Col::Color, "expected a colour like #0072B2, found \"" + text(Col::Color) + "\"");
                return std::nullopt;
            }
            value = value * 16 + static_cast<Rgb>(v);
        }
        return value;
    }

private:
    std::vector<CsvField> m_fields;
    CsvSource& m_source;
    bool m_edges;
    Reporter& m_report;
    CsvReader m_csv;
};

void readNodes(TableReader& t, RawGraph& raw) {
    while (t.next()) {
        RawNode n;
        n.where = t.row();
        n.id = t.text(Col::Id);
        n.label = t.text(Col::Label);
        n.kind = t.text(Col::Kind);
        n.group = t.text(Col::Group);
        n.groupLabel = t.text(Col::GroupLabel);
        n.native = t.text(Col::Native);
        const std::string_view unverified = t.cell(Col::NativeUnverified);
        n.nativeUnverified = unverified == "true" || unverified == "TRUE" || unverified == "True" || unverified == "1" ||
                             unverified == "yes";
        n.variants = t.list(Col::Variants);
        n.description = t.text(Col::Description);
        n.ref = t.text(Col::Ref);
        n.sources = t.list(Col::Sources);
        t.times(n.spans, n.spansArePoints);
        const auto x = t.number(Col::PinX), y = t.number(Col::PinY);
        if (x.has_value() != y.has_value()) t.error(x ? Col::PinY : Col::PinX, "a pin needs both Pin X and Pin Y");
        if (x && y) n.position = Point{*x, *y}, n.pinned = true;
        n.color = t.color();
        raw.nodes.push_back(std::move(n));
    }
}

// The columns that define an edge (as opposed to one of its claims), compared when a row repeats an Id.
constexpr Col kDefining[] = {Col::Source, Col::Target, Col::Type, Col::Kind, Col::Label, Col::Weight, Col::Start, Col::End,
                             Col::Interval, Col::Timestamps, Col::Confidence, Col::Sign, Col::Color, Col::Note,
                             Col::Ref, Col::Sources};

void readEdges(TableReader& t, RawGraph& raw) {
    std::unordered_map<std::string, std::pair<std::size_t, std::vector<std::string>>> byId; // id -> (edge, cells)
    while (t.next()) {
        RawClaim claim;
        claim.key = t.text(Col::ClaimId);
        claim.source = t.text(Col::ClaimSource);
        claim.locator = t.text(Col::Locator);
        claim.quote = t.text(Col::Quote);
        claim.supports = t.text(Col::Supports);
        claim.note = t.text(Col::ClaimNote);
        claim.contradicts = t.list(Col::Contradicts);
        claim.where = t.at(Col::ClaimSource);
        const bool hasClaim = !claim.key.empty() || !claim.source.empty() || !claim.locator.empty() || !claim.quote.empty() ||
                              !claim.supports.empty() || !claim.note.empty() || !claim.contradicts.empty();
        if (hasClaim && claim.source.empty()) t.error(Col::ClaimSource, "a claim needs its Claim Source (a source id)");
        const std::string id = t.text(Col::Id);
        std::vector<std::string> defining;
        for (const Col c : kDefining) defining.push_back(t.text(c));
        if (!id.empty()) {
            if (const auto it = byId.find(id); it != byId.end()) {
                const auto& [edge, first] = it->second;
                for (std::size_t k = 0; k < std::size(kDefining); ++k)
                    if (!defining[k].empty() && defining[k] != first[k])
                        t.error(kDefining[k], "edge \"" + id + "\" repeats an earlier row with another value (\"" +
                                                  first[k] + "\"): a repeated row may only add a claim");
                if (hasClaim) raw.edges[edge].claims.push_back(std::move(claim));
                continue;
            }
            byId.emplace(id, std::pair{raw.edges.size(), defining});
        }
        RawEdge e;
        e.where = t.row();
        e.id = id;
        e.source = t.text(Col::Source);
        e.target = t.text(Col::Target);
        e.kind = t.text(Col::Kind);
        e.label = t.text(Col::Label);
        if (const std::string type = kebabKey(t.cell(Col::Type)); !type.empty()) {
            if (type == "directed" || type == "undirected" || type == "mutual")
                e.directed = type == "directed";
            else
                t.error(Col::Type, "expected Directed, Undirected or Mutual, found \"" + t.text(Col::Type) + "\"");
        }
        const std::string_view weight = t.cell(Col::Weight);
        if (!weight.empty() && (weight.front() == '<' || weight.front() == '[')) {
            std::vector<TimeInterval> values;
            std::string why;
            if (!parseIntervalList(weight, TimeFormat::Any, values, why)) t.error(Col::Weight, "expected " + why);
            for (const TimeInterval& v : values) {
                const auto w = parseNumber(v.value);
                if (!v.start || !w)
                    t.error(Col::Weight, "expected weights like <[1956, 1957, 0.5); [1957, inf, 0.8]>, each with a start and a number");
                else
                    e.keyframes.push_back(RawKeyframe{*v.start, *w, t.at(Col::Weight)});
            }
        } else {
            e.weight = t.number(Col::Weight);
        }
        t.times(e.spans, e.spansArePoints);
        e.confidence = t.text(Col::Confidence);
        if (const std::string sign = t.text(Col::Sign); !sign.empty()) {
            if (sign == "1" || sign == "+1" || sign == "cooperative") e.sign = 1;
            else if (sign == "-1" || sign == "hostile") e.sign = -1;
            else t.error(Col::Sign, "expected 1 (cooperative) or -1 (hostile), found \"" + sign + "\"");
        }
        e.color = t.color();
        e.note = t.text(Col::Note);
        e.ref = t.text(Col::Ref);
        e.sources = t.list(Col::Sources);
        if (hasClaim) e.claims.push_back(std::move(claim));
        raw.edges.push_back(std::move(e));
    }
}

} // namespace

} // namespace tieline::core::interop

namespace tieline::core {

bool csvLooksLikeEdges(std::string_view text) {
    using namespace interop;
    CsvReader reader(text, std::size_t(1) << 20);
    std::vector<CsvField> header;
    if (!reader.next(header)) return false;
    bool source = false, target = false;
    for (const CsvField& f : header) {
        source = source || columnOf(f.text, true) == Col::Source;
        target = target || columnOf(f.text, true) == Col::Target;
    }
    return source && target;
}

LoadResult loadCsvTables(const CsvText& nodes, const CsvText& edges, const ImportOptions& options) {
    using namespace interop;
    LoadResult result;
    CsvLocator locator;
    locator.nodes.file = nodes.fileName;
    locator.nodes.text = nodes.text;
    locator.nodes.lines = LineIndex(nodes.text);
    locator.edges.file = edges.fileName;
    locator.edges.text = edges.text;
    locator.edges.lines = LineIndex(edges.text);
    Reporter report(locator, result.diagnostics, options.limits.maxMessages);
    RawGraph raw;
    raw.title = titleFromPath(!nodes.fileName.empty() ? nodes.fileName : edges.fileName);
    raw.implicitNodes = nodes.fileName.empty();
    for (CsvSource* source : {&locator.nodes, &locator.edges}) {
        if (source->file.empty()) continue;
        const std::size_t bad = firstInvalidUtf8(source->text);
        if (bad != std::string_view::npos) {
            const WhereKind kind = source == &locator.edges ? WhereKind::EdgeCell : WhereKind::NodeCell;
            report.error(Where{bad, 0, 0, nullptr, nullptr, kind}, "invalid UTF-8: save the table as UTF-8 (CSV UTF-8 in a spreadsheet)");
            return result;
        }
        TableReader table(*source, source == &locator.edges, report, options.limits.maxStringBytes);
        if (!table.readHeader()) return result;
        if (source == &locator.edges)
            readEdges(table, raw);
        else
            readNodes(table, raw);
        if (!source->header.unused.empty()) {
            std::string list;
            for (const std::string& u : source->header.unused) list += (list.empty() ? "\"" : ", \"") + u + "\"";
            report.warning(Where{0, 1, 0, nullptr, nullptr, table.kind()}, "columns tieline does not use: " + list);
        }
    }
    if (report.failed()) return result;
    result.dataset = buildDataset(raw, options, report);
    return result;
}

LoadResult loadCsvFiles(const std::string& nodesPath, const std::string& edgesPath, const ImportOptions& options) {
    LoadResult result;
    CsvText tables[2] = {{{}, nodesPath}, {{}, edgesPath}};
    for (CsvText& t : tables) {
        std::string why;
        if (!t.fileName.empty() && !readFileLimited(t.fileName, options.limits.maxFileBytes, t.text, why)) {
            result.diagnostics.add({Severity::Error, t.fileName, 0, 0, "", why}, options.limits.maxMessages);
            return result;
        }
    }
    return loadCsvTables(tables[0], tables[1], options);
}

} // namespace tieline::core
