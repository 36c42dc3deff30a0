// Springs along edges, Gauss–Seidel style in edge order (each edge sees the velocities the
// previous ones left), as in d3's link.js.
#include "core/layout/link_force.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::layout {

void LinkForce::initialize(const Bodies& bodies, Rng& rng) {
    m_salt = rng.next();
    const std::size_t n = bodies.size();
    std::vector<std::uint32_t> degree(n, 0);
    for (const LinkSpec& l : m_links) {
        if (l.source < n) ++degree[l.source];
        if (l.target < n) ++degree[l.target];
    }
    m_strength.assign(m_links.size(), 0.0);
    m_bias.assign(m_links.size(), 0.5);
    for (std::size_t k = 0; k < m_links.size(); ++k) {
        const LinkSpec& l = m_links[k];
        if (l.source >= n || l.target >= n || l.source == l.target) continue; // inert
        const double ds = degree[l.source], dt = degree[l.target];
        m_strength[k] = l.weight / std::min(ds, dt);
        // The end with fewer links moves more, so hubs stay steady.
        m_bias[k] = ds / (ds + dt);
    }
}

void LinkForce::apply(Bodies& b, double alpha) {
    const std::size_t count = std::min(m_links.size(), m_strength.size());
    for (std::size_t k = 0; k < count; ++k) {
        const double strength = m_strength[k];
        if (strength == 0.0) continue;
        const LinkSpec& link = m_links[k];
        const std::uint32_t s = link.source, t = link.target;
        // Where the ends are headed this tick (positions plus velocities so far).
        double x = b.x[t] + b.vx[t] - b.x[s] - b.vx[s];
        double y = b.y[t] + b.vy[t] - b.y[s] - b.vy[s];
        if (x == 0.0) x = jiggle(mix64(m_salt + m_applyCount) ^ (2 * k));
        if (y == 0.0) y = jiggle(mix64(m_salt + m_applyCount) ^ (2 * k + 1));
        double l = std::sqrt(x * x + y * y);
        if (link.pushOnly && l >= link.distance) continue;
        l = (l - link.distance) / l * alpha * strength;
        x *= l;
        y *= l;
        const double bias = m_bias[k];
        b.vx[t] -= x * bias;
        b.vy[t] -= y * bias;
        b.vx[s] += x * (1.0 - bias);
        b.vy[s] += y * (1.0 - bias);
    }
    ++m_applyCount;
}

std::size_t LinkForce::bytesUsed() const {
    return m_links.capacity() * sizeof(LinkSpec) +
           (m_strength.capacity() + m_bias.capacity()) * sizeof(double);
}

} // namespace tieline::core::layout
