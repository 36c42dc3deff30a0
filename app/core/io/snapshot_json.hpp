// The network at one moment as JSON: the `tieline snapshot` output. Core: no GL.
#pragma once

#include "core/model/active.hpp"

#include <string>
#include <vector>

namespace tieline::core::io {

struct SnapshotOptions {
    const std::vector<model::Point>* positions = nullptr; // per actor, when a layout is available
    int indent = 2;
};

// {"title", "at", "actors": [...], "ties": [...]} for the moment t.
std::string snapshotJson(const model::Dataset& data, calendar::Time t, const SnapshotOptions& options = {});
// The same for a period (README, "Time"): what is true at any time in it. "at" is the period as
// written ("1956-09"), "precision" names it; over more than a day ties carry "partial" and their
// strength is the maximum in the period.
std::string snapshotJson(const model::Dataset& data, const calendar::Window& window,
                         const SnapshotOptions& options = {});

} // namespace tieline::core::io
