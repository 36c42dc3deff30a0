// Greedy label culling by priority. Core: no GL.
#include "core/scene/labels.hpp"

#include <algorithm>

namespace tieline::core::scene {

float FixedAdvanceMeasure::width(std::string_view utf8, float pixels) const {
    std::size_t characters = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++characters;
    return float(characters) * m_advanceEm * pixels;
}

void cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure, SceneWorkspace& work) {
    std::vector<std::uint32_t>& order = work.labelOrder;
    order.resize(scene.labels.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // Highest priority first; ties broken by actor index so the result never depends on sort details.
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const SceneLabel& la = scene.labels[a];
        const SceneLabel& lb = scene.labels[b];
        if (la.priority != lb.priority) return la.priority > lb.priority;
        return la.actor.value < lb.actor.value;
    });
    std::size_t accepted = 0; // order[0 .. accepted) are the visible labels so far
    for (std::size_t k = 0; k < order.size(); ++k) {
        SceneLabel& l = scene.labels[order[k]];
        const model::Point top = camera.toScreen(l.anchor);
        float w = measure.width(*l.text, l.pixels);
        float h = measure.lineHeight(l.pixels);
        if (l.native) {
            w = std::max(w, measure.width(*l.native, l.pixels * kNativeScale));
            h += measure.lineHeight(l.pixels * kNativeScale);
        }
        l.boxX0 = float(top.x) - w * 0.5f;
        l.boxX1 = float(top.x) + w * 0.5f;
        l.boxY0 = float(top.y) + kLabelGap;
        l.boxY1 = l.boxY0 + h;
        const bool onScreen = l.boxX1 > 0 && l.boxX0 < camera.width && l.boxY1 > 0 && l.boxY0 < camera.height;
        bool free = onScreen;
        for (std::size_t j = 0; free && j < accepted; ++j) {
            const SceneLabel& o = scene.labels[order[j]];
            free = l.boxX1 <= o.boxX0 || o.boxX1 <= l.boxX0 || l.boxY1 <= o.boxY0 || o.boxY1 <= l.boxY0;
        }
        // Nor may a label cover another node's disc: text over a node reads as belonging to it.
        // (Skipped for very large scenes, where the quadratic test would cost more than it shows.)
        if (free && scene.nodes.size() <= 2000 && l.priority < 1e9) {
            for (const SceneNode& n : scene.nodes) {
                if (n.actor == l.actor || n.alpha < 0.3f) continue;
                const model::Point c = camera.toScreen(n.center);
                const double r = n.radius * camera.zoom;
                const double nx = std::clamp(c.x, double(l.boxX0), double(l.boxX1));
                const double ny = std::clamp(c.y, double(l.boxY0), double(l.boxY1));
                if ((nx - c.x) * (nx - c.x) + (ny - c.y) * (ny - c.y) < r * r) {
                    free = false;
                    break;
                }
            }
        }
        l.visible = free;
        if (free) std::swap(order[accepted++], order[k]);
    }
}

void cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure) {
    SceneWorkspace work;
    cullLabels(scene, camera, measure, work);
}

} // namespace tieline::core::scene
