// Tests of app/core/layout/graph.cpp: edge lists and the Barabási–Albert generator.
#include "core/layout/graph.hpp"

#include <doctest/doctest.h>

using namespace tieline::core::layout;

TEST_CASE("layout: edge lists parse with optional weights, comments and blank lines") {
    Graph g;
    std::string error;
    REQUIRE(parseEdgeList("# a triangle\n3 3\n0 1\n1 2 2.5\n\n2 0\n", "t.txt", g, error));
    CHECK(g.nodeCount == 3);
    REQUIRE(g.edges.size() == 3);
    CHECK(g.edges[1].weight == 2.5);
    CHECK(g.edges[0].weight == 1.0);
}

TEST_CASE("layout: bad edge lists are refused with the file and line") {
    Graph g;
    std::string error;
    CHECK_FALSE(parseEdgeList("", "e.txt", g, error));
    CHECK(error.find("e.txt:") == 0);
    CHECK_FALSE(parseEdgeList("3 1\n0 5\n", "e.txt", g, error));
    CHECK(error == "e.txt:2: node number out of range 0..2");
    CHECK_FALSE(parseEdgeList("3 2\n0 1\n", "e.txt", g, error));
    CHECK(error.find("announces 2 edges") != std::string::npos);
    CHECK_FALSE(parseEdgeList("3 1\n0 x\n", "e.txt", g, error));
    CHECK(error == "e.txt:2: expected 'u v [weight]'");
}

TEST_CASE("layout: the Barabási-Albert generator is seeded and has about m·n edges") {
    const Graph a = barabasiAlbert(1000, 2, 7), b = barabasiAlbert(1000, 2, 7),
                c = barabasiAlbert(1000, 2, 8);
    CHECK(a.edges.size() == 1997);
    bool same = true, differ = false;
    for (std::size_t i = 0; i < a.edges.size(); ++i) {
        same &= a.edges[i].target == b.edges[i].target;
        differ |= a.edges[i].target != c.edges[i].target;
    }
    CHECK(same);
    CHECK(differ);
}
