// Level of detail for the interactive window (issue 18): when the view is zoomed out to the whole
// network or beyond, draw what can be read. Ties are thinned to the strongest when together they
// would cover more than a share of the screen; arrowheads too small to see are left off; label
// candidates are cut to what could fit on the screen (the first in placement order). Never the ties and
// labels in focus: a highlighted tie, the ties of the selected or hovered actor, and every guaranteed label
// (the top 8 by weighted degree, story focus, selected and hovered: labels.hpp) stay. Exports, snapshots and
// decks never call this: they draw the whole scene. Core: no GL.
//
// Usage (after buildScene, before cullLabels, with this frame's camera):
//   const LevelOfDetail lod = applyLevelOfDetail(scene, camera, fitZoom, {}, work);
#pragma once

#include "core/scene/scene.hpp"

#include <cstddef>

namespace tieline::core::scene {

struct LevelOfDetailOptions {
    // Active only at or beyond the zoom that fits the whole network (Camera::zoom <= fitZoom times
    // this); closer in, everything is drawn.
    double zoomedOutAt = 1.001;
    // The ties' screen area (length times width, at least a pixel wide, plus the antialiased
    // fringe) may cover this share of the viewport; past it, the weakest are left out.
    double inkShare = 0.35;
    double fringePixels = 1.0; // half a pixel each side of a ribbon, as edge.frag draws it
    // An arrowhead is drawn when it is at least this many pixels wide.
    double minArrowPixels = 3.0;
    // Label candidates: at most as many as `labelScreens` screens of labels of `labelPixelArea`
    // pixels each (a short name and its native line), and never fewer than 64; the guaranteed ones
    // always.
    double labelScreens = 2.0;
    double labelPixelArea = 80.0 * 32.0;
};

struct LevelOfDetail {
    bool active = false;        // zoomed out: something may have been left out
    std::size_t shownTies = 0;  // the scene's ties before thinning
    std::size_t drawnTies = 0;  // the ties left to draw
    std::size_t arrowsLeft = 0; // arrowheads left off
    std::size_t labelsLeft = 0; // label candidates left out (never a guaranteed one)
};

// Thins `scene` in place (its edges keep their order) when the camera is zoomed out; returns what
// it did. `fitZoom` is the zoom of the last fit of the whole network (0: unknown, nothing thinned).
LevelOfDetail applyLevelOfDetail(Scene& scene, const Camera& camera, double fitZoom,
                                 const LevelOfDetailOptions& options, SceneWorkspace& work);

} // namespace tieline::core::scene
