// Overlap removal between discs through a sorted grid (same pair updates as d3's collide.js, each
// pair visited once, lower index first).
#include "core/layout/collide_force.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::layout {

namespace {

constexpr std::int64_t kCellBias = 1 << 20; // cell coordinates are biased to stay non-negative
constexpr std::size_t kAllPairsBelow = 64;  // below this, checking all pairs beats sorting a grid

std::uint64_t cellKey(std::int64_t cx, std::int64_t cy) {
    return (std::uint64_t(cy + kCellBias) << 21 | std::uint64_t(cx + kCellBias)) & 0x7ffffffffffULL;
}

} // namespace

CollideForce::CollideForce(double radius, double strength) : m_radius(radius), m_strength(strength) {}

void CollideForce::initialize(const Bodies& bodies, Rng& rng) {
    m_salt = rng.next();
    const std::size_t n = bodies.size();
    m_radii.assign(n, m_radius);
    for (std::size_t i = 0; i < n && i < m_custom.size(); ++i) m_radii[i] = m_custom[i];
    m_maxRadius = 0.0;
    for (double r : m_radii) m_maxRadius = std::max(m_maxRadius, r);
    m_cellOf.resize(n);
    m_px.resize(n);
    m_py.resize(n);
}

void CollideForce::resolvePair(Bodies& b, std::size_t i, std::size_t j, double xi, double yi) {
    const double ri = m_radii[i], rj = m_radii[j], r = ri + rj;
    double dx = xi - (b.x[j] + b.vx[j]);
    double dy = yi - (b.y[j] + b.vy[j]);
    double l = dx * dx + dy * dy;
    if (l >= r * r) return;
    if (dx == 0.0) dx = jiggle(mix64(m_salt + 2 * m_applyCount) ^ (i << 21 | j)), l += dx * dx;
    if (dy == 0.0) dy = jiggle(mix64(m_salt + 2 * m_applyCount + 1) ^ (i << 21 | j)), l += dy * dy;
    l = std::sqrt(l);
    const double push = (r - l) / l * m_strength;
    dx *= push;
    dy *= push;
    // The smaller disc moves more (weights by area, as d3).
    const double share = (rj * rj) / (ri * ri + rj * rj);
    b.vx[i] += dx * share;
    b.vy[i] += dy * share;
    b.vx[j] -= dx * (1.0 - share);
    b.vy[j] -= dy * (1.0 - share);
}

void CollideForce::apply(Bodies& b, double) {
    const std::size_t n = b.size();
    // Indices share a 64-bit word with the cell key: 2^20 nodes is far beyond a dataset layout.
    if (n < 2 || n >= (std::size_t(1) << 20) || m_radii.size() != n || !(m_maxRadius > 0.0)) return;
    if (n <= kAllPairsBelow) {
        for (std::size_t i = 0; i < n; ++i) {
            // Node i's own prediction as of its turn (earlier pairs may have changed its velocity).
            const double xi = b.x[i] + b.vx[i], yi = b.y[i] + b.vy[i];
            for (std::size_t j = i + 1; j < n; ++j) resolvePair(b, i, j, xi, yi);
        }
        ++m_applyCount;
        return;
    }
    const double cell = 2.0 * m_maxRadius;
    const auto cellOf = [cell](double v) {
        return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor(v / cell)), -kCellBias + 1, kCellBias - 2);
    };
    for (std::size_t i = 0; i < n; ++i) {
        m_px[i] = b.x[i] + b.vx[i];
        m_py[i] = b.y[i] + b.vy[i];
        m_cellOf[i] = cellKey(cellOf(m_px[i]), cellOf(m_py[i])) << 20 | i;
    }
    std::sort(m_cellOf.begin(), m_cellOf.end());
    for (std::size_t i = 0; i < n; ++i) {
        const double xi = b.x[i] + b.vx[i], yi = b.y[i] + b.vy[i];
        const std::int64_t cx = cellOf(m_px[i]), cy = cellOf(m_py[i]);
        for (std::int64_t gy = cy - 1; gy <= cy + 1; ++gy) {
            for (std::int64_t gx = cx - 1; gx <= cx + 1; ++gx) {
                const std::uint64_t key = cellKey(gx, gy);
                auto it = std::lower_bound(m_cellOf.begin(), m_cellOf.end(), key << 20);
                for (; it != m_cellOf.end() && (*it >> 20) == key; ++it) {
                    const std::size_t j = *it & 0xfffff;
                    if (j > i) resolvePair(b, i, j, xi, yi);
                }
            }
        }
    }
    ++m_applyCount;
}

std::size_t CollideForce::bytesUsed() const {
    return (m_custom.capacity() + m_radii.capacity() + m_px.capacity() + m_py.capacity()) * sizeof(double) +
           m_cellOf.capacity() * sizeof(std::uint64_t);
}

} // namespace tieline::core::layout
