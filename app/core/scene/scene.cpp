// Building the scene: visibility, sizes, colours, fades, parallel-tie curvature (each tie's curve and
// arrowhead: detail/edge_shape), hover and focus dimming, label candidates. Core: no GL.
#include "core/scene/scene.hpp"
#include "core/layout/disc_radius.hpp"

#include "core/scene/detail/edge_shape.hpp"
#include "core/scene/labels.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstring>
#include <tuple>

namespace tieline::core::scene {

namespace {

// buildScene's phases, in the order they run; each reads what the ones before it wrote.
class SceneBuilder {
  public:
    SceneBuilder(const SceneInput& in, const SceneStyle& style, Scene& out, SceneWorkspace& work)
        : m_in(in), m_data(*in.data), m_positions(*in.positions), m_style(style), m_out(out), m_work(work) {}

    // A whole scene; with `reuseActive`, from the workspace's active set (already the window's).
    void run(bool reuseActive = false) {
        reset(reuseActive);
        addNodes();
        addEdges();
        if (m_in.filter.hideUntied) dropUntied();
        const double maxDegree = sizeNodes();
        curveParallelEdges();
        dimOutsideFocus();
        addLabelCandidates(maxDegree);
        m_work.previous.nodeOf = m_work.nodeOf;
    }

    // The same active set, new positions: what depends on them, in place (updateScene). Every
    // field is what run() would give: the same nodes, ties and labels in the same order.
    void move() {
        const std::vector<int>& nodeOf = m_work.previous.nodeOf;
        for (SceneNode& n : m_out.nodes)
            n.center = m_in.stretch.apply(m_positions[n.actor.index()]);
        m_out.bounds = Bounds{};
        frameBounds();
        const auto node = [&](model::ActorId a) -> const SceneNode& {
            return m_out.nodes[std::size_t(nodeOf[a.index()])];
        };
        for (SceneEdge& e : m_out.edges) {
            // As addEdge leaves them: shapeEdge keeps these where the discs overlap.
            e.arrow = e.directed;
            e.arrowTip = e.arrowBase = model::Point{};
            e.arrowHalfWidth = 0;
            shapeEdge(e, node(e.from), node(e.to), e.bend);
        }
        for (SceneLabel& l : m_out.labels) {
            const SceneNode& n = node(l.actor);
            l.anchor = {n.center.x, n.center.y + n.radius};
        }
        m_out.hulls.clear();
    }

  private:
    void reset(bool reuseActive) {
        m_out.t = m_in.t;
        m_out.window = m_in.window ? *m_in.window : calendar::windowAt(m_in.t, m_in.precision);
        m_out.style = m_style;
        m_out.nodes.clear();
        m_out.edges.clear();
        m_out.labels.clear();
        m_out.hulls.clear();
        m_out.bounds = Bounds{};
        m_out.stretch = m_in.stretch;
        if (reuseActive) return;
        if (m_in.spans && m_in.spans->fits(m_data))
            m_in.spans->activeDuring(m_data, m_out.window, m_work.active, m_work.present);
        else
            model::activeDuring(m_data, m_out.window, m_work.active, m_work.present);
    }

    bool groupHidden(const model::Actor& a) const {
        const std::vector<char>& hidden = m_in.filter.hiddenGroups;
        return a.group.valid() && a.group.index() < hidden.size() && hidden[a.group.index()];
    }

    void addNode(model::ActorId id, float alpha, bool isPresent) {
        const model::Actor& actor = m_data.actor(id);
        if (groupHidden(actor) || id.index() >= m_positions.size()) return;
        SceneNode n;
        n.actor = id;
        n.center = m_in.stretch.apply(m_positions[id.index()]);
        const model::Group* g = m_data.group(actor.group);
        n.fill = toRgba(g ? g->color : 0x9A9A9A);
        n.outline = mix(n.fill, m_style.dark ? Rgba{0, 0, 0, 1} : Rgba{0.2f, 0.2f, 0.2f, 1}, 0.45f);
        n.alpha = alpha;
        n.present = isPresent;
        m_work.nodeOf[id.index()] = static_cast<int>(m_out.nodes.size());
        m_out.nodes.push_back(n);
    }

    // An approximate margin fades what it holds, never below minApproximateAlpha.
    float marginAlpha(double fade) const {
        return fade >= 1.0 ? 1.0f : std::max(m_style.minApproximateAlpha, float(fade));
    }

