// Patrons above clients: each actor's depth in the patron relation at one moment, and the soft
// vertical force that places actors by it (`--arrange hierarchy`). Core: no GL.
//
// Depth: 0 for an actor nobody present is patron of, else one more than its deepest patron
// (longest-path layering). Actors in a cycle of patronage share one level; the ends of a
// same-level tie (a treaty) share one level unless patronage already orders them. Actors in no
// patron or same-level tie have no depth (-1) and are left to the other forces.
#pragma once

#include "core/layout/force.hpp"
#include "core/layout/layout_params.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace tieline::core::layout {

// "free" or "hierarchy" (the --arrange option, the settings and the script's `arrange`).
const char* arrangeKeyword(Arrange arrange);
std::optional<Arrange> parseArrange(std::string_view text);

struct PatronEdge {
    std::uint32_t patron = 0, client = 0; // node indices
};

struct LevelPair {
    std::uint32_t a = 0, b = 0; // node indices on one level
};

// Depth per node (0 at the top), or -1 for a node in no edge or pair. Deterministic: the result
// depends on the edges and pairs only, never on their order, except which same-level pair is
// dropped first when pairs contradict the patronage (they are taken in the order given).
std::vector<int> patronDepths(std::size_t nodes, std::span<const PatronEdge> edges,
                              std::span<const LevelPair> sameLevel);

// A vertical pull towards per-node target heights (d3's forceY with per-node targets); a strength
// of 0 leaves a node alone.
class LevelForce final : public Force {
  public:
    LevelForce(std::vector<double> targetY, std::vector<double> strength);
    void initialize(const Bodies& bodies, Rng& rng) override;
    void apply(Bodies& bodies, double alpha) override;
    std::size_t bytesUsed() const override;

  private:
    std::vector<double> m_y, m_strength;
};

} // namespace tieline::core::layout
