// Tests of app/core/layout/detail/many_body_kernel.cpp: the AVX2 kernel equals the baseline bit for
// bit, alone and inside the many-body force on one and two threads.
#include "core/layout/detail/many_body_kernel.hpp"
#include "core/layout/many_body_force.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <vector>

using namespace tieline::core::layout;
using namespace tieline::core::layout::detail;

namespace {

bool sameBits(const std::vector<float>& a, const std::vector<float>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

bool sameBits(const std::vector<double>& a, const std::vector<double>& b) {
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

// Clusters of points, some of them nearer than distanceMin (the force's slow path) and some
// coincident (the jiggle).
Bodies clusteredBodies(std::size_t n, std::uint64_t seed) {
    Bodies b;
    b.resize(n);
    Rng rng(seed);
    for (std::size_t i = 0; i < n; ++i) {
        const double cx = std::floor(rng.uniform() * 20.0) * 150.0,
                     cy = std::floor(rng.uniform() * 20.0) * 150.0;
        const double spread = i % 7 == 0 ? 0.5 : 60.0;
        b.x[i] = cx + (rng.uniform() - 0.5) * spread;
        b.y[i] = cy + (rng.uniform() - 0.5) * spread;
    }
    for (std::size_t i = 0; i + 1 < n; i += 97)
        b.x[i + 1] = b.x[i], b.y[i + 1] = b.y[i];
    return b;
}

} // namespace

TEST_CASE("layout: the AVX2 many-body kernel equals the baseline bit for bit on random lists") {
    if (!avx2Supported()) {
        MESSAGE("skipped: this CPU has no AVX2 (only the baseline kernel runs here)");
        return;
    }
    CHECK(std::string(kernelName(accumulateKernel(KernelChoice::Auto))) == "avx2");
    CHECK(std::string(kernelName(accumulateKernel(KernelChoice::Baseline))) == "baseline");
    Rng rng(2026);
    std::size_t comparedPoints = 0, closePairs = 0;
    for (int round = 0; round < 300; ++round) {
        const std::size_t count = 1 + std::size_t(rng.uniform() * 400.0);
        const std::size_t m = 1 + std::size_t(rng.uniform() * 64.0); // a group holds at most 64
        const float scale = round % 3 == 0 ? 2.0f : 300.0f;          // small: many pairs too close
        std::vector<KernelEntry> list(count);
        for (KernelEntry& e : list)
            e = {float((rng.uniform() - 0.5) * scale), float((rng.uniform() - 0.5) * scale),
                 float(-30.0 * (1.0 + 4.0 * rng.uniform())), 0.0f};
        std::vector<float> px(m), py(m);
        for (std::size_t p = 0; p < m; ++p) {
            px[p] = p < count && p % 5 == 0 ? list[p].x : float((rng.uniform() - 0.5) * scale); // on an entry
            py[p] = p < count && p % 5 == 0 ? list[p].y : float((rng.uniform() - 0.5) * scale);
        }
        std::vector<float> bx(m), by(m), vx(m), vy(m);
        const float dmin2 = 1.0f;
        const std::size_t closeBase =
            accumulateBaseline(list.data(), count, px.data(), py.data(), m, bx.data(), by.data(), dmin2);
        const std::size_t closeAvx =
            accumulateAvx2(list.data(), count, px.data(), py.data(), m, vx.data(), vy.data(), dmin2);
        CHECK(closeBase == closeAvx);
        CHECK(sameBits(bx, vx));
        CHECK(sameBits(by, vy));
        comparedPoints += m;
        closePairs += closeBase;
    }
    MESSAGE(comparedPoints << " points compared, " << closePairs << " pairs nearer than distanceMin");
    CHECK(closePairs > 0);
}

TEST_CASE("layout: the many-body force is the same bit for bit with the AVX2 and baseline kernels, on one "
          "and two threads") {
    if (!avx2Supported()) {
        MESSAGE("skipped: this CPU has no AVX2 (only the baseline kernel runs here)");
        return;
    }
    for (const std::size_t n : {500u, 5000u, 30000u}) {
        const Bodies b = clusteredBodies(n, n);
        std::vector<double> refX, refY;
        bool first = true;
        for (const KernelChoice kernel : {KernelChoice::Baseline, KernelChoice::Avx2})
            for (const int threads : {1, 2}) {
                ManyBodyParams p;
                p.kernel = kernel;
                p.threads = threads;
                p.parallelFrom = 0; // two threads whatever the size
                p.strengths.resize(n);
                for (std::size_t i = 0; i < n; ++i)
                    p.strengths[i] = -30.0 * (1.0 + double(i % 4));
                ManyBodyForce force(p);
                CHECK(std::string(force.kernelName()) ==
                      (kernel == KernelChoice::Avx2 ? "avx2" : "baseline"));
                std::vector<double> ax, ay;
                force.accelerations(b, false, ax, ay);
                if (first) {
                    refX = ax, refY = ay, first = false;
                    continue;
                }
                INFO(n << " bodies, " << force.kernelName() << ", " << threads << " thread(s)");
                CHECK(sameBits(ax, refX));
                CHECK(sameBits(ay, refY));
            }
    }
}
