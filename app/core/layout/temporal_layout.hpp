// The layout over time: keyframes computed in the background, smooth positions at any moment.
// Core: no GL. This is the API the renderer and the CLI use.
//
// Usage:
//   1. TemporalLayout layout;                          // owns its worker thread and keyframes
//   2. layout.setParams(params);                       // optional: LayoutParams (layout_params.hpp)
//      layout.setDataset(dataset);                     // copies what it needs: the Dataset may go away
//   3. layout.start();                                 // computes keyframes in the background
//      (or layout.computeNow() to compute them in the calling thread)
//   4. every frame: layout.positionsAt(t, positions, &present);  // never waits, no allocation
//      once `positions` is sized; show layout.progress() (0..1) while !layout.done()
//   5. after an edit: layout.setPin(actor, Point{x, y}), setParams(...) or setDataset(...) again;
//      keyframes before the first affected step are kept and the rest is recomputed (in the
//      background if it was running). layout.recomputeFrom(step) forces that by hand.
//   6. layout.cancel() stops soon and keeps the finished keyframes; start() resumes. A cancelled
//      and resumed, or incrementally recomputed, run gives the same keyframes as a full one.
// Determinism: the same dataset, pins and params give bit-identical keyframes on one build,
// whatever the thread count, the cancellations or the order in which edits arrived.
#pragma once

#include "core/layout/detail/keyframe_set.hpp"
#include "core/layout/layout_params.hpp"
#include "core/layout/timeline.hpp"
#include "core/model/dataset.hpp"

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <thread>
#include <vector>

namespace tieline::core::layout {

class TemporalLayout {
  public:
    TemporalLayout() = default;
    ~TemporalLayout();
    TemporalLayout(const TemporalLayout&) = delete;
    TemporalLayout& operator=(const TemporalLayout&) = delete;

    // [SECTION] inputs: each stops the worker, keeps the keyframes the change cannot affect, and
    // restarts the worker if it had been started.
    void setDataset(const model::Dataset& data);
    void setParams(const LayoutParams& params);
    // A user pin (fixed position) for an actor, or none (std::nullopt) to fall back to the
    // dataset's pin if any. Recomputes from the first keyframe where the actor is present.
    void setPin(model::ActorId actor, std::optional<model::Point> pin);
    const LayoutParams& params() const { return m_params; }

    // [SECTION] computation
    void start();      // in the background, from the first missing keyframe
    void computeNow(); // in the calling thread, until every keyframe is done
    // In the calling thread, only until positionsAt(t) is final (the keyframes around t and the
    // one after, for the tangents): what the full chain gives at t, bit for bit, without the rest.
    void computeUntil(calendar::Time t);
    void cancel();                        // stops soon; finished keyframes stay; start() resumes
    void wait();                          // blocks until the background work ends
    void recomputeFrom(std::size_t step); // forgets keyframes from `step` on (restarts if started)
    double progress() const;              // finished keyframes / all keyframes, 0..1
    bool done() const { return m_ready.load() == m_total.load(); }
    bool running() const { return m_running.load(); }
    std::uint64_t ticksRun() const { return m_ticks.load(); } // simulation ticks, for timing

    // [SECTION] results (thread safe; they never wait for the computation)
    std::size_t keyframeCount() const { return m_total.load(); }
    std::size_t readyCount() const { return m_ready.load(); }
    std::vector<calendar::Time> keyframeTimes() const;
    // Positions of every actor (dataset index) at t; see KeyframeSet::positionsAt. Returns false
    // while t lies beyond the keyframes computed so far (positions then hold the last ones).
    bool positionsAt(calendar::Time t, std::vector<model::Point>& out,
                     std::vector<std::uint8_t>* present = nullptr) const;
    // Keyframe k exactly as computed (false if not computed yet).
    bool keyframe(std::size_t k, std::vector<model::Point>& out,
                  std::vector<std::uint8_t>* present = nullptr) const;

    // [SECTION] provisional layouts: where the window's user jumped ahead of the chain (issue 18)
    // The keyframe step at or before t, solved on a second worker thread with params.provisionalTicks
    // ticks warm-started from the last keyframe of the chain ready when it was asked for (from none,
    // a cold start, before the first). provisionalAt(t) asks for it and returns false until it
    // exists; meanwhile, and while the next step's is computed, the last finished provisional keyframe
    // (ProvisionalInfo::step says which). Only the window uses them: snapshot and export wait for the
    // chain (computeUntil). Deterministic: the same inputs, step and starting keyframe give the same
    // bytes. Forgotten when the inputs change.
    bool provisionalAt(calendar::Time t, std::vector<model::Point>& out,
                       std::vector<std::uint8_t>* present = nullptr);
    struct ProvisionalInfo {
        bool ready = false;     // a provisional keyframe exists
        std::size_t step = 0;   // its step
        std::size_t from = 0;   // the chain's keyframe it started from (kCold: none)
        bool computing = false; // one (for another step, or the first) is being computed
    };
    static constexpr std::size_t kCold = std::size_t(-1);
    // Only for a step at least this many keyframes beyond the chain's ready ones (nearer, it waits).
    static constexpr std::size_t kProvisionalLead = 3;
    ProvisionalInfo provisionalInfo() const;
    // Blocks until the provisional keyframe asked for last is ready (tests, automated runs).
    void waitProvisional();

  private:
    bool stopWorker(); // returns whether it had been started
    void stopProvisional(bool forget);
    void startWorker();
    void run(); // the worker's loop
    // Keeps what the new inputs do not affect. `frame`: the timeline's ties and pins (no steps).
    void applyInputs(Timeline frame, std::shared_ptr<const StepSource> source);

    LayoutParams m_params;
    Timeline m_timeline;                        // ties and pins; the steps come from m_source
    std::shared_ptr<const StepSource> m_source; // each step when its keyframe is due
    std::vector<std::uint64_t> m_fingerprints;  // per keyframe computed: its step's fingerprint
    std::vector<std::optional<model::Point>> m_userPins;
    std::vector<std::optional<model::Point>> m_datasetPins;
    std::vector<calendar::Time> m_times;
    bool m_haveDataset = false;

    mutable std::shared_mutex m_mutex; // guards m_keyframes against readers while the worker appends
    KeyframeSet m_keyframes;
    std::atomic<std::size_t> m_ready{0}, m_total{0};
    std::atomic<std::uint64_t> m_ticks{0};

    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_running{false};
    bool m_started = false;                // start() was called and not cancelled: edits restart the worker
    std::optional<calendar::Time> m_until; // computeUntil: stop once positions at this time are final

    // Provisional keyframes (provisionalAt): one worker, the last finished one and the one asked for.
    std::thread m_provisionalWorker;
    std::atomic<bool> m_provisionalCancel{false};
    mutable std::mutex m_provisionalMutex;
    Keyframe m_provisional;                   // the last finished one
    ProvisionalInfo m_provisionalInfo;        // about it; computing: the worker runs
    std::size_t m_provisionalPending = kCold; // the step being computed (kCold: none)
};

} // namespace tieline::core::layout
