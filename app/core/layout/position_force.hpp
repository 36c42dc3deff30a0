// Position force: pulls each node towards a target point, in proportion to the distance (d3's
// forceX and forceY together). Two uses: gravity (every target the origin, so disconnected
// parts stay in view) and the stability anchor (targets = the previous keyframe). Core: no GL.
#pragma once

#include "core/layout/force.hpp"

#include <vector>

namespace tieline::core::layout {

class PositionForce final : public Force {
  public:
    // Every node towards (x, y) with the same strength (fraction of the gap closed per tick at
    // alpha = 1; d3's default is 0.1).
    PositionForce(double strength, double x = 0.0, double y = 0.0);

    // Per-node targets and strengths (a strength of 0 leaves the node alone). Sizes must match
    // the bodies at initialize(); empty vectors fall back to the uniform values.
    void setTargets(std::vector<double> x, std::vector<double> y, std::vector<double> strength);

    void initialize(const Bodies& bodies, Rng& rng) override;
    void apply(Bodies& bodies, double alpha) override;
    std::size_t bytesUsed() const override;

  private:
    double m_uniformStrength, m_uniformX, m_uniformY;
    std::vector<double> m_x, m_y, m_strength;
};

} // namespace tieline::core::layout
