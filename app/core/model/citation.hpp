// Human-readable citations from CSL fields, and the links a source may open. Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <optional>
#include <string>

namespace tieline::core::model {

// "Radchenko, Sergey. “Why Won't China Help…”. ChinaFile, 2017-07. Archive: AVPRF, f. 0102…"
// A compact author–title–container–date form that works for books, articles and archive documents.
std::string formatCitation(const Source& source);

// The citation with a locator for slides and papers: "Radchenko, Sergey. “Why…”. ChinaFile,
// 2017-07, paragraph 4." (the citation alone when `locator` is empty).
std::string formatCitationAt(const Source& source, const std::string& locator);

// The year the source was issued ("1956"), or "" when unknown.
std::string issuedYear(const Source& source);

// "Radchenko, Sergey" / "Person, James F. and Lankov, Andrei" / "Wilson Center" (literal names).
std::string formatNames(const std::vector<PersonName>& names);

// The address to open for a source, only when it is safe: an http or https URL, or a DOI (as
// https://doi.org/...). Anything else (javascript:, file:, a bare word) gives nothing.
std::optional<std::string> safeSourceLink(const Source& source);

// True for http:// and https:// URLs with a host and no whitespace or control characters.
bool isSafeWebUrl(std::string_view url);

} // namespace tieline::core::model
