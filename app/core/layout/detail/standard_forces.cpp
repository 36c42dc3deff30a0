// The standard forces and cooling from LayoutParams. Core: no GL.
#include "core/layout/detail/standard_forces.hpp"
#include "core/layout/collide_force.hpp"
#include "core/layout/position_force.hpp"

#include <memory>

namespace tieline::core::layout {

ManyBodyParams manyBodyParams(const LayoutParams& params) {
    ManyBodyParams mb;
    mb.strength = params.charge;
    mb.theta = params.theta;
    mb.distanceMin = params.distanceMin;
    mb.threads = params.threads;
    return mb;
}

CoolingParams coolingFor(const LayoutParams& params, double alpha, int ticks, bool recenter) {
    CoolingParams cooling;
    cooling.alpha = alpha;
    cooling.alphaMin = params.alphaMin;
    cooling.alphaDecay = params.decayFor(alpha, ticks);
    cooling.velocityDecay = params.velocityDecay;
    cooling.recenter = recenter;
    return cooling;
}

void addStandardForces(Simulation& sim, const LayoutParams& params, std::vector<LinkSpec> links,
                       const std::vector<double>* radii, std::vector<double> charges) {
    ManyBodyParams mb = manyBodyParams(params);
    mb.strengths = std::move(charges);
    sim.addForce("charge", std::make_unique<ManyBodyForce>(std::move(mb)));
    sim.addForce("link", std::make_unique<LinkForce>(std::move(links)));
    if (params.gravity > 0.0) sim.addForce("gravity", std::make_unique<PositionForce>(params.gravity));
    if (!(params.nodeRadius > 0.0)) return;
    if (radii) {
        std::vector<double> padded(*radii);
        for (double& r : padded)
            r += 0.5 * params.collideGap;
        sim.addForce("collide", std::make_unique<CollideForce>(std::move(padded)));
    } else {
        sim.addForce("collide", std::make_unique<CollideForce>(params.nodeRadius));
    }
}

} // namespace tieline::core::layout