    // Present actors fade only in approximate margins; absent ones show faintly unless the filter hides them.
    void addNodes() {
        const model::ActiveSet& active = m_work.active;
        m_work.nodeOf.assign(m_data.actors.size(), -1);
        std::size_t next = 0; // walk the active actors (in dataset order) alongside all actors
        for (std::size_t i = 0; i < m_data.actors.size(); ++i) {
            const model::ActorId id(static_cast<std::uint32_t>(i));
            if (next < active.actors.size() && active.actors[next].id == id) {
                const model::ActiveActor& a = active.actors[next++];
                addNode(id, marginAlpha(a.fade), true);
            } else if (!m_in.filter.hideAbsent) {
                addNode(id, float(m_style.absentAlpha), false);
            }
        }
    }

    // A tie between visible, present nodes that passes the filters.
    void addEdge(model::TieId id, double strength, bool approximate, float alpha, bool partial) {
        const model::Tie& tie = m_data.tie(id);
        const int a = m_work.nodeOf[tie.from.index()], b = m_work.nodeOf[tie.to.index()];
        if (a < 0 || b < 0 || !m_out.nodes[std::size_t(a)].present || !m_out.nodes[std::size_t(b)].present)
            return;
        const std::vector<char>& hiddenTypes = m_in.filter.hiddenTieTypes;
        if (tie.type.index() < hiddenTypes.size() && hiddenTypes[tie.type.index()]) return;
        if (tie.confidence < m_in.filter.minConfidence) return;
        if (m_in.filter.archivalOnly && !hasArchivalEvidence(m_data, tie)) return;
        SceneEdge e;
        e.tie = id;
        e.from = tie.from;
        e.to = tie.to;
        e.width = m_style.minWidth + (m_style.maxWidth - m_style.minWidth) * strength;
        e.color = toRgba(m_data.tieType(tie.type).color);
        e.approximate = approximate;
        e.contested =
            tie.confidence == model::Confidence::Low || tie.confidence == model::Confidence::Contested;
        e.dashed = e.approximate || e.contested;
        e.arrow = e.directed = m_data.isDirected(tie);
        e.hostile = m_data.tieType(tie.type).sign < 0;
        // Its own certainty only: an end's approximate exit shows on that actor's disc, and a tie
        // true that day is not made faint by it.
        e.alpha = alpha;
        e.partial = partial;
        const SceneFocus& focus = m_in.focus;
        e.highlighted = (focus.selectedTie && *focus.selectedTie == id) ||
                        (id.index() < focus.highlightedTies.size() && focus.highlightedTies[id.index()]);
        m_work.degree[std::size_t(a)] += strength;
        m_work.degree[std::size_t(b)] += strength;
        m_work.tieShown[id.index()] = 1;
        m_out.edges.push_back(e);
    }

    void addEdges() {
        m_work.degree.assign(m_out.nodes.size(), 0.0);
        m_work.tieShown.assign(m_data.ties.size(), 0);
        for (const model::ActiveTie& at : m_work.active.ties)
            addEdge(at.id, at.strength, at.approximate,
                    marginAlpha(at.fade) * (at.partial ? float(m_style.partialAlpha) : 1.0f), at.partial);
    }

    // "Hide actors with no tie now": nodes without a shown tie leave the scene, except the
    // selected, hovered and story-focus ones.
    void dropUntied() {
        const SceneFocus& focus = m_in.focus;
        std::vector<char>& tied = m_work.neighbour; // by actor index (dimOutsideFocus reuses it later)
        tied.assign(m_data.actors.size(), 0);
        for (const SceneEdge& e : m_out.edges)
            tied[e.from.index()] = tied[e.to.index()] = 1;
        std::size_t kept = 0;
        for (std::size_t i = 0; i < m_out.nodes.size(); ++i) {
            const model::ActorId a = m_out.nodes[i].actor;
            const bool focused =
                focus.selectedActor == a || focus.hoveredActor == a ||
                (focus.storyStop &&
                 std::find(focus.storyFocus.begin(), focus.storyFocus.end(), a) != focus.storyFocus.end());
            if (!tied[a.index()] && !focused) {
                m_work.nodeOf[a.index()] = -1;
                continue;
            }
            m_work.nodeOf[a.index()] = int(kept);
            m_work.degree[kept] = m_work.degree[i];
            m_out.nodes[kept++] = m_out.nodes[i];
        }
        m_out.nodes.resize(kept);
        m_work.degree.resize(kept);
    }

