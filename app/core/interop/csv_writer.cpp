// Dataset -> a nodes table and an edges table that both Gephi's spreadsheet import and tieline
// read: Gephi's column names and interval notation, tieline's dates (`~1956-09`) in them, and one
// edges row per claim. Core: no GL.
#include "core/interop/csv.hpp"

#include "core/interop/csv_table.hpp"
#include "core/interop/detail/export_losses.hpp"
#include "core/interop/detail/import_values.hpp"
#include "core/interop/detail/notation.hpp"

#include <cstdio>

namespace tieline::core::interop {

namespace {

using interop::appendCsvRecord;

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items)
        out += (out.empty() ? "" : " | ") + s;
    return out;
}

std::string hexColor(model::Rgb color) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%06X", static_cast<unsigned>(color & 0xFFFFFF));
    return buf;
}

// Start and End for a single span, the Interval notation for several.
void spanCells(const std::vector<calendar::Span>& spans, std::string& start, std::string& end,
               std::string& interval) {
    if (spans.size() == 1) {
        if (spans[0].start) start = spans[0].start->toString();
        if (spans[0].end) end = spans[0].end->toString();
    } else if (spans.size() > 1) {
        interval = interop::formatIntervalList(spans);
    }
}

std::string nodesTable(const model::Dataset& d) {
    std::string out;
    appendCsvRecord(out,
                    {"Id", "Label", "Kind", "Group", "Group Label", "Native", "Native Unverified", "Variants",
                     "Description", "Start", "End", "Interval", "Sources", "Ref", "Pin X", "Pin Y", "Color"});
    for (const model::Actor& a : d.actors) {
        std::string start, end, interval;
        spanCells(a.spans, start, end, interval);
        std::vector<std::string> sources;
        for (const model::SourceId s : a.sources)
            sources.push_back(d.source(s).key);
        const model::Group* g = d.group(a.group);
        appendCsvRecord(out, {a.key, a.name, keyword(a.kind), g ? g->key : "",
                              g && g->label != g->key ? g->label : "", a.native,
                              a.nativeUnverified ? "true" : "", joined(a.variants), a.description, start, end,
                              interval, joined(sources), a.ref, a.pin ? interop::formatNumber(a.pin->x) : "",
                              a.pin ? interop::formatNumber(a.pin->y) : "", g ? hexColor(g->color) : ""});
    }
    return out;
}

std::vector<std::string> claimCells(const model::Dataset& d, const model::Claim* c) {
    if (!c) return {"", "", "", "", "", "", ""};
    return {c->key,  d.source(c->source).key, c->locator, c->quote, c->supports,
            c->note, joined(c->contradicts)};
}

std::string edgesTable(const model::Dataset& d) {
    std::string out;
    appendCsvRecord(out, {"Id",     "Source",   "Target",     "Type",       "Kind",         "Label",
                          "Weight", "Start",    "End",        "Interval",   "Confidence",   "Sign",
                          "Color",  "Note",     "Ref",        "Claim Id",   "Claim Source", "Locator",
                          "Quote",  "Supports", "Claim Note", "Contradicts"});
    for (const model::Tie& t : d.ties) {
        const model::TieType& type = d.tieType(t.type);
        std::string start, end, interval;
        spanCells(t.spans, start, end, interval);
        const std::string& from = d.actor(t.from).key;
        const std::string& to = d.actor(t.to).key;
        std::vector<std::string> row = {
            t.key,
            from,
            to,
            type.directed ? "Directed" : "Undirected",
            type.key,
            type.label,
            t.strength.empty()
                ? (d.meta.weightScale != 1.0 ? interop::formatNumber(d.meta.weightScale) : "")
                : interop::formatKeyframeList(interop::weightsOf(t.strength, d.meta.weightScale)),
            start,
            end,
            interval,
            keyword(t.confidence),
            std::to_string(type.sign),
            hexColor(type.color),
            t.note,
            t.ref};
        const auto first = claimCells(d, t.claims.empty() ? nullptr : &t.claims[0]);
        row.insert(row.end(), first.begin(), first.end());
        appendCsvRecord(out, row);
        for (std::size_t i = 1; i < t.claims.size(); ++i) { // further claims: the same edge again
            std::vector<std::string> more = {t.key, from, to, "", type.key, "", "", "",
                                             "",    "",   "", "", "",       "", ""};
            const auto cells = claimCells(d, &t.claims[i]);
            more.insert(more.end(), cells.begin(), cells.end());
            appendCsvRecord(out, more);
        }
    }
    return out;
}

} // namespace

CsvTables csvText(const model::Dataset& data) {
    return {nodesTable(data), edgesTable(data)};
}

std::vector<std::string> csvLosses(const model::Dataset& data) {
    std::vector<std::string> out = interop::graphFormatLosses(data);
    const auto extent = interop::datedExtent(data);
    const calendar::Date start = extent ? calendar::Date{extent->first.year, 0, 0, false} : data.meta.start;
    const calendar::Date end = extent ? calendar::Date{extent->second.year, 0, 0, false} : data.meta.end;
    if (start.firstDay() != data.meta.start.firstDay() || end.dayAfterLast() != data.meta.end.dayAfterLast())
        out.push_back("the time range " + data.meta.start.toString() + " to " + data.meta.end.toString() +
                      " (the tables imply " + start.toString() + " to " + end.toString() +
                      "; give --start and --end when converting back)");
    return out;
}

} // namespace tieline::core::interop
