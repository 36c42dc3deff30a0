// CSL-JSON, the citation format of Zotero and pandoc: sources in from a Zotero export, a dataset's
// sources out. Source ids become kebab-case keys (Zotero's URI ids become author-year keys).
// Core: no GL.
#pragma once

#include "core/io/dataset_loader.hpp"
#include "core/model/dataset.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::interop {

struct CslImport {
    std::vector<model::Source> sources; // complete only when there are no errors
    io::Diagnostics diagnostics;
};

// Reads a CSL-JSON array of items (a single item object is accepted too). Every item keeps its
// whole CSL verbatim; an id that had to change is kept as "x-csl-id".
CslImport readCslJson(std::string_view text, const std::string& fileName, const io::LoadOptions& limits = {});
CslImport readCslJsonFile(const std::string& path, const io::LoadOptions& limits = {});

// The sources as a CSL-JSON array, ready for Zotero's import.
std::string cslJsonText(const std::vector<model::Source>& sources);

// Adds sources to a dataset: a source whose key is already there replaces it (claims keep pointing
// at it), others are appended. Returns how many were replaced.
std::size_t addSources(model::Dataset& data, const std::vector<model::Source>& sources);

} // namespace tieline::core::interop
