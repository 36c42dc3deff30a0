// Label placement on screen. Each label tries spots around its node (below, above, right, left,
// then the diagonals) and takes the first where it covers no other label, no disc and no overlay
// panel; labels are placed greedily, the guaranteed ones (selected, hovered, story focus, top 8
// by weighted degree) first, then by priority. A guaranteed label that finds no room beside its
// node is set a little further off with a leader line. Discs and placed labels are kept in a
// uniform grid (spatial_grid.hpp), so placement stays fast at thousands of actors. Core: no GL
// (text widths come from the renderer's font through TextMeasure).
#pragma once

#include "core/scene/scene.hpp"
#include "core/scene/spatial_grid.hpp"

#include <string_view>
#include <vector>

namespace tieline::core::scene {

class TextMeasure {
  public:
    virtual ~TextMeasure() = default;
    virtual float width(std::string_view utf8, float pixels) const = 0; // advance width in pixels
    virtual float lineHeight(float pixels) const { return pixels * 1.25f; }
};

// A measure that gives every character the same advance: for tests and as a fallback.
class FixedAdvanceMeasure : public TextMeasure {
  public:
    explicit FixedAdvanceMeasure(float advanceEm = 0.55f) : m_advanceEm(advanceEm) {}
    float width(std::string_view utf8, float pixels) const override;

  private:
    float m_advanceEm;
};

// The native line is drawn smaller than the name.
constexpr float kNativeScale = 0.85f;
// Pixels between a node's rim and its label.
constexpr float kLabelGap = 2.0f;
// How many labels are guaranteed by weighted degree at t.
constexpr std::size_t kGuaranteedByDegree = 8;

// SceneLabel::spot: where the label sits relative to its node. Leader spots are further off.
enum LabelSpot : int {
    kBelow = 0,
    kAbove,
    kRight,
    kLeft,
    kBelowRight,
    kBelowLeft,
    kAboveRight,
    kAboveLeft,
    kSpotCount,
    kNoSpot = -1,
};

struct LabelOptions {
    std::vector<Rect> obstacles; // screen rectangles no label may cover: caption, legend, panels
    float inset = 0;             // keep labels this many pixels inside the viewport
    float scale = 1;             // screen pixels per label pixel (exports: the pixel scale)
};

// Sets each label's screen box, spot, leader and `visible` flag. A label shows only wholly inside
// the viewport. Returns how many guaranteed labels found no place (they are hidden).
int cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure, SceneWorkspace& work,
               const LabelOptions& options);
void cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure, SceneWorkspace& work);
// With a workspace of its own (allocates): for one-off scenes such as exports and tests.
void cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure);

// Whether a disc of radius r at (cx, cy) meets the rectangle.
bool discMeetsRect(float cx, float cy, float r, const Rect& box);

} // namespace tieline::core::scene
