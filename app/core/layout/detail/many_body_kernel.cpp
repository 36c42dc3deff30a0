// The many-body kernel, baseline and AVX2 (many_body_kernel.hpp). Built with -ffp-contract=off.
#include "core/layout/detail/many_body_kernel.hpp"

#include <cstdint>

namespace tieline::core::layout::detail {

namespace {

// GCC/Clang vector extensions: plain IEEE arithmetic lane by lane on every target.
using Float4 = float __attribute__((vector_size(16)));
using Int4 = std::int32_t __attribute__((vector_size(16)));
using Float8 = float __attribute__((vector_size(32)));
using Int8 = std::int32_t __attribute__((vector_size(32)));

constexpr float kFar = 1e18f; // unused lanes sit far away: they never count as close

} // namespace

// Eight points per pass in two Float4 (enough independent work to hide the latency). Each lane
// sums its point's list in list order, so the result is deterministic. Pairs nearer than
// distanceMin count as distanceMin apart; a point meeting itself (distance 0) gets exactly zero.
std::size_t accumulateBaseline(const KernelEntry* list, std::size_t count, const float* px, const float* py,
                               std::size_t m, float* ax, float* ay, float dmin2) {
    constexpr std::size_t kLanes = 8;
    const Float4 floor = {dmin2, dmin2, dmin2, dmin2};
    Int4 close = {};
    for (std::size_t p0 = 0; p0 < m; p0 += kLanes) {
        float lx[kLanes], ly[kLanes];
        for (std::size_t k = 0; k < kLanes; ++k)
            lx[k] = ly[k] = kFar;
        for (std::size_t k = 0; k < kLanes && p0 + k < m; ++k)
            lx[k] = px[p0 + k], ly[k] = py[p0 + k];
        const Float4 x0 = {lx[0], lx[1], lx[2], lx[3]}, x1 = {lx[4], lx[5], lx[6], lx[7]};
        const Float4 y0 = {ly[0], ly[1], ly[2], ly[3]}, y1 = {ly[4], ly[5], ly[6], ly[7]};
        Float4 sx0 = {}, sy0 = {}, sx1 = {}, sy1 = {};
        for (std::size_t e = 0; e < count; ++e) {
            const float exs = list[e].x, eys = list[e].y, eqs = list[e].q;
            const Float4 ex = {exs, exs, exs, exs}, ey = {eys, eys, eys, eys}, eq = {eqs, eqs, eqs, eqs};
            const Float4 dx0 = ex - x0, dy0 = ey - y0, dx1 = ex - x1, dy1 = ey - y1;
            Float4 l0 = dx0 * dx0 + dy0 * dy0, l1 = dx1 * dx1 + dy1 * dy1;
            const Int4 c0 = l0 < floor, c1 = l1 < floor; // -1 where close
            close -= c0 + c1;
            l0 = c0 ? floor : l0;
            l1 = c1 ? floor : l1;
            const Float4 f0 = eq / l0, f1 = eq / l1;
            sx0 += dx0 * f0;
            sy0 += dy0 * f0;
            sx1 += dx1 * f1;
            sy1 += dy1 * f1;
        }
        for (std::size_t k = 0; k < 4 && p0 + k < m; ++k)
            ax[p0 + k] = sx0[k], ay[p0 + k] = sy0[k];
        for (std::size_t k = 4; k < kLanes && p0 + k < m; ++k)
            ax[p0 + k] = sx1[k - 4], ay[p0 + k] = sy1[k - 4];
    }
    return static_cast<std::size_t>(close[0]) + static_cast<std::size_t>(close[1]) +
           static_cast<std::size_t>(close[2]) + static_cast<std::size_t>(close[3]);
}

// Sixteen points per pass in two Float8: the same operations per lane as the baseline.
[[gnu::target("avx2")]] std::size_t accumulateAvx2(const KernelEntry* list, std::size_t count,
                                                   const float* px, const float* py, std::size_t m, float* ax,
                                                   float* ay, float dmin2) {
    constexpr std::size_t kLanes = 16;
    const Float8 floor = {dmin2, dmin2, dmin2, dmin2, dmin2, dmin2, dmin2, dmin2};
    Int8 close = {};
    for (std::size_t p0 = 0; p0 < m; p0 += kLanes) {
        float lx[kLanes], ly[kLanes];
        for (std::size_t k = 0; k < kLanes; ++k)
            lx[k] = ly[k] = kFar;
        for (std::size_t k = 0; k < kLanes && p0 + k < m; ++k)
            lx[k] = px[p0 + k], ly[k] = py[p0 + k];
        Float8 x0, x1, y0, y1;
        for (std::size_t k = 0; k < 8; ++k)
            x0[k] = lx[k], x1[k] = lx[8 + k], y0[k] = ly[k], y1[k] = ly[8 + k];
        Float8 sx0 = {}, sy0 = {}, sx1 = {}, sy1 = {};
        for (std::size_t e = 0; e < count; ++e) {
            const float exs = list[e].x, eys = list[e].y, eqs = list[e].q;
            const Float8 ex = {exs, exs, exs, exs, exs, exs, exs, exs};
            const Float8 ey = {eys, eys, eys, eys, eys, eys, eys, eys};
            const Float8 eq = {eqs, eqs, eqs, eqs, eqs, eqs, eqs, eqs};
            const Float8 dx0 = ex - x0, dy0 = ey - y0, dx1 = ex - x1, dy1 = ey - y1;
            Float8 l0 = dx0 * dx0 + dy0 * dy0, l1 = dx1 * dx1 + dy1 * dy1;
            const Int8 c0 = l0 < floor, c1 = l1 < floor;
            close -= c0 + c1;
            l0 = c0 ? floor : l0;
            l1 = c1 ? floor : l1;
            const Float8 f0 = eq / l0, f1 = eq / l1;
            sx0 += dx0 * f0;
            sy0 += dy0 * f0;
            sx1 += dx1 * f1;
            sy1 += dy1 * f1;
        }
        for (std::size_t k = 0; k < 8 && p0 + k < m; ++k)
            ax[p0 + k] = sx0[k], ay[p0 + k] = sy0[k];
        for (std::size_t k = 8; k < kLanes && p0 + k < m; ++k)
            ax[p0 + k] = sx1[k - 8], ay[p0 + k] = sy1[k - 8];
    }
    std::size_t total = 0;
    for (std::size_t k = 0; k < 8; ++k)
        total += static_cast<std::size_t>(close[k]);
    return total;
}

bool avx2Supported() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2");
#else
    return false;
#endif
}

AccumulateFn accumulateKernel(KernelChoice choice) {
    static const bool avx2 = avx2Supported();
    if (choice == KernelChoice::Baseline || !avx2) return &accumulateBaseline;
    return &accumulateAvx2;
}

const char* kernelName(AccumulateFn fn) {
    return fn == &accumulateAvx2 ? "avx2" : "baseline";
}

} // namespace tieline::core::layout::detail
