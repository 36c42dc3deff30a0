// Camera fitting, zooming at a point and smooth blending. Core: no GL.
#include "core/scene/camera.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::scene {

void Bounds::add(double x, double y, double pad) {
    if (empty) {
        minX = x - pad, maxX = x + pad, minY = y - pad, maxY = y + pad;
        empty = false;
        return;
    }
    minX = std::min(minX, x - pad);
    maxX = std::max(maxX, x + pad);
    minY = std::min(minY, y - pad);
    maxY = std::max(maxY, y + pad);
}

void Camera::zoomAt(model::Point screen, double factor) {
    const model::Point before = toWorld(screen);
    zoom = std::clamp(zoom * factor, 1e-4, 1e4);
    const model::Point after = toWorld(screen);
    centerX += before.x - after.x;
    centerY += before.y - after.y;
}

Camera fitCamera(const Bounds& bounds, double width, double height, double margin) {
    Camera c;
    c.width = width;
    c.height = height;
    if (bounds.empty) return c;
    c.centerX = (bounds.minX + bounds.maxX) * 0.5;
    c.centerY = (bounds.minY + bounds.maxY) * 0.5;
    const double w = std::max(bounds.width(), 1e-6), h = std::max(bounds.height(), 1e-6);
    const double usableW = std::max(width - 2 * margin, 1.0), usableH = std::max(height - 2 * margin, 1.0);
    c.zoom = std::clamp(std::min(usableW / w, usableH / h), 1e-4, 1e4);
    return c;
}

Camera blendCamera(const Camera& from, const Camera& to, double amount) {
    const double a = std::clamp(amount, 0.0, 1.0);
    Camera c = to;
    c.centerX = from.centerX + (to.centerX - from.centerX) * a;
    c.centerY = from.centerY + (to.centerY - from.centerY) * a;
    c.zoom = std::exp(std::log(from.zoom) + (std::log(to.zoom) - std::log(from.zoom)) * a);
    return c;
}

} // namespace tieline::core::scene
