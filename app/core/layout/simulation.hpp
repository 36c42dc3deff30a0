// The simulation (after d3-force's simulation.js): owns the bodies, the cooling schedule and the
// forces, and integrates once per tick. Pinned nodes are handled here, in one place. Core: no GL.
#pragma once

#include "core/layout/bodies.hpp"
#include "core/layout/force.hpp"
#include "core/layout/layout_params.hpp"
#include "core/layout/rng.hpp"

#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace tieline::core::layout {

struct CoolingParams {
    double alpha = 1.0;                              // = 1, starting "temperature" (force scale)
    double alphaMin = kDefaultLayoutParams.alphaMin; // below this the layout counts as settled
    // Per tick: alpha reaches alphaMin in the default initialTicks (≈ 0.0228 for 300 ticks).
    double alphaDecay = kDefaultLayoutParams.decayFor(1.0, kDefaultLayoutParams.initialTicks);
    double alphaTarget = 0.0;                                  // = 0, alpha relaxes towards this value
    double velocityDecay = kDefaultLayoutParams.velocityDecay; // fraction of velocity lost per tick
    bool recenter = true; // translate the free nodes so their mean stays at the origin (d3's forceCenter);
                          // skipped when any node is pinned, since pins then define the frame
};

class Simulation {
  public:
    explicit Simulation(CoolingParams cooling = {}, std::uint64_t seed = 1);

    Bodies& bodies() { return m_bodies; }
    const Bodies& bodies() const { return m_bodies; }

    // Forces run in insertion order. Returns the force for further set-up.
    Force& addForce(std::string name, std::unique_ptr<Force> force);
    Force* force(const std::string& name) const;

    // (Re)initializes every force for the current bodies. Call after changing the node set or a
    // force's inputs; tick() calls it once by itself if it was never called.
    void initialize();

    // Advances n ticks: alpha moves towards alphaTarget, forces add to velocities, nodes move.
    void tick(int n = 1);

    double alpha() const { return m_alpha; }
    const CoolingParams& cooling() const { return m_cooling; }
    std::uint64_t ticks() const { return m_ticks; }
    std::size_t bytesUsed() const;

  private:
    void integrate();

    CoolingParams m_cooling;
    double m_alpha;
    Bodies m_bodies;
    Rng m_rng;
    std::vector<std::pair<std::string, std::unique_ptr<Force>>> m_forces;
    bool m_initialized = false;
    std::uint64_t m_ticks = 0;
};

} // namespace tieline::core::layout
