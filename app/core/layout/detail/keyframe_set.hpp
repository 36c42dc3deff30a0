// The computed keyframes and smooth motion between them: cubic Hermite interpolation with
// Catmull–Rom tangents (position and velocity continuous at every keyframe). Not thread safe by
// itself; TemporalLayout guards it. Core: no GL.
// Memory: positions and radii as float and one presence byte, 13 bytes per actor and keyframe
// (20,000 actors x 180 keyframes: 47 MB; 148 MB in double with stored tangents). Tangents are not
// stored: each is the slope between the neighbouring keyframes, formed when it is needed.
// The chain itself stays in double: each keyframe warm-starts from the one before exactly as the
// solver wrote it (rounding it to float would perturb the next one, and the layout is chaotic enough
// over 180 keyframes for that to change the picture). So the set keeps the last ready keyframe in
// double (the chain's tip, to resume from) and every kCheckpoint-th one (to restart from after an
// edit: truncate(k) goes back to the checkpoint at or before k - 1, and the keyframes recomputed
// from there are the same ones). Stored positions are the float nearest the chain's double.
#pragma once

#include "core/layout/detail/keyframe_solver.hpp"
#include "core/model/dataset.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace tieline::core::layout {

class KeyframeSet {
  public:
    // Room for one keyframe per time, none computed yet.
    void reset(std::vector<calendar::Time> times, std::size_t actorCount);
    // Forgets keyframes from k on, and back to the last checkpoint before k (ready() tells where).
    void truncate(std::size_t k);
    static constexpr std::size_t kCheckpoint = 12; // keyframes 0, 12, 24, ... kept in double
    // Stores keyframe k == ready() and finalizes the tangents it completes.
    void append(const Keyframe& keyframe);

    std::size_t size() const { return m_times.size(); }
    std::size_t actorCount() const { return m_actors; }
    std::size_t ready() const { return m_ready; }
    // Keyframes whose tangents are final: all when complete, else all but the last ready one.
    std::size_t usable() const { return m_ready == size() ? m_ready : (m_ready > 0 ? m_ready - 1 : 0); }
    const std::vector<calendar::Time>& times() const { return m_times; }

    // The last ready keyframe exactly as the solver wrote it (double): the input for the next one.
    const Keyframe& tip() const { return m_tip; }
    double x(std::size_t k, std::size_t actor) const { return m_x[k * m_actors + actor]; }
    double y(std::size_t k, std::size_t actor) const { return m_y[k * m_actors + actor]; }
    double radius(std::size_t k, std::size_t actor) const { return m_radius[k * m_actors + actor]; }
    bool present(std::size_t k, std::size_t actor) const { return m_present[k * m_actors + actor] != 0; }

    // Positions of every actor at t (resizes `out` only when its size differs; no allocation
    // otherwise). Before the first keyframe and after the last usable one, positions hold still.
    // An actor laid out at neither keyframe around t keeps its last position. `present` (optional)
    // gets 1 for actors laid out at either keyframe around t. Returns false when t lies beyond the
    // usable keyframes (still being computed); at or before the first keyframe, true once it exists.
    bool positionsAt(calendar::Time t, std::vector<model::Point>& out,
                     std::vector<std::uint8_t>* present = nullptr) const;

    std::size_t bytesUsed() const;

  private:
    // The Catmull–Rom tangent of an actor at keyframe k (final once k + 1 is ready or k is the last).
    model::Point tangent(std::size_t k, std::size_t actor) const;
    // Pushes apart discs the interpolation between keyframes k and k + 1 (at s, 0..1) brought together.
    void separate(std::size_t k, double s, std::vector<model::Point>& out) const;

    std::vector<calendar::Time> m_times;
    std::size_t m_actors = 0;
    std::size_t m_ready = 0;
    std::vector<float> m_x, m_y; // keyframe-major: [k * actors + actor]
    std::vector<std::uint8_t> m_present;
    std::vector<float> m_radius;         // keyframe-major, Keyframe::radius
    Keyframe m_tip;                      // keyframe ready() - 1 in double (empty when none)
    std::vector<Keyframe> m_checkpoints; // [c]: keyframe c * kCheckpoint in double
};

} // namespace tieline::core::layout
