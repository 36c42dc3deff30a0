// How large an actor's disc is drawn: the one rule the scene (window, exports) and the layout's
// collision force share, so the layout keeps drawn discs apart. Layout units. Core: no GL.
#pragma once

#include "core/model/active.hpp"

#include <cstddef>
#include <vector>

namespace tieline::core::layout {

struct DiscSizes {
    double minRadius = 3.5;  // = 3.5, the least important actor (the layout's ties rest at ~30)
    double maxRadius = 10.0; // = 10, the most important actor at t
};
inline constexpr DiscSizes kDefaultDiscSizes{};

// Radius by importance (weighted degree: the sum of the strengths of the actor's ties shown), on a
// square-root scale so areas stay comparable: minRadius at 0, maxRadius at maxImportance.
double discRadius(double importance, double maxImportance, const DiscSizes& sizes = kDefaultDiscSizes);

// The drawn radius of every actor (by dataset index; minRadius for the absent) for an active set
// with nothing filtered out (the scene's default): each tie adds its strength to both ends.
void discRadii(const model::Dataset& data, const model::ActiveSet& active, std::vector<double>& out,
               const DiscSizes& sizes = kDefaultDiscSizes);

} // namespace tieline::core::layout
