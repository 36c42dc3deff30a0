// Many-body force: every pair of nodes repels (or attracts) with a strength falling off as 1/r,
// as d3's forceManyBody. Core: no GL.
// Above a size threshold it uses a Barnes–Hut approximation (Barnes & Hut, "A hierarchical
// O(N log N) force-calculation algorithm", Nature 324, 1986) over a Morton-ordered quadtree,
// walked once per group of nearby nodes rather than once per node (Barnes 1990); below it, exact
// all pairs.
#pragma once

#include "core/layout/detail/many_body_kernel.hpp"
#include "core/layout/force.hpp"
#include "core/layout/layout_params.hpp"
#include "core/layout/quadtree.hpp"

#include <cstddef>
#include <vector>

namespace tieline::core::layout {

struct ManyBodyParams {
    double strength = kDefaultLayoutParams.charge;         // charge per node; negative repels
    double theta = kDefaultLayoutParams.theta;             // Barnes–Hut opening angle
    double distanceMin = kDefaultLayoutParams.distanceMin; // layout units; closer pairs are softened
    std::size_t exactBelow = 48; // = 48 nodes: below this, exact all pairs is faster than a tree
    int threads = kDefaultLayoutParams.threads; // at most this many (2 pays from parallelFrom nodes)
    std::size_t parallelFrom = 16384; // = 16384 nodes: below this a second thread costs more than it saves
    std::vector<double> strengths;    // a charge per node (by index) instead of `strength`; empty: none
    // The far-field kernel: AVX2 where the CPU has it (Auto), bit for bit the same as the baseline.
    detail::KernelChoice kernel = detail::KernelChoice::Auto;
};

class ManyBodyForce final : public Force {
  public:
    explicit ManyBodyForce(ManyBodyParams params = {});

    const ManyBodyParams& params() const { return m_params; }
    const char* kernelName() const { return detail::kernelName(m_kernel); } // "avx2" or "baseline"

    void initialize(const Bodies& bodies, Rng& rng) override;
    void apply(Bodies& bodies, double alpha) override;
    std::size_t bytesUsed() const override;

    // The accelerations at alpha = 1 without touching velocities, exactly (all pairs) or by the
    // tree: for tests and for checking the approximation.
    void accelerations(const Bodies& bodies, bool exact, std::vector<double>& ax, std::vector<double>& ay);

  private:
    // The interaction list of one group: accepted cells and points of opened leaves, in float
    // coordinates relative to the group's centre (see accumulateList() in the .cpp for why).
    using Entry = detail::KernelEntry;
    struct Scratch {
        std::vector<Entry> list;         // sized to the most entries a group can collect
        std::vector<float> selfX, selfY; // the group's inner forces
    };

    void exactAll(const Bodies& bodies, double* ax, double* ay) const;
    void treeAll(const Bodies& bodies, double* ax, double* ay);
    void walkGroups(std::size_t first, std::size_t last, Scratch& scratch);
    void selfGroup(const MortonQuadtree::Group& group);

    ManyBodyParams m_params;
    detail::AccumulateFn m_kernel;
    std::vector<double> m_strength; // per node, cached at initialize()
    MortonQuadtree m_tree;
    std::vector<double> m_ax, m_ay; // in Morton order
    std::vector<double> m_outX, m_outY;
    Scratch m_scratch[2];
    std::uint64_t m_applyCount = 0; // with m_salt, keys the jiggle of coincident points
    std::uint64_t m_salt = 0;       // drawn from the simulation's generator at initialize()
};

} // namespace tieline::core::layout
