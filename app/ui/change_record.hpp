// The one record of what changed in the open dataset. Every cache derived from the dataset (fonts
// and glyph atlas, layout, metrics, the timeline's counts, a running export) keeps the generation it
// was built for and asks needsRebuild() with the kinds of change it depends on, so an edit to one tie
// rebuilds the layout and the metrics but not the glyph atlas. No GL, no ImGui.
#pragma once

#include "core/calendar/date.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace tieline::ui {

// What a change touched; a set of these is a bit mask (ImGui-style flags, combined with |).
enum Change : unsigned {
    kNames = 1u << 0,        // actor names and native names: the glyphs the fonts need
    kTies = 1u << 1,         // ties (within the range recorded), or actors added or removed
    kStyles = 1u << 2,       // tie types, camps, colours
    kLayoutParams = 1u << 3, // the layout's parameters
    kEvidence = 1u << 4,     // claims, sources, events, stories (an edit): panels and the merged view
    kEverything = kNames | kTies | kStyles | kLayoutParams | kEvidence, // a whole new dataset
};
using ChangeSet = unsigned;

// The days [t0, t1] a tie change affects; ties outside it kept their state.
struct TimeRange {
    core::calendar::Time t0 = 0, t1 = 0;
};

class ChangeRecord {
  public:
    // The current generation: 0 before the first dataset, then one more per recorded change.
    std::uint64_t generation() const { return m_generation; }

    // Records a change and returns its generation. `ties` narrows a kTies change; without it the
    // whole time range changed.
    std::uint64_t record(ChangeSet what, std::optional<TimeRange> ties = std::nullopt);

    // Whether a cache built for generation `builtFor` is stale for a cache that depends on `dependsOn`.
    bool touches(std::uint64_t builtFor, ChangeSet dependsOn) const;

    // The days in which ties changed since `builtFor`: empty when none did, the whole line
    // (nullopt inside) when some change did not say.
    std::optional<std::optional<TimeRange>> tiesChangedSince(std::uint64_t builtFor) const;

  private:
    static constexpr int kKinds = 5;
    std::uint64_t m_generation = 0;
    std::array<std::uint64_t, kKinds> m_lastChanged{}; // per kind, the last generation touching it
    struct TieChange {
        std::uint64_t generation;
        std::optional<TimeRange> range;
    };
    std::vector<TieChange> m_tieChanges; // since the last whole-dataset change
};

// What a cache keeps: the generation it was built for. A cache never built is stale.
struct CacheStamp {
    std::uint64_t generation = 0;
    bool built = false;

    bool stale(const ChangeRecord& changes, ChangeSet dependsOn) const {
        return !built || changes.touches(generation, dependsOn);
    }
    void markBuilt(const ChangeRecord& changes) {
        generation = changes.generation();
        built = true;
    }
};

} // namespace tieline::ui
