// The uniform grid. Core: no GL.
#include "core/scene/spatial_grid.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::scene {

void SpatialGrid::reset(float x0, float y0, float x1, float y1, float cell) {
    const float w = std::max(x1 - x0, 1.0f), h = std::max(y1 - y0, 1.0f);
    cell = std::max({cell, w / 256.0f, h / 256.0f, 1e-3f});
    m_x0 = x0;
    m_y0 = y0;
    m_inverseCell = 1.0f / cell;
    m_columns = std::max(1, int(std::ceil(w / cell)));
    m_rows = std::max(1, int(std::ceil(h / cell)));
    const std::size_t cells = std::size_t(m_columns) * std::size_t(m_rows);
    if (m_cells.size() < cells) m_cells.resize(cells);
    for (std::size_t i = 0; i < cells; ++i)
        m_cells[i].clear(); // keeps each cell's capacity: a warm grid allocates nothing
    m_boxes.clear();
    m_ids.clear();
    m_seen.clear();
    m_stamp = 0;
}

void SpatialGrid::cellRange(const Rect& box, int& cx0, int& cy0, int& cx1, int& cy1) const {
    const auto column = [&](float x) {
        const float c = std::floor((x - m_x0) * m_inverseCell);
        return c <= 0 ? 0 : c >= float(m_columns - 1) ? m_columns - 1 : int(c);
    };
    const auto row = [&](float y) {
        const float c = std::floor((y - m_y0) * m_inverseCell);
        return c <= 0 ? 0 : c >= float(m_rows - 1) ? m_rows - 1 : int(c);
    };
    cx0 = column(box.x0);
    cx1 = column(box.x1);
    cy0 = row(box.y0);
    cy1 = row(box.y1);
}

void SpatialGrid::insert(const Rect& box, std::uint32_t id) {
    const auto slot = std::uint32_t(m_boxes.size());
    m_boxes.push_back(box);
    m_ids.push_back(id);
    m_seen.push_back(0);
    int cx0, cy0, cx1, cy1;
    cellRange(box, cx0, cy0, cx1, cy1);
    for (int cy = cy0; cy <= cy1; ++cy)
        for (int cx = cx0; cx <= cx1; ++cx)
            m_cells[std::size_t(cy) * std::size_t(m_columns) + std::size_t(cx)].push_back(slot);
}

} // namespace tieline::core::scene
