// Strongly typed indices into a Dataset's tables: an ActorId cannot be passed where a TieId is
// expected, nor mixed up with a plain integer. Core: no GL.
#pragma once

#include <compare>
#include <cstdint>
#include <limits>

namespace tieline::core::model {

template <class Tag> struct Id {
    static constexpr std::uint32_t kInvalid = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t value = kInvalid;

    constexpr Id() = default;
    constexpr explicit Id(std::uint32_t v) : value(v) {}
    constexpr bool valid() const { return value != kInvalid; }
    constexpr std::size_t index() const { return value; }
    friend constexpr auto operator<=>(const Id&, const Id&) = default;
};

using ActorId = Id<struct ActorTag>;
using TieId = Id<struct TieTag>;
using TieTypeId = Id<struct TieTypeTag>;
using GroupId = Id<struct GroupTag>;
using SourceId = Id<struct SourceTag>;
using EventId = Id<struct EventTag>;
using StoryId = Id<struct StoryTag>;

} // namespace tieline::core::model
