// Keyframe storage and cubic Hermite interpolation.
#include "core/layout/detail/keyframe_set.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::layout {

void KeyframeSet::reset(std::vector<calendar::Time> times, std::size_t actorCount) {
    m_times = std::move(times);
    m_actors = actorCount;
    m_ready = 0;
    const std::size_t cells = m_times.size() * m_actors;
    m_x.assign(cells, 0.0f);
    m_y.assign(cells, 0.0f);
    m_present.assign(cells, 0);
    m_radius.assign(cells, 0.0f);
    m_tip = {};
    m_checkpoints.clear();
}

void KeyframeSet::truncate(std::size_t k) {
    if (k >= m_ready) return;
    // Resumable only from a keyframe held in double: the checkpoint at or before k - 1.
    if (k == 0) {
        m_ready = 0;
        m_checkpoints.clear();
        m_tip = {};
        return;
    }
    const std::size_t c = (k - 1) / kCheckpoint;
    m_ready = c * kCheckpoint + 1;
    m_checkpoints.resize(c + 1);
    m_tip = m_checkpoints[c];
}

void KeyframeSet::append(const Keyframe& kf) {
    const std::size_t k = m_ready;
    if (k >= size()) return;
    const std::size_t base = k * m_actors;
    // The float nearest each of the solver's values; the doubles stay in m_tip (and checkpoints).
    for (std::size_t a = 0; a < m_actors; ++a) {
        m_x[base + a] = static_cast<float>(kf.x[a]);
        m_y[base + a] = static_cast<float>(kf.y[a]);
    }
    std::copy(kf.present.begin(), kf.present.begin() + m_actors, m_present.begin() + base);
    if (kf.radius.size() >= m_actors)
        for (std::size_t a = 0; a < m_actors; ++a)
            m_radius[base + a] = static_cast<float>(kf.radius[a]);
    ++m_ready;
    m_tip = kf;
    if (k % kCheckpoint == 0) m_checkpoints.push_back(kf);
}

model::Point KeyframeSet::tangent(std::size_t k, std::size_t a) const {
    // Catmull–Rom: the slope between the neighbours; zero at the ends of the range and where the
    // actor enters or leaves, so it eases in and out of its held positions.
    const std::size_t base = k * m_actors;
    if (k == 0 || k + 1 >= size() || !m_present[base + a] || !m_present[base - m_actors + a] ||
        !m_present[base + m_actors + a])
        return {};
    const double dt = m_times[k + 1] - m_times[k - 1];
    return {(double(m_x[base + m_actors + a]) - double(m_x[base - m_actors + a])) / dt,
            (double(m_y[base + m_actors + a]) - double(m_y[base - m_actors + a])) / dt};
}

bool KeyframeSet::positionsAt(calendar::Time t, std::vector<model::Point>& out,
                              std::vector<std::uint8_t>* present) const {
    if (out.size() != m_actors) out.resize(m_actors);
    if (present && present->size() != m_actors) present->resize(m_actors);
    const std::size_t usable = this->usable();
    // At or before the first keyframe the positions are that keyframe's, held, whatever follows: final
    // as soon as it exists (a large network shows its first date without waiting for the next two).
    if (m_ready > 0 && t <= m_times[0]) {
        for (std::size_t a = 0; a < m_actors; ++a)
            out[a] = {m_x[a], m_y[a]};
        if (present) std::copy(m_present.begin(), m_present.begin() + m_actors, present->begin());
        return true;
    }
    if (usable == 0) {
        std::fill(out.begin(), out.end(), model::Point{});
        if (present) std::fill(present->begin(), present->end(), 0);
        return false;
    }
    const bool covered = usable == size() || t < m_times[usable - 1];
    // The segment [k, k + 1] around t, or a single held keyframe.
    std::size_t k = 0;
    bool hold = true;
    if (t > m_times[0]) {
        const auto it = std::upper_bound(m_times.begin(), m_times.begin() + usable, t);
        k = static_cast<std::size_t>(it - m_times.begin()) - 1;
        hold = k + 1 >= usable;
    }
    const std::size_t b0 = k * m_actors;
    if (hold) {
        for (std::size_t a = 0; a < m_actors; ++a)
            out[a] = {m_x[b0 + a], m_y[b0 + a]};
        if (present) std::copy(m_present.begin() + b0, m_present.begin() + b0 + m_actors, present->begin());
        return covered;
    }
    const std::size_t b1 = b0 + m_actors;
    const double h = m_times[k + 1] - m_times[k];
    const double s = (t - m_times[k]) / h, s2 = s * s, s3 = s2 * s;
    const double h00 = 2 * s3 - 3 * s2 + 1, h10 = (s3 - 2 * s2 + s) * h, h01 = -2 * s3 + 3 * s2,
                 h11 = (s3 - s2) * h;
    for (std::size_t a = 0; a < m_actors; ++a) {
        const bool p0 = m_present[b0 + a] != 0, p1 = m_present[b1 + a] != 0;
        if (p0 && p1) {
            const model::Point m0 = tangent(k, a), m1 = tangent(k + 1, a);
            const double x0 = m_x[b0 + a], y0 = m_y[b0 + a], x1 = m_x[b1 + a], y1 = m_y[b1 + a];
            out[a].x = h00 * x0 + h10 * m0.x + h01 * x1 + h11 * m1.x;
            out[a].y = h00 * y0 + h10 * m0.y + h01 * y1 + h11 * m1.y;
        } else if (p1) {
            out[a] = {m_x[b1 + a], m_y[b1 + a]}; // entering: wait where it will appear
        } else {
            out[a] = {m_x[b0 + a], m_y[b0 + a]}; // leaving or absent: stay where it was
        }
        if (present) (*present)[a] = (p0 || p1) ? 1 : 0;
    }
    separate(k, s, out);
    return covered;
}

