// Depths in the patron relation (strongly connected components, then same-level merges, then
// longest-path layering) and the level force.
#include "core/layout/hierarchy.hpp"

#include <algorithm>
#include <numeric>

namespace tieline::core::layout {

namespace {

// Tarjan's strongly connected components, iteratively; components numbered in order of completion.
std::vector<std::uint32_t> components(std::size_t n, const std::vector<std::uint32_t>& offsets,
                                      const std::vector<std::uint32_t>& targets) {
    constexpr std::uint32_t kUnset = ~std::uint32_t(0);
    std::vector<std::uint32_t> index(n, kUnset), low(n, 0), comp(n, kUnset), stack;
    std::vector<std::uint8_t> onStack(n, 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> calls; // (node, next edge)
    std::uint32_t counter = 0, compCount = 0;
    for (std::uint32_t root = 0; root < n; ++root) {
        if (index[root] != kUnset) continue;
        calls.push_back({root, offsets[root]});
        index[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = 1;
        while (!calls.empty()) {
            auto& [v, e] = calls.back();
            if (e < offsets[v + 1]) {
                const std::uint32_t w = targets[e++];
                if (index[w] == kUnset) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = 1;
                    calls.push_back({w, offsets[w]});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            const std::uint32_t done = v;
            calls.pop_back();
            if (!calls.empty()) low[calls.back().first] = std::min(low[calls.back().first], low[done]);
            if (low[done] == index[done]) {
                std::uint32_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = 0;
                    comp[w] = compCount;
                } while (w != done);
                ++compCount;
            }
        }
    }
    return comp;
}

struct UnionFind {
    std::vector<std::uint32_t> parent;
    explicit UnionFind(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
    std::uint32_t find(std::uint32_t v) {
        while (parent[v] != v)
            v = parent[v] = parent[parent[v]];
        return v;
    }
    void unite(std::uint32_t a, std::uint32_t b) { // the smaller index stays the root
        a = find(a), b = find(b);
        if (a != b) parent[std::max(a, b)] = std::min(a, b);
    }
};

void toAdjacency(std::size_t n, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& arcs,
                 std::vector<std::uint32_t>& offsets, std::vector<std::uint32_t>& targets) {
    offsets.assign(n + 1, 0);
    for (const auto& [a, b] : arcs)
        ++offsets[a + 1];
    for (std::size_t i = 0; i < n; ++i)
        offsets[i + 1] += offsets[i];
    targets.assign(arcs.size(), 0);
    std::vector<std::uint32_t> next(offsets.begin(), offsets.end() - 1);
    for (const auto& [a, b] : arcs)
        targets[next[a]++] = b;
}

} // namespace

const char* arrangeKeyword(Arrange arrange) {
    return arrange == Arrange::Hierarchy ? "hierarchy" : "free";
}

std::optional<Arrange> parseArrange(std::string_view text) {
    if (text == "free") return Arrange::Free;
    if (text == "hierarchy") return Arrange::Hierarchy;
    return std::nullopt;
}

std::vector<int> patronDepths(std::size_t n, std::span<const PatronEdge> edges,
                              std::span<const LevelPair> sameLevel) {
    std::vector<std::uint8_t> involved(n, 0);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    for (const PatronEdge& e : edges) {
        if (e.patron >= n || e.client >= n) continue;
        involved[e.patron] = involved[e.client] = 1;
        if (e.patron != e.client) arcs.push_back({e.patron, e.client});
    }
    for (const LevelPair& p : sameLevel)
        if (p.a < n && p.b < n) involved[p.a] = involved[p.b] = 1;
    std::sort(arcs.begin(), arcs.end()); // the result never depends on the order of the edges
    arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());

    // Cycles of patronage share one level: condense them.
    std::vector<std::uint32_t> offsets, targets;
    toAdjacency(n, arcs, offsets, targets);
    const std::vector<std::uint32_t> comp = components(n, offsets, targets);
    std::size_t comps = 0;
    for (std::uint32_t c : comp)
        comps = std::max<std::size_t>(comps, c + 1);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> dag;
    for (const auto& [a, b] : arcs)
        if (comp[a] != comp[b]) dag.push_back({comp[a], comp[b]});
    std::sort(dag.begin(), dag.end());
    dag.erase(std::unique(dag.begin(), dag.end()), dag.end());
    toAdjacency(comps, dag, offsets, targets);

    // Same-level pairs merge their components unless patronage orders them (which keeps the graph
    // acyclic: two components with no path between them can be one).
    UnionFind uf(comps);
    std::vector<std::uint32_t> queue;
    std::vector<std::uint8_t> seen(comps, 0);
    const auto reaches = [&](std::uint32_t from, std::uint32_t to) {
        std::fill(seen.begin(), seen.end(), 0);
        queue.assign(1, from);
        seen[from] = 1;
        for (std::size_t q = 0; q < queue.size(); ++q) {
            // Every member of the merged component `queue[q]` stands for: walk from all of them.
            for (std::uint32_t c = 0; c < comps; ++c) {
                if (uf.find(c) != queue[q]) continue;
                for (std::uint32_t e = offsets[c]; e < offsets[c + 1]; ++e) {
                    const std::uint32_t w = uf.find(targets[e]);
                    if (w == to) return true;
                    if (!seen[w]) seen[w] = 1, queue.push_back(w);
                }
            }
        }
        return false;
    };
    for (const LevelPair& p : sameLevel) {
        if (p.a >= n || p.b >= n) continue;
        const std::uint32_t a = uf.find(comp[p.a]), b = uf.find(comp[p.b]);
        if (a == b || reaches(a, b) || reaches(b, a)) continue;
        uf.unite(a, b);
    }

    // Longest-path layering over the merged components (Kahn's order).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> merged;
    for (const auto& [a, b] : dag)
        if (uf.find(a) != uf.find(b)) merged.push_back({uf.find(a), uf.find(b)});
    std::sort(merged.begin(), merged.end());
    merged.erase(std::unique(merged.begin(), merged.end()), merged.end());
    toAdjacency(comps, merged, offsets, targets);
    std::vector<std::uint32_t> indegree(comps, 0);
    for (const auto& [a, b] : merged)
        ++indegree[b];
    std::vector<int> depth(comps, 0);
    queue.clear();
    for (std::uint32_t c = 0; c < comps; ++c)
        if (uf.find(c) == c && indegree[c] == 0) queue.push_back(c);
    for (std::size_t q = 0; q < queue.size(); ++q) {
        const std::uint32_t c = queue[q];
        for (std::uint32_t e = offsets[c]; e < offsets[c + 1]; ++e) {
            const std::uint32_t w = targets[e];
            depth[w] = std::max(depth[w], depth[c] + 1);
            if (--indegree[w] == 0) queue.push_back(w);
        }
    }

    std::vector<int> out(n, -1);
    for (std::size_t v = 0; v < n; ++v)
        if (involved[v]) out[v] = depth[uf.find(comp[v])];
    return out;
}

LevelForce::LevelForce(std::vector<double> targetY, std::vector<double> strength)
    : m_y(std::move(targetY)), m_strength(std::move(strength)) {}

void LevelForce::initialize(const Bodies& bodies, Rng&) {
    m_y.resize(bodies.size(), 0.0);
    m_strength.resize(bodies.size(), 0.0);
}

void LevelForce::apply(Bodies& b, double alpha) {
    const std::size_t n = std::min(b.size(), m_strength.size());
    for (std::size_t i = 0; i < n; ++i)
        b.vy[i] += (m_y[i] - b.y[i]) * m_strength[i] * alpha;
}

std::size_t LevelForce::bytesUsed() const {
    return (m_y.capacity() + m_strength.capacity()) * sizeof(double);
}

} // namespace tieline::core::layout