    // Radius by importance (weighted degree), the rule the layout's collision uses (disc_radius.hpp).
    // Returns the largest importance.
    double sizeNodes() {
        double maxDegree = 0;
        for (double d : m_work.degree)
            maxDegree = std::max(maxDegree, d);
        for (std::size_t i = 0; i < m_out.nodes.size(); ++i) {
            SceneNode& n = m_out.nodes[i];
            n.importance = m_work.degree[i];
            n.radius = layout::discRadius(n.importance, maxDegree, {m_style.minRadius, m_style.maxRadius});
            if (m_in.focus.selectedActor && *m_in.focus.selectedActor == n.actor)
                n.ring = 2;
            else if (m_in.focus.hoveredActor && *m_in.focus.hoveredActor == n.actor)
                n.ring = 1;
        }
        frameBounds();
        return maxDegree;
    }

    // What fits and exports frame: the actors with a tie shown at t and a story stop's focus;
    // isolates are drawn but never widen the frame. Without any tie, every node.
    void frameBounds() {
        const SceneFocus& focus = m_in.focus;
        Bounds& b = m_out.bounds;
        for (SceneNode& n : m_out.nodes) {
            const bool focused =
                focus.storyStop && std::find(focus.storyFocus.begin(), focus.storyFocus.end(), n.actor) !=
                                       focus.storyFocus.end();
            n.framed = n.importance > 0 || focused;
            if (n.framed) b.add(n.center.x, n.center.y, n.radius);
        }
        if (!b.empty) return;
        for (SceneNode& n : m_out.nodes) {
            n.framed = true;
            b.add(n.center.x, n.center.y, n.radius);
        }
    }

    // Parallel ties between one pair curve apart, symmetrically around the straight line. The
    // offset is measured in the pair's canonical direction (lower actor index first), so a tie
    // a->b and a tie b->a land on opposite sides.
    void curveParallelEdges() {
        // The same ties in the same order as last time (updateScene): the same bends, no sort.
        std::vector<std::uint32_t>& ties = m_work.previous.edgeTies;
        std::vector<double>& bends = m_work.previous.bends;
        bool same = ties.size() == m_out.edges.size() && bends.size() == m_out.edges.size();
        for (std::size_t i = 0; same && i < m_out.edges.size(); ++i)
            same = ties[i] == m_out.edges[i].tie.value;
        if (!same) {
            ties.resize(m_out.edges.size());
            for (std::size_t i = 0; i < m_out.edges.size(); ++i)
                ties[i] = m_out.edges[i].tie.value;
            bendParallelEdges(bends);
        }
        for (std::size_t i = 0; i < m_out.edges.size(); ++i) {
            SceneEdge& e = m_out.edges[i];
            shapeEdge(e, nodeOf(e.from), nodeOf(e.to), bends[i]);
        }
    }

    // Each edge's bend, by edge index.
    void bendParallelEdges(std::vector<double>& bends) {
        const auto pairKey = [&](std::uint32_t i) {
            const SceneEdge& e = m_out.edges[i];
            return std::tuple(std::min(e.from.value, e.to.value), std::max(e.from.value, e.to.value), i);
        };
        std::vector<std::uint32_t>& order = m_work.edgeOrder;
        order.resize(m_out.edges.size());
        for (std::uint32_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::uint32_t a, std::uint32_t b) { return pairKey(a) < pairKey(b); });
        bends.assign(m_out.edges.size(), 0.0);
        for (std::size_t first = 0; first < order.size();) {
            const auto key = pairKey(order[first]);
            const auto lo = std::get<0>(key), hi = std::get<1>(key);
            std::size_t last = first;
            while (last < order.size() && std::get<0>(pairKey(order[last])) == lo &&
                   std::get<1>(pairKey(order[last])) == hi)
                ++last;
            const std::size_t count = last - first;
            for (std::size_t rank = 0; rank < count; ++rank) {
                const SceneEdge& e = m_out.edges[order[first + rank]];
                double bend =
                    count > 1 ? (double(rank) - double(count - 1) * 0.5) * m_style.bendSpacing : 0.0;
                if (e.from.value != lo) bend = -bend;
                bends[order[first + rank]] = bend;
            }
            first = last;
        }
    }

    // Only for actors whose node is in the scene (every edge's ends are).
    const SceneNode& nodeOf(model::ActorId actor) const {
        const int index = m_work.nodeOf[actor.index()];
        assert(index >= 0);
        return m_out.nodes[std::size_t(index)];
    }

