// The change record: generations per kind of change, and the ranges of tie changes. No GL.
#include "ui/change_record.hpp"

#include <algorithm>

namespace tieline::ui {

std::uint64_t ChangeRecord::record(ChangeSet what, std::optional<TimeRange> ties) {
    ++m_generation;
    for (int kind = 0; kind < kKinds; ++kind)
        if (what & (1u << kind)) m_lastChanged[std::size_t(kind)] = m_generation;
    // A whole new dataset makes older tie ranges meaningless: nothing built before it survives.
    if (what == kEverything) m_tieChanges.clear();
    if (what & kTies) m_tieChanges.push_back({m_generation, what == kEverything ? std::nullopt : ties});
    return m_generation;
}

bool ChangeRecord::touches(std::uint64_t builtFor, ChangeSet dependsOn) const {
    for (int kind = 0; kind < kKinds; ++kind)
        if ((dependsOn & (1u << kind)) && m_lastChanged[std::size_t(kind)] > builtFor) return true;
    return false;
}

std::optional<std::optional<TimeRange>> ChangeRecord::tiesChangedSince(std::uint64_t builtFor) const {
    std::optional<std::optional<TimeRange>> result;
    for (const TieChange& c : m_tieChanges) {
        if (c.generation <= builtFor) continue;
        if (!c.range || (result && !*result)) {
            result = std::optional<TimeRange>{};
        } else if (!result) {
            result = c.range;
        } else {
            TimeRange& r = **result;
            r.t0 = std::min(r.t0, c.range->t0);
            r.t1 = std::max(r.t1, c.range->t1);
        }
    }
    return result;
}

} // namespace tieline::ui
