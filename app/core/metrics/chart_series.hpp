// What the charts plot, taken out of the metrics: an actor's patron shares as stacked layers (by
// patron, or by the patrons' camps) and one metric as a line. Shared by the charts panel, the
// timeline's sparkline and the chart tests. Core: no GL.
#pragma once

#include "core/metrics/metrics.hpp"

#include <string>
#include <vector>

namespace tieline::core::metrics {

struct StackLayer {
    std::string label; // the patron's name, or the camp's (group's) label
    model::Rgb color = 0x888888;
    std::vector<double> values; // per step: this layer's share, 0..1 (0 where it gives nothing)
};

struct StackedShares {
    std::vector<StackLayer> layers; // bottom first: in actor order, or in group order by camp
    std::vector<char> defined;      // per step: the client has patrons (the layers sum to 1)
};

// The shares of `client`'s patrons at every step. By camp, patrons of one group are summed into
// one layer in the group's colour; by patron, each patron has a layer in its group's colour, made
// lighter for the second and later patrons of the same group so that neighbours stay apart.
StackedShares patronShareLayers(const model::Dataset& data, const Metrics& metrics, std::size_t client,
                                bool byCamp);

enum class MetricKind { Betweenness, Constraint, CampBalance, PatronStrength, InDegree, OutDegree };

const char* metricLabel(MetricKind kind);

// One metric of one actor per step; NaN where undefined or absent. `type` picks the tie type for
// the degrees (-1: the sum over all cooperative types).
std::vector<double> metricSeries(const model::Dataset& data, const Metrics& metrics, std::size_t actor,
                                 MetricKind kind, int type = -1);

} // namespace tieline::core::metrics
