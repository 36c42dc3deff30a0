// The simulated nodes as flat arrays (structure of arrays): what every force reads and writes in
// its hot loop. Plain data; the Simulation keeps the arrays the same length. Core: no GL.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tieline::core::layout {

struct Bodies {
    std::vector<double> x, y;         // position, layout units (d3: pixels)
    std::vector<double> vx, vy;       // velocity, layout units per tick
    std::vector<std::uint8_t> pinned; // 1: the node stays at (fx, fy)
    std::vector<double> fx, fy;       // pinned position (read only where pinned)

    std::size_t size() const { return x.size(); }

    void resize(std::size_t n) {
        x.resize(n, 0.0);
        y.resize(n, 0.0);
        vx.resize(n, 0.0);
        vy.resize(n, 0.0);
        pinned.resize(n, 0);
        fx.resize(n, 0.0);
        fy.resize(n, 0.0);
    }

    void pin(std::size_t i, double px, double py) {
        pinned[i] = 1;
        fx[i] = px;
        fy[i] = py;
        x[i] = px;
        y[i] = py;
        vx[i] = vy[i] = 0.0;
    }

    std::size_t bytesUsed() const {
        return (x.capacity() + y.capacity() + vx.capacity() + vy.capacity() + fx.capacity() + fy.capacity()) *
                   sizeof(double) +
               pinned.capacity();
    }
};

} // namespace tieline::core::layout
