// What the graph formats (GEXF, CSV) cannot carry from a dataset, said plainly so that a
// conversion never loses anything silently. Internal to interop/. Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <string>
#include <vector>

namespace tieline::core::interop {

// Losses both formats share: events, stories, meta fields, tie type and group descriptions, and
// types or groups nothing uses. Sources are not listed: they travel in a CSL-JSON file beside.
std::vector<std::string> graphFormatLosses(const model::Dataset& data);

} // namespace tieline::core::interop
