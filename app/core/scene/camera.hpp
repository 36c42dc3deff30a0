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

// A fixed affine stretch of layout positions along x and y (about the layout's origin), applied to
// the node centres before anything is drawn (SceneInput::stretch): a still fits a tall network to a
// wide canvas by stretching it along x (core/scene/stretch.hpp). Radii and text do not stretch. A
// stretch by s >= 1 along one axis never shortens a distance, so it adds no overlap.
struct Stretch {
    double x = 1, y = 1;

    model::Point apply(model::Point p) const { return {p.x * x, p.y * y}; }
    model::Point undo(model::Point p) const { return {p.x / x, p.y / y}; }
    bool identity() const { return x == 1.0 && y == 1.0; }
    bool operator==(const Stretch&) const = default;
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
