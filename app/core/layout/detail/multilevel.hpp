// The multilevel cold start of a large keyframe: the step's graph is coarsened level by level, the
// coarsest laid out fully, and each finer level starts from the one above it (children near their
// cluster) and cools briefly, so that the keyframe itself needs only a short cooling from a low
// alpha instead of a full one from the spiral. After Walshaw, "A multilevel algorithm for
// force-directed graph-drawing" (JGAA 7(3), 2003), Hachul & Jünger's FM3 ("Drawing large graphs
// with a potential-field-based multilevel algorithm", GD 2004) and Hu's sfdp ("Efficient,
// high-quality force-directed graph drawing", Mathematica Journal 10(1), 2005). Deterministic: every
// choice follows the node indices and the seed. Core: no GL.
#pragma once

#include "core/layout/bodies.hpp"
#include "core/layout/layout_params.hpp"
#include "core/layout/link_force.hpp"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace tieline::core::layout::detail {

// Alpha and ticks of the keyframe's own (finest level's) cooling after a multilevel start (tuned on
// the 20,000-actor synthetic network's first keyframe: tests/bench/README.md, "Cold start").
inline constexpr double kMultilevelFinishAlpha = 0.12;
inline constexpr int kMultilevelFinishTicks = 30;

// What the keyframe's simulation runs, by local node index.
struct MultilevelGraph {
    const std::vector<LinkSpec>* links = nullptr; // the springs (cooperative and push-only)
    const std::vector<double>* charges = nullptr; // per node; null or empty: params.charge each
    const std::vector<double>* radii = nullptr;   // drawn radius per node; null or empty: params.nodeRadius
    const std::vector<double>* levelY = nullptr;  // hierarchy: level height per node (NaN: none)
};

struct MultilevelStats {
    std::vector<std::size_t> sizes; // nodes per level, finest first
    std::uint64_t ticks = 0;        // ticks run on the coarser levels
};

enum class MultilevelResult {
    Placed,    // the unpinned nodes start where the coarser levels put them
    Flat,      // the graph does not coarsen (nothing to merge): the bodies are unchanged
    Cancelled, // `cancel` became true: the bodies are unchanged
};

// Places the unpinned nodes of `bodies` (sized to the graph, pins already set) from a layout of the
// coarsened graph.
MultilevelResult multilevelPlacement(Bodies& bodies, const MultilevelGraph& graph, const LayoutParams& params,
                                     std::uint64_t seed, const std::atomic<bool>* cancel = nullptr,
                                     MultilevelStats* stats = nullptr);

} // namespace tieline::core::layout::detail
