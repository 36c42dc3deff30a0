// Barnes–Hut many-body force: group walk over the Morton quadtree, or exact pairs for small n.
#include "core/layout/many_body_force.hpp"

#include <algorithm>
#include <cmath>
#include <thread>

namespace tieline::core::layout {

namespace {

constexpr std::size_t kChunk = 64; // points handed to the kernel at once (a group has at most 64)

// The kernel (detail/many_body_kernel.hpp) gets the far field of one group. A group spans a few node
// spacings and every list entry is given relative to the group's centre, so float keeps ~7
// significant digits of each distance — far inside the approximation's own error — and doubles the
// arithmetic per vector. Each lane sums its point's list in list order, so the result is
// deterministic, and the same with the baseline and the AVX2 kernels.
// Pairs nearer than distanceMin count as distanceMin apart (force |q|·d/distanceMin²) rather than
// d3's softening (|q|/distanceMin), which would cost a square root per pair; such pairs are almost
// always inside one group, and there selfGroup() softens exactly as d3 does.

std::uint64_t pairKey(std::uint64_t salt, std::uint64_t i, std::uint64_t j, std::uint64_t axis) {
    return mix64(salt ^ (i << 32 | j)) ^ axis;
}

} // namespace

ManyBodyForce::ManyBodyForce(ManyBodyParams params)
    : m_params(std::move(params)), m_kernel(detail::accumulateKernel(m_params.kernel)) {}

void ManyBodyForce::initialize(const Bodies& bodies, Rng& rng) {
    const std::size_t n = bodies.size();
    m_salt = rng.next();
    m_strength.assign(n, m_params.strength);
    std::copy_n(m_params.strengths.begin(), std::min(n, m_params.strengths.size()), m_strength.begin());
    m_outX.assign(n, 0.0);
    m_outY.assign(n, 0.0);
}

void ManyBodyForce::exactAll(const Bodies& b, double* ax, double* ay) const {
    const std::size_t n = b.size();
    const double dmin2 = m_params.distanceMin * m_params.distanceMin;
    std::fill(ax, ax + n, 0.0);
    std::fill(ay, ay + n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const double xi = b.x[i], yi = b.y[i], qi = m_strength[i];
        double sx = 0.0, sy = 0.0;
        for (std::size_t j = i + 1; j < n; ++j) {
            double dx = b.x[j] - xi, dy = b.y[j] - yi;
            double l = dx * dx + dy * dy;
            if (l == 0.0) { // coincident: push apart in a direction that is random but reproducible
                dx = jiggle(pairKey(m_salt + m_applyCount, i, j, 0));
                dy = jiggle(pairKey(m_salt + m_applyCount, i, j, 1));
                l = dx * dx + dy * dy;
            }
            if (l < dmin2) l = std::sqrt(dmin2 * l);
            const double fi = m_strength[j] / l, fj = qi / l;
            sx += dx * fi;
            sy += dy * fi;
            ax[j] -= dx * fj;
            ay[j] -= dy * fj;
        }
        ax[i] += sx;
        ay[i] += sy;
    }
}

void ManyBodyForce::selfGroup(const MortonQuadtree::Group& group) {
    // The rare slow path: a group with points nearer than distanceMin to each other gets every
    // inner pair exactly as d3 does, in double, with the jiggle for coincident points.
    const double* x = m_tree.sortedX();
    const double* y = m_tree.sortedY();
    const double* q = m_tree.sortedQ();
    const std::uint32_t* order = m_tree.order();
    const double dmin2 = m_params.distanceMin * m_params.distanceMin;
    for (std::uint32_t p = group.begin; p < group.end; ++p) {
        double sx = 0.0, sy = 0.0;
        for (std::uint32_t s = group.begin; s < group.end; ++s) {
            if (s == p) continue;
            double dx = x[s] - x[p], dy = y[s] - y[p];
            double l = dx * dx + dy * dy;
            if (l == 0.0) {
                dx = jiggle(pairKey(m_salt + m_applyCount, order[p], order[s], 0));
                dy = jiggle(pairKey(m_salt + m_applyCount, order[p], order[s], 1));
                l = dx * dx + dy * dy;
            }
            if (l < dmin2) l = std::sqrt(dmin2 * l);
            const double f = q[s] / l;
            sx += dx * f;
            sy += dy * f;
        }
        m_ax[p] += sx;
        m_ay[p] += sy;
    }
}

void ManyBodyForce::walkGroups(std::size_t first, std::size_t last, Scratch& scratch) {
    const double theta2 = m_params.theta * m_params.theta;
    const float dmin2 = static_cast<float>(std::max(m_params.distanceMin * m_params.distanceMin, 1e-12));
    const std::size_t nodeCount = m_tree.nodeCount();
    const MortonQuadtree::Node* nodes = m_tree.nodes();
    const double *px = m_tree.sortedX(), *py = m_tree.sortedY(), *pq = m_tree.sortedQ();
    // No group collects more entries than there are nodes plus points.
    if (scratch.list.size() < nodeCount + m_tree.pointCount())
        scratch.list.resize(nodeCount + m_tree.pointCount());
    Entry* list = scratch.list.data();
    for (std::size_t gi = first; gi < last; ++gi) {
        const MortonQuadtree::Group& g = m_tree.groups()[gi];
        const double refX = 0.5 * (g.minX + g.maxX), refY = 0.5 * (g.minY + g.maxY);
        std::size_t count = 0;
        for (std::size_t i = 0; i < nodeCount;) {
            const MortonQuadtree::Node& node = nodes[i];
            if (node.begin >= g.begin && node.end <= g.end) { // inside the group: done exactly
                i = node.next;
                continue;
            }
            if (node.begin <= g.begin && g.end <= node.end) { // an ancestor: always open
                ++i;
                continue;
            }
            // Accept the cell only if it looks small from every point of the group (its nearest
            // point to the cell's centre of charge): stricter than d3's per-node test.
            const double dx = std::max({g.minX - node.cx, 0.0, node.cx - g.maxX});
            const double dy = std::max({g.minY - node.cy, 0.0, node.cy - g.maxY});
            if (node.width2 < theta2 * (dx * dx + dy * dy)) {
                list[count++] = {static_cast<float>(node.cx - refX), static_cast<float>(node.cy - refY),
                                 static_cast<float>(node.q), 0.0f};
                i = node.next;
            } else if (node.next == i + 1) {
                for (std::uint32_t s = node.begin; s < node.end; ++s)
                    list[count++] = {static_cast<float>(px[s] - refX), static_cast<float>(py[s] - refY),
                                     static_cast<float>(pq[s]), 0.0f};
                i = node.next;
            } else {
                ++i;
            }
        }
        // The group's own points as a list too: a point meets itself at distance 0, which the
        // kernel turns into exactly zero force.
        const std::size_t m = g.end - g.begin;
        Entry* own = list + count;
        for (std::uint32_t s = g.begin; s < g.end; ++s)
            own[s - g.begin] = {static_cast<float>(px[s] - refX), static_cast<float>(py[s] - refY),
                                static_cast<float>(pq[s]), 0.0f};
        if (scratch.selfX.size() < m) scratch.selfX.resize(m), scratch.selfY.resize(m);
        std::size_t close = 0;
        for (std::size_t c0 = 0; c0 < m; c0 += kChunk) {
            const std::size_t k = std::min(kChunk, m - c0);
            float gx[kChunk], gy[kChunk], sx[kChunk], sy[kChunk];
            for (std::size_t p = 0; p < k; ++p)
                gx[p] = own[c0 + p].x, gy[p] = own[c0 + p].y;
            m_kernel(list, count, gx, gy, k, sx, sy, dmin2);
            for (std::size_t p = 0; p < k; ++p) {
                m_ax[g.begin + c0 + p] += sx[p];
                m_ay[g.begin + c0 + p] += sy[p];
            }
            close += m_kernel(own, m, gx, gy, k, scratch.selfX.data() + c0, scratch.selfY.data() + c0, dmin2);
        }
        if (close > m) { // some inner pair is nearer than distanceMin
            selfGroup(g);
            continue;
        }
        for (std::size_t p = 0; p < m; ++p) {
            m_ax[g.begin + p] += scratch.selfX[p];
            m_ay[g.begin + p] += scratch.selfY[p];
        }
    }
}

void ManyBodyForce::treeAll(const Bodies& b, double* ax, double* ay) {
    const std::size_t n = b.size();
    m_tree.build(b.x.data(), b.y.data(), m_strength.data(), n);
    m_ax.assign(n, 0.0);
    m_ay.assign(n, 0.0);
    const std::size_t groupCount = m_tree.groups().size();
    if (m_params.threads > 1 && n >= m_params.parallelFrom && groupCount > 1) {
        // Two halves of the groups by point count. Every point's sum is formed in the same order
        // whatever the split, so the result does not depend on the number of threads.
        std::size_t half = 0;
        while (half < groupCount && m_tree.groups()[half].begin < n / 2)
            ++half;
        std::thread second([&] { walkGroups(half, groupCount, m_scratch[1]); });
        walkGroups(0, half, m_scratch[0]);
        second.join();
    } else {
        walkGroups(0, groupCount, m_scratch[0]);
    }
    const std::uint32_t* order = m_tree.order();
    for (std::size_t s = 0; s < n; ++s) {
        ax[order[s]] = m_ax[s];
        ay[order[s]] = m_ay[s];
    }
}

void ManyBodyForce::accelerations(const Bodies& bodies, bool exact, std::vector<double>& ax,
                                  std::vector<double>& ay) {
    if (m_strength.size() != bodies.size()) {
        Rng unused;
        initialize(bodies, unused);
    }
    ax.assign(bodies.size(), 0.0);
    ay.assign(bodies.size(), 0.0);
    if (exact)
        exactAll(bodies, ax.data(), ay.data());
    else
        treeAll(bodies, ax.data(), ay.data());
}

void ManyBodyForce::apply(Bodies& b, double alpha) {
    const std::size_t n = b.size();
    if (n < 2) return;
    if (m_strength.size() != n) { // the caller changed the node set without initialize()
        Rng unused;
        initialize(b, unused);
    }
    if (n < m_params.exactBelow)
        exactAll(b, m_outX.data(), m_outY.data());
    else
        treeAll(b, m_outX.data(), m_outY.data());
    for (std::size_t i = 0; i < n; ++i) {
        b.vx[i] += m_outX[i] * alpha;
        b.vy[i] += m_outY[i] * alpha;
    }
    ++m_applyCount;
}

std::size_t ManyBodyForce::bytesUsed() const {
    std::size_t total = m_tree.bytesUsed();
    total +=
        (m_strength.capacity() + m_ax.capacity() + m_ay.capacity() + m_outX.capacity() + m_outY.capacity()) *
        sizeof(double);
    for (const Scratch& s : m_scratch)
        total +=
            s.list.capacity() * sizeof(Entry) + (s.selfX.capacity() + s.selfY.capacity()) * sizeof(float);
    return total;
}

} // namespace tieline::core::layout