void KeyframeSet::separate(std::size_t k, double s, std::vector<model::Point>& out) const {
    // Between two keyframes whose discs are apart, the curves can still bring two discs together
    // (two actors passing, one waiting where it will enter). Pairs nearer than their radii are
    // pushed apart symmetrically, a few sweeps over the pairs in x order; at the keyframes
    // themselves nothing overlaps, so nothing moves there and the motion stays continuous.
    const std::size_t b0 = k * m_actors, b1 = b0 + m_actors;
    std::vector<std::uint32_t> order; // local: readers share the set under a shared lock
    std::vector<double> radius(m_actors, 0.0);
    double maxRadius = 0.0;
    for (std::size_t a = 0; a < m_actors; ++a) {
        // Blended, so both sides of a keyframe use its own radii and the motion stays continuous;
        // each keyframe's radius already covers every day of the interval.
        const double r0 = m_radius[b0 + a], r1 = m_radius[b1 + a];
        // An actor entering at k + 1 is not drawn before it; one leaving is drawn until it leaves
        // (and the keyframe k + 1 keeps clear of where it stays).
        radius[a] = m_present[b0 + a] ? (m_present[b1 + a] ? r0 + (r1 - r0) * s : r0) : 0.0;
        if (radius[a] > 0.0)
            order.push_back(static_cast<std::uint32_t>(a)), maxRadius = std::max(maxRadius, radius[a]);
    }
    for (int sweep = 0; sweep < 4; ++sweep) {
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return out[a].x < out[b].x || (out[a].x == out[b].x && a < b);
        });
        bool moved = false;
        for (std::size_t i = 0; i < order.size(); ++i)
            for (std::size_t j = i + 1; j < order.size(); ++j) {
                const std::uint32_t a = order[i], b = order[j];
                if (out[b].x - out[a].x >= 2.0 * maxRadius) break;
                const double need = radius[a] + radius[b];
                double dx = out[b].x - out[a].x, dy = out[b].y - out[a].y;
                const double d = std::hypot(dx, dy);
                if (d >= need) continue;
                if (d > 0.0)
                    dx /= d, dy /= d;
                else
                    dx = a < b ? 1.0 : -1.0, dy = 0.0;
                const double push = 0.5 * (need - d);
                out[a].x -= dx * push, out[a].y -= dy * push;
                out[b].x += dx * push, out[b].y += dy * push;
                moved = true;
            }
        if (!moved) break;
    }
}

std::size_t KeyframeSet::bytesUsed() const {
    std::size_t doubles = 0;
    for (const Keyframe* kf : {&m_tip})
        doubles += kf->x.capacity() + kf->y.capacity() + kf->radius.capacity();
    for (const Keyframe& kf : m_checkpoints)
        doubles += kf.x.capacity() + kf.y.capacity() + kf.radius.capacity();
    return (m_x.capacity() + m_y.capacity() + m_radius.capacity()) * sizeof(float) +
           doubles * sizeof(double) + m_times.capacity() * sizeof(calendar::Time) + m_present.capacity();
}

} // namespace tieline::core::layout
