// The GUI's side of TemporalLayout: start it, read it every frame, pin and unpin.
#include "gui/layout_driver.hpp"

namespace tieline::gui {

void LayoutDriver::reset(const core::Dataset& data) {
    m_layout.setDataset(data);
    m_layout.start();
}

void LayoutDriver::positionsAt(core::Time t, std::vector<core::Point>& out) const {
    m_layout.positionsAt(t, out);
}

void LayoutDriver::pin(const core::Dataset& data, core::ActorId actor, core::Point at) {
    if (actor.index() < data.actors.size()) m_layout.setPin(actor, at);
}

void LayoutDriver::unpin(const core::Dataset& data, core::ActorId actor) {
    if (actor.index() < data.actors.size()) m_layout.setPin(actor, std::nullopt);
}

} // namespace tieline::gui
