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
    m_x.assign(cells, 0.0);
    m_y.assign(cells, 0.0);
    m_mx.assign(cells, 0.0);
    m_my.assign(cells, 0.0);
    m_present.assign(cells, 0);
    m_radius.assign(cells, 0.0);
}

void KeyframeSet::truncate(std::size_t k) {
    m_ready = std::min(m_ready, k);
}

void KeyframeSet::append(const Keyframe& kf) {
    const std::size_t k = m_ready;
    if (k >= size()) return;
    const std::size_t base = k * m_actors;
    std::copy(kf.x.begin(), kf.x.begin() + m_actors, m_x.begin() + base);
    std::copy(kf.y.begin(), kf.y.begin() + m_actors, m_y.begin() + base);
    std::copy(kf.present.begin(), kf.present.begin() + m_actors, m_present.begin() + base);
    if (kf.radius.size() >= m_actors)
        std::copy(kf.radius.begin(), kf.radius.begin() + m_actors, m_radius.begin() + base);
    ++m_ready;
    if (k > 0) finalizeTangent(k - 1);
    if (m_ready == size()) finalizeTangent(k);
}

void KeyframeSet::finalizeTangent(std::size_t k) {
    // Catmull–Rom: the slope between the neighbours; zero at the ends of the range and where the
    // actor enters or leaves, so it eases in and out of its held positions.
    const std::size_t base = k * m_actors;
    const bool inner = k > 0 && k + 1 < m_ready;
    for (std::size_t a = 0; a < m_actors; ++a) {
        double mx = 0.0, my = 0.0;
        if (inner && m_present[base + a] && m_present[base - m_actors + a] &&
            m_present[base + m_actors + a]) {
            const double dt = m_times[k + 1] - m_times[k - 1];
            mx = (m_x[base + m_actors + a] - m_x[base - m_actors + a]) / dt;
            my = (m_y[base + m_actors + a] - m_y[base - m_actors + a]) / dt;
        }
        m_mx[base + a] = mx;
        m_my[base + a] = my;
    }
}

void KeyframeSet::read(std::size_t k, Keyframe& out) const {
    const std::size_t base = k * m_actors;
    out.x.assign(m_x.begin() + base, m_x.begin() + base + m_actors);
    out.y.assign(m_y.begin() + base, m_y.begin() + base + m_actors);
    out.present.assign(m_present.begin() + base, m_present.begin() + base + m_actors);
    out.radius.assign(m_radius.begin() + base, m_radius.begin() + base + m_actors);
}

bool KeyframeSet::positionsAt(calendar::Time t, std::vector<model::Point>& out,
                              std::vector<std::uint8_t>* present) const {
    if (out.size() != m_actors) out.resize(m_actors);
    if (present && present->size() != m_actors) present->resize(m_actors);
    const std::size_t usable = this->usable();
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
            out[a].x = h00 * m_x[b0 + a] + h10 * m_mx[b0 + a] + h01 * m_x[b1 + a] + h11 * m_mx[b1 + a];
            out[a].y = h00 * m_y[b0 + a] + h10 * m_my[b0 + a] + h01 * m_y[b1 + a] + h11 * m_my[b1 + a];
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
    return (m_x.capacity() + m_y.capacity() + m_mx.capacity() + m_my.capacity() + m_times.capacity()) *
               sizeof(double) +
           m_present.capacity();
}

} // namespace tieline::core::layout
