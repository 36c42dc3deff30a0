// CSV and JSON writers for the metrics.
#include "core/metrics/metrics_writer.hpp"
#include "core/interop/csv_table.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace tieline::core::metrics {

namespace {

struct Range {
    std::size_t first = 0, end = 0;
};

Range stepRange(const Metrics& m, const MetricsSelection& sel) {
    const std::size_t end = std::min(sel.endStep, m.steps());
    return {std::min(sel.firstStep, end), end};
}

std::vector<std::size_t> selectedActors(const Metrics& m, const MetricsSelection& sel) {
    std::vector<std::size_t> actors;
    if (sel.actor) {
        if (sel.actor->index() < m.actorCount) actors.push_back(sel.actor->index());
        return actors;
    }
    for (std::size_t a = 0; a < m.actorCount; ++a)
        if (m.representative[a] == a) actors.push_back(a);
    return actors;
}

// Ten significant digits (0.52, not 0.5199999999999999: the strengths are editorial judgements
// given to two digits); empty for NaN.
void appendNumber(std::string& out, double v) {
    if (std::isnan(v)) return;
    if (v == 0) v = 0; // no "-0"
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, 10);
    out.append(buffer, result.ptr);
}

// RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
void appendField(std::string& out, const std::string& raw) {
    const std::string text = interop::neutralizeFormula(raw); // "=HYPERLINK(...)" never runs in a spreadsheet
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        out += text;
        return;
    }
    interop::appendCsvQuoted(out, text);
}

std::vector<std::uint32_t> patronColumns(const Metrics& m, const MetricsSelection& sel) {
    return sel.actor && sel.actor->index() < m.actorCount ? m.patronsOf(sel.actor->index()) : m.allPatrons();
}

double shareOf(const Metrics& m, std::size_t step, std::size_t client, std::uint32_t patron) {
    const auto shares = m.sharesOf(step, client);
    if (shares.empty()) return std::nan("");
    for (const PatronShare& p : shares)
        if (p.patron == patron) return p.share;
    return 0.0;
}

double patronStrength(const Metrics& m, std::size_t step, std::size_t client) {
    double total = 0;
    for (const PatronShare& p : m.sharesOf(step, client))
        total += p.strength;
    return total;
}

} // namespace

std::string metricsCsv(const model::Dataset& data, const Metrics& m, const MetricsSelection& sel) {
    const Range range = stepRange(m, sel);
    const std::vector<std::uint32_t> patrons = patronColumns(m, sel);
    std::string out =
        "date,actor,name,betweenness,betweenness_normalized,constraint,camp_balance,patron_strength";
    for (std::uint32_t p : patrons)
        out += ",share_" + data.actors[p].key;
    for (const model::TieType& t : data.tieTypes)
        out += ",in_" + t.key;
    for (const model::TieType& t : data.tieTypes)
        out += ",out_" + t.key;
    out += '\n';
    const std::vector<std::size_t> actors = selectedActors(m, sel);
    for (std::size_t s = range.first; s < range.end; ++s) {
        const std::string date = calendar::formatDay(m.times[s]);
        for (std::size_t a : actors) {
            const std::size_t i = m.at(s, a);
            if (!m.present[i]) continue;
            out += date;
            out += ',';
            out += data.actors[a].key;
            out += ',';
            appendField(out, data.actors[a].name);
            for (double v : {m.betweenness(i), m.betweennessNormalized(i), m.constraint(i), m.campBalance(i),
                             patronStrength(m, s, a)}) {
                out += ',';
                appendNumber(out, v);
            }
            for (std::uint32_t p : patrons) {
                out += ',';
                appendNumber(out, shareOf(m, s, a, p));
            }
            for (const bool in : {true, false})
                for (std::size_t t = 0; t < m.typeCount; ++t) {
                    out += ',';
                    appendNumber(out, in ? m.inDegree(i, t) : m.outDegree(i, t));
                }
            out += '\n';
        }
    }
    return out;
}

std::string metricsJson(const model::Dataset& data, const Metrics& m, const MetricsSelection& sel) {
    using nlohmann::json;
    const Range range = stepRange(m, sel);
    json doc;
    doc["dataset"] = data.meta.title;
    doc["step"] = model::keyword(data.meta.step);
    json types = json::array();
    for (std::size_t t = 0; t < m.typeCount; ++t)
        if (m.patronType[t]) types.push_back(data.tieTypes[t].key);
    doc["patronTypes"] = types;
    json merges = json::array();
    for (std::size_t a = 0; a < m.actorCount; ++a)
        if (m.representative[a] != a)
            merges.push_back({{"from", data.actors[a].key}, {"into", data.actors[m.representative[a]].key}});
    doc["merges"] = merges;
    json dates = json::array();
    for (std::size_t s = range.first; s < range.end; ++s)
        dates.push_back(calendar::formatDay(m.times[s]));
    doc["dates"] = dates;
    const auto series = [&](std::size_t a, auto value) {
        json values = json::array();
        for (std::size_t s = range.first; s < range.end; ++s) {
            const double v = value(s, m.at(s, a));
            values.push_back(std::isnan(v) ? json(nullptr) : json(v));
        }
        return values;
    };
    const auto anyNonZero = [&](const json& values) {
        return std::any_of(values.begin(), values.end(),
                           [](const json& v) { return v.is_number() && v.get<double>() != 0; });
    };
    json actors = json::array();
    for (std::size_t a : selectedActors(m, sel)) {
        json actor;
        actor["id"] = data.actors[a].key;
        actor["name"] = data.actors[a].name;
        json present = json::array();
        for (std::size_t s = range.first; s < range.end; ++s)
            present.push_back(bool(m.present[m.at(s, a)]));
        actor["present"] = present;
        actor["betweenness"] = series(a, [&](std::size_t, std::size_t i) { return m.betweenness(i); });
        actor["betweennessNormalized"] =
            series(a, [&](std::size_t, std::size_t i) { return m.betweennessNormalized(i); });
        actor["constraint"] = series(a, [&](std::size_t, std::size_t i) { return m.constraint(i); });
        actor["campBalance"] = series(a, [&](std::size_t, std::size_t i) { return m.campBalance(i); });
        actor["patronStrength"] =
            series(a, [&](std::size_t s, std::size_t) { return patronStrength(m, s, a); });
        json shares = json::object();
        for (std::uint32_t p : m.patronsOf(a)) {
            json values = series(a, [&](std::size_t s, std::size_t) { return shareOf(m, s, a, p); });
            if (anyNonZero(values)) shares[data.actors[p].key] = values;
        }
        actor["patronShare"] = shares;
        for (const auto& [name, inDegree] : {std::pair{"inDegree", true}, std::pair{"outDegree", false}}) {
            json byType = json::object();
            const bool in = inDegree; // clang 14 cannot capture a structured binding
            for (std::size_t t = 0; t < m.typeCount; ++t) {
                json values = series(
                    a, [&](std::size_t, std::size_t i) { return in ? m.inDegree(i, t) : m.outDegree(i, t); });
                if (anyNonZero(values)) byType[data.tieTypes[t].key] = values;
            }
            actor[name] = byType;
        }
        actors.push_back(actor);
    }
    doc["actors"] = actors;
    return doc.dump() + "\n";
}

} // namespace tieline::core::metrics
