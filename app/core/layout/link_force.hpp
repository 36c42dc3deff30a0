// Link force: a spring per edge pulling its two ends towards a rest length (d3's forceLink), with
// per-edge rest length and stiffness, and one-sided springs that only push (hostile ties). Core: no GL.
#pragma once

#include "core/layout/force.hpp"
#include "core/layout/layout_params.hpp"

#include <cstdint>
#include <vector>

namespace tieline::core::layout {

struct LinkSpec {
    std::uint32_t source = 0, target = 0;                // body indices
    double distance = kDefaultLayoutParams.linkDistance; // rest length in layout units
    double weight = 1.0;   // = 1, multiplies d3's default stiffness 1 / min(degree(source), degree(target))
    bool pushOnly = false; // true: acts only while the ends are closer than `distance`
};

class LinkForce final : public Force {
  public:
    explicit LinkForce(std::vector<LinkSpec> links = {}) : m_links(std::move(links)) {}

    const std::vector<LinkSpec>& links() const { return m_links; }

    void initialize(const Bodies& bodies, Rng& rng) override;
    void apply(Bodies& bodies, double alpha) override;
    std::size_t bytesUsed() const override;

  private:
    std::vector<LinkSpec> m_links;
    std::vector<double> m_strength, m_bias; // per link, cached at initialize() (d3 link.js)
    std::uint64_t m_applyCount = 0;
    std::uint64_t m_salt = 0; // from the simulation's generator, keys the jiggle
};

} // namespace tieline::core::layout
