// CSV import: the header, then each row of the nodes and edges tables, handed to the
// DatasetBuilder as it is read. Rows that repeat an edge's Id add claims to it. Core: no GL.
#include "core/interop/csv.hpp"
#include "core/io/guarded_load.hpp"

#include "core/interop/detail/csv_rows.hpp"

#include <algorithm>
#include <unordered_map>

namespace tieline::core::interop {

namespace {

void readNodes(TableReader& t, DatasetBuilder& builder) {
    RawNode n;
    while (t.next()) {
        n = RawNode{};
        n.where = t.row();
        n.id = t.text(Col::Id);
        n.label = t.text(Col::Label);
        n.kind = t.text(Col::Kind);
        n.group = t.text(Col::Group);
        n.groupLabel = t.text(Col::GroupLabel);
        n.native = t.text(Col::Native);
        const std::string_view unverified = t.cell(Col::NativeUnverified);
        n.nativeUnverified = unverified == "true" || unverified == "TRUE" || unverified == "True" ||
                             unverified == "1" || unverified == "yes";
        n.variants = splitList(t.cell(Col::Variants));
        n.description = t.text(Col::Description);
        n.ref = t.text(Col::Ref);
        n.sources = splitList(t.cell(Col::Sources));
        t.times(n.spans, n.spansArePoints);
        const auto x = t.number(Col::PinX), y = t.number(Col::PinY);
        if (x.has_value() != y.has_value())
            t.error(x ? Col::PinY : Col::PinX, "a pin needs both Pin X and Pin Y");
        if (x && y) n.position = model::Point{*x, *y}, n.pinned = true;
        n.color = t.color();
        builder.addNode(n);
    }
}

// The columns that define an edge (as opposed to one of its claims), compared when a row repeats an Id.
constexpr Col kDefining[] = {Col::Source,   Col::Target,     Col::Type,       Col::Kind,
                             Col::Label,    Col::Weight,     Col::Start,      Col::End,
                             Col::Interval, Col::Timestamps, Col::Confidence, Col::Sign,
                             Col::Color,    Col::Note,       Col::Ref,        Col::Sources};

// The row's claim columns; a claim with any of them filled needs its Claim Source.
bool readClaim(TableReader& t, RawClaim& claim) {
    claim.key = t.text(Col::ClaimId);
    claim.source = t.text(Col::ClaimSource);
    claim.locator = t.text(Col::Locator);
    claim.quote = t.text(Col::Quote);
    claim.supports = t.text(Col::Supports);
    claim.note = t.text(Col::ClaimNote);
    claim.contradicts = splitList(t.cell(Col::Contradicts));
    claim.where = t.at(Col::ClaimSource);
    claim.contradictsWhere = t.at(Col::Contradicts);
    const bool hasClaim = !claim.key.empty() || !claim.source.empty() || !claim.locator.empty() ||
                          !claim.quote.empty() || !claim.supports.empty() || !claim.note.empty() ||
                          !claim.contradicts.empty();
    if (hasClaim && claim.source.empty()) {
        const Col given = !claim.locator.empty() ? Col::Locator
                          : !claim.quote.empty() ? Col::Quote
                                                 : Col::ClaimId;
        t.error(t.has(Col::ClaimSource) ? Col::ClaimSource : given,
                "a claim needs its Claim Source (a source id)");
    }
    return hasClaim;
}

// A row repeating an edge's Id may only add a claim: its defining cells are empty or as before.
void checkRepeatedRow(TableReader& t, const std::string& id, std::size_t firstOffset) {
    for (const Col c : kDefining) {
        if (t.cell(c).empty()) continue;
        const std::string first = t.earlier(firstOffset, c);
        if (t.cell(c) != first)
            t.error(c, "edge \"" + id + "\" repeats an earlier row with another value (\"" + first +
                           "\"): a repeated row may only add a claim");
    }
}

void readDirection(TableReader& t, RawEdge& e) {
    const std::string type = kebabKey(t.cell(Col::Type));
    if (type.empty()) return;
    if (type == "directed" || type == "undirected" || type == "mutual")
        e.directed = type == "directed";
    else
        t.error(Col::Type, "expected Directed, Undirected or Mutual, found \"" + t.text(Col::Type) + "\"");
}

// A plain number, or weights over time: <[1956, 1957, 0.5); [1957, inf, 0.8]>.
void readWeight(TableReader& t, RawEdge& e) {
    const std::string_view weight = t.cell(Col::Weight);
    if (weight.empty() || (weight.front() != '<' && weight.front() != '[')) {
        e.weight = t.number(Col::Weight);
        return;
    }
    std::vector<TimeInterval> values;
    std::string why;
    if (!parseIntervalList(weight, TimeFormat::Any, values, why)) t.error(Col::Weight, "expected " + why);
    for (const TimeInterval& v : values) {
        const auto w = parseNumber(v.value);
        if (!v.start || !w)
            t.error(Col::Weight, "expected weights like <[1956, 1957, 0.5); [1957, inf, 0.8]>, each "
                                 "with a start and a number");
        else
            e.keyframes.push_back(RawKeyframe{*v.start, *w, t.at(Col::Weight)});
    }
}

void readSign(TableReader& t, RawEdge& e) {
    const std::string sign = t.text(Col::Sign);
    if (sign.empty()) return;
    if (sign == "1" || sign == "+1" || sign == "cooperative")
        e.sign = 1;
    else if (sign == "-1" || sign == "hostile")
        e.sign = -1;
    else
        t.error(Col::Sign, "expected 1 (cooperative) or -1 (hostile), found \"" + sign + "\"");
}

// The edge's own columns, into `e`, whose lists keep their storage from row to row.
void readEdgeColumns(TableReader& t, const std::string& id, RawEdge& e) {
    e.spans.clear();
    e.keyframes.clear();
    e.claims.clear();
    e.sources.clear();
    e.directed.reset();
    e.color.reset();
    e.sign.reset();
    e.weight.reset();
    e.spansArePoints = false;
    e.where = t.row();
    e.id = id;
    e.source = t.text(Col::Source);
    e.target = t.text(Col::Target);
    e.kind = t.text(Col::Kind);
    e.label = t.text(Col::Label);
    readDirection(t, e);
    readWeight(t, e);
    t.times(e.spans, e.spansArePoints);
    e.confidence = t.text(Col::Confidence);
    readSign(t, e);
    e.color = t.color();
    e.note = t.text(Col::Note);
    e.ref = t.text(Col::Ref);
    e.sources = splitList(t.cell(Col::Sources));
}

void readEdges(TableReader& t, DatasetBuilder& builder, std::size_t rows) {
    struct FirstRow {
        std::optional<model::TieId> tie;
        std::size_t offset;
    };
    std::unordered_map<std::string, FirstRow> byId; // edge id -> the tie and the row that defined it
    byId.reserve(rows);
    RawEdge e;
    while (t.next()) {
        RawClaim claim;
        const bool hasClaim = readClaim(t, claim);
        const std::string id = t.text(Col::Id);
        if (const auto repeated = id.empty() ? byId.end() : byId.find(id); repeated != byId.end()) {
            checkRepeatedRow(t, id, repeated->second.offset);
            if (hasClaim && repeated->second.tie) builder.addClaim(*repeated->second.tie, claim);
            continue;
        }
        const std::size_t offset = t.rowOffset();
        readEdgeColumns(t, id, e);
        if (hasClaim) e.claims.push_back(std::move(claim));
        const std::optional<model::TieId> tie = builder.addEdge(e);
        if (!id.empty()) byId.emplace(id, FirstRow{tie, offset});
    }
}

} // namespace

} // namespace tieline::core::interop

