// Greedy label placement by priority over candidate spots, with a uniform grid of obstacles; of the
// free spots, the one fewest ties run through.
// Core: no GL.
#include "core/scene/labels.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::scene {

float FixedAdvanceMeasure::width(std::string_view utf8, float pixels) const {
    std::size_t characters = 0;
    for (unsigned char c : utf8)
        if ((c & 0xC0) != 0x80) ++characters;
    return float(characters) * m_advanceEm * pixels;
}

bool discMeetsRect(float cx, float cy, float r, const Rect& box) {
    const float nx = std::clamp(cx, box.x0, box.x1), ny = std::clamp(cy, box.y0, box.y1);
    return (nx - cx) * (nx - cx) + (ny - cy) * (ny - cy) < r * r;
}

namespace {

// Whether the segment (a.x0, a.y0)-(a.x1, a.y1) passes through `box` (Liang–Barsky clipping).
bool segmentMeetsRect(const Rect& a, const Rect& box) {
    const float dx = a.x1 - a.x0, dy = a.y1 - a.y0;
    float t0 = 0, t1 = 1;
    const auto clip = [&](float p, float q) {
        if (p == 0) return q >= 0;
        const float t = q / p;
        if (p < 0) {
            if (t > t1) return false;
            t0 = std::max(t0, t);
        } else {
            if (t < t0) return false;
            t1 = std::min(t1, t);
        }
        return true;
    };
    return clip(-dx, a.x0 - box.x0) && clip(dx, box.x1 - a.x0) && clip(-dy, a.y0 - box.y0) &&
           clip(dy, box.y1 - a.y0);
}

// The drawn ties as short screen segments (each curve in kPiecesPerTie), in a grid, so that a label
// can prefer the spot fewest ties run through.
constexpr int kPiecesPerTie = 6;

void indexTies(const Scene& scene, const Camera& camera, SceneWorkspace& work, float cell) {
    work.tieGrid.reset(0, 0, float(camera.width), float(camera.height), cell);
    work.tieSegments.clear();
    for (const SceneEdge& e : scene.edges) {
        if (e.alpha <= 0.02f) continue;
        model::Point from = camera.toScreen(edgePoint(e, e.t0));
        for (int k = 1; k <= kPiecesPerTie; ++k) {
            const model::Point to = camera.toScreen(edgePoint(e, e.t0 + (e.t1 - e.t0) * k / kPiecesPerTie));
            const Rect segment{float(from.x), float(from.y), float(to.x), float(to.y)};
            const Rect bounds{std::min(segment.x0, segment.x1), std::min(segment.y0, segment.y1),
                              std::max(segment.x0, segment.x1), std::max(segment.y0, segment.y1)};
            work.tieGrid.insert(bounds, std::uint32_t(work.tieSegments.size()));
            work.tieSegments.push_back(segment);
            from = to;
        }
    }
}

int tiesThrough(const Rect& box, const SceneWorkspace& work) {
    int count = 0;
    work.tieGrid.query(box, [&](std::uint32_t i) {
        count += segmentMeetsRect(work.tieSegments[i], box);
        return true;
    });
    return count;
}

// The box of a w x h label in `spot` around a disc of radius r at (cx, cy), `away` pixels beyond
// the usual gap (for leader lines).
Rect spotBox(int spot, float cx, float cy, float r, float w, float h, float gap, float away) {
    constexpr float kDiagonal = 0.7071f;
    const float d = r + gap + away;
    const float dd = r * kDiagonal + gap + away * kDiagonal;
    switch (spot) {
    case kBelow:
        return {cx - w * 0.5f, cy + d, cx + w * 0.5f, cy + d + h};
    case kAbove:
        return {cx - w * 0.5f, cy - d - h, cx + w * 0.5f, cy - d};
    case kRight:
        return {cx + d, cy - h * 0.5f, cx + d + w, cy + h * 0.5f};
    case kLeft:
        return {cx - d - w, cy - h * 0.5f, cx - d, cy + h * 0.5f};
    case kBelowRight:
        return {cx + dd, cy + dd, cx + dd + w, cy + dd + h};
    case kBelowLeft:
        return {cx - dd - w, cy + dd, cx - dd, cy + dd + h};
    case kAboveRight:
        return {cx + dd, cy - dd - h, cx + dd + w, cy - dd};
    default:
        return {cx - dd - w, cy - dd - h, cx - dd, cy - dd};
    }
}

struct Placer {
    Scene& scene;
    const Camera& camera;
    const LabelOptions& options;
    SpatialGrid& discs;
    SpatialGrid& labels;
    Rect view;

    // Free: inside the view, off every disc but its own node's, every placed label and obstacle.
    bool free(const Rect& box, std::uint32_t ownNode) const {
        if (!box.inside(view)) return false;
        for (const Rect& o : options.obstacles)
            if (box.overlaps(o)) return false;
        if (!labels.query(box, [&](std::uint32_t i) {
                const SceneLabel& o = scene.labels[i];
                return !box.overlaps({o.boxX0, o.boxY0, o.boxX1, o.boxY1});
            }))
            return false;
        return discs.query(box, [&](std::uint32_t i) {
            if (i == ownNode) return true;
            const Rect& d = discs.box(i); // disc slots are node indices
            const float r = 0.5f * d.width();
            return !discMeetsRect(d.x0 + r, d.y0 + r, r, box);
        });
    }
};

} // namespace

int cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure, SceneWorkspace& work,
               const LabelOptions& options) {
    std::vector<std::uint32_t>& order = work.labelOrder;
    order.resize(scene.labels.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // Guaranteed first, then by priority; ties broken by actor index so the result never depends
    // on sort details.
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        const SceneLabel& la = scene.labels[a];
        const SceneLabel& lb = scene.labels[b];
        if (la.guaranteed != lb.guaranteed) return la.guaranteed;
        if (la.priority != lb.priority) return la.priority > lb.priority;
        return la.actor.value < lb.actor.value;
    });

    const float inset = options.inset, scale = options.scale;
    const Rect view{inset, inset, float(camera.width) - inset, float(camera.height) - inset};
    // Cells about the size of a short label.
    const float cell = std::max(24.0f, 48.0f * scale);
    work.discGrid.reset(0, 0, float(camera.width), float(camera.height), cell);
    work.labelGrid.reset(0, 0, float(camera.width), float(camera.height), cell);
    // Every drawn disc is an obstacle (slot i is node i, so the grid has every node; the ones not
    // drawn or off screen get an empty box far away).
    std::vector<std::uint32_t>& nodeOfActor =
        work.nodeOfActor; // only for labels: which node is the label's own
    for (std::uint32_t i = 0; i < scene.nodes.size(); ++i) {
        const SceneNode& n = scene.nodes[i];
        const model::Point c = camera.toScreen(n.center);
        const float r = std::max(float(n.radius * camera.zoom), 1.5f * scale); // as drawn
        Rect box{float(c.x) - r, float(c.y) - r, float(c.x) + r, float(c.y) + r};
        if (n.alpha <= 0.02f || !box.overlaps(view)) box = {-1e9f, -1e9f, -1e9f, -1e9f};
        work.discGrid.insert(box, i);
    }
    std::uint32_t maxActor = 0;
    for (const SceneNode& n : scene.nodes)
        maxActor = std::max(maxActor, n.actor.value + 1);
    nodeOfActor.assign(maxActor, ~0u);
    for (std::uint32_t i = 0; i < scene.nodes.size(); ++i)
        nodeOfActor[scene.nodes[i].actor.value] = i;

    indexTies(scene, camera, work, cell);
    Placer placer{scene, camera, options, work.discGrid, work.labelGrid, view};
    const float gap = kLabelGap * scale;
    int missing = 0;
    for (std::uint32_t index : order) {
        SceneLabel& l = scene.labels[index];
        l.visible = false;
        l.leader = false;
        l.spot = kNoSpot;
        if (l.alpha <= 0.02f) continue; // its node is not drawn
        float w = measure.width(*l.text, l.pixels);
        float h = measure.lineHeight(l.pixels);
        if (l.native) {
            w = std::max(w, measure.width(*l.native, l.pixels * kNativeScale));
            h += measure.lineHeight(l.pixels * kNativeScale);
        }
        const std::uint32_t own = l.actor.value < nodeOfActor.size() ? nodeOfActor[l.actor.value] : ~0u;
        // The node's centre and radius on screen (from the label's anchor under the node).
        const float r = std::max(float(l.nodeRadius * camera.zoom), 1.5f * scale);
        const model::Point top = camera.toScreen(l.anchor);
        const float cx = float(top.x), cy = float(top.y) - r;
        const auto accept = [&](const Rect& box, int spot) {
            l.boxX0 = box.x0, l.boxY0 = box.y0, l.boxX1 = box.x1, l.boxY1 = box.y1;
            l.spot = spot;
            l.visible = true;
            placer.labels.insert(box, index);
        };
        // Of the free spots beside the node, the one fewest ties run through (in spot order on a tie:
        // below first), so a label is read, not crossed.
        int bestSpot = kNoSpot, bestTies = 0;
        Rect bestBox;
        for (int spot = 0; spot < kSpotCount && !(bestSpot != kNoSpot && bestTies == 0); ++spot) {
            const Rect box = spotBox(spot, cx, cy, r, w, h, gap, 0);
            if (!placer.free(box, own)) continue;
            const int ties = tiesThrough(box, work);
            if (bestSpot == kNoSpot || ties < bestTies) bestSpot = spot, bestTies = ties, bestBox = box;
        }
        if (bestSpot != kNoSpot) accept(bestBox, bestSpot);
        if (!l.visible && l.guaranteed) {
            // Further off, with a leader line from the rim: a little, then up to three lines away.
            for (const float away : {0.5f * h, 1.0f * h, 1.75f * h, 2.5f * h, 3.5f * h}) {
                for (int spot = 0; spot < kSpotCount && !l.visible; ++spot) {
                    const Rect box = spotBox(spot, cx, cy, r, w, h, gap, away);
                    if (!placer.free(box, own)) continue;
                    accept(box, spot);
                    // From the rim toward the box's nearest point.
                    const float nx = std::clamp(cx, box.x0, box.x1), ny = std::clamp(cy, box.y0, box.y1);
                    const float dx = nx - cx, dy = ny - cy, length = std::hypot(dx, dy);
                    l.leader = true;
                    l.leaderX0 = cx + dx / length * (r + gap * 0.5f);
                    l.leaderY0 = cy + dy / length * (r + gap * 0.5f);
                    l.leaderX1 = nx - dx / length * gap;
                    l.leaderY1 = ny - dy / length * gap;
                }
                if (l.visible) break;
            }
        }
        if (!l.visible) {
            // Where it would hang: the renderers skip it, but exporters and tests can see the box.
            const Rect box = spotBox(kBelow, cx, cy, r, w, h, gap, 0);
            l.boxX0 = box.x0, l.boxY0 = box.y0, l.boxX1 = box.x1, l.boxY1 = box.y1;
            if (l.guaranteed) ++missing;
        }
    }
    return missing;
}

void cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure, SceneWorkspace& work) {
    cullLabels(scene, camera, measure, work, LabelOptions{});
}

void cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure) {
    SceneWorkspace work;
    cullLabels(scene, camera, measure, work, LabelOptions{});
}

} // namespace tieline::core::scene
