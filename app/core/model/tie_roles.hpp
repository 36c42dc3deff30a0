// The patron role of tie types: keywords, and which end of a tie is the patron. One rule for the
// map's arrows, the metrics' patron shares, the hierarchy arrangement and the legend
// (README.md, "Data format", tie types' "layout"). Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::core::model {

// "from", "to", "same", "none".
const char* patronRoleKeyword(PatronRole role);
std::optional<PatronRole> parsePatronRole(std::string_view text);

// The end of a tie that is the patron: `from` for a "from" type, `to` for a "to" type; none for
// "same" and "none" types (a treaty puts both on one level).
std::optional<ActorId> patronEnd(const Dataset& data, const Tie& tie);

// The end a legend or a sentence names as the patron of a type: "from", "to" or "" (none).
std::string patronEndOfType(const TieType& type);

// The types with a patron role (From, To or Same), in dataset order: the patron-share types.
std::vector<TieTypeId> patronTypes(const Dataset& data);

// "patronage, aid and treaty ties" from the patron types' labels (lower-cased); "" when none.
std::string patronTypesPhrase(const Dataset& data, const std::vector<TieTypeId>& types);

} // namespace tieline::core::model
