// What to draw at a moment t: nodes, ties and labels in layout units, with colours, widths, dashes,
// arrows and fades already decided. Built once per frame from the dataset, the layout positions,
// the filters and the focus; drawn by the GL renderer and written by the SVG exporter alike, so the
// export matches the screen. Core: no GL.
//
// Usage:
//   1. SceneInput in{&data, t, &positions};            // positions: one per actor, from the layout
//   2. buildScene(in, darkSceneStyle(), scene, work);   // reuses scene's and work's vectors: no
//                                                       //   allocation once warm
//      or, every frame of a window: updateScene(in, style, scene, work) -- the same scene,
//      recomputing only what changed since its last call (below)
//   3. cullLabels(scene, camera, measure, work);        // hides labels that would overlap
//   4. renderer.draw(scene, camera) / writeSvg(scene, ...)
#pragma once

#include "core/model/active.hpp"
#include "core/model/span_index.hpp"
#include "core/scene/camera.hpp"
#include "core/scene/spatial_grid.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tieline::core::scene {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
    bool operator==(const Rgba&) const = default;
};
Rgba toRgba(model::Rgb rgb, float alpha = 1.0f);
Rgba mix(const Rgba& a, const Rgba& b, float amount);

// Every length is in layout units unless its name says pixels.
struct SceneStyle {
    bool dark = true;
    Rgba background{0.09f, 0.10f, 0.12f, 1};
    Rgba text{0.92f, 0.93f, 0.95f, 1};
    Rgba accent{1, 1, 1, 1};          // selection rings and highlighted ties
    double minRadius = 3.5;           // radius of the least important node (the layout's ties rest at ~30)
    double maxRadius = 10.0;          // radius of the most important node at t
    double minWidth = 0.6;            // tie width at strength 0
    double maxWidth = 3.0;            // tie width at strength 1
    double partialAlpha = 0.5;        // a tie true for only part of a month, year or range: paler
    float minApproximateAlpha = 0.3f; // the faintest an approximate margin draws a tie or actor
    double bendSpacing = 0.2;         // parallel ties curve apart by this fraction of their length
    double absentAlpha = 0.14;        // opacity of absent actors when they are not hidden
    double dimAlpha = 0.22;           // what hovering leaves of everything outside the neighbourhood
    float labelPixels = 13.0f;        // label size in pixels, grown up to 1.3x by importance
    bool showNative = true;           // the native-script name on a second label line
    bool operator==(const SceneStyle&) const = default;
};
SceneStyle darkSceneStyle();
SceneStyle lightSceneStyle();

struct SceneFilter {
    std::vector<char> hiddenTieTypes;                               // by TieTypeId index; empty: none hidden
    std::vector<char> hiddenGroups;                                 // by GroupId index; empty: none hidden
    model::Confidence minConfidence = model::Confidence::Contested; // Contested shows everything
    bool hideAbsent = true;
    bool hideUntied = false;   // hide actors with no tie shown at t (present or not); focus stays
    bool archivalOnly = false; // only ties with a claim citing an archival document (evidence: archive)
    bool operator==(const SceneFilter&) const = default;
};

// Whether one of the tie's claims cites a source whose evidence is an archival document.
bool hasArchivalEvidence(const model::Dataset& data, const model::Tie& tie);

struct SceneFocus {
    std::optional<model::ActorId> selectedActor, hoveredActor;
    std::optional<model::TieId> selectedTie, hoveredTie;
    std::vector<char> highlightedTies; // by TieId index (e.g. the ties a selected source supports)
    // A story stop's focus (scene/story_focus.hpp): these actors, every tie touching them and every
    // tie that starts on `storyDay`'s window keep full strength, the rest dims as for hover, and
    // their labels are guaranteed.
    std::vector<model::ActorId> storyFocus;
    bool storyStop = false; // storyFocus and storyDays apply
    calendar::Window storyDays;
    bool operator==(const SceneFocus&) const = default;
};

