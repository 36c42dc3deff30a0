// The metrics' background thread: one-step results handed to the UI thread through a short queue.
#include "core/metrics/metrics_job.hpp"

#include "core/io/background_priority.hpp"

#include <algorithm>
#include <limits>

namespace tieline::core::metrics {

namespace {

// Results waiting for collect(): a bound (32 MB of them, at least 4), so that a slow reader does not
// make the worker hold many steps' worth of arrays; small networks' steps all fit at once.
std::size_t queueBound(const Metrics& shape) {
    const std::size_t bytes =
        shape.actorCount * (1 + 4 * sizeof(double) + 2 * shape.typeCount * sizeof(double));
    return std::max<std::size_t>(4, (std::size_t(32) << 20) / std::max<std::size_t>(bytes, 1));
}

// A Metrics of one step at `t`, shaped like `shape`.
Metrics oneStep(const Metrics& shape, calendar::Time t) {
    Metrics one = shape;
    one.times = {t};
    const std::size_t n = shape.actorCount;
    one.present.assign(n, 0);
    one.values.assign(1, StepValues{});
    one.betweennessKnown.assign(1, 1);
    one.shares.clear();
    one.shareBegin.assign(2, 0);
    one.approximate.assign(1, 0);
    one.betweennessError.assign(1, 0.0);
    return one;
}

} // namespace

MetricsJob::~MetricsJob() {
    cancel();
}

Metrics MetricsJob::start(const model::Dataset& data, const MetricsOptions& options, calendar::Time shownAt) {
    cancel();
    Metrics m = emptyMetrics(data, options);
    std::fill(m.betweennessKnown.begin(), m.betweennessKnown.end(), 0); // NaN until each step's arrives
    m_steps = m.steps();
    m_queueBound = queueBound(m);
    m_basicsCollected = m_betweennessCollected = 0;
    ++m_generation;
    if (m_steps == 0) return m;
    // The shape without the per-step arrays (each result makes its own of one step): never a copy
    // of `m`, which would hold all of them twice for a moment (400 MB at 20,000 actors).
    Metrics shape;
    shape.times = m.times;
    shape.actorCount = m.actorCount;
    shape.typeCount = m.typeCount;
    shape.representative = m.representative;
    shape.patronType = m.patronType;
    shape.shareBegin.assign(m.steps() + 1, 0);
    shape.approximate.assign(m.steps(), 0);
    shape.betweennessError.assign(m.steps(), 0.0);
    shape.exactBetweennessLimit = m.exactBetweennessLimit;
    shape.pivots = m.pivots;
    {
        std::lock_guard lock(m_mutex);
        m_workerDone = false;
    }
    m_running.store(true);
    m_worker = std::thread(
        [this, d = &data, shape = std::move(shape), first = m.stepAt(shownAt)] { run(d, shape, first); });
    return m;
}

void MetricsJob::cancel() {
    m_cancel.store(true);
    m_space.notify_all();
    if (m_worker.joinable()) m_worker.join();
    m_cancel.store(false);
    std::lock_guard lock(m_mutex);
    m_results.clear();
    m_workerDone = true;
    m_running.store(false);
}

void MetricsJob::publish(Result&& r) {
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_results.size() < m_queueBound || m_cancel.load(); });
    if (m_cancel.load()) return;
    m_results.push_back(std::move(r));
    m_ready.notify_all();
}

void MetricsJob::run(const model::Dataset* data, Metrics shape, std::size_t firstStep) {
    io::lowerThisThreadPriority(); // the window keeps its core while the metrics compute
    const std::size_t steps = shape.steps();
    StepScratchPtr scratch = makeStepScratch(*data, shape);
    // First pass: everything but betweenness, in step order (the shares are stored step after step).
    for (std::size_t step = 0; step < steps && !m_cancel.load(); ++step) {
        Result r{step, false, oneStep(shape, shape.times[step])};
        computeMetricsStep(*data, r.values, 0, *scratch, false);
        publish(std::move(r));
    }
    // Second pass: betweenness from the step shown on, then the earlier ones.
    for (std::size_t k = 0; k < steps && !m_cancel.load(); ++k) {
        const std::size_t step = (firstStep + k) % steps;
        Result r{step, true, oneStep(shape, shape.times[step])};
        computeMetricsStep(*data, r.values, 0, *scratch, true);
        publish(std::move(r));
    }
    std::lock_guard lock(m_mutex);
    m_workerDone = true;
    m_ready.notify_all();
}

void MetricsJob::apply(Result& r, Metrics& m) {
    const std::size_t base = m.at(r.step, 0);
    Metrics& v = r.values;
    if (r.betweenness) {
        // The whole step again, now with its betweenness (the rest is computed as before: the same).
        m.values[r.step] = std::move(v.values[0]);
        m.betweennessKnown[r.step] = 1;
        m.approximate[r.step] = v.approximate[0];
        m.betweennessError[r.step] = v.betweennessError[0];
        ++m_betweennessCollected;
        return;
    }
    std::copy(v.present.begin(), v.present.end(), m.present.begin() + std::ptrdiff_t(base));
    if (!m.betweennessKnown[r.step]) m.values[r.step] = std::move(v.values[0]);
    // Steps arrive in order here: the shares go on the end, later steps stay empty.
    m.shares.resize(m.shareBegin[r.step]);
    m.shares.insert(m.shares.end(), v.shares.begin(), v.shares.end());
    std::fill(m.shareBegin.begin() + std::ptrdiff_t(r.step) + 1, m.shareBegin.end(), m.shares.size());
    ++m_basicsCollected;
}

bool MetricsJob::collect(Metrics& m) {
    std::deque<Result> taken;
    bool ended = false;
    {
        std::lock_guard lock(m_mutex);
        taken.swap(m_results);
        ended = m_workerDone;
    }
    m_space.notify_all();
    for (Result& r : taken)
        apply(r, m);
    if (ended && m_running.load()) {
        if (m_worker.joinable()) m_worker.join();
        m_running.store(false);
    }
    return !taken.empty();
}

void MetricsJob::finish(Metrics& m) {
    while (running()) {
        {
            std::unique_lock lock(m_mutex);
            m_ready.wait(lock, [&] { return !m_results.empty() || m_workerDone; });
        }
        collect(m);
    }
}

double MetricsJob::progress() const {
    if (m_steps == 0) return 1.0;
    // The cheap pass takes a small part of the time; betweenness the rest.
    return 0.1 * double(m_basicsCollected) / double(m_steps) +
           0.9 * double(m_betweennessCollected) / double(m_steps);
}

} // namespace tieline::core::metrics
