// The active set at t from an index over the dataset's spans rather than a scan of all of them
// (issue 18): every actor's and tie's spans resolved once, and a centred interval tree over them
// (interval_index.hpp), so the actors and ties that hold at t cost O(log n + active). Results are
// exactly those of model::activeAt / model::activeDuring (same order, same values, to the bit);
// tests/core/model/span_index_test.cpp checks it on random data and on the default dataset.
// Built once per dataset (the window rebuilds it when the change record says ties or actors
// changed); it keeps no pointer into the dataset. Core: no GL.
//
// Usage:
//   const SpanIndex index(data);
//   index.activeDuring(data, window, set, scratch); // as model::activeDuring
#pragma once

#include "core/model/active.hpp"
#include "core/model/interval_index.hpp"

#include <vector>

namespace tieline::core::model {

class SpanIndex {
  public:
    SpanIndex() = default;
    explicit SpanIndex(const Dataset& data);

    // Whether it was built for a dataset with these tables (a cheap guard, not a content check).
    bool fits(const Dataset& data) const;

    // As model::activeAt(data, t, out, present): the same set, in dataset order.
    void activeAt(const Dataset& data, calendar::Time t, ActiveSet& out, std::vector<char>& present) const;
    // As model::activeDuring: over one day exactly activeAt; over longer windows, only the actors
    // and ties with a span meeting the window are looked at.
    void activeDuring(const Dataset& data, const calendar::Window& window, ActiveSet& out,
                      std::vector<char>& present) const;

    // How many ties activeAt(data, t) would give at each of `times` (ascending), without building
    // the sets: per tie, the times inside its spans at which both its actors are present. The
    // timeline's monthly counts at 20,000 actors: 40 ms where 180 activeAt cost 1 s.
    std::vector<int> activeTieCounts(const Dataset& data, const std::vector<calendar::Time>& times) const;

  private:
    struct Spans {
        std::vector<calendar::ResolvedSpan> spans; // per entity, its spans in dataset order
        std::vector<std::uint32_t> first;          // entity i's spans: [first[i], first[i + 1])
        IntervalIndex index;                       // ids: entity indices
        std::vector<std::pair<calendar::DayNumber, std::uint32_t>> byBegin; // (begin, entity), sorted
        void add(const Dataset& data, const std::vector<calendar::Span>& list);
        void finish();
        // Entities with a span meeting [begin, end), sorted, each once.
        void meeting(calendar::DayNumber begin, calendar::DayNumber end,
                     std::vector<std::uint32_t>& out) const;
        // Entities with a span containing t, sorted, each once.
        void holding(calendar::Time t, std::vector<std::uint32_t>& out) const;
        const calendar::ResolvedSpan* begin(std::uint32_t i) const { return spans.data() + first[i]; }
        const calendar::ResolvedSpan* end(std::uint32_t i) const { return spans.data() + first[i + 1]; }
    };
    Spans m_actors, m_ties;
    // Per tie, the first days of its strength keys (Date::firstDay once, not at every query):
    // tie i's in [m_keyFirst[i], m_keyFirst[i + 1]).
    std::vector<calendar::DayNumber> m_keyDays;
    std::vector<std::uint32_t> m_keyFirst;
    // model::strengthAt(tie, t), to the bit, from m_keyDays.
    double strengthAt(const Tie& tie, std::uint32_t i, calendar::Time t) const;
    std::vector<std::uint32_t> m_timeless; // actors without spans: present throughout
    std::size_t m_actorCount = 0, m_tieCount = 0;
    mutable std::vector<std::uint32_t> m_ids, m_more; // query scratch (not thread-safe)
    mutable std::vector<calendar::DayNumber> m_keyScratch;
};

} // namespace tieline::core::model
