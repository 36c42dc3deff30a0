// Thinning a zoomed-out scene (level_of_detail.hpp): strongest ties first within an ink budget,
// arrowheads and labels by their size on screen.
#include "core/scene/level_of_detail.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::scene {

LevelOfDetail applyLevelOfDetail(Scene& scene, const Camera& camera, double fitZoom,
                                 const LevelOfDetailOptions& options, SceneWorkspace& work) {
    LevelOfDetail lod;
    lod.shownTies = lod.drawnTies = scene.edges.size();
    if (!(fitZoom > 0) || camera.zoom > fitZoom * options.zoomedOutAt || camera.zoom <= 0) return lod;
    lod.active = true;
    const double zoom = camera.zoom;

    // Ties in focus stay whatever their strength: highlighted ones and those of a ringed node.
    std::vector<char>& ringed = work.neighbour; // by actor index
    ringed.clear();
    for (const SceneNode& n : scene.nodes)
        if (n.ring > 0) {
            if (ringed.size() <= n.actor.index()) ringed.resize(n.actor.index() + 1, 0);
            ringed[n.actor.index()] = 1;
        }
    const auto inFocus = [&](const SceneEdge& e) {
        const auto ring = [&](model::ActorId a) { return a.index() < ringed.size() && ringed[a.index()]; };
        return e.highlighted || ring(e.from) || ring(e.to);
    };
    const auto ink = [&](const SceneEdge& e) {
        const double length = std::hypot(e.p2.x - e.p0.x, e.p2.y - e.p0.y) * zoom * (e.t1 - e.t0);
        // What it covers on screen: its width (at least a pixel) and the antialiased fringe, half
        // a pixel each side (edge.frag), as drawn.
        return std::max(0.0, length) * (std::max(1.0, e.width * zoom) + options.fringePixels);
    };
    const double budget = options.inkShare * camera.width * camera.height;
    std::vector<double>& inks = work.edgeInk; // by edge index
    inks.resize(scene.edges.size());
    double total = 0;
    for (std::size_t i = 0; i < scene.edges.size(); ++i)
        total += inks[i] = ink(scene.edges[i]);
    if (total > budget) {
        // The strongest first (ties broken by tie id, so the choice never depends on sort details),
        // those in focus before all. Sorted as keys made once per edge, not looked up at every
        // comparison: the same order (a tie shows once in a scene, so the order is total).
        std::vector<SceneWorkspace::EdgeRank>& order = work.edgeRanks;
        order.resize(scene.edges.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) {
            const SceneEdge& e = scene.edges[i];
            order[i] = {inFocus(e), e.width, e.tie.value, i};
        }
        std::sort(order.begin(), order.end(),
                  [](const SceneWorkspace::EdgeRank& a, const SceneWorkspace::EdgeRank& b) {
                      if (a.focus != b.focus) return a.focus;
                      if (a.width != b.width) return a.width > b.width;
                      return a.tie < b.tie;
                  });
        std::vector<char>& keep = work.tieShown; // by edge index here
        keep.assign(scene.edges.size(), 0);
        double used = 0;
        for (const SceneWorkspace::EdgeRank& r : order) {
            const double cost = inks[r.edge];
            if (!r.focus && used + cost > budget) break;
            used += cost;
            keep[r.edge] = 1;
        }
        std::size_t kept = 0;
        for (std::size_t i = 0; i < scene.edges.size(); ++i)
            if (keep[i]) scene.edges[kept++] = scene.edges[i];
        scene.edges.resize(kept);
    }
    lod.drawnTies = scene.edges.size();

    for (SceneEdge& e : scene.edges)
        if (e.arrow && 2.0 * e.arrowHalfWidth * zoom < options.minArrowPixels && !inFocus(e)) {
            e.arrow = false;
            ++lod.arrowsLeft;
        }

    // No more labels can be read than fit on the screen: past a few screens' worth, the candidates
    // are cut to the first by placement order (guaranteed, then priority), which are the ones
    // cullLabels would place first anyway.
    const double labelArea = options.labelPixelArea;
    const auto most =
        std::size_t(std::max(64.0, options.labelScreens * camera.width * camera.height / labelArea));
    if (scene.labels.size() > most) {
        std::vector<std::uint32_t>& order = work.labelOrder;
        order.resize(scene.labels.size());
        for (std::uint32_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::nth_element(order.begin(), order.begin() + std::ptrdiff_t(most), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) {
                             const SceneLabel &la = scene.labels[a], &lb = scene.labels[b];
                             if (la.guaranteed != lb.guaranteed) return la.guaranteed;
                             if (la.priority != lb.priority) return la.priority > lb.priority;
                             return la.actor.value < lb.actor.value;
                         });
        std::vector<char>& keep = work.tieShown; // by label index here
        keep.assign(scene.labels.size(), 0);
        for (std::size_t k = 0; k < order.size(); ++k)
            keep[order[k]] = k < most || scene.labels[order[k]].guaranteed;
        std::size_t kept = 0;
        for (std::size_t i = 0; i < scene.labels.size(); ++i)
            if (keep[i]) scene.labels[kept++] = scene.labels[i];
        lod.labelsLeft = scene.labels.size() - kept;
        scene.labels.resize(kept);
    }
    return lod;
}

} // namespace tieline::core::scene
