// Feeds the GUI with layout positions at any moment: keyframes from the temporal layout engine,
// interpolated between. Pins and unpins recompute. GUI layer (uses the core only).
#pragma once

#include "core/layout/keyframe_solver.hpp"
#include "core/model/dataset.hpp"

#include <optional>
#include <vector>

namespace tieline::gui {

class LayoutDriver {
public:
    void reset(const core::Dataset& data);
    void positionsAt(core::Time t, std::vector<core::Point>& out) const;
    float progress() const { return 1.0f; }
    void pin(const core::Dataset& data, core::ActorId actor, core::Point at);
    void unpin(const core::Dataset& data, core::ActorId actor);

private:
    core::layout::LayoutParams m_params;
    std::vector<std::optional<core::Point>> m_userPins;
    std::vector<core::Time> m_times;
    std::vector<core::layout::Keyframe> m_frames;
    void compute(const core::Dataset& data);
};

} // namespace tieline::gui