    // Hover, else a selected actor or tie, else a story stop's focus: everything outside steps
    // back, and what stays is drawn on top.
    void dimOutsideFocus() {
        const SceneFocus& focus = m_in.focus;
        const auto inScene = [&](const std::optional<model::ActorId>& a) {
            return a && a->index() < m_work.nodeOf.size() && m_work.nodeOf[a->index()] >= 0;
        };
        std::vector<char>& keep = m_work.neighbour; // by actor index
        keep.assign(m_data.actors.size(), 0);
        const auto dimExcept = [&](auto&& tieKept) {
            for (SceneEdge& e : m_out.edges) {
                if (tieKept(e)) {
                    keep[e.from.index()] = keep[e.to.index()] = 1;
                } else {
                    e.alpha *= float(m_style.dimAlpha);
                }
            }
            for (SceneNode& n : m_out.nodes)
                if (!keep[n.actor.index()]) n.alpha *= float(m_style.dimAlpha);
            // What stays is drawn over what steps back.
            std::stable_partition(m_out.edges.begin(), m_out.edges.end(),
                                  [&](const SceneEdge& e) { return !tieKept(e); });
        };
        // A story stop rules unless something else is hovered or selected (its lone focus actor
        // is selected by the stop itself).
        const bool selectionInFocus =
            !focus.selectedActor || std::find(focus.storyFocus.begin(), focus.storyFocus.end(),
                                              *focus.selectedActor) != focus.storyFocus.end();
        if (focus.storyStop && !focus.hoveredActor && !focus.selectedTie && selectionInFocus) {
            std::vector<char> focused(m_data.actors.size(), 0);
            for (model::ActorId a : focus.storyFocus)
                if (a.index() < focused.size()) focused[a.index()] = keep[a.index()] = 1;
            const calendar::Window& days = focus.storyDays;
            const auto startsThen = [&](const model::Tie& tie) {
                for (const calendar::Span& span : tie.spans)
                    if (span.start) {
                        const double first = span.start->firstDay();
                        if (first >= days.begin && first < days.end) return true;
                    }
                return false;
            };
            // Without focus actors, only the ties that start that day stand out.
            bool anyFocus = false;
            for (char f : focused)
                anyFocus |= f != 0;
            if (!anyFocus && std::none_of(m_out.edges.begin(), m_out.edges.end(),
                                          [&](const SceneEdge& e) { return startsThen(m_data.tie(e.tie)); }))
                return;
            dimExcept([&](const SceneEdge& e) {
                return focused[e.from.index()] || focused[e.to.index()] || startsThen(m_data.tie(e.tie));
            });
            return;
        }
        const std::optional<model::ActorId> actor = inScene(focus.hoveredActor) ? focus.hoveredActor
                                                    : inScene(focus.selectedActor) && !focus.hoveredActor
                                                        ? focus.selectedActor
                                                        : std::nullopt;
        if (actor) {
            keep[actor->index()] = 1;
            dimExcept([&](const SceneEdge& e) { return e.from == *actor || e.to == *actor; });
            return;
        }
        if (focus.selectedTie && !focus.hoveredActor && !focus.hoveredTie &&
            focus.selectedTie->index() < m_work.tieShown.size() &&
            m_work.tieShown[focus.selectedTie->index()]) {
            const model::TieId tie = *focus.selectedTie;
            dimExcept([&](const SceneEdge& e) { return e.tie == tie; });
            return;
        }
    }