// Time in pictures (README, "Time"): a scene shows the period `window` names when it is set (a
// range, or a month or year at their precision), else the day, month or year containing t at
// `precision`. At day precision it draws exactly what `tieline snapshot --at DAY` reports; over
// a longer period what is true at any time in it. Stills never fade a tie for being new or
// ending soon; only approximate margins are faded (and dashed).
struct SceneInput {
    const model::Dataset* data = nullptr;
    calendar::Time t = 0;
    calendar::DatePrecision precision = calendar::DatePrecision::Day;
    std::optional<calendar::Window> window;               // overrides t and precision
    const std::vector<model::Point>* positions = nullptr; // one per actor
    Stretch stretch;                                      // applied to the positions (stretch.hpp)
    SceneFilter filter;
    SceneFocus focus;
    // The data's span index (model/span_index.hpp), built for `data`: the active set then costs
    // O(log n + active) instead of a scan of every span. The same scene either way.
    const model::SpanIndex* spans = nullptr;
    // The caller's version of `data` (and `spans`): updateScene rebuilds everything when it changes,
    // since an edit changes the dataset in place. buildScene ignores it.
    std::uint64_t revision = 0;
};

struct SceneNode {
    model::ActorId actor;
    model::Point center;
    double radius = 5;
    Rgba fill, outline;
    int ring = 0;          // 0 none, 1 hovered, 2 selected
    float alpha = 1;       // fades, absence and dimming together
    double importance = 0; // weighted degree at t over the visible ties
    bool present = true;
    bool framed = false; // counts for Scene::bounds (a tie shown at t, or a story stop's focus)
};

struct SceneEdge {
    model::TieId tie;
    model::ActorId from, to;
    model::Point p0, control, p2; // a quadratic Bézier; straight when control is the midpoint
    double bend = 0;              // the bend it was shaped with (detail/edge_shape.hpp)
    double t0 = 0, t1 = 1;        // the visible part: from the source's rim to the arrow's base (or the rim)
    double width = 1;
    Rgba color;
    bool dashed = false;      // approximate or contested: drawn with a pattern (which one, below)
    bool approximate = false; // its date is approximate at t: dotted (and faded by its margin)
    bool contested = false;   // low or contested confidence: dashed (both: dash-dot)
    bool arrow = false;
    bool directed = false; // its type is directed: `arrow` unless the discs leave no room for one
    bool hostile = false;  // its type's sign is -1: the head is a bar across the line (⊣), not a triangle
    model::Point arrowTip, arrowBase;
    double arrowHalfWidth = 0;
    float alpha = 1;
    bool highlighted = false;
    bool partial = false; // true for only part of the scene's period (drawn paler, not dashed)
};

struct SceneLabel {
    model::ActorId actor;
    model::Point anchor; // layout point under the node where the text's top centre hangs
    double nodeRadius = 0;
    const std::string* text = nullptr;   // the romanized name (points into the dataset)
    const std::string* native = nullptr; // second line, or null
    float pixels = 13;
    double priority = 0; // importance; focus wins
    float alpha = 1;
    bool guaranteed = false; // selected, hovered, story focus or top 8 by weighted degree: placed first
    bool visible = true;     // set by cullLabels
    // Screen box after culling, in pixels.
    float boxX0 = 0, boxY0 = 0, boxX1 = 0, boxY1 = 0;
    // Where the label sits (labels.hpp, LabelSpot) and, for a label set off from its node, the
    // leader line from the node's rim to the box (screen pixels).
    int spot = 0;
    bool leader = false;
    float leaderX0 = 0, leaderY0 = 0, leaderX1 = 0, leaderY1 = 0;
};

// A group's hull: a soft region behind its members (core/scene/hulls.hpp), when hulls are on.
struct SceneHull {
    model::GroupId group;
    std::vector<model::Point> outline; // a closed convex polygon around the members' discs
    Rgba fill;                         // the group's colour at low alpha
    Rgba text;                         // the name's colour
    model::Point nameAnchor;           // the bottom centre of the name, just above the hull
    const std::string* name = nullptr; // the group's label (points into the dataset)
};

struct Scene {
    calendar::Time t = 0;
    calendar::Window window; // the period shown (its precision names it in captions)
    SceneStyle style;
    std::vector<SceneHull> hulls; // drawn first, behind everything (empty unless hulls are on)
    std::vector<SceneNode> nodes;
    std::vector<SceneEdge> edges;   // drawn after the hulls
    std::vector<SceneLabel> labels; // drawn last
    Bounds bounds;                  // of the framed nodes, radius included
    Stretch stretch;                // the node centres are the positions stretched by this
};

