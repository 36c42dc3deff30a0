// Writing a Dataset as format v1 JSON (README.md "Data format"): the inverse of the loader, so
// that any dataset read from GEXF or CSV can be saved and loaded back unchanged. Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <string>
#include <vector>

namespace tieline::core::io {

struct WriteJsonOptions {
    int indent = 2; // spaces per level; -1 writes one line
};

// The dataset as format v1 JSON text. Loading it back with loadDatasetText gives an equal dataset
// and no warnings (keys in the README's order, optional members only when they differ from their
// defaults). Invalid UTF-8 in strings is replaced by U+FFFD rather than thrown on.
std::string datasetToJson(const model::Dataset& data, const WriteJsonOptions& options = {});

// The sources as a CSL-JSON array (what Zotero imports). Each item is the source's verbatim CSL
// (Source::cslJson) with its id set to the source's key; fields missing from it are filled in from
// the parsed members, so hand-built sources are complete too.
std::string sourcesToCslJson(const std::vector<model::Source>& sources, const WriteJsonOptions& options = {});

// Writes the JSON atomically (temporary file, then rename). Returns false and sets `why`.
bool writeDatasetFile(const std::string& path, const model::Dataset& data, std::string& why,
                      const WriteJsonOptions& options = {});

} // namespace tieline::core::io
