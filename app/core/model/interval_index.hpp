// A static index over half-open intervals [begin, end) that answers "which intervals contain t" in
// O(log n + k) for k answers: a centred interval tree (Edelsbrunner 1980). Built once from a list
// (the spans of a dataset's ties, say); not yet used by the scene (issue 18 part 3: the active set
// at t from the spans that hold there rather than a scan of all of them). Core: no GL.
//
// Usage:
//   IntervalIndex index({{begin0, end0, id0}, {begin1, end1, id1}, ...});
//   index.stab(t, out);  // the ids of the intervals with begin <= t < end, in increasing id order
#pragma once

#include <cstdint>
#include <vector>

namespace tieline::core::model {

struct Interval {
    double begin = 0, end = 0; // [begin, end); empty when end <= begin (never reported)
    std::uint32_t id = 0;
};

class IntervalIndex {
  public:
    IntervalIndex() = default;
    explicit IntervalIndex(std::vector<Interval> intervals);

    // Clears `out` and appends the ids of the intervals containing t, sorted (duplicates kept when
    // an id was given for several intervals that all contain t).
    void stab(double t, std::vector<std::uint32_t>& out) const;
    std::size_t size() const { return m_count; }

  private:
    struct Node {
        double center = 0;
        std::int32_t left = -1, right = -1;
        std::uint32_t first = 0, count = 0; // the intervals that contain `center`, in m_byBegin/m_byEnd
    };
    std::int32_t build(std::vector<Interval>& items);

    std::vector<Node> m_nodes;
    std::vector<Interval> m_byBegin; // per node: its intervals by increasing begin
    std::vector<Interval> m_byEnd;   // per node: the same by decreasing end
    std::int32_t m_root = -1;
    std::size_t m_count = 0;
};

} // namespace tieline::core::model
