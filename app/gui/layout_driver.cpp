// Keyframes computed in order, each warm-started from the one before; linear blending between.
#include "gui/layout_driver.hpp"

#include <algorithm>

namespace tieline::gui {

void LayoutDriver::reset(const core::Dataset& data) {
    m_userPins.assign(data.actors.size(), std::nullopt);
    compute(data);
}

void LayoutDriver::compute(const core::Dataset& data) {
    const core::layout::Timeline timeline = core::layout::buildTimeline(data, m_userPins);
    m_frames.assign(timeline.steps.size(), {});
    m_times.clear();
    for (std::size_t k = 0; k < timeline.steps.size(); ++k) {
        m_times.push_back(timeline.steps[k].t);
        core::layout::solveKeyframe(timeline, k, k ? &m_frames[k - 1] : nullptr, m_params, m_frames[k]);
    }
}

void LayoutDriver::positionsAt(core::Time t, std::vector<core::Point>& out) const {
    if (m_frames.empty()) return;
    const std::size_t n = m_frames.front().x.size();
    out.resize(n);
    std::size_t k = std::upper_bound(m_times.begin(), m_times.end(), t) - m_times.begin();
    k = k == 0 ? 0 : k - 1;
    const std::size_t next = std::min(k + 1, m_frames.size() - 1);
    const double span = m_times[next] - m_times[k];
    const double u = span > 0 ? std::clamp((t - m_times[k]) / span, 0.0, 1.0) : 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& a = m_frames[k];
        const auto& b = m_frames[next];
        out[i] = {a.x[i] + (b.x[i] - a.x[i]) * u, a.y[i] + (b.y[i] - a.y[i]) * u};
    }
}

void LayoutDriver::pin(const core::Dataset& data, core::ActorId actor, core::Point at) {
    if (actor.index() >= m_userPins.size()) return;
    m_userPins[actor.index()] = at;
    compute(data);
}

void LayoutDriver::unpin(const core::Dataset& data, core::ActorId actor) {
    if (actor.index() >= m_userPins.size()) return;
    m_userPins[actor.index()].reset();
    compute(data);
}

} // namespace tieline::gui
