// Pull towards per-node targets (gravity, stability anchor).
#include "core/layout/position_force.hpp"

#include <algorithm>

namespace tieline::core::layout {

PositionForce::PositionForce(double strength, double x, double y)
    : m_uniformStrength(strength), m_uniformX(x), m_uniformY(y) {}

void PositionForce::setTargets(std::vector<double> x, std::vector<double> y, std::vector<double> strength) {
    m_x = std::move(x);
    m_y = std::move(y);
    m_strength = std::move(strength);
}

void PositionForce::initialize(const Bodies& bodies, Rng&) {
    const std::size_t n = bodies.size();
    if (m_x.size() != n || m_y.size() != n || m_strength.size() != n) {
        m_x.assign(n, m_uniformX);
        m_y.assign(n, m_uniformY);
        m_strength.assign(n, m_uniformStrength);
    }
}

void PositionForce::apply(Bodies& b, double alpha) {
    const std::size_t n = std::min(b.size(), m_strength.size());
    for (std::size_t i = 0; i < n; ++i) {
        const double k = m_strength[i] * alpha;
        b.vx[i] += (m_x[i] - b.x[i]) * k;
        b.vy[i] += (m_y[i] - b.y[i]) * k;
    }
}

std::size_t PositionForce::bytesUsed() const {
    return (m_x.capacity() + m_y.capacity() + m_strength.capacity()) * sizeof(double);
}

} // namespace tieline::core::layout
