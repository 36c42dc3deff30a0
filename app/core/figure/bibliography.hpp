// The bibliography beside an export: the sources of the ties visible in it, as Markdown
// (formatted citations, each with the ties it supports and the claims' quotes) and as CSL-JSON
// (the sources' items as the dataset holds them, for Zotero or pandoc). Core: no GL.
//
// Usage (one picture, or a sweep):
//   std::vector<char> seen;                    // by TieId index
//   markVisibleTies(data, scene, seen);         // once per frame; a sweep keeps adding
//   writeBibliography(data, seen, "1956-09-20", "refs.md", why);  // refs.md and refs.json
#pragma once

#include "core/scene/scene.hpp"

#include <string>
#include <vector>

namespace tieline::core::figure {

// Marks (sets to 1) the ties drawn in the scene: those with a visible stretch and opacity. Sizes
// `seen` to the dataset's tie count; never clears what is already marked.
void markVisibleTies(const model::Dataset& data, const scene::Scene& scene, std::vector<char>& seen);

// The sources the marked ties' claims cite, in the order of their formatted citations.
// `kinds`: only sources whose evidence kind is in the set (--bib-kinds archive,scholarship).
std::vector<model::SourceId> sourcesOfTies(const model::Dataset& data, const std::vector<char>& ties,
                                           model::EvidenceMask kinds = model::kAllEvidence);

// Markdown: a heading with the dataset's title and `when` ("20 September 1956", or a range), then
// per source its citation and, under it, each marked tie it supports with the claims' locators
// and quotes. Each citation ends with its kind in italics ("*archival document*"); with `kinds`
// narrower than all, the heading line says which kinds were kept. Text that Markdown would read as
// markup is escaped.
std::string bibliographyMarkdown(const model::Dataset& data, const std::vector<char>& ties,
                                 const std::string& when, model::EvidenceMask kinds = model::kAllEvidence);

// CSL-JSON: an array of the sources' items (each with its "evidence" field when known).
std::string bibliographyCslJson(const model::Dataset& data, const std::vector<char>& ties,
                                model::EvidenceMask kinds = model::kAllEvidence);

// Writes both files atomically: `markdownPath` and cslPathFor(markdownPath). Returns false and
// sets `why` when either cannot be written.
bool writeBibliography(const model::Dataset& data, const std::vector<char>& ties, const std::string& when,
                       const std::string& markdownPath, std::string& why,
                       model::EvidenceMask kinds = model::kAllEvidence);

} // namespace tieline::core::figure
