// Every tunable of the layout engine, with its default and unit. Plain data. Core: no GL.
// Layout units are d3's "pixels": a cooperative tie at full strength rests at linkDistance.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace tieline::core::layout {

// How actors are arranged besides the forces: freely, or patrons above clients by their depth
// in the patron relation at t (core/layout/hierarchy.hpp).
enum class Arrange : std::uint8_t { Free, Hierarchy };

struct LayoutParams {
    std::uint64_t seed = 1; // = 1, every random choice derives from this

    // [SECTION] cooling (d3-force's schedule)
    double alphaMin = 0.001;    // = 0.001, alpha at the end of a full cool-down
    double velocityDecay = 0.4; // = 0.4, fraction of velocity lost per tick
    int initialTicks = 300;     // = 300 ticks for a cold start (d3: alpha 1 → alphaMin in ~300)

    // [SECTION] forces
    double charge = -30.0;         // = -30, many-body strength per node (negative repels)
    double theta = 0.9;            // = 0.9, Barnes–Hut opening angle; higher = faster, coarser
    double distanceMin = 1.0;      // = 1, layout units; closer pairs are softened
    double linkDistance = 30.0;    // = 30, layout units, rest length of a cooperative tie at strength 1
    double weakLengthening = 0.5;  // = 0.5, a cooperative tie at strength 0 rests (1 + this) × longer
    double hostileDistance = 3.0;  // = 3, rest length of a hostile tie, in linkDistance units
    double hostileStiffness = 0.5; // = 0.5, stiffness of a hostile tie relative to a cooperative one
    double gravity = 0.03;         // = 0.03, pull to the origin per tick at alpha 1 (0: none)
    double degreeCharge = 1.0;     // = 1, datasets: an actor's charge is charge × (1 + this × its ties)
                                   //   (ForceAtlas2's degree-weighted repulsion; 0: uniform)
    double nodeRadius = 5.0;       // = 5, layout units, collision radius of an edge list's nodes (0: no
                                   //   collision); a dataset's actors collide at their drawn radii
    double collideGap = 4.0;       // = 4, layout units kept between two actors' drawn discs (room for
                                   //   a tie's stub and arrow between neighbours, and for interpolation)
    int threads = 1;               // = 1, threads for the many-body force (a 2nd pays above ~16k nodes)

    // [SECTION] arrangement
    Arrange arrange = Arrange::Free; // = free; hierarchy: patrons above clients (a soft force)
    double levelSpacing = 2.0;       // = 2, linkDistance units between two depths of the hierarchy
    double levelStrength = 0.4;      // = 0.4, pull towards an actor's level per tick at alpha 1

    // [SECTION] layout over time (keyframes)
    int ticksPerStep = 30;      // = 30 ticks for each keyframe after the first (warm start)
    int provisionalTicks = 300; // = 300 ticks for a provisional keyframe ahead of the chain (the window)
    double reheatAlpha = 0.15;  // = 0.15, alpha at the start of a warm-started keyframe (at stability 0)
    double stability = 0.6;     // = 0.6, 0..1: 0 each moment on its own, 1 nodes barely move. It is
                                //   the anchor's pull towards the previous keyframe (per tick at
                                //   alpha 1), and the reheat shrinks by (1 - 0.75·stability)
    int untanglePasses = 2;     // = 2, sweeps of the crossing-aware refinement per keyframe (0: none;
                                //   untangle.hpp), run untangleSettle ticks before the keyframe's end
    int untangleSettle = 10;    // = 10 ticks

    // [SECTION] cold start (a keyframe with none before it)
    std::size_t multilevelFrom = 2000; // = 2000 actors: from this many in a step, a cold start is
                                       //   multilevel (detail/multilevel.hpp); below it, every actor
                                       //   starts on the spiral and params.initialTicks ticks run

    // alpha decay per tick that brings alpha from `from` to alphaMin in `ticks` ticks.
    double decayFor(double from, int ticks) const {
        if (ticks <= 0 || from <= alphaMin) return 0.0;
        return 1.0 - std::pow(alphaMin / from, 1.0 / ticks);
    }
};

// The one home of every layout default: the parameter structs of the forces and the simulation take
// theirs from here.
inline constexpr LayoutParams kDefaultLayoutParams{};

} // namespace tieline::core::layout
