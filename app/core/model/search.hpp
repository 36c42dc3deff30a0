// Finding actors by any of their names (romanized, variants, native script), and ties, sources and
// events (Ctrl+F). Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <string_view>
#include <vector>

namespace tieline::core::model {

// Actors whose name, a variant or the native name contains `query` (ASCII letters compared
// without case, other text as written). Exact name matches first, then prefix matches, then the
// rest, each in dataset order. An empty query finds nothing.
std::vector<ActorId> searchActors(const Dataset& data, std::string_view query);

enum class HitKind : std::uint8_t { Actor, Tie, Source, Event };

struct SearchHit {
    HitKind kind = HitKind::Actor;
    std::uint32_t index = 0; // into data.actors, .ties, .sources or .events
    int rank = 0;            // 0 exact, 1 prefix, 2 contains
};

// Everything `query` finds, compared like searchActors: actors (any name); ties by either end's
// name, their tie type (key or label) or their id; sources by title, author or translator, archive,
// archive reference (archive_location) or id; events by title or id. Ordered by kind (actors, ties,
// sources, events), then best rank, then dataset order.
std::vector<SearchHit> searchAll(const Dataset& data, std::string_view query);

} // namespace tieline::core::model
