// Sampling a dataset at the keyframe times, and fingerprints for incremental recomputation.
#include "core/layout/timeline.hpp"
#include "core/layout/rng.hpp"
#include "core/model/active.hpp"

#include <bit>
#include <limits>

namespace tieline::core::layout {

namespace {

calendar::DayNumber advance(calendar::DayNumber day, model::TimeStep step) {
    switch (step) {
    case model::TimeStep::Day:
        return day + 1;
    case model::TimeStep::Week:
        return day + 7;
    case model::TimeStep::Month:
        return calendar::addMonths(day, 1);
    case model::TimeStep::Quarter:
        return calendar::addMonths(day, 3);
    case model::TimeStep::Year:
        return calendar::addMonths(day, 12);
    }
    return calendar::addMonths(day, 1);
}

struct Hasher {
    std::uint64_t h = 0x243f6a8885a308d3ULL;
    void add(std::uint64_t v) { h = mix64(h ^ v) + 0x9e3779b97f4a7c15ULL; }
    void add(double v) { add(std::bit_cast<std::uint64_t>(v)); }
};

} // namespace

std::vector<calendar::Time> keyframeTimes(const model::Dataset& data) {
    std::vector<calendar::Time> times;
    const calendar::DayNumber end = data.rangeEnd();
    for (calendar::DayNumber day = data.rangeBegin(); day < end; day = advance(day, data.meta.step))
        times.push_back(static_cast<calendar::Time>(day));
    return times;
}

Timeline buildTimeline(const model::Dataset& data, const std::vector<std::optional<model::Point>>& userPins) {
    Timeline tl;
    tl.actorCount = data.actors.size();
    tl.ties.reserve(data.ties.size());
    for (const model::Tie& tie : data.ties) {
        const model::TieType& type = data.tieType(tie.type);
        tl.ties.push_back({static_cast<std::uint32_t>(tie.from.index()),
                           static_cast<std::uint32_t>(tie.to.index()), type.sign < 0, type.layout});
    }
    tl.pins.resize(tl.actorCount);
    for (std::size_t i = 0; i < tl.actorCount; ++i) {
        tl.pins[i] = data.actors[i].pin;
        if (i < userPins.size() && userPins[i]) tl.pins[i] = userPins[i];
    }
    for (calendar::Time t : keyframeTimes(data)) {
        const model::ActiveSet active = activeAt(data, t);
        TimelineStep step;
        step.t = t;
        step.actors.reserve(active.actors.size());
        for (const model::ActiveActor& a : active.actors)
            step.actors.push_back(static_cast<std::uint32_t>(a.id.index()));
        step.ties.reserve(active.ties.size());
        step.strengths.reserve(active.ties.size());
        for (const model::ActiveTie& a : active.ties) {
            step.ties.push_back(static_cast<std::uint32_t>(a.id.index()));
            step.strengths.push_back(a.strength);
        }
        tl.steps.push_back(std::move(step));
    }
    return tl;
}

std::vector<std::uint64_t> stepFingerprints(const Timeline& tl, const LayoutParams& p) {
    Hasher common;
    for (double v : {p.alphaMin, p.velocityDecay, p.charge, p.theta, p.distanceMin, p.linkDistance,
                     p.weakLengthening, p.hostileDistance, p.hostileStiffness, p.gravity, p.nodeRadius})
        common.add(v);
    common.add(p.seed);
    if (p.arrange != Arrange::Free) { // left out when free, so the free layout's keys stay as they were
        common.add(static_cast<std::uint64_t>(p.arrange));
        common.add(p.levelSpacing);
        common.add(p.levelStrength);
    }
    common.add(static_cast<std::uint64_t>(p.initialTicks));
    Hasher warm = common; // what only warm-started keyframes use
    warm.add(static_cast<std::uint64_t>(p.ticksPerStep));
    warm.add(p.reheatAlpha);
    warm.add(p.stability);

    std::vector<std::uint64_t> out;
    out.reserve(tl.steps.size());
    for (std::size_t k = 0; k < tl.steps.size(); ++k) {
        const TimelineStep& step = tl.steps[k];
        Hasher h = k == 0 ? common : warm;
        h.add(static_cast<std::uint64_t>(k));
        h.add(step.t);
        h.add(static_cast<std::uint64_t>(step.actors.size()));
        for (std::uint32_t a : step.actors) {
            h.add(static_cast<std::uint64_t>(a));
            if (const auto& pin = tl.pins[a]) {
                h.add(~std::uint64_t(0)); // marks a pin
                h.add(pin->x);
                h.add(pin->y);
            }
        }
        h.add(static_cast<std::uint64_t>(step.ties.size()));
        for (std::size_t i = 0; i < step.ties.size(); ++i) {
            const TimelineTie& tie = tl.ties[step.ties[i]];
            h.add(std::uint64_t(tie.from) << 33 | std::uint64_t(tie.to) << 1 | std::uint64_t(tie.hostile));
            h.add(step.strengths[i]);
            if (tie.role.declared) { // left out when undeclared, as above
                const double unset = std::numeric_limits<double>::quiet_NaN();
                h.add(tie.role.attraction.value_or(unset));
                h.add(tie.role.repulsion.value_or(unset));
                h.add(tie.role.length.value_or(unset));
                h.add(static_cast<std::uint64_t>(tie.role.patron));
            }
        }
        out.push_back(h.h);
    }
    return out;
}

} // namespace tieline::core::layout
