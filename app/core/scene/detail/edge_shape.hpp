// A tie's drawn shape: its quadratic from centre to centre, bent for parallel ties, cut at the discs'
// rims with a hair of space, and the arrowhead at the target's rim. Core: no GL.
#pragma once

#include "core/scene/scene.hpp"

namespace tieline::core::scene {

// Sets e's curve from `from` to `to` (bent by `bend` of its length to the left), its visible part
// [t0, t1] between the rims and, when e.arrow, the arrowhead's tip, base and half width.
void shapeEdge(SceneEdge& e, const SceneNode& from, const SceneNode& to, double bend);

} // namespace tieline::core::scene
