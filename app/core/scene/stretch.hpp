// Fitting a network to a canvas of another shape: a force layout has no meaningful aspect, so a
// still stretches its positions along one axis (up to kMaxStretch) toward the aspect of the area it
// is framed into, and only then fits the camera. One code path for the window's fit (F, a story
// stop, the first fit) and every export frame (figure/export_frame.cpp), so exports match the
// screen. Radii, text and arrowheads do not stretch; a stretch s >= 1 along one axis never
// shortens a distance, so it adds no disc overlap and no tie crossing. Core: no GL.
//
// Usage:
//   const Stretch s = fitStretch(scene, areaWidth, areaHeight);  // from the built scene
//   restretchScene(scene, s);                                     // or SceneInput::stretch = s
//   Camera c = fitCamera(scene.bounds, ...);
#pragma once

#include "core/scene/scene.hpp"

namespace tieline::core::scene {

// The largest stretch along either axis.
constexpr double kMaxStretch = 1.8;

// The stretch (one axis >= 1, the other 1) that brings the bounds of the scene's framed nodes
// (radius included, as Scene::bounds) closest to the aspect areaWidth : areaHeight, capped at
// `cap`. Computed from the positions the scene was built from (its own stretch undone). Isolates
// (drawn, not framed) do not count: as they never widen the frame, they never hold a stretch back,
// and an export leaves out those it would cut (figure/export_frame.hpp, hideClippedIsolates).
Stretch fitStretch(const Scene& scene, double areaWidth, double areaHeight, double cap = kMaxStretch);

// The screen area (square pixels) the framed nodes' bounds cover when stretched by fitStretch and
// fitted into a width x height area: what a choice between two areas for the network weighs.
double fittedArea(const Scene& scene, double width, double height, double cap = kMaxStretch);

// The bounds of the scene's framed nodes as they would be if it were built with `to`.
Bounds framedBounds(const Scene& scene, Stretch to);

// Where a node centre of `scene` would be if it were built with `to`.
inline model::Point restretched(const Scene& scene, model::Point center, Stretch to) {
    return to.apply(scene.stretch.undo(center));
}

// Makes a built scene what buildScene would have made with SceneInput::stretch = `to`: node
// centres, tie shapes, label anchors, hulls and bounds. Label placement must run again after it.
void restretchScene(Scene& scene, Stretch to);

} // namespace tieline::core::scene
