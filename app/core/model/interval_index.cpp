// The centred interval tree (interval_index.hpp).
#include "core/model/interval_index.hpp"

#include <algorithm>

namespace tieline::core::model {

IntervalIndex::IntervalIndex(std::vector<Interval> intervals) {
    std::erase_if(intervals, [](const Interval& i) { return !(i.begin < i.end); });
    m_count = intervals.size();
    m_root = build(intervals);
}

std::int32_t IntervalIndex::build(std::vector<Interval>& items) {
    if (items.empty()) return -1;
    // The centre: the median of the intervals' midpoints, so that each side gets at most half.
    std::vector<double> mids;
    mids.reserve(items.size());
    for (const Interval& i : items)
        mids.push_back(i.begin + 0.5 * (i.end - i.begin));
    std::nth_element(mids.begin(), mids.begin() + std::ptrdiff_t(mids.size() / 2), mids.end());
    const double center = mids[mids.size() / 2];
    std::vector<Interval> left, right, here;
    for (const Interval& i : items) {
        if (i.end <= center)
            left.push_back(i);
        else if (i.begin > center)
            right.push_back(i);
        else
            here.push_back(i);
    }
    items.clear();
    items.shrink_to_fit();
    const auto index = std::int32_t(m_nodes.size());
    m_nodes.push_back(Node{center, -1, -1, std::uint32_t(m_byBegin.size()), std::uint32_t(here.size())});
    std::sort(here.begin(), here.end(), [](const Interval& a, const Interval& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.id < b.id;
    });
    m_byBegin.insert(m_byBegin.end(), here.begin(), here.end());
    std::sort(here.begin(), here.end(), [](const Interval& a, const Interval& b) {
        return a.end != b.end ? a.end > b.end : a.id < b.id;
    });
    m_byEnd.insert(m_byEnd.end(), here.begin(), here.end());
    const std::int32_t l = build(left), r = build(right);
    m_nodes[std::size_t(index)].left = l;
    m_nodes[std::size_t(index)].right = r;
    return index;
}

void IntervalIndex::stab(double t, std::vector<std::uint32_t>& out) const {
    out.clear();
    std::int32_t n = m_root;
    while (n >= 0) {
        const Node& node = m_nodes[std::size_t(n)];
        if (t < node.center) {
            // Every interval here ends after the centre, so after t: it holds t once it has begun.
            for (std::uint32_t k = node.first; k < node.first + node.count && m_byBegin[k].begin <= t; ++k)
                out.push_back(m_byBegin[k].id);
            n = node.left;
        } else {
            // Every interval here begins at or before the centre, so before t: it holds t until its end.
            for (std::uint32_t k = node.first; k < node.first + node.count && m_byEnd[k].end > t; ++k)
                out.push_back(m_byEnd[k].id);
            n = node.right;
        }
    }
    std::sort(out.begin(), out.end());
}

} // namespace tieline::core::model
