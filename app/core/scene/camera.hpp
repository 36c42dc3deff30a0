// The view onto the layout: a centre in layout units and a zoom in pixels per unit. Screen y grows
// downward, as layout y does. Shared by the renderer, hit testing and the SVG writer. Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

namespace tieline::core::scene {

struct Bounds {
    double minX = 0, minY = 0, maxX = 0, maxY = 0;
    bool empty = true;

    void add(double x, double y, double pad = 0);
    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
};

struct Camera {
    double centerX = 0, centerY = 0;  // layout units at the middle of the viewport
    double zoom = 1;                  // pixels per layout unit
    double width = 800, height = 600; // viewport in pixels

    model::Point toScreen(model::Point world) const {
        return {(world.x - centerX) * zoom + width * 0.5, (world.y - centerY) * zoom + height * 0.5};
    }
    model::Point toWorld(model::Point screen) const {
        return {(screen.x - width * 0.5) / zoom + centerX, (screen.y - height * 0.5) / zoom + centerY};
    }
    // Zooms by `factor` keeping the layout point under `screen` where it is (zoom at the cursor).
    void zoomAt(model::Point screen, double factor);
};

// The camera that shows `bounds` whole inside a width x height viewport with `margin` pixels around.
Camera fitCamera(const Bounds& bounds, double width, double height, double margin);

// Moves `from` toward `to` by the fraction `amount` (0..1) in centre and in log-zoom, so that
// transitions look even at every scale.
Camera blendCamera(const Camera& from, const Camera& to, double amount);

} // namespace tieline::core::scene