// Scratch space for buildScene and cullLabels, kept by a caller that draws every frame so that a
// warm frame allocates nothing. Holds nothing a caller reads.
struct SceneWorkspace {
    model::ActiveSet active;
    std::vector<char> present;             // activeAt's scratch
    std::vector<int> nodeOf;               // by actor index: its node in the scene, or -1
    std::vector<double> degree;            // by node: weighted degree over the shown ties
    std::vector<char> tieShown;            // by tie index
    std::vector<std::uint32_t> edgeOrder;  // edges sorted by the pair they join
    std::vector<char> neighbour;           // by actor index: in the hovered actor's neighbourhood
    std::vector<std::uint32_t> labelOrder; // labels by priority (cullLabels)
    SpatialGrid discGrid, labelGrid;       // cullLabels' obstacles
    SpatialGrid tieGrid;                   // cullLabels: the ties' screen segments, by index into
    std::vector<Rect> tieSegments;         //   tieSegments (x0, y0 to x1, y1: endpoints, not a box)
    struct EdgeRank {                      // applyLevelOfDetail's sort keys
        bool focus;
        double width;
        std::uint32_t tie, edge;
    };
    std::vector<EdgeRank> edgeRanks;
    std::vector<double> edgeInk;            // applyLevelOfDetail: each edge's ink, by edge index
    std::vector<std::uint32_t> nodeOfActor; // cullLabels: by actor index, the label's own node

    // updateScene's record of the scene it last made with this workspace.
    struct Previous {
        bool valid = false;
        // The inputs other than the positions and the time shown (t, precision, window), as given.
        const model::Dataset* data = nullptr;
        const model::SpanIndex* spans = nullptr;
        std::uint64_t revision = 0;
        Stretch stretch;
        SceneFilter filter;
        SceneFocus focus;
        SceneStyle style;
        std::vector<model::Point> positions; // the positions it was made with
        std::vector<int> nodeOf;             // by actor index: its node, or -1
        // The shown ties in the order the pairs were curved, and the bend each got: the same ties
        // in the same order get the same bends (curveParallelEdges sorts only when they change).
        std::vector<std::uint32_t> edgeTies;
        std::vector<double> bends;
    } previous;
    model::ActiveSet nextActive; // updateScene: a new window's active set, compared with `active`
};

void buildScene(const SceneInput& input, const SceneStyle& style, Scene& out, SceneWorkspace& work);
// With a workspace of its own (allocates): for one-off scenes such as exports and tests.
void buildScene(const SceneInput& input, const SceneStyle& style, Scene& out);

// What updateScene did.
enum class SceneUpdate {
    Unchanged, // nothing but `t` (the same window, positions, inputs): out kept as it was
    Moved,     // the positions only: centres, bounds, the ties' shapes and the labels' anchors
    Rebuilt,   // a new active set, or new inputs: built again (the pairs' bends kept if the same ties show)
};
// The window's scene, every frame: exactly what buildScene(input, style, out) gives (field by
// field, to the bit: tests/core/scene/scene_update_test.cpp), but it recomputes only what changed
// since the last call with this workspace, provided `out` is what that call left (untouched since,
// apart from its hulls, which it clears). When only t moved within the same window (a day, a month)
// and the positions did not, nothing is done; when only the positions moved, the nodes, bounds, tie
// shapes and label anchors are updated in place; when the window moved, the active set is taken
// again from the span index and, if it is the same set with the same values (no tie or actor
// entered or left, no strength or fade changed), only the positions are updated; otherwise the
// scene is built again, and the parallel ties' ordering (a sort of every shown tie) is redone only
// when the shown ties changed. t, the precision and a window count only through the window they give;
// any other input (data revision, filter, focus, style, stretch) rebuilds it all.
SceneUpdate updateScene(const SceneInput& input, const SceneStyle& style, Scene& out, SceneWorkspace& work);

// The line pattern that says how sure a tie is (edge.frag, the SVG's dash arrays): 0 solid, 1 dashes
// (contested or weakly sourced), 2 dots (date approximate here), 3 dash-dot (both). A tie marked only
// `dashed` (by code that predates the two meanings) is dashed.
int edgePattern(const SceneEdge& e);

// A point of the edge's curve at parameter s in [0, 1].
model::Point edgePoint(const SceneEdge& e, double s);

} // namespace tieline::core::scene
