// The background keyframe computation: one worker thread, cancellation between ticks, and
// incremental recomputation from the first step whose inputs changed.
#include "core/layout/temporal_layout.hpp"
#include "core/layout/detail/keyframe_solver.hpp"

#include <algorithm>
#include <mutex>

namespace tieline::core::layout {

TemporalLayout::~TemporalLayout() {
    stopProvisional(true);
    stopWorker();
}

void TemporalLayout::stopProvisional(bool forget) {
    m_provisionalCancel.store(true);
    if (m_provisionalWorker.joinable()) m_provisionalWorker.join();
    m_provisionalCancel.store(false);
    std::lock_guard lock(m_provisionalMutex);
    m_provisionalPending = kCold;
    m_provisionalInfo.computing = false;
    if (forget) {
        m_provisionalInfo = {};
        m_provisional = {};
    }
}

bool TemporalLayout::provisionalAt(calendar::Time t, std::vector<model::Point>& out,
                                   std::vector<std::uint8_t>* present) {
    if (!m_haveDataset || m_times.empty()) return false;
    const auto it = std::upper_bound(m_times.begin(), m_times.end(), t);
    const std::size_t step = it == m_times.begin() ? 0 : std::size_t(it - m_times.begin()) - 1;
    // Near the chain's end the chain arrives about as soon: no second computation of the same step.
    if (step < m_ready.load() + kProvisionalLead) return false;
    bool start = false;
    {
        std::lock_guard lock(m_provisionalMutex);
        start = m_provisionalPending != step && !(m_provisionalInfo.ready && m_provisionalInfo.step == step);
    }
    if (start) {
        stopProvisional(false);
        // From the chain's tip as it stands (double, as the chain carries it), or cold.
        Keyframe from;
        std::size_t fromIndex = kCold;
        {
            std::shared_lock lock(m_mutex);
            if (m_keyframes.ready() > 0) {
                from = m_keyframes.tip();
                fromIndex = m_keyframes.ready() - 1;
            }
        }
        {
            std::lock_guard lock(m_provisionalMutex);
            m_provisionalPending = step;
            m_provisionalInfo.computing = true;
        }
        m_provisionalWorker = std::thread([this, step, fromIndex, from = std::move(from), source = m_source] {
            LayoutParams params = m_params;
            params.ticksPerStep = params.provisionalTicks;
            Keyframe out;
            if (!solveKeyframe(m_timeline, source->step(step), step, fromIndex == kCold ? nullptr : &from,
                               params, out, &m_provisionalCancel))
                return;
            std::lock_guard lock(m_provisionalMutex);
            m_provisional = std::move(out);
            m_provisionalInfo = {true, step, fromIndex, false};
            m_provisionalPending = kCold;
        });
    }
    std::lock_guard lock(m_provisionalMutex);
    if (!m_provisionalInfo.ready) return false;
    const std::size_t n = m_provisional.x.size();
    out.resize(n);
    for (std::size_t a = 0; a < n; ++a)
        out[a] = {m_provisional.x[a], m_provisional.y[a]};
    if (present) present->assign(m_provisional.present.begin(), m_provisional.present.end());
    return true;
}

TemporalLayout::ProvisionalInfo TemporalLayout::provisionalInfo() const {
    std::lock_guard lock(m_provisionalMutex);
    return m_provisionalInfo;
}

void TemporalLayout::waitProvisional() {
    if (m_provisionalWorker.joinable()) m_provisionalWorker.join();
}

bool TemporalLayout::stopWorker() {
    const bool started = m_started;
    m_cancel.store(true);
    if (m_worker.joinable()) m_worker.join();
    m_cancel.store(false);
    return started;
}

void TemporalLayout::startWorker() {
    m_started = true;
    if (done()) return;
    m_running.store(true);
    m_worker = std::thread([this] { run(); });
}

void TemporalLayout::run() {
    Keyframe previous, current;
    std::size_t k = m_keyframes.ready(); // only this thread changes it while running
    if (k > 0) previous = m_keyframes.tip();
    const StepHasher fingerprint(m_timeline, m_params);
    for (; k < m_keyframes.size(); ++k) {
        std::uint64_t ticks = 0;
        // Each step when its keyframe is due (the first keyframe need not wait for the others').
        const TimelineStep step = m_source->step(k);
        const std::uint64_t stepFingerprint = fingerprint(step, k);
        if (!solveKeyframe(m_timeline, step, k, k > 0 ? &previous : nullptr, m_params, current, &m_cancel,
                           &ticks))
            break;
        {
            std::unique_lock lock(m_mutex);
            m_keyframes.append(current);
        }
        m_fingerprints.resize(k); // only this thread changes it while running
        m_fingerprints.push_back(stepFingerprint);
        m_ready.store(k + 1);
        m_ticks.fetch_add(ticks);
        std::swap(previous, current);
        if (m_until) {
            // KeyframeSet::positionsAt is final at t once t lies before the last usable keyframe,
            // or at or before the first keyframe.
            const std::size_t usable = m_keyframes.usable();
            if (usable == m_keyframes.size() || (usable > 0 && *m_until < m_keyframes.times()[usable - 1]) ||
                *m_until <= m_keyframes.times()[0])
                break;
        }
    }
    m_running.store(false);
}

void TemporalLayout::applyInputs(Timeline frame, std::shared_ptr<const StepSource> source) {
    stopProvisional(true); // it was laid out from the old inputs
    const bool restart = stopWorker();
    const std::vector<calendar::Time>& times = source->times();
    const bool sameSteps = times == m_times && frame.actorCount == m_timeline.actorCount;
    // Keyframe k depends on steps 0..k only, so everything before the first changed step stays. Only
    // steps with a keyframe are compared: the worker fingerprints each step as it solves it.
    std::size_t first = 0;
    if (sameSteps) {
        const std::size_t kept = std::min(m_keyframes.ready(), m_fingerprints.size());
        const std::vector<std::uint64_t> now = source->fingerprints(frame, m_params, kept);
        while (first < kept && now[first] == m_fingerprints[first])
            ++first;
    }
    {
        std::unique_lock lock(m_mutex);
        if (sameSteps)
            m_keyframes.truncate(first);
        else
            m_keyframes.reset(times, frame.actorCount);
        m_fingerprints.resize(std::min(m_fingerprints.size(), m_keyframes.ready()));
        m_ready.store(m_keyframes.ready());
        m_total.store(m_keyframes.size());
    }
    m_times = times;
    m_timeline = std::move(frame);
    m_source = std::move(source);
    m_started = false;
    if (restart) startWorker();
}

void TemporalLayout::setDataset(const model::Dataset& data) {
    m_haveDataset = true;
    if (m_userPins.size() > data.actors.size()) m_userPins.resize(data.actors.size());
    m_datasetPins.clear();
    for (const model::Actor& a : data.actors)
        m_datasetPins.push_back(a.pin);
    // The steps are computed from a copy when each keyframe is due: the app may change its dataset
    // meanwhile (an edit stops the worker before it starts again from the new one).
    applyInputs(timelineFrame(data, m_userPins),
                std::make_shared<const StepSource>(std::make_shared<const model::Dataset>(data)));
}

void TemporalLayout::setParams(const LayoutParams& params) {
    m_params = params;
    if (!m_haveDataset) return;
    Timeline copy = m_timeline;
    applyInputs(std::move(copy), m_source);
}

void TemporalLayout::setPin(model::ActorId actor, std::optional<model::Point> pin) {
    if (actor.index() >= m_userPins.size()) m_userPins.resize(actor.index() + 1);
    m_userPins[actor.index()] = pin;
    if (!m_haveDataset || actor.index() >= m_timeline.actorCount) return;
    Timeline copy = m_timeline;
    // Without a user pin the dataset's own pin, if any, applies again.
    copy.pins[actor.index()] = pin ? pin : m_datasetPins[actor.index()];
    applyInputs(std::move(copy), m_source);
}

void TemporalLayout::start() {
    if (m_worker.joinable() && !m_running.load()) m_worker.join();
    if (m_running.load()) return;
    startWorker();
}

void TemporalLayout::computeNow() {
    stopWorker();
    m_started = false;
    m_running.store(true);
    run();
}

void TemporalLayout::computeUntil(calendar::Time t) {
    stopWorker();
    m_started = false;
    m_until = t;
    m_running.store(true);
    run();
    m_until.reset();
}

void TemporalLayout::cancel() {
    stopWorker();
    m_started = false;
}

void TemporalLayout::wait() {
    if (m_worker.joinable()) m_worker.join();
}

void TemporalLayout::recomputeFrom(std::size_t step) {
    stopProvisional(true);
    const bool restart = stopWorker();
    {
        std::unique_lock lock(m_mutex);
        m_keyframes.truncate(step);
        m_ready.store(m_keyframes.ready());
    }
    m_started = false;
    if (restart) startWorker();
}

double TemporalLayout::progress() const {
    const std::size_t total = m_total.load();
    return total == 0 ? 1.0 : static_cast<double>(m_ready.load()) / static_cast<double>(total);
}

std::vector<calendar::Time> TemporalLayout::keyframeTimes() const {
    std::shared_lock lock(m_mutex);
    return m_keyframes.times();
}

bool TemporalLayout::positionsAt(calendar::Time t, std::vector<model::Point>& out,
                                 std::vector<std::uint8_t>* present) const {
    std::shared_lock lock(m_mutex);
    return m_keyframes.positionsAt(t, out, present);
}

bool TemporalLayout::keyframe(std::size_t k, std::vector<model::Point>& out,
                              std::vector<std::uint8_t>* present) const {
    std::shared_lock lock(m_mutex);
    if (k >= m_keyframes.ready()) return false;
    const std::size_t n = m_keyframes.actorCount();
    out.resize(n);
    if (present) present->resize(n);
    for (std::size_t a = 0; a < n; ++a) {
        out[a] = {m_keyframes.x(k, a), m_keyframes.y(k, a)};
        if (present) (*present)[a] = m_keyframes.present(k, a) ? 1 : 0;
    }
    return true;
}

} // namespace tieline::core::layout
