// Feeds the GUI with layout positions at any moment from the temporal layout engine, which computes
// its keyframes on a background thread: the window never waits for it. GUI layer (core only).
#pragma once

#include "core/layout/temporal_layout.hpp"
#include "core/model/dataset.hpp"
#include "ui/change_record.hpp"

#include <optional>
#include <vector>

namespace tieline::gui {

class LayoutDriver {
  public:
    // Starts laying out `data` again when its ties or the layout parameters changed since the
    // layout was started (names and styles leave it alone); keyframes that did not change are kept.
    // Also when `viewGeneration` (the window's merges, ui/merge_state.hpp) changed: `data` is then
    // the merged dataset, whose keyframes differ from the first step a merged actor is present.
    // Returns whether it restarted.
    // `arrange` (View > Layout) is a layout parameter: a new one restarts it too.
    bool follow(const core::model::Dataset& data, const ui::ChangeRecord& changes,
                std::uint64_t viewGeneration = 0,
                core::layout::Arrange arrange = core::layout::Arrange::Free);
    // Positions at t; while the keyframes around t are still being computed, the last ones (then
    // it returns false).
    bool positionsAt(core::calendar::Time t, std::vector<core::model::Point>& out) const;
    // What the window shows at t: the chain's positions when final (returns true); else a provisional
    // layout for t's step when one exists (TemporalLayout::provisionalAt: asked for here, computed on
    // a worker; provisional() then says so), else the last keyframes' positions (returns false).
    bool shownPositionsAt(core::calendar::Time t, std::vector<core::model::Point>& out);
    bool provisional() const { return m_provisional; } // the last shownPositionsAt was provisional
    // Blocks until shownPositionsAt(t) has final or provisional positions (script: wait-layout).
    void waitShown(core::calendar::Time t);
    // Once the network is on screen: the rest of the keyframe chain computes below the window's
    // priority (core/io/background_priority.hpp), so that frames keep their core. Once per start.
    void backgroundOnceShown();
    // Blocks until the keyframes around t are computed (not the whole chain): --frame-stats.
    void waitFor(core::calendar::Time t) const;
    float progress() const { return float(m_layout.progress()); }
    // Blocks until every keyframe is computed: automated runs (scripts, screenshots) must show the
    // finished layout, whatever the machine's speed.
    void finish() { m_layout.wait(); }
    void pin(const core::model::Dataset& data, core::model::ActorId actor, core::model::Point at);
    void unpin(const core::model::Dataset& data, core::model::ActorId actor);

  private:
    core::layout::TemporalLayout m_layout;
    ui::CacheStamp m_built;
    core::layout::LayoutParams m_params;
    std::uint64_t m_viewGeneration = 0;
    bool m_provisional = false;
    bool m_lowered = false; // backgroundOnceShown ran since the last start
};

} // namespace tieline::gui
