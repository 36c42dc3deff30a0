// Sampling a dataset at the keyframe times, and fingerprints for incremental recomputation.
#include "core/layout/timeline.hpp"
#include "core/layout/disc_radius.hpp"
#include "core/layout/rng.hpp"
#include "core/model/active.hpp"
#include "core/model/span_index.hpp"

#include <algorithm>
#include <bit>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>

namespace tieline::core::layout {

namespace {

// Ties × days of one keyframe interval up to which the drawn radii are taken day by day (the
// default dataset: 100 × 31).
constexpr std::size_t kDayRadiiBudget = 200000;

// Actors and ties from which the steps are computed on several threads (at most kMostThreads).
constexpr std::size_t kThreadsFrom = 4000, kMostThreads = 4;

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

namespace {

// The actors and ties true at any time of keyframe interval k (from its time to the next one's:
// what a month's export shows) into `active`, and each actor's largest drawn radius there into
// `radii`. A day's radius can be larger than the interval's (fewer ties that day make the largest
// actor smaller, and the others grow relative to it): the days' are taken where affordable, every
// fourth day or so and the last (radii change slowly; half the collision gap is the margin).
void intervalRadii(const model::Dataset& data, const model::SpanIndex& index,
                   const std::vector<calendar::Time>& times, std::size_t k, StepScratch& s,
                   std::vector<double>& radii) {
    const calendar::DayNumber begin = static_cast<calendar::DayNumber>(times[k]);
    const calendar::DayNumber end =
        k + 1 < times.size() ? static_cast<calendar::DayNumber>(times[k + 1]) : data.rangeEnd();
    index.activeDuring(data,
                       calendar::Window{begin, std::max(end, begin + 1), calendar::DatePrecision::Day, true},
                       s.active, s.present);
    discRadii(data, s.active, radii);
    if (data.ties.size() * std::size_t(end - begin) > kDayRadiiBudget) return;
    const calendar::DayNumber stride = std::max<calendar::DayNumber>(1, (end - begin) / 8);
    const auto sample = [&](calendar::DayNumber day) {
        index.activeAt(data, static_cast<calendar::Time>(day), s.dayActive, s.present);
        discRadii(data, s.dayActive, s.dayRadii);
        for (std::size_t a = 0; a < s.dayRadii.size(); ++a)
            radii[a] = std::max(radii[a], s.dayRadii[a]);
    };
    for (calendar::DayNumber day = begin + stride; day < end - 1; day += stride)
        sample(day);
    if (end - 1 > begin) sample(end - 1);
}

// Step k from its interval's active set (s.active) and radii: a keyframe lays out everything true
// from its time to the next keyframe's, so a tie that holds only mid-month (a delegation's week) is
// laid out, and drawn short, too. The radii before the interval's are added by the caller.
void fillStep(const model::Dataset& data, const model::SpanIndex& index, calendar::Time t,
              const std::vector<double>& radii, StepScratch& s, TimelineStep& step) {
    index.activeAt(data, t, s.dayActive, s.present);
    discRadii(data, s.dayActive, s.dayRadii);
    step.t = t;
    step.actors.reserve(s.active.actors.size());
    for (const model::ActiveActor& a : s.active.actors)
        step.actors.push_back(static_cast<std::uint32_t>(a.id.index()));
    step.radii.reserve(s.active.actors.size());
    for (const model::ActiveActor& a : s.active.actors) {
        const std::size_t i = a.id.index();
        step.radii.push_back(std::max(s.dayRadii[i], radii[i]));
    }
    step.ties.reserve(s.active.ties.size());
    step.strengths.reserve(s.active.ties.size());
    for (const model::ActiveTie& a : s.active.ties) {
        step.ties.push_back(static_cast<std::uint32_t>(a.id.index()));
        step.strengths.push_back(a.strength);
    }
}

// The radii also cover the interval before the keyframe.
void addRadiiBefore(const std::vector<double>& before, TimelineStep& step) {
    for (std::size_t j = 0; j < step.actors.size(); ++j)
        step.radii[j] = std::max(step.radii[j], before[step.actors[j]]);
}

std::size_t threadsFor(const model::Dataset& data, std::size_t jobs) {
    if (data.actors.size() + data.ties.size() < kThreadsFrom) return 1;
    const std::size_t most = std::max<std::size_t>(1, std::min(kMostThreads, jobs));
    return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, most);
}

} // namespace

Timeline timelineFrame(const model::Dataset& data, const std::vector<std::optional<model::Point>>& userPins) {
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
    return tl;
}

Timeline buildTimeline(const model::Dataset& data, const std::vector<std::optional<model::Point>>& userPins) {
    Timeline tl = timelineFrame(data, userPins);
    const std::vector<calendar::Time> times = keyframeTimes(data);
    // Each keyframe's step is computed on its own (only its radii also take the interval before
    // it, below), so the keyframes are shared out among threads, each with its own index (the
    // index's queries keep scratch) and scratch: the same steps, bit for bit, in any order.
    // Every query from an index over the spans (exactly the scans' sets, span_index.hpp): a scan
    // of every span per keyframe and per day sampled cost seconds at 20,000 actors (issue 18).
    std::vector<std::vector<double>> spanRadii(times.size());
    tl.steps.resize(times.size());
    const auto computeSteps = [&](const model::SpanIndex& index, std::size_t first, std::size_t stride) {
        StepScratch scratch;
        for (std::size_t k = first; k < times.size(); k += stride) {
            intervalRadii(data, index, times, k, scratch, spanRadii[k]);
            fillStep(data, index, times[k], spanRadii[k], scratch, tl.steps[k]);
        }
    };
    const model::SpanIndex index(data);
    const std::size_t threads = threadsFor(data, times.size());
    std::vector<model::SpanIndex> copies(threads - 1, index);
    std::vector<std::thread> workers;
    for (std::size_t w = 1; w < threads; ++w)
        workers.emplace_back([&, w] { computeSteps(copies[w - 1], w, threads); });
    computeSteps(index, 0, threads);
    for (std::thread& w : workers)
        w.join();
    for (std::size_t k = 1; k < times.size(); ++k)
        addRadiiBefore(spanRadii[k - 1], tl.steps[k]);
    return tl;
}

StepSource::StepSource(std::shared_ptr<const model::Dataset> data)
    : m_data(std::move(data)), m_times(keyframeTimes(*m_data)), m_index(*m_data) {}

TimelineStep StepSource::step(std::size_t k) const {
    std::lock_guard lock(m_mutex);
    return stepWith(k, m_index, m_scratch);
}

TimelineStep StepSource::stepWith(std::size_t k, const model::SpanIndex& index, StepScratch& s) const {
    TimelineStep step;
    // Steps asked for in order (the chain, the fingerprints) reuse the interval before theirs.
    if (k > 0 && s.radiiInterval == k - 1)
        std::swap(s.before, s.radii);
    else if (k > 0)
        intervalRadii(*m_data, index, m_times, k - 1, s, s.before);
    intervalRadii(*m_data, index, m_times, k, s, s.radii);
    s.radiiInterval = k;
    fillStep(*m_data, index, m_times[k], s.radii, s, step);
    if (k > 0) addRadiiBefore(s.before, step);
    return step;
}

std::vector<std::uint64_t> StepSource::fingerprints(const Timeline& frame, const LayoutParams& params,
                                                    std::size_t count) const {
    count = std::min(count, m_times.size());
    std::vector<std::uint64_t> out(count);
    const StepHasher hasher(frame, params);
    const std::size_t threads = threadsFor(*m_data, count);
    // Contiguous runs of steps, so each step but a run's first reuses the interval before it.
    const auto run = [&](const model::SpanIndex& index, std::size_t w) {
        StepScratch scratch;
        for (std::size_t k = count * w / threads; k < count * (w + 1) / threads; ++k)
            out[k] = hasher(stepWith(k, index, scratch), k);
    };
    std::vector<model::SpanIndex> copies(threads - 1, m_index);
    std::vector<std::thread> workers;
    for (std::size_t w = 1; w < threads; ++w)
        workers.emplace_back([&, w] { run(copies[w - 1], w); });
    {
        std::lock_guard lock(m_mutex); // m_index's query scratch
        run(m_index, 0);
    }
    for (std::thread& w : workers)
        w.join();
    return out;
}

StepHasher::StepHasher(const Timeline& tl, const LayoutParams& p) : m_timeline(tl) {
    Hasher common;
    for (double v :
         {p.alphaMin, p.velocityDecay, p.charge, p.theta, p.distanceMin, p.linkDistance, p.weakLengthening,
          p.hostileDistance, p.hostileStiffness, p.gravity, p.nodeRadius, p.collideGap, p.degreeCharge})
        common.add(v);
    common.add(p.seed);
    if (p.arrange != Arrange::Free) { // left out when free, so the free layout's keys stay as they were
        common.add(static_cast<std::uint64_t>(p.arrange));
        common.add(p.levelSpacing);
        common.add(p.levelStrength);
    }
    common.add(static_cast<std::uint64_t>(p.initialTicks));
    common.add(static_cast<std::uint64_t>(p.untanglePasses));
    common.add(static_cast<std::uint64_t>(p.untangleSettle));
    if (p.multilevelFrom != LayoutParams{}.multilevelFrom) // as above: the default's keys unchanged
        common.add(static_cast<std::uint64_t>(p.multilevelFrom));
    Hasher warm = common; // what only warm-started keyframes use
    warm.add(static_cast<std::uint64_t>(p.ticksPerStep));
    warm.add(p.reheatAlpha);
    warm.add(p.stability);
    m_cold = common.h;
    m_warm = warm.h;
}

std::uint64_t StepHasher::operator()(const TimelineStep& step, std::size_t k) const {
    const Timeline& tl = m_timeline;
    Hasher h{k == 0 ? m_cold : m_warm};
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
    for (double r : step.radii)
        h.add(r);
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
    return h.h;
}

std::vector<std::uint64_t> stepFingerprints(const Timeline& tl, const LayoutParams& p) {
    const StepHasher hasher(tl, p);
    std::vector<std::uint64_t> out;
    out.reserve(tl.steps.size());
    for (std::size_t k = 0; k < tl.steps.size(); ++k)
        out.push_back(hasher(tl.steps[k], k));
    return out;
}

} // namespace tieline::core::layout
