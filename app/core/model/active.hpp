// What is on stage at a moment: the actors present and the ties that hold, with strengths.
// Core: no GL.
#pragma once

#include "core/model/dataset.hpp"

#include <vector>

namespace tieline::core::model {

struct ActiveActor {
    ActorId id;
    calendar::DayNumber begin = 0, end = 0; // the presence span containing t
    bool approximate = false;               // t lies in the uncertainty window of an approximate start or end
    double fade = 1.0;                      // 0..1, for drawing entrances and exits over uncertain periods
    bool operator==(const ActiveActor&) const = default;
};

struct ActiveTie {
    TieId id;
    calendar::DayNumber begin = 0, end = 0; // the span containing t
    double strength = 1.0;                  // interpolated at t; over a window, its maximum there
    bool approximate = false;
    double fade = 1.0;
    bool partial = false; // over a window: true for only part of it (never at one day)
    bool operator==(const ActiveTie&) const = default;
};

struct ActiveSet {
    calendar::Time t = 0;
    std::vector<ActiveActor> actors; // in dataset order
    std::vector<ActiveTie> ties;     // in dataset order
};

// Strength of a tie at t: piecewise linear between keyframes (each at its date's first day),
// constant before the first and after the last; 1 when the tie has no keyframes.
double strengthAt(const Tie& tie, calendar::Time t);

// The actor's presence span containing t, if any (an actor without spans is present throughout).
std::optional<calendar::ResolvedSpan> actorSpanAt(const Dataset& data, const Actor& actor, calendar::Time t);
std::optional<calendar::ResolvedSpan> tieSpanAt(const Dataset& data, const Tie& tie, calendar::Time t);

// Actors present at t, and the ties whose span contains t and whose two ends are both present.
ActiveSet activeAt(const Dataset& data, calendar::Time t);
// The same into `out`, reusing its storage (no allocation once it has grown).
void activeAt(const Dataset& data, calendar::Time t, ActiveSet& out, std::vector<char>& scratchPresent);

// What is true at any time in a window (a day, a month, a year or a range): actors present at
// some day of it, ties holding at some day of it while both their ends are present. A tie's
// strength is its maximum over the days it holds in the window; `partial` marks a tie that does
// not hold on every day of it. Over one day this is exactly activeAt(window.begin).
// `approximate` and `fade` describe the most certain day of the window: a still picture fades
// only ties that lie wholly in an approximate margin.
void activeDuring(const Dataset& data, const calendar::Window& window, ActiveSet& out,
                  std::vector<char>& scratchPresent);
ActiveSet activeDuring(const Dataset& data, const calendar::Window& window);

} // namespace tieline::core::model
