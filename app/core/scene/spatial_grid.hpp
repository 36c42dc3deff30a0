// A uniform grid over axis-aligned rectangles: which stored rectangles a query rectangle may
// touch, in time proportional to the cells it covers rather than to everything stored. Label
// placement keeps its discs, labels and overlay panels in one; anything else that asks "what is
// near this box" at thousands of items can reuse it. Core: no GL.
//
// Usage:
//   SpatialGrid grid;
//   grid.reset(0, 0, width, height, 32);   // the area and the cell size (items may lie outside:
//                                          //   they land in the border cells)
//   grid.insert({x0, y0, x1, y1}, id);
//   grid.query(box, [&](std::uint32_t id) { ...; return true; }); // false stops the walk
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace tieline::core::scene {

struct Rect {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    bool overlaps(const Rect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
    bool inside(const Rect& o) const { return x0 >= o.x0 && y0 >= o.y0 && x1 <= o.x1 && y1 <= o.y1; }
    float width() const { return x1 - x0; }
    float height() const { return y1 - y0; }
};

class SpatialGrid {
  public:
    // Empties the grid and covers [x0, x1) x [y0, y1) with square cells of `cell` (clamped so the
    // grid has at most 256 x 256 cells).
    void reset(float x0, float y0, float x1, float y1, float cell);
    void insert(const Rect& box, std::uint32_t id);
    // Calls visit(id) once for every stored rectangle whose cells meet `box`'s (a superset of the
    // ones that overlap it: the caller tests the exact shape). Returns false if visit stopped it.
    template <class Visit> bool query(const Rect& box, Visit&& visit) const;
    std::size_t size() const { return m_boxes.size(); }
    const Rect& box(std::uint32_t slot) const { return m_boxes[slot]; }

  private:
    void cellRange(const Rect& box, int& cx0, int& cy0, int& cx1, int& cy1) const;

    float m_x0 = 0, m_y0 = 0, m_inverseCell = 1;
    int m_columns = 1, m_rows = 1;
    std::vector<std::vector<std::uint32_t>> m_cells; // slots into m_boxes / m_ids
    std::vector<Rect> m_boxes;
    std::vector<std::uint32_t> m_ids;
    mutable std::vector<std::uint32_t> m_seen; // by slot: the query stamp that last visited it
    mutable std::uint32_t m_stamp = 0;
};

template <class Visit> bool SpatialGrid::query(const Rect& box, Visit&& visit) const {
    int cx0, cy0, cx1, cy1;
    cellRange(box, cx0, cy0, cx1, cy1);
    if (++m_stamp == 0) {
        std::fill(m_seen.begin(), m_seen.end(), 0u);
        m_stamp = 1;
    }
    for (int cy = cy0; cy <= cy1; ++cy)
        for (int cx = cx0; cx <= cx1; ++cx)
            for (std::uint32_t slot : m_cells[std::size_t(cy) * std::size_t(m_columns) + std::size_t(cx)]) {
                if (m_seen[slot] == m_stamp) continue;
                m_seen[slot] = m_stamp;
                if (!visit(m_ids[slot])) return false;
            }
    return true;
}

} // namespace tieline::core::scene
