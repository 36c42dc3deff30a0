// The force contract (after d3-force): a force reads positions and adds to velocities; it never
// moves a node itself. The Simulation integrates and handles pinned nodes. Core: no GL.
#pragma once

#include "core/layout/bodies.hpp"
#include "core/layout/rng.hpp"

#include <cstddef>

namespace tieline::core::layout {

class Force {
  public:
    virtual ~Force() = default;
    // Called when the node set changes: size buffers and cache per-node and per-edge constants
    // here, never in apply(). `rng` is the simulation's seeded generator.
    virtual void initialize(const Bodies& bodies, Rng& rng) = 0;
    // The hot loop: adds alpha-scaled accelerations to bodies.vx / bodies.vy. No allocation.
    virtual void apply(Bodies& bodies, double alpha) = 0;
    // Heap bytes held, for the memory benchmark.
    virtual std::size_t bytesUsed() const { return 0; }
};

} // namespace tieline::core::layout
