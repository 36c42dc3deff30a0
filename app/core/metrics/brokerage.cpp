// Burt's constraint and camp balance.
#include "core/metrics/brokerage.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tieline::core::metrics {

void burtConstraint(const WeightedGraph& g, std::span<double> out, std::vector<double>& scratch) {
    const std::size_t n = g.nodeCount;
    // Two dense rows, cleared after each node through its own contacts: p_i. and the indirect sums.
    scratch.assign(2 * n, 0.0);
    double* direct = scratch.data();
    double* indirect = scratch.data() + n;
    for (std::size_t i = 0; i < n; ++i) {
        if (g.degree(i) == 0 || !(g.strength[i] > 0)) {
            out[i] = std::numeric_limits<double>::quiet_NaN();
            continue;
        }
        for (std::uint32_t k = g.offsets[i]; k < g.offsets[i + 1]; ++k)
            direct[g.targets[k]] = g.weights[k] / g.strength[i];
        // Through each contact q to each of q's contacts j that is also i's contact.
        for (std::uint32_t k = g.offsets[i]; k < g.offsets[i + 1]; ++k) {
            const std::uint32_t q = g.targets[k];
            for (std::uint32_t m = g.offsets[q]; m < g.offsets[q + 1]; ++m) {
                const std::uint32_t j = g.targets[m];
                if (j != i && direct[j] > 0) indirect[j] += direct[q] * g.weights[m] / g.strength[q];
            }
        }
        double c = 0;
        for (std::uint32_t k = g.offsets[i]; k < g.offsets[i + 1]; ++k) {
            const std::uint32_t j = g.targets[k];
            const double term = direct[j] + indirect[j];
            c += term * term;
            direct[j] = indirect[j] = 0.0;
        }
        out[i] = c;
    }
}

double campBalance(std::span<const double> strengthPerCamp) {
    if (strengthPerCamp.size() < 2) return std::numeric_limits<double>::quiet_NaN();
    double total = 0, lo = strengthPerCamp[0], hi = strengthPerCamp[0];
    for (double s : strengthPerCamp) {
        total += s;
        lo = std::min(lo, s);
        hi = std::max(hi, s);
    }
    if (!(total > 0)) return std::numeric_limits<double>::quiet_NaN();
    return 1.0 - (hi - lo) / total;
}

} // namespace tieline::core::metrics
