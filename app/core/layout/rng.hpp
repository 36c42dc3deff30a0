// The layout's own random generator (SplitMix64): the same seed gives the same numbers with every
// compiler and standard library, which std distributions do not promise. Core: no GL.
#pragma once

#include <cstdint>

namespace tieline::core::layout {

// Mixes a 64-bit value into a well-scrambled one (Steele, Lea, Flood: "Fast splittable
// pseudorandom number generators", OOPSLA 2014). Also used to hash inputs into seeds.
constexpr std::uint64_t mix64(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

class Rng {
  public:
    explicit constexpr Rng(std::uint64_t seed = 1) : m_state(seed) {}

    constexpr std::uint64_t next() {
        m_state += 0x9e3779b97f4a7c15ULL;
        return mix64(m_state);
    }
    // Uniform in [0, 1) with 53 random bits: mapped by hand, never through a std distribution.
    constexpr double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

  private:
    std::uint64_t m_state;
};

// A tiny displacement (|j| < 5e-7) that splits coincident points, as d3's jiggle does. It is a pure
// function of its key, so forces running on several threads consume no shared generator state.
constexpr double jiggle(std::uint64_t key) {
    return (static_cast<double>(mix64(key) >> 11) * 0x1.0p-53 - 0.5) * 1e-6;
}

} // namespace tieline::core::layout
