// Options shared by the GEXF and CSV importers. Core: no GL.
#pragma once

#include "core/io/dataset_loader.hpp"
#include "core/model/dataset.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tieline::core::interop {

struct ImportOptions {
    // File size, message cap, longest attribute or cell, nodes and edges. XML says in 300 MB what
    // JSON says in 150: GEXF and CSV files may be up to 1 GiB.
    io::LoadOptions limits = [] {
        io::LoadOptions o;
        o.maxFileBytes = std::size_t(1) << 30;
        return o;
    }();
    std::string title;                        // the dataset's title; default: the file name without extension
    std::optional<calendar::Date> rangeStart; // the time range, when the file's own (or the inferred one)
    std::optional<calendar::Date> rangeEnd;   // should not be used
    std::vector<model::Source> sources;       // sources the file refers to by id (a CSL-JSON sidecar)
    std::int32_t staticYear = 2000;           // the range given to a network without any date
};

} // namespace tieline::core::interop