namespace tieline::core::interop {

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

namespace {

io::LoadResult readCsv(const CsvText& nodes, const CsvText& edges, const ImportOptions& options) {
    using namespace interop;
    io::LoadResult result;
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
    DatasetBuilder builder(raw, options, report);
    const auto lines = [](std::string_view text) {
        return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    };
    builder.reserve(lines(nodes.text), lines(edges.text));
    for (CsvSource* source : {&locator.nodes, &locator.edges}) {
        if (source->file.empty()) continue;
        TableReader table(*source, source == &locator.edges, report, options.limits.maxStringBytes);
        if (!table.readHeader()) return result;
        if (source == &locator.edges)
            readEdges(table, builder, lines(edges.text));
        else
            readNodes(table, builder);
        if (!source->header.unused.empty()) {
            std::string list;
            for (const std::string& u : source->header.unused)
                list += (list.empty() ? "\"" : ", \"") + u + "\"";
            report.warning(Where{0, 1, 0, nullptr, nullptr, table.kind()},
                           "columns tieline does not use: " + list);
        }
    }
    if (report.failed()) return result;
    result.dataset = builder.finish();
    return result;
}

} // namespace

io::LoadResult loadCsvTables(const CsvText& nodes, const CsvText& edges, const ImportOptions& options) {
    return io::guardedLoad<io::LoadResult>(edges.fileName.empty() ? nodes.fileName : edges.fileName,
                                           options.limits.maxMessages,
                                           [&] { return readCsv(nodes, edges, options); });
}

io::LoadResult loadCsvFiles(const std::string& nodesPath, const std::string& edgesPath,
                            const ImportOptions& options) {
    CsvText tables[2] = {{{}, nodesPath}, {{}, edgesPath}};
    for (CsvText& t : tables) {
        std::string why;
        if (!t.fileName.empty() && !io::readFileLimited(t.fileName, options.limits.maxFileBytes, t.text, why))
            return io::fileError<io::LoadResult>(t.fileName, why, options.limits.maxMessages);
    }
    return loadCsvTables(tables[0], tables[1], options);
}

} // namespace tieline::core::interop
