// Edge-list reading and writing, and the seeded Barabási–Albert generator.
#include "core/layout/graph.hpp"
#include "core/layout/rng.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace tieline::core::layout {

namespace {

// Splits a line into at most 4 whitespace-separated fields.
int splitFields(const std::string& line, std::string_view fields[4]) {
    int count = 0;
    std::size_t i = 0;
    while (i < line.size() && count < 4) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
            ++i;
        if (i >= line.size()) break;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
            ++i;
        fields[count++] = std::string_view(line).substr(start, i - start);
    }
    return count;
}

template <class T> bool parseNumber(std::string_view text, T& value) {
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

bool parseEdgeList(const std::string& text, const std::string& name, Graph& out, std::string& error) {
    out = Graph{};
    std::istringstream in(text);
    std::string line;
    int lineNo = 0;
    bool header = false;
    std::uint64_t expected = 0;
    const auto fail = [&](const std::string& what) {
        error = name + ":" + std::to_string(lineNo) + ": " + what;
        return false;
    };
    while (std::getline(in, line)) {
        ++lineNo;
        std::string_view f[4];
        const int count = splitFields(line, f);
        if (count == 0 || f[0][0] == '#') continue;
        if (!header) {
            std::uint64_t n = 0;
            if (count != 2 || !parseNumber(f[0], n) || !parseNumber(f[1], expected) || n > 0xfffffffeULL)
                return fail("expected a first line 'n m' (node and edge counts)");
            out.nodeCount = static_cast<std::uint32_t>(n);
            out.edges.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(expected, 1u << 26)));
            header = true;
            continue;
        }
        GraphEdge e;
        if (count < 2 || count > 3 || !parseNumber(f[0], e.source) || !parseNumber(f[1], e.target))
            return fail("expected 'u v [weight]'");
        if (e.source >= out.nodeCount || e.target >= out.nodeCount)
            return fail("node number out of range 0.." + std::to_string(out.nodeCount - 1));
        if (count == 3 && (!parseNumber(f[2], e.weight) || !(e.weight >= 0.0)))
            return fail("weight must be a number >= 0");
        out.edges.push_back(e);
    }
    if (!header) return fail("empty file: expected a first line 'n m'");
    if (out.edges.size() != expected)
        return fail("the first line announces " + std::to_string(expected) + " edges, the file has " +
                    std::to_string(out.edges.size()));
    return true;
}

bool readEdgeList(const std::string& path, Graph& out, std::string& error) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        error = path + ": cannot open";
        return false;
    }
    std::ostringstream buffer;
    buffer << file.rdbuf();
    return parseEdgeList(buffer.str(), path, out, error);
}

bool writeEdgeList(const std::string& path, const Graph& graph) {
    std::FILE* f = std::fopen(path.c_str(), "w");
    if (!f) return false;
    std::fprintf(f, "%u %zu\n", graph.nodeCount, graph.edges.size());
    for (const GraphEdge& e : graph.edges)
        std::fprintf(f, "%u %u\n", e.source, e.target);
    return std::fclose(f) == 0;
}

Graph barabasiAlbert(std::uint32_t n, std::uint32_t m, std::uint64_t seed) {
    Graph g;
    g.nodeCount = n;
    Rng rng(seed);
    // Each edge end is listed once, so a uniform pick from `ends` is a pick by degree.
    std::vector<std::uint32_t> ends;
    ends.reserve(std::size_t(2) * m * n);
    for (std::uint32_t v = 1; v < n; ++v) {
        const std::uint32_t links = std::min(m, v);
        const std::size_t firstEdge = g.edges.size();
        for (std::uint32_t k = 0; k < links; ++k) {
            std::uint32_t u = 0;
            for (int attempt = 0; attempt < 8; ++attempt) { // avoid repeating an edge of this node
                u = ends.empty() ? 0 : ends[static_cast<std::size_t>(rng.uniform() * ends.size())];
                if (ends.empty() || rng.uniform() < 0.05) u = static_cast<std::uint32_t>(rng.uniform() * v);
                bool repeat = false;
                for (std::size_t e = firstEdge; e < g.edges.size(); ++e)
                    repeat |= g.edges[e].target == u;
                if (!repeat) break;
            }
            g.edges.push_back({v, u, 1.0});
        }
        for (std::size_t e = firstEdge; e < g.edges.size(); ++e) {
            ends.push_back(g.edges[e].source);
            ends.push_back(g.edges[e].target);
        }
    }
    return g;
}

} // namespace tieline::core::layout
