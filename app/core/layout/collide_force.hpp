// Collision force: nodes are discs that push each other apart where they overlap (d3's
// forceCollide), found through a uniform grid of cells one diameter wide. Core: no GL.
#pragma once

#include "core/layout/force.hpp"

#include <cstdint>
#include <vector>

namespace tieline::core::layout {

class CollideForce final : public Force {
  public:
    // Every node with the same radius (layout units); strength = 1 resolves an overlap in one tick.
    explicit CollideForce(double radius, double strength = 1.0);
    // A radius per node (its index in the bodies); nodes beyond the list get the last one.
    explicit CollideForce(std::vector<double> radii, double strength = 1.0);

    void initialize(const Bodies& bodies, Rng& rng) override;
    void apply(Bodies& bodies, double alpha) override;
    std::size_t bytesUsed() const override;

  private:
    void resolvePair(Bodies& b, std::size_t i, std::size_t j, double xi, double yi);
    template <class CellOf> void sortByCell(const Bodies& b, const CellOf& cellOf);

    double m_radius, m_strength;
    std::vector<double> m_given; // per-node radii when given
    std::vector<double> m_radii;
    double m_maxRadius = 0.0;
    struct Cell {
        std::uint64_t key;        // (row << 21 | column), biased to be non-negative
        std::uint32_t begin, end; // its nodes in m_cellOf
    };
    std::vector<std::uint64_t> m_cellOf;          // (cell key << 20 | index), sorted each tick
    std::vector<Cell> m_cells;                    // occupied cells in key order
    std::vector<std::int32_t> m_cx, m_cy;         // each node's cell (sorting scratch)
    std::vector<std::uint64_t> m_rank, m_rankTmp; // (rank of its cell << 20 | index)
    std::uint64_t m_applyCount = 0;
    std::uint64_t m_salt = 0; // from the simulation's generator, keys the jiggle
};

} // namespace tieline::core::layout
