// Metrics as files: a CSV table (one row per step and actor, for spreadsheets and pandas) and a
// JSON document (one series per metric and actor, for plotting). Written by `tieline metrics`.
// Core: no GL.
#pragma once

#include "core/metrics/metrics.hpp"

#include <optional>
#include <string>

namespace tieline::core::metrics {

// Which rows to write: steps [firstStep, endStep) and one actor or all of them.
struct MetricsSelection {
    std::size_t firstStep = 0;
    std::size_t endStep = static_cast<std::size_t>(-1); // clamped to the metrics' steps
    std::optional<model::ActorId> actor;                // empty: every actor present at a step
};

// Columns: date, actor, name, betweenness, betweenness_normalized, constraint, camp_balance,
// patron_strength, then share_<patron> for each patron (of the selected actor, or of anyone),
// then in_<type> and out_<type> for each tie type. One row per step and present actor. Undefined
// values (constraint and balance without ties, shares of an actor without patrons) are empty
// cells; numbers have ten significant digits.
std::string metricsCsv(const model::Dataset& data, const Metrics& metrics, const MetricsSelection& selection);

// {"dataset", "step", "patronTypes", "merges", "dates": [...], "actors": [{"id", "name",
// "present": [...], "betweenness", "betweennessNormalized", "constraint", "campBalance",
// "patronStrength": [...], "patronShare": {patron: [...]}, "inDegree": {type: [...]},
// "outDegree": {type: [...]}}]}. Undefined values are null; tie types and patrons that are zero
// throughout the range are left out of an actor's objects.
std::string metricsJson(const model::Dataset& data, const Metrics& metrics,
                        const MetricsSelection& selection);

} // namespace tieline::core::metrics
