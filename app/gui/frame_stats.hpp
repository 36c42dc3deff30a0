// `tieline --frames N --frame-stats`: how long until the window first draws the network, and how
// long frames take while it plays (issue 18's measure). GUI layer, no GL.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace tieline::gui {

class FrameStats {
  public:
    using Clock = std::chrono::steady_clock;
    explicit FrameStats(Clock::time_point start = processStart()) : m_start(start) {}
    // When the program started (static initialization): first-network-frame-ms counts from here.
    static Clock::time_point processStart();

    void frameBegin() { m_frameStart = Clock::now(); }
    // `network`: this frame drew the network at t with its final keyframe positions. Frames are
    // timed from the first such frame on; the time to it is counted from `start`.
    void frameEnd(bool network);
    bool networkShown() const { return m_firstNetworkMs >= 0; }
    int counted() const { return m_counted; } // frames from the first network frame on
    // Notes when every keyframe and the metrics first exist (ms from `start`; -1 until then).
    void observe(bool keyframesDone, bool metricsDone);
    double keyframesMs() const { return m_keyframesMs; }
    double metricsMs() const { return m_metricsMs; }

    // "frame-stats: first-network-frame-ms=F frames=N median-ms=M p95-ms=P" and what follows it
    // (`extra`, e.g. " metrics-progress=0.25"); F is -1 when no frame drew the network.
    std::string line(const std::string& extra = "") const;

  private:
    Clock::time_point m_start, m_frameStart;
    double m_firstNetworkMs = -1, m_keyframesMs = -1, m_metricsMs = -1;
    std::vector<double> m_frameMs; // the frames after the first network frame
    int m_counted = 0;             // frames from the first network frame on
};

// The q-quantile (0..1) of `values` by the nearest rank; 0 for none.
double nearestRank(std::vector<double> values, double q);

} // namespace tieline::gui
