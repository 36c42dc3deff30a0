// A linear quadtree over points sorted in Morton (Z) order: nodes in depth-first order with skip
// links, so a traversal is one forward loop with no stack and no pointers. Core: no GL.
// Each node covers a contiguous range of the sorted points; small subtrees are the groups of the
// group-walk (Barnes 1990, "A modified tree code: don't laugh; it runs", J. Comp. Phys. 87).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tieline::core::layout {

class MortonQuadtree {
  public:
    static constexpr int kMaxLevel = 16;              // 16 bits per axis in a 32-bit Morton code
    static constexpr std::uint32_t kLeafCapacity = 8; // points per leaf (tuned with tests/bench)

    // Sorts the points in Morton order and builds the tree. `q` is each point's charge; the
    // centre of a node is weighted by |q| and its charge is the sum of q. Allocates only when
    // the point count grows.
    void build(const double* x, const double* y, const double* q, std::size_t n);

    std::size_t pointCount() const { return m_order.size(); }
    std::size_t nodeCount() const { return m_nodes.size(); }

    // Sorted points: position, charge and the caller's index of each.
    const double* sortedX() const { return m_sx.data(); }
    const double* sortedY() const { return m_sy.data(); }
    const double* sortedQ() const { return m_sq.data(); }
    const std::uint32_t* order() const { return m_order.data(); }

    // One node, depth first, packed in one cache line's worth so a traversal touches one line per
    // node. Node i is a leaf exactly when next == i + 1.
    struct Node {
        double cx, cy;            // centre of charge (weighted by |q|)
        double q;                 // total charge
        double width2;            // squared side of the node's cell
        std::uint32_t begin, end; // its points in sorted order
        std::uint32_t next;       // the node after its subtree
        std::uint32_t pad;
    };
    const Node* nodes() const { return m_nodes.data(); }

    // Groups for the group walk: the largest subtrees holding at most kGroupCapacity points (or a
    // leaf that cannot be split), with the tight bounding box of their points, in Morton order.
    static constexpr std::uint32_t kGroupCapacity = 64;
    struct Group {
        std::uint32_t node, begin, end;
        double minX, minY, maxX, maxY;
    };
    const std::vector<Group>& groups() const { return m_groups; }

    std::size_t bytesUsed() const;

  private:
    void sortByCode(std::size_t n);
    void buildNode(int level, std::uint32_t b, std::uint32_t e, double width);
    void collectGroups();

    std::vector<std::uint64_t> m_keys, m_scratch; // (code << 32) | index, radix-sorted
    std::vector<std::uint32_t> m_order;
    std::vector<double> m_sx, m_sy, m_sq;
    std::vector<std::uint32_t> m_codes; // sorted codes
    std::vector<Node> m_nodes;
    std::vector<double> m_absQ; // per node, only while building
    std::vector<Group> m_groups;
};

} // namespace tieline::core::layout
