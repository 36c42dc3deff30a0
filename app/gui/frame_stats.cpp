// Frame times for --frame-stats.
#include "gui/frame_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tieline::gui {

namespace {

double msBetween(FrameStats::Clock::time_point a, FrameStats::Clock::time_point b) {
    return std::chrono::duration<double, std::milli>(b - a).count();
}

const FrameStats::Clock::time_point kProcessStart = FrameStats::Clock::now();

} // namespace

FrameStats::Clock::time_point FrameStats::processStart() {
    return kProcessStart;
}

double nearestRank(std::vector<double> values, double q) {
    if (values.empty()) return 0.0;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(q * double(values.size()));
    const std::size_t i = rank < 1 ? 0 : std::min(values.size() - 1, std::size_t(rank) - 1);
    return values[i];
}

void FrameStats::frameEnd(bool network) {
    const Clock::time_point now = Clock::now();
    if (m_firstNetworkMs < 0) {
        if (!network) return;
        m_firstNetworkMs = msBetween(m_start, now);
        m_counted = 1;
        return;
    }
    m_frameMs.push_back(msBetween(m_frameStart, now));
    ++m_counted;
}

void FrameStats::observe(bool keyframesDone, bool metricsDone) {
    const Clock::time_point now = Clock::now();
    if (keyframesDone && m_keyframesMs < 0) m_keyframesMs = msBetween(m_start, now);
    if (metricsDone && m_metricsMs < 0) m_metricsMs = msBetween(m_start, now);
}

std::string FrameStats::line(const std::string& extra) const {
    char text[200];
    std::snprintf(text, sizeof text,
                  "frame-stats: first-network-frame-ms=%.1f frames=%d median-ms=%.2f p95-ms=%.2f",
                  m_firstNetworkMs, m_counted, nearestRank(m_frameMs, 0.5), nearestRank(m_frameMs, 0.95));
    return text + extra;
}

} // namespace tieline::gui
