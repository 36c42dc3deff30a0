// The metrics computed on a background thread, step by step, so that the window never waits for
// them (issue 18). Core: no GL.
//
// Usage (the UI thread):
//   MetricsJob job;
//   Metrics m = job.start(data, options, shownAt);    // empty metrics to show at once; the job fills them
//   every frame: job.collect(m);                        // moves in the steps finished since; never waits
//   show job.progress() while job.running(); job.cancel() before `data` changes or goes away.
// Order: first the cheap metrics of every step in order (degrees, patron shares, constraint, camp
// balance: the charted actor's share chart is complete within moments), then betweenness one step
// at a time from the step at `shownAt` (the date the window shows) to the end, then from the start. Until a
// step's betweenness arrives it is NaN (not yet known). Once done, `m` equals computeMetrics(data,
// options) bit for bit, whatever the order and the cancellations.
#pragma once

#include "core/metrics/metrics.hpp"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace tieline::core::metrics {

class MetricsJob {
  public:
    MetricsJob() = default;
    ~MetricsJob();
    MetricsJob(const MetricsJob&) = delete;
    MetricsJob& operator=(const MetricsJob&) = delete;

    // Cancels the running job, then starts one on `data`, which must stay alive and unchanged until
    // cancel(), the next start() or the job's end. Returns the metrics to fill: sized, every step
    // empty, betweenness NaN.
    Metrics start(const model::Dataset& data, const MetricsOptions& options, calendar::Time shownAt = 0);
    // Stops the worker (within one step) and forgets its unread results.
    void cancel();
    // Blocks until the worker ends, collecting into `m` as it goes (tests, automated runs).
    void finish(Metrics& m);
    // Moves the finished steps' results into `m` (the metrics start() returned). Returns whether any.
    bool collect(Metrics& m);

    bool running() const { return m_running.load(); } // started and not everything collected
    double progress() const;                          // 0..1: cheap steps and betweenness steps
    std::size_t stepsWithBetweenness() const { return m_betweennessCollected; }
    std::size_t steps() const { return m_steps; }
    std::uint64_t generation() const { return m_generation; } // counts start() calls

  private:
    struct Result {
        std::size_t step = 0;
        bool betweenness = false; // else the cheap metrics
        Metrics values;           // one step (index 0)
    };
    void run(const model::Dataset* data, Metrics shape, std::size_t firstStep);
    void publish(Result&& r);
    void apply(Result& r, Metrics& m);

    std::thread m_worker;
    std::atomic<bool> m_cancel{false}, m_running{false};
    std::mutex m_mutex;
    std::condition_variable m_space, m_ready;
    std::deque<Result> m_results;
    bool m_workerDone = true;
    std::size_t m_queueBound = 4;
    std::size_t m_steps = 0, m_basicsCollected = 0, m_betweennessCollected = 0;
    std::uint64_t m_generation = 0;
};

} // namespace tieline::core::metrics
