// Group hulls: a soft region behind each group's members, named, in the group's colour at low
// alpha. The region is the convex hull of the members' discs grown by a padding, its corners
// rounded by the discs themselves: one member gives a circle, two a capsule. Core: no GL.
//
// Usage: buildScene(in, style, scene); addGroupHulls(data, scene);  // then draw or write it
#pragma once

#include "core/scene/scene.hpp"

#include <vector>

namespace tieline::core::scene {

// The group's name above its hull, in pixels (the renderer and the SVG writer alike).
inline constexpr double kHullNamePixels = 12.0;

struct Disc {
    model::Point center;
    double radius = 0;
};

// The convex hull of the discs, each grown by `padding`, as a counter-clockwise polygon (y down:
// clockwise on screen) with `segments` corners per disc at most. Every point of every grown disc
// lies inside it. Empty for no discs.
std::vector<model::Point> discHull(const std::vector<Disc>& discs, double padding, int segments = 32);

// Whether p lies inside (or on) the convex polygon.
bool convexContains(const std::vector<model::Point>& polygon, model::Point p);

// Adds scene.hulls: one per group with a visible, present node in the scene (its members are the
// nodes whose actor belongs to the group), padded by `padding` layout units. Hulls never change
// the nodes, ties or labels.
void addGroupHulls(const model::Dataset& data, Scene& scene, double padding = 7.0);

} // namespace tieline::core::scene
