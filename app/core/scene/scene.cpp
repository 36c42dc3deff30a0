// Building the scene: visibility, sizes, colours, fades, parallel-tie curvature, arrows at the
// target's rim, hover dimming and label candidates. Core: no GL.
#include "core/scene/scene.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace tieline::core {

Rgba toRgba(Rgb rgb, float alpha) {
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

Point edgePoint(const SceneEdge& e, double s) {
    const double u = 1 - s;
    return {u * u * e.p0.x + 2 * u * s * e.control.x + s * s * e.p2.x,
            u * u * e.p0.y + 2 * u * s * e.control.y + s * s * e.p2.y};
}

namespace {

// Fades in after `begin` and out before `end`, over `days` or a quarter of the span if shorter.
double fadeOver(double t, double begin, double end, double days) {
    days = std::min(days, 0.25 * (end - begin));
    if (days <= 0) return 1.0;
    return std::clamp(std::min((t - begin) / days, (end - t) / days), 0.0, 1.0);
}

// The parameter where the curve is `distance` away from `center`, searched from the end `fromEnd`
// (the curve leaves a node's disc once and for all, so bisection on the distance is enough).
double paramAtDistance(const SceneEdge& e, Point center, double distance, bool fromEnd) {
    double inside = fromEnd ? 1.0 : 0.0, outside = 0.5;
    for (int i = 0; i < 24; ++i) {
        const double mid = 0.5 * (inside + outside);
        const Point p = edgePoint(e, mid);
        const double d = std::hypot(p.x - center.x, p.y - center.y);
        (d < distance ? inside : outside) = mid;
    }
    return 0.5 * (inside + outside);
}

void shapeEdge(SceneEdge& e, const SceneNode& from, const SceneNode& to, double bend) {
    e.p0 = from.center;
    e.p2 = to.center;
    const double dx = e.p2.x - e.p0.x, dy = e.p2.y - e.p0.y;
    const double length = std::hypot(dx, dy);
    const Point mid{(e.p0.x + e.p2.x) * 0.5, (e.p0.y + e.p2.y) * 0.5};
    // The curve's midpoint moves by half the control point's offset, hence the factor 2.
    e.control = length > 0
                    ? Point{mid.x - dy / length * 2 * bend * length, mid.y + dx / length * 2 * bend * length}
                    : mid;
    const double gap = 0.6; // a hair of space between a tie and the discs it joins
    if (length <= from.radius + to.radius + gap * 2) {
        e.t0 = e.t1 = 0.5; // the discs overlap: nothing of the tie would show
        e.arrow = false;
        return;
    }
    e.t0 = paramAtDistance(e, from.center, from.radius + gap, false);
    const double arrowLength = e.arrow ? 2.2 * e.width + 3.0 : 0.0;
    e.arrowHalfWidth = e.arrow ? 0.5 * arrowLength + 0.3 * e.width : 0.0;
    const double tipParam = paramAtDistance(e, to.center, to.radius + gap, true);
    e.arrowTip = edgePoint(e, tipParam);
    e.t1 = e.arrow ? paramAtDistance(e, to.center, to.radius + gap + arrowLength, true) : tipParam;
    if (e.t1 <= e.t0) e.t1 = e.t0;
    e.arrowBase = edgePoint(e, e.t1);
}

} // namespace

void buildScene(const SceneInput& in, const SceneStyle& style, Scene& out) {
    const Dataset& data = *in.data;
    const std::vector<Point>& positions = *in.positions;
    out.t = in.t;
    out.style = style;
    out.nodes.clear();
    out.edges.clear();
    out.labels.clear();
    out.bounds = Bounds{};
    ActiveSet& active = out.scratchActive;
    activeAt(data, in.t, active, out.scratchPresent);

    const auto groupHidden = [&](const Actor& a) {
        return a.group.valid() && a.group.index() < in.filter.hiddenGroups.size() &&
               in.filter.hiddenGroups[a.group.index()];
    };
    out.scratchNodeOf.assign(data.actors.size(), -1);
    const auto addNode = [&](ActorId id, float alpha, bool isPresent) {
        const Actor& actor = data.actor(id);
        if (groupHidden(actor) || id.index() >= positions.size()) return;
        SceneNode n;
        n.actor = id;
        n.center = positions[id.index()];
        const Group* g = data.group(actor.group);
        n.fill = toRgba(g ? g->color : 0x9A9A9A);
        n.outline = mix(n.fill, style.dark ? Rgba{0, 0, 0, 1} : Rgba{0.2f, 0.2f, 0.2f, 1}, 0.45f);
        n.alpha = alpha;
        n.present = isPresent;
        out.scratchNodeOf[id.index()] = static_cast<int>(out.nodes.size());
        out.nodes.push_back(n);
    };
    std::size_t next = 0; // walk the active actors (in dataset order) alongside all actors
    for (std::size_t i = 0; i < data.actors.size(); ++i) {
        const ActorId id(static_cast<std::uint32_t>(i));
        if (next < active.actors.size() && active.actors[next].id == id) {
            const ActiveActor& a = active.actors[next++];
            addNode(id, float(a.fade * fadeOver(in.t, a.begin, a.end, style.fadeDays)), true);
        } else if (!in.filter.hideAbsent) {
            addNode(id, float(style.absentAlpha), false);
        }
    }

    // Ties between visible, present nodes that pass the filters.
    out.scratchDegree.assign(out.nodes.size(), 0.0);
    out.scratchTieShown.assign(data.ties.size(), 0);
    const auto addEdge = [&](TieId id, double strength, bool approximate, float alpha, bool brief) {
        const Tie& tie = data.tie(id);
        const int a = out.scratchNodeOf[tie.from.index()], b = out.scratchNodeOf[tie.to.index()];
        if (a < 0 || b < 0 || !out.nodes[std::size_t(a)].present || !out.nodes[std::size_t(b)].present)
            return;
        if (tie.type.index() < in.filter.hiddenTieTypes.size() && in.filter.hiddenTieTypes[tie.type.index()])
            return;
        if (tie.confidence < in.filter.minConfidence) return;
        SceneEdge e;
        e.tie = id;
        e.from = tie.from;
        e.to = tie.to;
        e.width = style.minWidth + (style.maxWidth - style.minWidth) * strength;
        e.color = toRgba(data.tieType(tie.type).color);
        e.dashed =
            approximate || tie.confidence == Confidence::Low || tie.confidence == Confidence::Contested;
        e.arrow = data.isDirected(tie);
        e.alpha = alpha * std::min(out.nodes[std::size_t(a)].alpha, out.nodes[std::size_t(b)].alpha);
        e.brief = brief;
        e.highlighted =
            (in.focus.selectedTie && *in.focus.selectedTie == id) ||
            (id.index() < in.focus.highlightedTies.size() && in.focus.highlightedTies[id.index()]);
        out.scratchDegree[std::size_t(a)] += strength;
        out.scratchDegree[std::size_t(b)] += strength;
        out.scratchTieShown[id.index()] = 1;
        out.edges.push_back(e);
    };
    for (const ActiveTie& at : active.ties) {
        // A tie shown for its whole month (below) must not be dimmer on the days it really held.
        const bool brief = style.briefTiesFillMonth && at.end - at.begin < 28;
        const double fade = brief ? 1.0 : fadeOver(in.t, at.begin, at.end, style.fadeDays);
        addEdge(at.id, at.strength, at.approximate, float(at.fade * fade), false);
    }
    if (style.briefTiesFillMonth) {
        const CivilDay c = civilFromDays(DayNumber(std::floor(in.t)));
        const DayNumber monthBegin = daysFromCivil(c.year, c.month, 1), monthEnd = addMonths(monthBegin, 1);
        for (std::size_t i = 0; i < data.ties.size(); ++i) {
            if (out.scratchTieShown[i]) continue;
            for (const Span& span : data.ties[i].spans) {
                const ResolvedSpan r = resolveSpan(span, data.meta.start, data.meta.end);
                if (r.end - r.begin >= monthEnd - monthBegin || r.end <= monthBegin || r.begin >= monthEnd)
                    continue;
                const double at = std::clamp(in.t, double(r.begin), double(r.end) - 1.0);
                addEdge(TieId(std::uint32_t(i)), strengthAt(data.ties[i], at), r.approximateAt(at), 1.0f,
                        true);
                break;
            }
        }
    }

    // Radius by importance (weighted degree), on a square-root scale so areas stay comparable.
    double maxDegree = 0;
    for (double d : out.scratchDegree)
        maxDegree = std::max(maxDegree, d);
    for (std::size_t i = 0; i < out.nodes.size(); ++i) {
        SceneNode& n = out.nodes[i];
        n.importance = out.scratchDegree[i];
        const double share = maxDegree > 0 ? std::sqrt(n.importance / maxDegree) : 0.0;
        n.radius = style.minRadius + (style.maxRadius - style.minRadius) * share;
        if (in.focus.selectedActor && *in.focus.selectedActor == n.actor)
            n.ring = 2;
        else if (in.focus.hoveredActor && *in.focus.hoveredActor == n.actor)
            n.ring = 1;
        out.bounds.add(n.center.x, n.center.y, n.radius);
    }

    // Parallel ties between one pair curve apart, symmetrically around the straight line. The
    // offset is measured in the pair's canonical direction (lower actor index first), so a tie
    // a->b and a tie b->a land on opposite sides.
    const auto pairKey = [&](std::uint32_t i) {
        const SceneEdge& e = out.edges[i];
        return std::tuple(std::min(e.from.value, e.to.value), std::max(e.from.value, e.to.value), i);
    };
    out.scratchOrder.resize(out.edges.size());
    for (std::uint32_t i = 0; i < out.scratchOrder.size(); ++i)
        out.scratchOrder[i] = i;
    std::sort(out.scratchOrder.begin(), out.scratchOrder.end(),
              [&](std::uint32_t a, std::uint32_t b) { return pairKey(a) < pairKey(b); });
    for (std::size_t first = 0; first < out.scratchOrder.size();) {
        const auto key = pairKey(out.scratchOrder[first]);
        const auto lo = std::get<0>(key), hi = std::get<1>(key);
        std::size_t last = first;
        while (last < out.scratchOrder.size() && std::get<0>(pairKey(out.scratchOrder[last])) == lo &&
               std::get<1>(pairKey(out.scratchOrder[last])) == hi)
            ++last;
        const std::size_t count = last - first;
        for (std::size_t rank = 0; rank < count; ++rank) {
            SceneEdge& e = out.edges[out.scratchOrder[first + rank]];
            double bend = count > 1 ? (double(rank) - double(count - 1) * 0.5) * style.bendSpacing : 0.0;
            if (e.from.value != lo) bend = -bend;
            const SceneNode& from = out.nodes[std::size_t(out.scratchNodeOf[e.from.index()])];
            const SceneNode& to = out.nodes[std::size_t(out.scratchNodeOf[e.to.index()])];
            shapeEdge(e, from, to, bend);
        }
        first = last;
    }

    // Hover: everything outside the hovered actor's neighbourhood steps back.
    if (in.focus.hoveredActor && out.scratchNodeOf[in.focus.hoveredActor->index()] >= 0) {
        const ActorId h = *in.focus.hoveredActor;
        out.scratchNeighbour.assign(data.actors.size(), 0);
        out.scratchNeighbour[h.index()] = 1;
        for (SceneEdge& e : out.edges) {
            if (e.from == h || e.to == h) {
                out.scratchNeighbour[e.from.index()] = out.scratchNeighbour[e.to.index()] = 1;
            } else {
                e.alpha *= float(style.dimAlpha);
            }
        }
        for (SceneNode& n : out.nodes)
            if (!out.scratchNeighbour[n.actor.index()]) n.alpha *= float(style.dimAlpha);
    }

    // Label candidates: every visible node; focus first, then importance.
    for (const SceneNode& n : out.nodes) {
        if (n.alpha <= 0.02f) continue;
        const Actor& actor = data.actor(n.actor);
        SceneLabel l;
        l.actor = n.actor;
        l.anchor = {n.center.x, n.center.y + n.radius};
        l.nodeRadius = n.radius;
        l.text = &actor.name;
        l.native = style.showNative && !actor.native.empty() ? &actor.native : nullptr;
        l.pixels = style.labelPixels * float(1.0 + 0.3 * (maxDegree > 0 ? n.importance / maxDegree : 0.0));
        const bool endOfSelectedTie =
            in.focus.selectedTie && (data.tie(*in.focus.selectedTie).from == n.actor ||
                                     data.tie(*in.focus.selectedTie).to == n.actor);
        l.priority = n.importance + (n.ring > 0 || endOfSelectedTie ? 1e9 : 0.0) + (n.present ? 0.0 : -1e6);
        l.alpha = n.alpha;
        out.labels.push_back(l);
    }
}

} // namespace tieline::core
