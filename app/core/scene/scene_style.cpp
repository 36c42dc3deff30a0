// Colours, the two themes' scene styles, and the archival-evidence test the filters use. Core: no GL.
#include "core/scene/scene.hpp"

namespace tieline::core::scene {

Rgba toRgba(model::Rgb rgb, float alpha) {
    return {float((rgb >> 16) & 0xFF) / 255.0f, float((rgb >> 8) & 0xFF) / 255.0f, float(rgb & 0xFF) / 255.0f,
            alpha};
}

Rgba mix(const Rgba& a, const Rgba& b, float amount) {
    return {a.r + (b.r - a.r) * amount, a.g + (b.g - a.g) * amount, a.b + (b.b - a.b) * amount,
            a.a + (b.a - a.a) * amount};
}

SceneStyle darkSceneStyle() {
    return {};
}

SceneStyle lightSceneStyle() {
    SceneStyle s;
    s.dark = false;
    s.background = {0.98f, 0.98f, 0.97f, 1};
    s.text = {0.10f, 0.11f, 0.13f, 1};
    s.accent = {0.05f, 0.05f, 0.08f, 1};
    return s;
}

bool hasArchivalEvidence(const model::Dataset& data, const model::Tie& tie) {
    for (const model::Claim& c : tie.claims)
        if (c.source.valid() && c.source.index() < data.sources.size() &&
            data.source(c.source).evidence == model::Evidence::Archive)
            return true;
    return false;
}

} // namespace tieline::core::scene
