// Setting up and running the simulation for one keyframe.
#include "core/layout/detail/keyframe_solver.hpp"
#include "core/layout/detail/multilevel.hpp"
#include "core/layout/detail/standard_forces.hpp"
#include "core/layout/graph_layout.hpp"
#include "core/layout/hierarchy.hpp"
#include "core/layout/position_force.hpp"
#include "core/layout/simulation.hpp"
#include "core/layout/tie_role.hpp"
#include "core/layout/untangle.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>
#include <numbers>

namespace tieline::core::layout {

namespace {

constexpr std::int32_t kAbsent = -1;
constexpr double kGoldenAngle = std::numbers::pi * (3.0 - 2.2360679774997896964);

// Starting positions: kept, pinned, near placed neighbours, or on the spiral.
void placeBodies(const TimelineStep& step, const Keyframe* previous, const Timeline& tl,
                 const LayoutParams& p, const std::vector<LinkSpec>& links, Bodies& b) {
    const std::size_t n = step.actors.size();
    const double turn = spiralTurn(p.seed);
    std::vector<std::uint8_t> placed(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t actor = step.actors[i];
        if (const auto& pin = tl.pins[actor]) {
            b.pin(i, pin->x, pin->y);
            placed[i] = 1;
        } else if (!previous) {
            phyllotaxis(i, 10.0, turn, b.x[i], b.y[i]);
            placed[i] = 1;
        } else if (previous->present[actor]) {
            b.x[i] = previous->x[actor];
            b.y[i] = previous->y[actor];
            placed[i] = 1;
        }
    }
    // Entering actors: two passes let a newcomer follow another newcomer placed just before it.
    std::vector<double> sumX(n), sumY(n);
    std::vector<std::uint32_t> count(n);
    for (int pass = 0; pass < 2; ++pass) {
        std::fill(sumX.begin(), sumX.end(), 0.0);
        std::fill(sumY.begin(), sumY.end(), 0.0);
        std::fill(count.begin(), count.end(), 0u);
        for (const LinkSpec& l : links) {
            if (placed[l.source] && !placed[l.target])
                sumX[l.target] += b.x[l.source], sumY[l.target] += b.y[l.source], ++count[l.target];
            if (placed[l.target] && !placed[l.source])
                sumX[l.source] += b.x[l.target], sumY[l.source] += b.y[l.target], ++count[l.source];
        }
        for (std::size_t i = 0; i < n; ++i) {
            if (placed[i] || count[i] == 0) continue;
            // Half a link from the centroid, in a direction fixed by the actor: never on top of it.
            const double a = static_cast<double>(step.actors[i]) * kGoldenAngle + turn;
            b.x[i] = sumX[i] / count[i] + 0.5 * p.linkDistance * std::cos(a);
            b.y[i] = sumY[i] / count[i] + 0.5 * p.linkDistance * std::sin(a);
            placed[i] = 1;
        }
    }
    for (std::size_t i = 0, spiral = n; i < n; ++i)
        if (!placed[i]) phyllotaxis(spiral++, 10.0, turn, b.x[i], b.y[i]); // outside the crowd
}

} // namespace

std::vector<LinkSpec> stepSprings(const Timeline& tl, std::size_t k, const LayoutParams& p) {
    return stepSprings(tl, tl.steps[k], p);
}

std::vector<LinkSpec> stepSprings(const Timeline& tl, const TimelineStep& step, const LayoutParams& p) {
    std::vector<LinkSpec> links;
    links.reserve(step.ties.size());
    for (std::size_t i = 0; i < step.ties.size(); ++i) {
        const TimelineTie& tie = tl.ties[step.ties[i]];
        const double s = step.strengths[i];
        if (!(s > 0.0) || tie.from == tie.to) continue;
        // The type's role (defaults from its sign reproduce the springs of files without roles).
        const ResolvedTieRole role = resolveTieRole(tie.role, tie.hostile ? -1 : 1, p);
        LinkSpec l;
        l.source = tie.from;
        l.target = tie.to;
        if (role.attraction > 0.0) {
            l.distance = p.linkDistance * role.length * (1.0 + p.weakLengthening * (1.0 - s));
            l.weight = role.attraction * s;
        } else if (role.repulsion > 0.0) {
            l.distance = p.linkDistance * role.length;
            l.weight = role.repulsion * s;
            l.pushOnly = true;
        } else {
            continue; // a type that neither pulls nor pushes
        }
        links.push_back(l);
    }
    return links;
}

std::vector<int> stepDepths(const Timeline& tl, std::size_t k) {
    return stepDepths(tl, tl.steps[k]);
}

std::vector<int> stepDepths(const Timeline& tl, const TimelineStep& step) {
    std::vector<PatronEdge> edges;
    std::vector<LevelPair> same;
    for (std::size_t i = 0; i < step.ties.size(); ++i) {
        const TimelineTie& tie = tl.ties[step.ties[i]];
        if (!(step.strengths[i] > 0.0) || tie.from == tie.to) continue;
        switch (tie.role.patron) {
        case model::PatronRole::From:
            edges.push_back({tie.from, tie.to});
            break;
        case model::PatronRole::To:
            edges.push_back({tie.to, tie.from});
            break;
        case model::PatronRole::Same:
            same.push_back({tie.from, tie.to});
            break;
        case model::PatronRole::None:
            break;
        }
    }
    return patronDepths(tl.actorCount, edges, same);
}

namespace {

// The step's springs between the solver's local indices (positions in step.actors).
std::vector<LinkSpec> localSprings(const Timeline& tl, const TimelineStep& step, const LayoutParams& p) {
    std::vector<std::int32_t> local(tl.actorCount, kAbsent);
    for (std::size_t i = 0; i < step.actors.size(); ++i)
        local[step.actors[i]] = static_cast<std::int32_t>(i);
    std::vector<LinkSpec> links = stepSprings(tl, step, p);
    for (LinkSpec& l : links) {
        assert(local[l.source] != kAbsent && local[l.target] != kAbsent); // a step's ties join its actors
        l.source = static_cast<std::uint32_t>(local[l.source]);
        l.target = static_cast<std::uint32_t>(local[l.target]);
    }
    return links;
}

// Pulls each actor present before towards its previous position; newcomers are free to find their place.
// `levelY` (hierarchy only; NaN: no level) replaces the previous height of an actor with a level, so
// the anchor holds it where the previous keyframe had it across, and at its level up and down:
// otherwise the anchor, the stronger pull, would keep a patron below its client for many months.
void addAnchor(Simulation& sim, const TimelineStep& step, const Keyframe& previous, double stability,
               const std::vector<double>* levelY) {
    const std::size_t n = step.actors.size();
    std::vector<double> ax(n, 0.0), ay(n, 0.0), strength(n, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t actor = step.actors[i];
        if (!previous.present[actor]) continue;
        ax[i] = previous.x[actor];
        ay[i] = levelY && !std::isnan((*levelY)[i]) ? (*levelY)[i] : previous.y[actor];
        strength[i] = stability;
    }
    auto anchor = std::make_unique<PositionForce>(0.0);
    anchor->setTargets(std::move(ax), std::move(ay), std::move(strength));
    sim.addForce("anchor", std::move(anchor));
}

// Patrons above clients: each actor in the patron relation at step k is pulled towards the height
// of its depth (depth 0 on top: the smallest y, as screen y grows downwards), levels centred on 0.
// Returns each step actor's level height (NaN: no level), which the anchor holds too.
std::vector<double> levelHeights(const Timeline& tl, const TimelineStep& step, const LayoutParams& p) {
    const std::vector<int> depth = stepDepths(tl, step);
    int deepest = 0;
    for (std::uint32_t a : step.actors)
        deepest = std::max(deepest, depth[a]);
    std::vector<double> levelY(step.actors.size(), std::numeric_limits<double>::quiet_NaN());
    for (std::size_t i = 0; i < step.actors.size(); ++i) {
        const int d = depth[step.actors[i]];
        if (d >= 0) levelY[i] = (d - 0.5 * deepest) * p.levelSpacing * p.linkDistance;
    }
    return levelY;
}

void addLevels(Simulation& sim, const std::vector<double>& levelY, const LayoutParams& p) {
    std::vector<double> y(levelY.size(), 0.0), strength(levelY.size(), 0.0);
    for (std::size_t i = 0; i < levelY.size(); ++i)
        if (!std::isnan(levelY[i])) y[i] = levelY[i], strength[i] = p.levelStrength;
    sim.addForce("levels", std::make_unique<LevelForce>(std::move(y), std::move(strength)));
}

// Whether two discs whose centres are (dx, dy) apart overlap, closer than `need`; if so, the unit
// direction from the first to the second (x when they coincide) and by how much they overlap.
bool overlapDirection(double dx, double dy, double need, double& ux, double& uy, double& overlap) {
    const double d = std::hypot(dx, dy);
    if (d >= need) return false;
    ux = d > 0.0 ? dx / d : 1.0;
    uy = d > 0.0 ? dy / d : 0.0;
    overlap = need - d;
    return true;
}

// The collision force leaves a pair a little nearer than asked now and then; what the
// interpolation between keyframes keeps apart (drawn radii + pad each) must hold exactly at the
// keyframes, or that separation would jump there. Pairwise pushes in index order until none
// overlaps (small steps only: larger ones are left to the collision force).
// `fixed` are discs (x, y, padded radius) of actors that left since the previous keyframe: they
// are drawn until they leave, where they were, so the actors present keep clear of them too.
struct FixedDisc {
    double x, y, r;
};
void separateExactly(Bodies& b, const std::vector<double>& radii, double pad,
                     const std::vector<FixedDisc>& fixed) {
    const std::size_t n = b.size();
    if (radii.size() != n || n > 3000) return;
    for (int sweep = 0; sweep < 50; ++sweep) {
        bool moved = false;
        for (std::size_t i = 0; i < n; ++i)
            for (const FixedDisc& f : fixed) {
                if (b.pinned[i]) break;
                double dx, dy, overlap;
                if (!overlapDirection(b.x[i] - f.x, b.y[i] - f.y, radii[i] + pad + f.r + 1e-6, dx, dy,
                                      overlap))
                    continue;
                b.x[i] += dx * overlap, b.y[i] += dy * overlap;
                moved = true;
            }
        for (std::size_t i = 0; i < n; ++i)
            for (std::size_t j = i + 1; j < n; ++j) {
                double dx, dy, overlap;
                if (!overlapDirection(b.x[j] - b.x[i], b.y[j] - b.y[i],
                                      radii[i] + radii[j] + 2.0 * pad + 1e-6, dx, dy, overlap))
                    continue;
                const double wi = b.pinned[i]   ? 0.0
                                  : b.pinned[j] ? 1.0
                                                : 0.5,
                             wj = b.pinned[j] ? 0.0 : 1.0 - wi;
                b.x[i] -= dx * overlap * wi, b.y[i] -= dy * overlap * wi;
                b.x[j] += dx * overlap * wj, b.y[j] += dy * overlap * wj;
                moved = true;
            }
        if (!moved) break;
    }
}

// Absent actors keep their previous position (0, 0 before their first appearance).
// Each actor's radius is its drawn radius plus a quarter of the collision gap: between keyframes
// two discs are kept half the gap apart (room for the stub of a tie between them).
void writeKeyframe(const Timeline& tl, const TimelineStep& step, const Keyframe* previous, const Bodies& b,
                   double pad, Keyframe& out) {
    out.x.resize(tl.actorCount);
    out.y.resize(tl.actorCount);
    out.present.assign(tl.actorCount, 0);
    out.radius.assign(tl.actorCount, 0.0);
    for (std::size_t a = 0; a < tl.actorCount; ++a) {
        out.x[a] = previous ? previous->x[a] : 0.0;
        out.y[a] = previous ? previous->y[a] : 0.0;
    }
    for (std::size_t i = 0; i < step.actors.size(); ++i) {
        const std::uint32_t actor = step.actors[i];
        out.x[actor] = b.x[i];
        out.y[actor] = b.y[i];
        out.present[actor] = 1;
        if (i < step.radii.size()) out.radius[actor] = step.radii[i] + pad;
    }
}

} // namespace

bool solveKeyframe(const Timeline& tl, std::size_t k, const Keyframe* previous, const LayoutParams& p,
                   Keyframe& out, const std::atomic<bool>* cancel, std::uint64_t* ticks) {
    return solveKeyframe(tl, tl.steps[k], k, previous, p, out, cancel, ticks);
}

bool solveKeyframe(const Timeline& tl, const TimelineStep& step, std::size_t k, const Keyframe* previous,
                   const LayoutParams& p, Keyframe& out, const std::atomic<bool>* cancel,
                   std::uint64_t* ticks) {
    const bool warm = previous != nullptr;
    std::vector<LinkSpec> links = localSprings(tl, step, p);
    Bodies bodies;
    bodies.resize(step.actors.size());
    placeBodies(step, previous, tl, p, links, bodies);
    // Degree-weighted repulsion (ForceAtlas2's): an actor with many ties pushes harder, so its
    // clients spread around it and clusters stand apart instead of knotting in the middle.
    std::vector<double> charges;
    if (p.degreeCharge > 0.0) {
        charges.assign(step.actors.size(), 0.0);
        for (const LinkSpec& l : links)
            if (!l.pushOnly) charges[l.source] += 1.0, charges[l.target] += 1.0;
        for (double& c : charges)
            c = p.charge * (1.0 + p.degreeCharge * c);
    }
    std::vector<double> levelY;
    if (p.arrange == Arrange::Hierarchy) levelY = levelHeights(tl, step, p);
    const std::uint64_t seed = mix64(p.seed ^ mix64(k + 1));

    // A stable layout is also reheated less: stability 1 keeps a quarter of the heat.
    double alpha = warm ? p.reheatAlpha * (1.0 - 0.75 * std::clamp(p.stability, 0.0, 1.0)) : 1.0;
    int budget = warm ? p.ticksPerStep : p.initialTicks;
    if (!warm && step.actors.size() >= p.multilevelFrom && step.actors.size() > 1) {
        // A large cold start begins from the coarsened graph's layout and only finishes here.
        detail::MultilevelGraph graph;
        graph.links = &links;
        graph.charges = &charges;
        graph.radii = &step.radii;
        graph.levelY = &levelY;
        detail::MultilevelStats stats;
        switch (detail::multilevelPlacement(bodies, graph, p, seed, cancel, &stats)) {
        case detail::MultilevelResult::Cancelled:
            return false;
        case detail::MultilevelResult::Placed:
            alpha = detail::kMultilevelFinishAlpha;
            budget = detail::kMultilevelFinishTicks;
            if (ticks) *ticks += stats.ticks;
            break;
        case detail::MultilevelResult::Flat:
            break;
        }
    }
    // No re-centring: gravity keeps the centre, and re-centring would shift all at every entrance.
    Simulation sim(coolingFor(p, alpha, budget, false), seed);
    sim.bodies() = std::move(bodies);
    // The drawn segments (every tie, hostile ones too) for the crossing-aware refinement.
    const std::vector<LinkSpec> drawn = p.untanglePasses > 0 ? links : std::vector<LinkSpec>{};
    addStandardForces(sim, p, std::move(links), step.radii.empty() ? nullptr : &step.radii,
                      std::move(charges));
    if (p.arrange == Arrange::Hierarchy) addLevels(sim, levelY, p);
    if (warm && p.stability > 0.0)
        addAnchor(sim, step, *previous, p.stability, levelY.empty() ? nullptr : &levelY);

    // The refinement runs once, untangleSettle ticks before the end, so the forces (collision
    // above all) settle the moved actors.
    const int untangleAt = std::max(0, budget - p.untangleSettle);
    for (int tick = 0; tick < budget; ++tick) {
        if (cancel && cancel->load(std::memory_order_relaxed)) return false;
        if (tick == untangleAt && p.untanglePasses > 0) {
            UntangleParams up;
            up.passes = p.untanglePasses;
            up.step = p.linkDistance;
            up.gap = p.collideGap;
            untangle(sim.bodies(), drawn, step.radii, up);
        }
        sim.tick();
    }
    if (ticks) *ticks += static_cast<std::uint64_t>(budget);
    std::vector<FixedDisc> left;
    if (previous && previous->radius.size() == tl.actorCount) {
        std::vector<std::uint8_t> now(tl.actorCount, 0);
        for (std::uint32_t a : step.actors)
            now[a] = 1;
        for (std::size_t a = 0; a < tl.actorCount; ++a)
            if (previous->present[a] && !now[a])
                left.push_back({previous->x[a], previous->y[a], previous->radius[a]});
    }
    separateExactly(sim.bodies(), step.radii, 0.25 * p.collideGap, left);
    writeKeyframe(tl, step, previous, sim.bodies(), 0.25 * p.collideGap, out);
    return true;
}

} // namespace tieline::core::layout
