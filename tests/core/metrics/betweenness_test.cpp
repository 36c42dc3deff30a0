// Tests for app/core/metrics/betweenness.cpp: hand-counted small graphs, and random graphs against
// a brute-force enumeration of every simple path.
#include "core/metrics/betweenness.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>

using namespace tieline::core::metrics;

namespace {

WeightedGraph graphOf(std::size_t n, std::vector<WeightedEdge> edges) {
    WeightedGraph g;
    buildWeightedGraph(n, edges, g);
    return g;
}

std::vector<double> brandes(const WeightedGraph& g) {
    std::vector<double> out(g.nodeCount);
    BetweennessScratch scratch;
    betweenness(g, out, scratch);
    return out;
}

// Every simple path from s, by depth-first search: for each target, the shortest length found and,
// per node, how many of the shortest paths pass through it.
struct PathCount {
    std::vector<int> best;                    // per target: shortest length (-1: none)
    std::vector<std::vector<double>> through; // [target][v]: shortest paths through v
    std::vector<double> count;                // [target]: number of shortest paths
};

void enumerate(const std::vector<std::vector<int>>& adj, int v, std::vector<int>& path,
               std::vector<char>& onPath, PathCount& pc) {
    const int length = int(path.size()) - 1;
    if (length > 0) {
        const int t = v;
        if (pc.best[t] < 0 || length < pc.best[t]) {
            pc.best[t] = length;
            pc.count[t] = 0;
            std::fill(pc.through[t].begin(), pc.through[t].end(), 0.0);
        }
        if (length == pc.best[t]) {
            pc.count[t] += 1;
            for (std::size_t i = 1; i + 1 < path.size(); ++i)
                pc.through[t][path[i]] += 1;
        }
    }
    for (int w : adj[v]) {
        if (onPath[w]) continue;
        onPath[w] = 1;
        path.push_back(w);
        enumerate(adj, w, path, onPath, pc);
        path.pop_back();
        onPath[w] = 0;
    }
}

std::vector<double> bruteForce(std::size_t n, const std::vector<std::vector<int>>& adj) {
    std::vector<double> out(n, 0.0);
    for (std::size_t s = 0; s < n; ++s) {
        PathCount pc{std::vector<int>(n, -1),
                     std::vector<std::vector<double>>(n, std::vector<double>(n, 0.0)),
                     std::vector<double>(n, 0.0)};
        std::vector<int> path{int(s)};
        std::vector<char> onPath(n, 0);
        onPath[s] = 1;
        enumerate(adj, int(s), path, onPath, pc);
        for (std::size_t t = s + 1; t < n; ++t) // unordered pairs
            if (pc.count[t] > 0)
                for (std::size_t v = 0; v < n; ++v)
                    out[v] += pc.through[t][v] / pc.count[t];
    }
    return out;
}

} // namespace

TEST_CASE("metrics betweenness: a path, a star and a square, counted by hand") {
    SUBCASE("path 0-1-2-3: each inner node lies between two pairs") {
        const auto b = brandes(graphOf(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}}));
        CHECK(b == std::vector<double>{0, 2, 2, 0});
    }
    SUBCASE("star: the centre lies between all six pairs of its four leaves") {
        const auto b = brandes(graphOf(5, {{0, 1, 1}, {0, 2, 1}, {0, 3, 1}, {0, 4, 1}}));
        CHECK(b == std::vector<double>{6, 0, 0, 0, 0});
    }
    SUBCASE("square: two equal shortest paths for each opposite pair give each node one half") {
        const auto b = brandes(graphOf(4, {{0, 1, 1}, {1, 2, 1}, {2, 3, 1}, {3, 0, 1}}));
        CHECK(b == std::vector<double>{0.5, 0.5, 0.5, 0.5});
    }
    SUBCASE("weights, parallel ties and isolated nodes change nothing") {
        const auto b = brandes(graphOf(5, {{0, 1, 0.2}, {1, 0, 0.9}, {1, 2, 5}}));
        CHECK(b == std::vector<double>{0, 1, 0, 0, 0});
    }
}

TEST_CASE("metrics betweenness: Brandes agrees with a brute-force count of shortest paths on random graphs") {
    std::mt19937 rng(20240901); // the raw engine output is specified by the standard
    for (int round = 0; round < 40; ++round) {
        const std::size_t n = 3 + rng() % 7;      // 3..9 nodes
        const unsigned density = 20 + rng() % 60; // percent
        std::vector<WeightedEdge> edges;
        std::vector<std::vector<int>> adj(n);
        for (std::size_t a = 0; a < n; ++a)
            for (std::size_t b = a + 1; b < n; ++b)
                if (rng() % 100 < density) {
                    edges.push_back({std::uint32_t(a), std::uint32_t(b), 1.0});
                    adj[a].push_back(int(b));
                    adj[b].push_back(int(a));
                }
        const auto fast = brandes(graphOf(n, edges));
        const auto slow = bruteForce(n, adj);
        CAPTURE(round);
        for (std::size_t v = 0; v < n; ++v)
            CHECK(fast[v] == doctest::Approx(slow[v]).epsilon(1e-12));
    }
}
