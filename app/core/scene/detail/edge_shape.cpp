// Ties' curves, rims and arrowheads. Core: no GL.
#include "core/scene/detail/edge_shape.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::scene {

model::Point edgePoint(const SceneEdge& e, double s) {
    const double u = 1 - s;
    return {u * u * e.p0.x + 2 * u * s * e.control.x + s * s * e.p2.x,
            u * u * e.p0.y + 2 * u * s * e.control.y + s * s * e.p2.y};
}

int edgePattern(const SceneEdge& e) {
    if (e.approximate && e.contested) return 3;
    if (e.approximate) return 2;
    return e.contested || e.dashed ? 1 : 0;
}

namespace {

// The parameter where the curve is `distance` away from `center`, searched from the end `fromEnd`
// (the curve leaves a node's disc once and for all, so bisection on the distance is enough).
double paramAtDistance(const SceneEdge& e, model::Point center, double distance, bool fromEnd) {
    // Squared distances: no square root in the loop (a tie's shape is computed every frame).
    double inside = fromEnd ? 1.0 : 0.0, outside = 0.5;
    const double squared = distance * distance;
    for (int i = 0; i < 24; ++i) {
        const double mid = 0.5 * (inside + outside);
        const model::Point p = edgePoint(e, mid);
        const double dx = p.x - center.x, dy = p.y - center.y;
        (dx * dx + dy * dy < squared ? inside : outside) = mid;
    }
    return 0.5 * (inside + outside);
}

// The same bisection for a straight tie (control at the midpoint, `center` at the end searched
// from, `length` the distance between the ends), to the bit, but each step decided from the line
// itself: the point at s lies s * length from the start (or (1 - s) * length from the end) up to
// rounding. Where that is within `tolerance` of `distance`, far above any rounding of the
// curve's evaluation, the step evaluates the curve as paramAtDistance does; elsewhere the two
// cannot disagree.
double paramAtDistanceStraight(const SceneEdge& e, model::Point center, double distance, bool fromEnd,
                               double length, double tolerance) {
    double inside = fromEnd ? 1.0 : 0.0, outside = 0.5;
    const double squared = distance * distance;
    for (int i = 0; i < 24; ++i) {
        const double mid = 0.5 * (inside + outside);
        const double beyond = (fromEnd ? 1.0 - mid : mid) * length - distance;
        bool in;
        if (beyond < -tolerance) {
            in = true;
        } else if (beyond > tolerance) {
            in = false;
        } else {
            const model::Point p = edgePoint(e, mid);
            const double dx = p.x - center.x, dy = p.y - center.y;
            in = dx * dx + dy * dy < squared;
        }
        (in ? inside : outside) = mid;
    }
    return 0.5 * (inside + outside);
}

} // namespace

void shapeEdge(SceneEdge& e, const SceneNode& from, const SceneNode& to, double bend) {
    e.bend = bend;
    e.p0 = from.center;
    e.p2 = to.center;
    const double dx = e.p2.x - e.p0.x, dy = e.p2.y - e.p0.y;
    const double length = std::hypot(dx, dy);
    const model::Point mid{(e.p0.x + e.p2.x) * 0.5, (e.p0.y + e.p2.y) * 0.5};
    // The curve's midpoint moves by half the control point's offset, hence the factor 2.
    e.control = length > 0 ? model::Point{mid.x - dy / length * 2 * bend * length,
                                          mid.y + dx / length * 2 * bend * length}
                           : mid;
    const double gap = 0.6; // a hair of space between a tie and the discs it joins
    if (length <= from.radius + to.radius + gap * 2) {
        e.t0 = e.t1 = 0.5; // the discs overlap: nothing of the tie would show
        e.arrow = false;
        return;
    }
    // A straight tie (the common case: no parallel tie) takes the fast path, to the same bits.
    // The curve's evaluation is off the line by a few units in the last place of the largest
    // coordinate; the tolerance is a million times that.
    const bool straight = bend == 0.0;
    const double scale = std::max({std::abs(e.p0.x), std::abs(e.p0.y), std::abs(e.p2.x), std::abs(e.p2.y),
                                   length, from.radius, to.radius, 1.0});
    const double tolerance = scale * 1e-9;
    const auto param = [&](model::Point center, double distance, bool fromEnd) {
        return straight ? paramAtDistanceStraight(e, center, distance, fromEnd, length, tolerance)
                        : paramAtDistance(e, center, distance, fromEnd);
    };
    e.t0 = param(from.center, from.radius + gap, false);
    const double arrowLength = e.arrow ? 2.2 * e.width + 3.0 : 0.0;
    e.arrowHalfWidth = e.arrow ? 0.5 * arrowLength + 0.3 * e.width : 0.0;
    const double tipParam = param(to.center, to.radius + gap, true);
    e.arrowTip = scene::edgePoint(e, tipParam);
    e.t1 = e.arrow ? param(to.center, to.radius + gap + arrowLength, true) : tipParam;
    if (e.t1 <= e.t0) e.t1 = e.t0;
    e.arrowBase = edgePoint(e, e.t1);
}

} // namespace tieline::core::scene
