// Overlap removal between discs through a sorted grid (same pair updates as d3's collide.js, each
// pair visited once, lower index first).
#include "core/layout/collide_force.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

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

template <class CellOf> void CollideForce::sortByCell(const Bodies& b, const CellOf& cellOf) {
    // m_cellOf = (cell key << 20 | index) in ascending order. The entries are distinct, so any
    // correct sort gives the same order: a stable radix sort by the cell's rank in a box around the
    // occupied cells (row-major, as the keys run), with the indices already ascending, is that sort
    // in a few linear passes. A box too large for it (nodes flung far apart) falls back to std::sort.
    const std::size_t n = b.size();
    m_cx.resize(n);
    m_cy.resize(n);
    std::int64_t minX = kCellBias, maxX = -kCellBias, minY = kCellBias, maxY = -kCellBias;
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t cx = cellOf(b.x[i] + b.vx[i]), cy = cellOf(b.y[i] + b.vy[i]);
        m_cx[i] = static_cast<std::int32_t>(cx), m_cy[i] = static_cast<std::int32_t>(cy);
        minX = std::min(minX, cx), maxX = std::max(maxX, cx);
        minY = std::min(minY, cy), maxY = std::max(maxY, cy);
    }
    const std::uint64_t width = std::uint64_t(maxX - minX + 1),
                        cells = width * std::uint64_t(maxY - minY + 1);
    if (cells > (std::uint64_t(1) << 33)) {
        for (std::size_t i = 0; i < n; ++i)
            m_cellOf[i] = cellKey(m_cx[i], m_cy[i]) << 20 | i;
        std::sort(m_cellOf.begin(), m_cellOf.end());
        return;
    }
    constexpr int kDigit = 11;
    constexpr std::size_t kBuckets = std::size_t(1) << kDigit;
    int bits = 1;
    while (bits < 64 && (cells - 1) >> bits)
        ++bits;
    m_rank.resize(n);
    m_rankTmp.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        m_rank[i] = std::uint64_t((m_cy[i] - minY) * std::int64_t(width) + (m_cx[i] - minX)) << 20 | i;
    std::array<std::uint32_t, kBuckets> count;
    for (int shift = 0; shift < bits; shift += kDigit) {
        count.fill(0);
        for (std::size_t s = 0; s < n; ++s)
            ++count[(m_rank[s] >> (20 + shift)) & (kBuckets - 1)];
        std::uint32_t sum = 0;
        for (std::uint32_t& c : count)
            sum += std::exchange(c, sum);
        for (std::size_t s = 0; s < n; ++s)
            m_rankTmp[count[(m_rank[s] >> (20 + shift)) & (kBuckets - 1)]++] = m_rank[s];
        m_rank.swap(m_rankTmp);
    }
    for (std::size_t s = 0; s < n; ++s) {
        const std::size_t i = m_rank[s] & 0xfffff;
        m_cellOf[s] = cellKey(m_cx[i], m_cy[i]) << 20 | i;
    }
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
    sortByCell(b, cellOf);
    // Occupied cells as runs of the sorted nodes; a row of cells has consecutive keys.
    m_cells.clear();
    for (std::uint32_t s = 0; s < n; ++s) {
        const std::uint64_t key = m_cellOf[s] >> 20;
        if (m_cells.empty() || m_cells.back().key != key) m_cells.push_back({key, s, s});
        m_cells.back().end = s + 1;
    }
    // The runs of the 3 × 3 block of cells around each cell, row by row. The cells come in key
    // order, so where each of the three rows' runs start only moves forward: one cursor per row
    // instead of a binary search per cell and row (the same runs in the same order).
    std::array<std::size_t, 3> cursor{0, 0, 0};
    for (const Cell& c : m_cells) {
        std::array<std::pair<std::uint32_t, std::uint32_t>, 9> runs;
        std::size_t runCount = 0;
        for (std::int64_t dy = -1; dy <= 1; ++dy) {
            const std::uint64_t rowFirst = c.key + std::uint64_t(dy << 21) - 1, rowLast = rowFirst + 2;
            std::size_t& at = cursor[static_cast<std::size_t>(dy + 1)];
            while (at < m_cells.size() && m_cells[at].key < rowFirst)
                ++at;
            for (std::size_t it = at; it < m_cells.size() && m_cells[it].key <= rowLast; ++it)
                runs[runCount++] = {m_cells[it].begin, m_cells[it].end};
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
    return m_radii.capacity() * sizeof(double) +
           (m_cellOf.capacity() + m_rank.capacity() + m_rankTmp.capacity()) * sizeof(std::uint64_t) +
           (m_cx.capacity() + m_cy.capacity()) * sizeof(std::int32_t) + m_cells.capacity() * sizeof(Cell);
}

} // namespace tieline::core::layout
