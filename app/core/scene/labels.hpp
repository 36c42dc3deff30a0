// Label placement on screen: each label hangs centred under its node; where two would overlap, the
// more important one stays. Core: no GL (text widths come from the renderer's font through
// TextMeasure).
#pragma once

#include "core/scene/scene.hpp"

#include <string_view>

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

// Sets each label's screen box and `visible` flag. Labels outside the viewport are hidden.
void cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure, SceneWorkspace& work);
// With a workspace of its own (allocates): for one-off scenes such as exports and tests.
void cullLabels(Scene& scene, const Camera& camera, const TextMeasure& measure);

} // namespace tieline::core::scene