    // Label candidates: every visible node. Selected, hovered, story-focus and the top
    // kGuaranteedByDegree actors by weighted degree are guaranteed (placed first); then by
    // importance; absent actors last.
    void addLabelCandidates(double maxDegree) {
        const SceneFocus& focus = m_in.focus;
        const std::size_t first = m_out.labels.size();
        for (const SceneNode& n : m_out.nodes) {
            if (n.alpha <= 0.02f) continue;
            const model::Actor& actor = m_data.actor(n.actor);
            SceneLabel l;
            l.actor = n.actor;
            l.anchor = {n.center.x, n.center.y + n.radius};
            l.nodeRadius = n.radius;
            l.text = &actor.name;
            l.native = m_style.showNative && !actor.native.empty() ? &actor.native : nullptr;
            l.pixels =
                m_style.labelPixels * float(1.0 + 0.3 * (maxDegree > 0 ? n.importance / maxDegree : 0.0));
            const bool endOfSelectedTie =
                focus.selectedTie && (m_data.tie(*focus.selectedTie).from == n.actor ||
                                      m_data.tie(*focus.selectedTie).to == n.actor);
            const bool storyFocus =
                focus.storyStop && std::find(focus.storyFocus.begin(), focus.storyFocus.end(), n.actor) !=
                                       focus.storyFocus.end();
            const bool focused = n.ring > 0 || endOfSelectedTie || storyFocus;
            l.guaranteed = focused;
            l.priority = n.importance + (focused ? 1e9 : 0.0) + (n.present ? 0.0 : -1e6);
            l.alpha = n.alpha;
            m_out.labels.push_back(l);
        }
        // The top actors by weighted degree (ties with no weight count for none).
        std::vector<std::uint32_t>& order = m_work.labelOrder;
        order.clear();
        for (std::size_t i = first; i < m_out.labels.size(); ++i) {
            const int node = m_work.nodeOf[m_out.labels[i].actor.index()];
            if (node >= 0 && m_out.nodes[std::size_t(node)].present &&
                m_out.nodes[std::size_t(node)].importance > 0)
                order.push_back(std::uint32_t(i));
        }
        const std::size_t top = std::min(order.size(), kGuaranteedByDegree);
        std::partial_sort(order.begin(), order.begin() + std::ptrdiff_t(top), order.end(),
                          [&](std::uint32_t a, std::uint32_t b) {
                              const SceneNode& na =
                                  m_out.nodes[std::size_t(m_work.nodeOf[m_out.labels[a].actor.index()])];
                              const SceneNode& nb =
                                  m_out.nodes[std::size_t(m_work.nodeOf[m_out.labels[b].actor.index()])];
                              if (na.importance != nb.importance) return na.importance > nb.importance;
                              return na.actor.value < nb.actor.value;
                          });
        for (std::size_t k = 0; k < top; ++k)
            m_out.labels[order[k]].guaranteed = true;
    }

    const SceneInput& m_in;
    const model::Dataset& m_data;
    const std::vector<model::Point>& m_positions;
    const SceneStyle& m_style;
    Scene& m_out;
    SceneWorkspace& m_work;
};

} // namespace

void buildScene(const SceneInput& in, const SceneStyle& style, Scene& out, SceneWorkspace& work) {
    work.previous.valid = false; // updateScene starts afresh after this
    work.previous.edgeTies.clear();
    SceneBuilder(in, style, out, work).run();
}

void buildScene(const SceneInput& in, const SceneStyle& style, Scene& out) {
    SceneWorkspace work;
    buildScene(in, style, out, work);
}

namespace {

bool sameBits(const std::vector<model::Point>& a, const std::vector<model::Point>& b) {
    return a.size() == b.size() &&
           (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(model::Point)) == 0);
}

void remember(const SceneInput& in, const SceneStyle& style, SceneWorkspace& work) {
    SceneWorkspace::Previous& p = work.previous;
    p.valid = true;
    p.data = in.data;
    p.spans = in.spans;
    p.revision = in.revision;
    p.stretch = in.stretch;
    p.filter = in.filter;
    p.focus = in.focus;
    p.style = style;
    p.positions = *in.positions;
}

} // namespace

SceneUpdate updateScene(const SceneInput& in, const SceneStyle& style, Scene& out, SceneWorkspace& work) {
    SceneWorkspace::Previous& p = work.previous;
    // t, the precision and the window count only through the window they give (below).
    const bool sameInputs = p.valid && p.data == in.data && p.spans == in.spans &&
                            p.revision == in.revision && p.stretch == in.stretch && p.filter == in.filter &&
                            p.focus == in.focus && p.style == style;
    if (!sameInputs) {
        // Bends are kept only for the same inputs (a style's bend spacing, another dataset).
        buildScene(in, style, out, work);
        remember(in, style, work);
        return SceneUpdate::Rebuilt;
    }
    const calendar::Window window = in.window ? *in.window : calendar::windowAt(in.t, in.precision);
    bool sameActive = window == out.window;
    if (!sameActive) {
        const model::Dataset& data = *in.data;
        if (in.spans && in.spans->fits(data))
            in.spans->activeDuring(data, window, work.nextActive, work.present);
        else
            model::activeDuring(data, window, work.nextActive, work.present);
        sameActive = work.nextActive.actors == work.active.actors && work.nextActive.ties == work.active.ties;
        std::swap(work.active, work.nextActive);
    }
    const bool samePositions = sameBits(*in.positions, p.positions);
    out.t = in.t;
    out.window = window;
    if (sameActive && samePositions) return SceneUpdate::Unchanged;
    SceneBuilder builder(in, style, out, work);
    if (sameActive) {
        builder.move();
        p.positions = *in.positions;
        return SceneUpdate::Moved;
    }
    builder.run(true);
    p.positions = *in.positions;
    return SceneUpdate::Rebuilt;
}

} // namespace tieline::core::scene
