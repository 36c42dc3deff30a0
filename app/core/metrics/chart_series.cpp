// Chart series from the metrics.
#include "core/metrics/chart_series.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tieline::core::metrics {

namespace {

// Mixes a colour towards white by `amount` (0..1).
model::Rgb lighter(model::Rgb c, double amount) {
    const auto channel = [&](int shift) {
        const double v = double((c >> shift) & 0xFF);
        return model::Rgb(std::lround(v + (255.0 - v) * amount)) << shift;
    };
    return channel(16) | channel(8) | channel(0);
}

model::Rgb groupColor(const model::Dataset& data, std::size_t actor) {
    const model::Group* g = data.group(data.actors[actor].group);
    return g ? g->color : model::Rgb(0x9A9A9A);
}

} // namespace

StackedShares patronShareLayers(const model::Dataset& data, const Metrics& m, std::size_t client,
                                bool byCamp) {
    StackedShares out;
    out.defined.assign(m.steps(), 0);
    const std::vector<std::uint32_t> patrons = m.patronsOf(client);
    // Layer of each patron: one per patron, or one per camp in camp order.
    std::vector<std::size_t> layerOf(m.actorCount, 0);
    if (byCamp) {
        std::vector<std::size_t> camps;
        for (std::uint32_t p : patrons)
            camps.push_back(campOf(data, p));
        std::vector<std::size_t> sorted = camps;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        for (std::size_t camp : sorted) {
            StackLayer layer;
            if (camp < data.groups.size()) {
                layer.label =
                    data.groups[camp].label.empty() ? data.groups[camp].key : data.groups[camp].label;
                layer.color = data.groups[camp].color;
            } else {
                layer.label = data.actors[camp - data.groups.size()].name;
                layer.color = 0x9A9A9A;
            }
            out.layers.push_back(layer);
        }
        for (std::size_t i = 0; i < patrons.size(); ++i)
            layerOf[patrons[i]] =
                std::size_t(std::lower_bound(sorted.begin(), sorted.end(), camps[i]) - sorted.begin());
    } else {
        std::vector<int> perGroup(data.groups.size() + 1, 0);
        for (std::uint32_t p : patrons) {
            const model::GroupId g = data.actors[p].group;
            int& n = perGroup[g.valid() ? g.index() : data.groups.size()];
            layerOf[p] = out.layers.size();
            out.layers.push_back(
                {data.actors[p].name, lighter(groupColor(data, p), std::min(0.6, 0.3 * n)), {}});
            ++n;
        }
    }
    for (StackLayer& layer : out.layers)
        layer.values.assign(m.steps(), 0.0);
    for (std::size_t s = 0; s < m.steps(); ++s) {
        for (const PatronShare& p : m.sharesOf(s, client)) {
            out.layers[layerOf[p.patron]].values[s] += p.share;
            out.defined[s] = 1;
        }
    }
    return out;
}

const char* metricLabel(MetricKind kind) {
    switch (kind) {
    case MetricKind::Betweenness:
        return "Betweenness (normalized)";
    case MetricKind::Constraint:
        return "Burt's constraint";
    case MetricKind::CampBalance:
        return "Balance between rival camps";
    case MetricKind::PatronStrength:
        return "Patron strength received";
    case MetricKind::InDegree:
        return "Weighted in-degree";
    case MetricKind::OutDegree:
        return "Weighted out-degree";
    }
    return "";
}

std::vector<double> metricSeries(const model::Dataset& data, const Metrics& m, std::size_t actor,
                                 MetricKind kind, int type) {
    std::vector<double> out(m.steps(), std::numeric_limits<double>::quiet_NaN());
    if (actor >= m.actorCount) return out;
    for (std::size_t s = 0; s < m.steps(); ++s) {
        const std::size_t i = m.at(s, actor);
        if (!m.present[i]) continue;
        switch (kind) {
        case MetricKind::Betweenness:
            out[s] = m.betweennessNormalized(i);
            break;
        case MetricKind::Constraint:
            out[s] = m.constraint(i);
            break;
        case MetricKind::CampBalance:
            out[s] = m.campBalance(i);
            break;
        case MetricKind::PatronStrength: {
            double total = 0;
            for (const PatronShare& p : m.sharesOf(s, actor))
                total += p.strength;
            out[s] = total;
            break;
        }
        case MetricKind::InDegree:
        case MetricKind::OutDegree: {
            const bool in = kind == MetricKind::InDegree;
            double total = 0;
            for (std::size_t t = 0; t < m.typeCount; ++t)
                if (type == int(t) || (type < 0 && data.tieTypes[t].sign > 0))
                    total += in ? m.inDegree(i, t) : m.outDegree(i, t);
            out[s] = total;
            break;
        }
        }
    }
    return out;
}

} // namespace tieline::core::metrics
