// The drawn radius of an actor's disc.
#include "core/layout/disc_radius.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::layout {

double discRadius(double importance, double maxImportance, const DiscSizes& sizes) {
    const double share = maxImportance > 0 ? std::sqrt(std::max(0.0, importance) / maxImportance) : 0.0;
    return sizes.minRadius + (sizes.maxRadius - sizes.minRadius) * share;
}

void discRadii(const model::Dataset& data, const model::ActiveSet& active, std::vector<double>& out,
               const DiscSizes& sizes) {
    const std::size_t actorCount = data.actors.size();
    std::vector<double> degree(actorCount, 0.0);
    for (const model::ActiveTie& at : active.ties) {
        const model::Tie& tie = data.tie(at.id);
        degree[tie.from.index()] += at.strength;
        degree[tie.to.index()] += at.strength;
    }
    const double maxDegree = degree.empty() ? 0.0 : *std::max_element(degree.begin(), degree.end());
    out.resize(actorCount);
    for (std::size_t i = 0; i < actorCount; ++i)
        out[i] = discRadius(degree[i], maxDegree, sizes);
}

} // namespace tieline::core::layout
