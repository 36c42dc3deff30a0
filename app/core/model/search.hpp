// Finding actors by any of their names (romanized, variants, native script). Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <string_view>
#include <vector>

namespace tieline::core::model {

// Actors whose name, a variant or the native name contains `query` (ASCII letters compared
// without case, other text as written). Exact name matches first, then prefix matches, then the
// rest, each in dataset order. An empty query finds nothing.
std::vector<ActorId> searchActors(const Dataset& data, std::string_view query);

} // namespace tieline::core::model
