// The GUI's side of TemporalLayout: start it, read it every frame, pin and unpin.
#include "gui/layout_driver.hpp"

#include "core/io/background_priority.hpp"

#include <algorithm>
#include <chrono>
#include <thread>

namespace tieline::gui {

namespace {

// Runs `f` (which may start the layout's worker) on a short-lived thread below the window's
// priority: a thread inherits its creator's priority, so the keyframe chain, and the threads it
// starts inside a keyframe, compute below the frame loop (core/io/background_priority.hpp) and take
// only what the window leaves. Joined before returning: to the caller, as if run here.
template <class F> void belowWindowPriority(F&& f) {
    std::thread([&] {
        core::io::lowerThisThreadPriority();
        f();
    }).join();
}

} // namespace

bool LayoutDriver::follow(const core::model::Dataset& data, const ui::ChangeRecord& changes,
                          std::uint64_t viewGeneration, core::layout::Arrange arrange) {
    const bool rearranged = arrange != m_params.arrange;
    if (!rearranged && !m_built.stale(changes, ui::kTies | ui::kLayoutParams) &&
        viewGeneration == m_viewGeneration)
        return false;
    m_viewGeneration = viewGeneration;
    m_params.arrange = arrange;
    // At the window's priority: the first frame waits for the timeline and the keyframes at t
    // (backgroundOnceShown lowers the rest of the chain).
    m_layout.setParams(m_params);
    m_layout.setDataset(data);
    m_layout.start();
    m_lowered = false;
    m_built.markBuilt(changes);
    return true;
}

void LayoutDriver::backgroundOnceShown() {
    if (m_lowered) return;
    m_lowered = true;
    // The computed keyframes stay, and the worker resumes from a thread below the window's
    // priority (the keyframe in progress starts over). Stopped and started as it is: no copy of
    // the timeline and no fingerprints (setParams took 0.5 s at 20,000 actors).
    if (m_layout.running())
        belowWindowPriority([&] {
            m_layout.cancel();
            m_layout.start();
        });
}

bool LayoutDriver::positionsAt(core::calendar::Time t, std::vector<core::model::Point>& out) const {
    return m_layout.positionsAt(t, out);
}

bool LayoutDriver::shownPositionsAt(core::calendar::Time t, std::vector<core::model::Point>& out) {
    m_provisional = false;
    if (m_layout.positionsAt(t, out)) return true;
    m_provisional = m_layout.provisionalAt(t, out);
    return false;
}

void LayoutDriver::waitShown(core::calendar::Time t) {
    std::vector<core::model::Point> scratch;
    if (m_layout.keyframeCount() == 0) return;
    for (;;) {
        if (m_layout.positionsAt(t, scratch)) return;
        if (m_layout.provisionalAt(t, scratch)) {
            const auto info = m_layout.provisionalInfo();
            const auto times = m_layout.keyframeTimes();
            const auto it = std::upper_bound(times.begin(), times.end(), t);
            const std::size_t step = it == times.begin() ? 0 : std::size_t(it - times.begin()) - 1;
            if (info.step == step) return;
        }
        if (!m_layout.provisionalInfo().computing) // near the chain's end: it arrives soon
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        m_layout.waitProvisional();
    }
}

void LayoutDriver::waitFor(core::calendar::Time t) const {
    std::vector<core::model::Point> scratch;
    while (m_layout.running() && !m_layout.positionsAt(t, scratch))
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

void LayoutDriver::pin(const core::model::Dataset& data, core::model::ActorId actor, core::model::Point at) {
    if (actor.index() < data.actors.size()) belowWindowPriority([&] { m_layout.setPin(actor, at); });
}

void LayoutDriver::unpin(const core::model::Dataset& data, core::model::ActorId actor) {
    if (actor.index() < data.actors.size())
        belowWindowPriority([&] { m_layout.setPin(actor, std::nullopt); });
}

} // namespace tieline::gui
