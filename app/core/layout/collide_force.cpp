// Overlap removal between discs through a sorted grid (same pair updates as d3's collide.js, each
// pair visited once, lower index first).
#include "core/layout/collide_force.hpp"

#include <algorithm>
#include <array>
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

CollideForce::CollideForce(std::vector<double> radii, double strength)
    : m_radius(radii.empty() ? 0.0 : radii.back()), m_strength(strength), m_given(std::move(radii)) {}

void CollideForce::initialize(const Bodies& bodies, Rng& rng) {
    m_salt = rng.next();
    const std::size_t n = bodies.size();
    m_radii.assign(n, m_radius);
    std::copy_n(m_given.begin(), std::min(n, m_given.size()), m_radii.begin());
    m_maxRadius = 0.0;
    for (double r : m_radii)
        m_maxRadius = std::max(m_maxRadius, r);
    m_cellOf.resize(n);
    m_cells.reserve(n);
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
            for (std::size_t j = i + 1; j < n; ++j)
                resolvePair(b, i, j, xi, yi);
        }
        ++m_applyCount;
        return;
    }
    const double cell = 2.0 * m_maxRadius;
    const auto cellOf = [cell](double v) {
        return std::clamp<std::int64_t>(static_cast<std::int64_t>(std::floor(v / cell)), -kCellBias + 1,
                                        kCellBias - 2);
    };
    for (std::size_t i = 0; i < n; ++i) {
        m_cellOf[i] = cellKey(cellOf(b.x[i] + b.vx[i]), cellOf(b.y[i] + b.vy[i])) << 20 | i;
    }
    std::sort(m_cellOf.begin(), m_cellOf.end());
    // Occupied cells as runs of the sorted nodes; a row of cells has consecutive keys.
    m_cells.clear();
    for (std::uint32_t s = 0; s < n; ++s) {
        const std::uint64_t key = m_cellOf[s] >> 20;
        if (m_cells.empty() || m_cells.back().key != key) m_cells.push_back({key, s, s});
        m_cells.back().end = s + 1;
    }
    const auto byKey = [](const Cell& c, std::uint64_t key) { return c.key < key; };
    for (const Cell& c : m_cells) {
        // The runs of the 3 × 3 block of cells around c: three binary searches, one per row.
        std::array<std::pair<std::uint32_t, std::uint32_t>, 9> runs;
        std::size_t runCount = 0;
        for (std::int64_t dy = -1; dy <= 1; ++dy) {
            const std::uint64_t rowFirst = c.key + std::uint64_t(dy << 21) - 1, rowLast = rowFirst + 2;
            auto it = std::lower_bound(m_cells.begin(), m_cells.end(), rowFirst, byKey);
            for (; it != m_cells.end() && it->key <= rowLast; ++it)
                runs[runCount++] = {it->begin, it->end};
        }
        for (std::uint32_t s = c.begin; s < c.end; ++s) {
            const std::size_t i = m_cellOf[s] & 0xfffff;
            // Node i's own prediction as of its turn (earlier pairs may have changed its velocity).
            const double xi = b.x[i] + b.vx[i], yi = b.y[i] + b.vy[i];
            for (std::size_t r = 0; r < runCount; ++r)
                for (std::uint32_t t = runs[r].first; t < runs[r].second; ++t) {
                    const std::size_t j = m_cellOf[t] & 0xfffff;
                    if (j > i) resolvePair(b, i, j, xi, yi);
                }
        }
    }
    ++m_applyCount;
}

std::size_t CollideForce::bytesUsed() const {
    return m_radii.capacity() * sizeof(double) + m_cellOf.capacity() * sizeof(std::uint64_t) +
           m_cells.capacity() * sizeof(Cell);
}

} // namespace tieline::core::layout
