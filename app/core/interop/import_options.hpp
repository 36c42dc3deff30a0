// Options shared by the GEXF and CSV importers. Core: no GL.
#pragma once

#include "core/io/dataset_loader.hpp"
#include "core/model/dataset.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tieline::core::interop {

struct ImportOptions {
    // File size, message cap, longest attribute or cell, nodes and edges: the same defaults as a JSON
    // dataset's (io::kDefaultMaxInputBytes), so that one limit (the CLI's --max-input) holds on every
    // path.
    io::LoadOptions limits;
    std::string title;                        // the dataset's title; default: the file name without extension
    std::optional<calendar::Date> rangeStart; // the time range, when the file's own (or the inferred one)
    std::optional<calendar::Date> rangeEnd;   // should not be used
    std::vector<model::Source> sources;       // sources the file refers to by id (a CSL-JSON sidecar)
    std::int32_t staticYear = 2000;           // the range given to a network without any date
};

} // namespace tieline::core::interop
