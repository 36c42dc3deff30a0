// Integration and cooling for the force simulation (semantics of d3-force's simulation.js).
#include "core/layout/simulation.hpp"

namespace tieline::core::layout {

Simulation::Simulation(CoolingParams cooling, std::uint64_t seed)
    : m_cooling(cooling), m_alpha(cooling.alpha), m_rng(seed) {}

Force& Simulation::addForce(std::string name, std::unique_ptr<Force> force) {
    m_forces.emplace_back(std::move(name), std::move(force));
    m_initialized = false;
    return *m_forces.back().second;
}

Force* Simulation::force(const std::string& name) const {
    for (const auto& [n, f] : m_forces)
        if (n == name) return f.get();
    return nullptr;
}

void Simulation::initialize() {
    for (auto& [name, f] : m_forces)
        f->initialize(m_bodies, m_rng);
    m_initialized = true;
}

void Simulation::tick(int n) {
    if (!m_initialized) initialize();
    for (int k = 0; k < n; ++k) {
        m_alpha += (m_cooling.alphaTarget - m_alpha) * m_cooling.alphaDecay;
        for (auto& [name, f] : m_forces)
            f->apply(m_bodies, m_alpha);
        integrate();
        ++m_ticks;
    }
}

void Simulation::integrate() {
    Bodies& b = m_bodies;
    const std::size_t n = b.size();
    const double keep = 1.0 - m_cooling.velocityDecay;
    bool anyPinned = false;
    for (std::size_t i = 0; i < n; ++i) {
        if (b.pinned[i]) {
            b.x[i] = b.fx[i];
            b.y[i] = b.fy[i];
            b.vx[i] = b.vy[i] = 0.0;
            anyPinned = true;
        } else {
            b.vx[i] *= keep;
            b.vy[i] *= keep;
            b.x[i] += b.vx[i];
            b.y[i] += b.vy[i];
        }
    }
    if (!m_cooling.recenter || anyPinned || n == 0) return;
    double sx = 0.0, sy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        sx += b.x[i];
        sy += b.y[i];
    }
    sx /= static_cast<double>(n);
    sy /= static_cast<double>(n);
    for (std::size_t i = 0; i < n; ++i) {
        b.x[i] -= sx;
        b.y[i] -= sy;
    }
}

std::size_t Simulation::bytesUsed() const {
    std::size_t total = m_bodies.bytesUsed();
    for (const auto& [name, f] : m_forces)
        total += f->bytesUsed();
    return total;
}

} // namespace tieline::core::layout
