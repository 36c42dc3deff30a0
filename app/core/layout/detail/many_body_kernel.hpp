// The inner kernel of the many-body force (many_body_force.cpp): the far field of one group of points
// from its interaction list. Two builds of the same arithmetic, chosen at run time: baseline x86-64
// (four float lanes, SSE) and AVX2 (eight lanes per register). Core: no GL.
//
// Bit for bit the same: every lane holds one point and sums that point's list in list order with the
// same IEEE operations (subtract, multiply, add, compare, divide; no fused multiply-add: the file is
// built with -ffp-contract=off and neither build enables FMA), so the width of a register changes
// which points share an instruction, never a point's sum. tests/core/layout/many_body_kernel_test.cpp
// compares the two on random bodies.
#pragma once

#include <cstddef>

namespace tieline::core::layout::detail {

// One entry of an interaction list, relative to the group's centre (float: see many_body_force.cpp).
struct KernelEntry {
    float x, y, q, pad;
};

// For each of the m points (px, py), the sum over the list of q·d/max(|d|², dmin2) into (ax, ay).
// Returns how many (point, entry) pairs were nearer than dmin2 allows.
using AccumulateFn = std::size_t (*)(const KernelEntry* list, std::size_t count, const float* px,
                                     const float* py, std::size_t m, float* ax, float* ay, float dmin2);

std::size_t accumulateBaseline(const KernelEntry* list, std::size_t count, const float* px, const float* py,
                               std::size_t m, float* ax, float* ay, float dmin2);
// Only where avx2Supported().
std::size_t accumulateAvx2(const KernelEntry* list, std::size_t count, const float* px, const float* py,
                           std::size_t m, float* ax, float* ay, float dmin2);

bool avx2Supported(); // this CPU runs AVX2 (and the OS saves its registers)

enum class KernelChoice { Auto, Baseline, Avx2 };
// The kernel for a choice: Auto is AVX2 where supported, else the baseline; Avx2 falls back to the
// baseline where unsupported.
AccumulateFn accumulateKernel(KernelChoice choice = KernelChoice::Auto);
const char* kernelName(AccumulateFn fn); // "avx2" or "baseline"

} // namespace tieline::core::layout::detail
