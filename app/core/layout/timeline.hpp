// What each keyframe is computed from: the keyframe times across a dataset's range and, per time,
// the actors present and the ties active at any time up to the next keyframe (what a month's
// picture shows: model::activeDuring), with their strengths. A compact copy, so the background
// computation never reads the Dataset (which the app may replace meanwhile). Core: no GL.
#pragma once

#include "core/layout/layout_params.hpp"
#include "core/model/dataset.hpp"

#include <cstdint>
#include <optional>
#include <vector>

namespace tieline::core::layout {

struct TimelineTie {
    std::uint32_t from = 0, to = 0; // actor indices
    bool hostile = false;           // the tie type's sign is -1
    model::TieLayoutRole role;      // the tie type's layout role (core/layout/tie_role.hpp)
};

struct TimelineStep {
    calendar::Time t = 0;
    std::vector<std::uint32_t> actors; // actors present from t to the next keyframe, ascending
    std::vector<std::uint32_t> ties;   // ties active from t to the next keyframe, ascending
    std::vector<double> strengths;     // per active tie, its greatest strength there
    std::vector<double> radii;         // per present actor: its largest drawn disc radius (layout
                                       //   units, disc_radius.hpp) on any day from the keyframe
                                       //   before to the one after, which collision keeps apart
};

struct Timeline {
    std::size_t actorCount = 0;
    std::vector<TimelineTie> ties;                 // per dataset tie
    std::vector<std::optional<model::Point>> pins; // per actor: the dataset's pin or the user's
    std::vector<TimelineStep> steps;
};

// Keyframe times: the first day of the range, then one step (meta.step) after another while
// before the range's end. 1955–1969 monthly gives 180 times.
std::vector<calendar::Time> keyframeTimes(const model::Dataset& data);

// The timeline of a dataset. `userPins` (per actor, may be shorter or empty) override the
// dataset's pins.
Timeline buildTimeline(const model::Dataset& data,
                       const std::vector<std::optional<model::Point>>& userPins = {});

// A fingerprint per step of everything that step's keyframe depends on besides the keyframe
// before it: time, actors, ties and strengths, pins of the actors present, and the parameters
// (step 0 leaves out those that only warm starts use). Two timelines agree up to the first step
// whose fingerprints differ, which is where a recomputation must start.
std::vector<std::uint64_t> stepFingerprints(const Timeline& timeline, const LayoutParams& params);

} // namespace tieline::core::layout
