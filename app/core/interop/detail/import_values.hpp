// Spans, strengths and claims of one node or edge: checked, merged, and taken from tieline's
// exact attributes when those still agree with the spells and weights beside them. Internal
// to interop/ (used by import_builder.cpp). Core: no GL.
#pragma once

#include "core/interop/detail/import_builder.hpp"

#include <optional>
#include <vector>

namespace tieline::core::interop {

// The spans of a node or edge. Inverted intervals are errors; overlapping ones merge (and, for
// timestamps, neighbouring ones too). `ok` turns false on an error.
std::vector<calendar::Span> chooseSpans(const std::vector<RawSpan>& raw, bool points, const RawExact& exact,
                                        Reporter& report, bool& ok);

// Strength keyframes from a time-varying weight (their size: the builder scales them to 0..1 once
// it has seen every weight), or from the exact "strength" attribute when it agrees with them.
// Empty when the edge has no time-varying weight.
std::vector<model::StrengthKey> chooseStrength(const RawEdge& edge, Reporter& report);

// The claims of the exact "claims" attribute, when it parses and names the same sources as the
// edge's "sources" list; otherwise nullopt (with a warning when it was present but unusable).
std::optional<std::vector<RawClaim>> exactClaims(const RawEdge& edge, Reporter& report);

// The earliest and the latest date among the spans and strengths (by first day and day after).
std::optional<std::pair<calendar::Date, calendar::Date>> datedExtent(const model::Dataset& data);

// The dataset's time range: the options' range, else the file's own, else the whole years from the
// earliest to the latest date in it (a file without any date gets options.staticYear, with a warning).
void resolveRange(model::Dataset& data, const RawGraph& raw, const ImportOptions& options, Reporter& report,
                  bool& ok);

} // namespace tieline::core::interop
