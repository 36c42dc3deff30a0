// What each keyframe is computed from: the keyframe times across a dataset's range and, per time,
// the actors present and the ties active at any time up to the next keyframe (what a month's
// picture shows: model::activeDuring), with their strengths. A compact copy, so the background
// computation never reads the Dataset (which the app may replace meanwhile). Core: no GL.
#pragma once

#include "core/layout/layout_params.hpp"
#include "core/model/active.hpp"
#include "core/model/dataset.hpp"
#include "core/model/span_index.hpp"

#include <cstdint>
#include <memory>
#include <mutex>
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
    std::vector<TimelineStep> steps;               // every step (buildTimeline); none from timelineFrame
};

// Keyframe times: the first day of the range, then one step (meta.step) after another while
// before the range's end. 1955–1969 monthly gives 180 times.
std::vector<calendar::Time> keyframeTimes(const model::Dataset& data);

// The timeline of a dataset. `userPins` (per actor, may be shorter or empty) override the
// dataset's pins.
Timeline buildTimeline(const model::Dataset& data,
                       const std::vector<std::optional<model::Point>>& userPins = {});

// The timeline without its steps (ties and pins only, cheap): with a StepSource, what the window's
// layout computes from.
Timeline timelineFrame(const model::Dataset& data,
                       const std::vector<std::optional<model::Point>>& userPins = {});

// Scratch for computing steps (internal; reused between calls so they allocate little).
struct StepScratch {
    model::ActiveSet active, dayActive;
    std::vector<char> present;
    std::vector<double> dayRadii, radii, before;
    std::size_t radiiInterval = std::size_t(-1); // the keyframe interval `radii` holds
};

// The steps of a dataset's timeline one at a time, on demand, each exactly buildTimeline's (tested):
// all 180 steps of a 20,000-actor network took 0.9 s on two threads and 150 MB, before the first
// keyframe could start (issue 18); a keyframe needs only its own step. Keeps the dataset it is
// given (a copy the app cannot change meanwhile). step() may be called from any thread.
class StepSource {
  public:
    explicit StepSource(std::shared_ptr<const model::Dataset> data);
    const std::vector<calendar::Time>& times() const { return m_times; }
    std::size_t size() const { return m_times.size(); }
    TimelineStep step(std::size_t k) const;
    // The fingerprints (stepFingerprints) of steps 0 .. count - 1, computed on several threads.
    std::vector<std::uint64_t> fingerprints(const Timeline& frame, const LayoutParams& params,
                                            std::size_t count) const;

  private:
    TimelineStep stepWith(std::size_t k, const model::SpanIndex& index, StepScratch& scratch) const;
    std::shared_ptr<const model::Dataset> m_data;
    std::vector<calendar::Time> m_times;
    model::SpanIndex m_index;
    mutable std::mutex m_mutex; // m_index's query scratch and m_scratch
    mutable StepScratch m_scratch;
};

// The fingerprint of one step (below), from the timeline's ties and pins and the parameters.
class StepHasher {
  public:
    StepHasher(const Timeline& frame, const LayoutParams& params);
    std::uint64_t operator()(const TimelineStep& step, std::size_t k) const;

  private:
    const Timeline& m_timeline;
    std::uint64_t m_cold = 0, m_warm = 0; // the parameters' part for step 0 and for the others
};

// A fingerprint per step of everything that step's keyframe depends on besides the keyframe
// before it: time, actors, ties and strengths, pins of the actors present, and the parameters
// (step 0 leaves out those that only warm starts use). Two timelines agree up to the first step
// whose fingerprints differ, which is where a recomputation must start.
std::vector<std::uint64_t> stepFingerprints(const Timeline& timeline, const LayoutParams& params);

} // namespace tieline::core::layout
