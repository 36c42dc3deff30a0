// One keyframe of the layout over time: a pure function of the timeline step, the keyframe before
// it and the parameters, so a recomputation from any step reproduces a full run bit for bit.
// Core: no GL.
#pragma once

#include "core/layout/layout_params.hpp"
#include "core/layout/link_force.hpp"
#include "core/layout/timeline.hpp"

#include <atomic>
#include <cstdint>
#include <vector>

namespace tieline::core::layout {

// Positions of every actor (dataset index) at one keyframe. Absent actors keep their last laid-out
// position (0, 0 before their first appearance) and have present = 0.
struct Keyframe {
    std::vector<double> x, y;
    std::vector<std::uint8_t> present;
    std::vector<double>
        radius; // drawn disc radius + collideGap / 4, kept clear between keyframes (0: absent)
};

// Computes keyframe k. With `previous` (keyframe k - 1) it warm-starts: actors present before keep
// their position and are anchored to it (params.stability), entering actors start near the
// centroid of their already placed neighbours (a spiral when they have none), alpha is reheated to
// params.reheatAlpha and params.ticksPerStep ticks run. Without it (k = 0) every actor starts on
// the spiral and params.initialTicks ticks run from alpha 1. Returns false, leaving `out`
// incomplete, when `cancel` becomes true. `ticks` (optional) is increased by the ticks run.
// The springs of step k between actor indices (not yet the solver's local indices): cooperative
// ties pull to a rest length that grows as the tie weakens; hostile ties only push, out to a long
// rest length; a type's declared layout role changes both (core/layout/tie_role.hpp). Ties of
// strength 0 have none.
std::vector<LinkSpec> stepSprings(const Timeline& timeline, std::size_t k, const LayoutParams& params);
std::vector<LinkSpec> stepSprings(const Timeline& timeline, const TimelineStep& step,
                                  const LayoutParams& params);

// Depth per actor (dataset index) in the patron relation of step k's ties of positive strength,
// by their types' patron roles; -1 for actors in none (core/layout/hierarchy.hpp).
std::vector<int> stepDepths(const Timeline& timeline, std::size_t k);
std::vector<int> stepDepths(const Timeline& timeline, const TimelineStep& step);

bool solveKeyframe(const Timeline& timeline, std::size_t k, const Keyframe* previous,
                   const LayoutParams& params, Keyframe& out, const std::atomic<bool>* cancel = nullptr,
                   std::uint64_t* ticks = nullptr);
// The same with step k given (a timeline without steps and a StepSource: the window's layout).
bool solveKeyframe(const Timeline& timeline, const TimelineStep& step, std::size_t k,
                   const Keyframe* previous, const LayoutParams& params, Keyframe& out,
                   const std::atomic<bool>* cancel = nullptr, std::uint64_t* ticks = nullptr);

} // namespace tieline::core::layout
