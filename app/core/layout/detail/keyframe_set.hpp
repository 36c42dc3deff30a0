// The computed keyframes and smooth motion between them: cubic Hermite interpolation with
// Catmull–Rom tangents (position and velocity continuous at every keyframe). Not thread safe by
// itself; TemporalLayout guards it. Core: no GL.
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
    // Forgets keyframes from k on.
    void truncate(std::size_t k);
    // Stores keyframe k == ready() and finalizes the tangents it completes.
    void append(const Keyframe& keyframe);

    std::size_t size() const { return m_times.size(); }
    std::size_t actorCount() const { return m_actors; }
    std::size_t ready() const { return m_ready; }
    // Keyframes whose tangents are final: all when complete, else all but the last ready one.
    std::size_t usable() const { return m_ready == size() ? m_ready : (m_ready > 0 ? m_ready - 1 : 0); }
    const std::vector<calendar::Time>& times() const { return m_times; }

    // Keyframe k (k < ready()) as the solver's input for keyframe k + 1.
    void read(std::size_t k, Keyframe& out) const;
    double x(std::size_t k, std::size_t actor) const { return m_x[k * m_actors + actor]; }
    double y(std::size_t k, std::size_t actor) const { return m_y[k * m_actors + actor]; }
    bool present(std::size_t k, std::size_t actor) const { return m_present[k * m_actors + actor] != 0; }

    // Positions of every actor at t (resizes `out` only when its size differs; no allocation
    // otherwise). Before the first keyframe and after the last usable one, positions hold still.
    // An actor laid out at neither keyframe around t keeps its last position. `present` (optional)
    // gets 1 for actors laid out at either keyframe around t. Returns false when t lies beyond the
    // usable keyframes (still being computed).
    bool positionsAt(calendar::Time t, std::vector<model::Point>& out,
                     std::vector<std::uint8_t>* present = nullptr) const;

    std::size_t bytesUsed() const;

  private:
    void finalizeTangent(std::size_t k);
    // Pushes apart discs the interpolation between keyframes k and k + 1 (at s, 0..1) brought together.
    void separate(std::size_t k, double s, std::vector<model::Point>& out) const;

    std::vector<calendar::Time> m_times;
    std::size_t m_actors = 0;
    std::size_t m_ready = 0;
    std::vector<double> m_x, m_y, m_mx, m_my; // keyframe-major: [k * actors + actor]
    std::vector<std::uint8_t> m_present;
    std::vector<double> m_radius; // keyframe-major, Keyframe::radius
};

} // namespace tieline::core::layout
