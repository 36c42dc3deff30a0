// Morton-ordered linear quadtree: codes, a stable radix sort and a depth-first build.
#include "core/layout/quadtree.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace tieline::core::layout {

namespace {

// Spreads the low 16 bits of v to the even bit positions.
std::uint32_t spreadBits(std::uint32_t v) {
    v &= 0xffff;
    v = (v | (v << 8)) & 0x00ff00ff;
    v = (v | (v << 4)) & 0x0f0f0f0f;
    v = (v | (v << 2)) & 0x33333333;
    v = (v | (v << 1)) & 0x55555555;
    return v;
}

} // namespace

void MortonQuadtree::sortByCode(std::size_t n) {
    // Stable LSD radix sort on the code (the upper 32 bits), 8 bits per pass; a pass where every
    // key falls into one bucket is skipped. Ties keep index order, so the result is deterministic.
    m_scratch.resize(n);
    for (int shift = 32; shift < 64; shift += 8) {
        std::array<std::uint32_t, 257> count{};
        for (std::size_t i = 0; i < n; ++i)
            ++count[((m_keys[i] >> shift) & 0xff) + 1];
        bool single = false;
        for (int b = 1; b <= 256; ++b)
            if (count[b] == n) single = true;
        if (single) continue;
        for (int b = 0; b < 256; ++b)
            count[b + 1] += count[b];
        for (std::size_t i = 0; i < n; ++i)
            m_scratch[count[(m_keys[i] >> shift) & 0xff]++] = m_keys[i];
        m_keys.swap(m_scratch);
    }
}

void MortonQuadtree::build(const double* x, const double* y, const double* q, std::size_t n) {
    m_nodes.clear();
    m_absQ.clear();
    m_groups.clear();
    m_order.resize(n);
    m_sx.resize(n);
    m_sy.resize(n);
    m_sq.resize(n);
    m_codes.resize(n);
    m_keys.resize(n);
    if (n == 0) return;

    double minX = x[0], maxX = x[0], minY = y[0], maxY = y[0];
    for (std::size_t i = 1; i < n; ++i) {
        minX = std::min(minX, x[i]);
        maxX = std::max(maxX, x[i]);
        minY = std::min(minY, y[i]);
        maxY = std::max(maxY, y[i]);
    }
    double side = std::max(maxX - minX, maxY - minY);
    if (!(side > 0.0)) side = 1.0;
    side *= 1.0 + 1e-9; // keep the largest coordinate strictly inside the last cell
    const double scale = 65536.0 / side;
    for (std::size_t i = 0; i < n; ++i) {
        const auto cx = static_cast<std::uint32_t>(std::min(65535.0, (x[i] - minX) * scale));
        const auto cy = static_cast<std::uint32_t>(std::min(65535.0, (y[i] - minY) * scale));
        const std::uint32_t code = spreadBits(cx) | (spreadBits(cy) << 1);
        m_keys[i] = (std::uint64_t(code) << 32) | std::uint64_t(i);
    }
    sortByCode(n);
    for (std::size_t s = 0; s < n; ++s) {
        const auto i = static_cast<std::uint32_t>(m_keys[s] & 0xffffffffu);
        m_order[s] = i;
        m_codes[s] = static_cast<std::uint32_t>(m_keys[s] >> 32);
        m_sx[s] = x[i];
        m_sy[s] = y[i];
        m_sq[s] = q[i];
    }
    buildNode(0, 0, static_cast<std::uint32_t>(n), side);
    collectGroups();
}

void MortonQuadtree::collectGroups() {
    for (std::uint32_t i = 0; i < m_nodes.size();) {
        const Node& node = m_nodes[i];
        if (node.end - node.begin > kGroupCapacity && node.next != i + 1) {
            ++i;
            continue;
        }
        Group g{
            i, node.begin, node.end, m_sx[node.begin], m_sy[node.begin], m_sx[node.begin], m_sy[node.begin]};
        for (std::uint32_t s = node.begin; s < node.end; ++s) {
            g.minX = std::min(g.minX, m_sx[s]);
            g.maxX = std::max(g.maxX, m_sx[s]);
            g.minY = std::min(g.minY, m_sy[s]);
            g.maxY = std::max(g.maxY, m_sy[s]);
        }
        m_groups.push_back(g);
        i = node.next;
    }
}

void MortonQuadtree::buildNode(int level, std::uint32_t b, std::uint32_t e, double width) {
    const auto index = static_cast<std::uint32_t>(m_nodes.size());
    m_nodes.push_back(Node{0.0, 0.0, 0.0, width * width, b, e, 0, 0});
    m_absQ.push_back(0.0);

    double sumQ = 0.0, sumW = 0.0, sumX = 0.0, sumY = 0.0;
    if (e - b <= kLeafCapacity || level == kMaxLevel) {
        for (std::uint32_t s = b; s < e; ++s) {
            const double w = std::abs(m_sq[s]);
            sumQ += m_sq[s];
            sumW += w;
            sumX += w * m_sx[s];
            sumY += w * m_sy[s];
        }
    } else {
        // Children are contiguous runs of the two code bits that belong to this level.
        const int shift = 2 * (kMaxLevel - 1 - level);
        std::uint32_t start = b;
        for (std::uint32_t quadrant = 0; quadrant < 4 && start < e; ++quadrant) {
            const std::uint32_t* first = m_codes.data() + start;
            const std::uint32_t* last = m_codes.data() + e;
            const auto stop = static_cast<std::uint32_t>(
                std::partition_point(first, last,
                                     [&](std::uint32_t c) { return ((c >> shift) & 3u) <= quadrant; }) -
                m_codes.data());
            if (stop == start) continue;
            buildNode(level + 1, start, stop, width * 0.5);
            start = stop;
        }
        // Aggregate the children (they follow this node directly, linked by their skip links).
        for (std::uint32_t c = index + 1; c < m_nodes.size(); c = m_nodes[c].next) {
            const double w = m_absQ[c];
            sumQ += m_nodes[c].q;
            sumW += w;
            sumX += w * m_nodes[c].cx;
            sumY += w * m_nodes[c].cy;
        }
    }
    Node& node = m_nodes[index];
    node.q = sumQ;
    m_absQ[index] = sumW;
    node.cx = sumW > 0.0 ? sumX / sumW : m_sx[b];
    node.cy = sumW > 0.0 ? sumY / sumW : m_sy[b];
    node.next = static_cast<std::uint32_t>(m_nodes.size());
}

std::size_t MortonQuadtree::bytesUsed() const {
    return (m_keys.capacity() + m_scratch.capacity()) * 8 + (m_order.capacity() + m_codes.capacity()) * 4 +
           (m_sx.capacity() + m_sy.capacity() + m_sq.capacity() + m_absQ.capacity()) * 8 +
           m_nodes.capacity() * sizeof(Node) + m_groups.capacity() * sizeof(Group);
}

} // namespace tieline::core::layout
