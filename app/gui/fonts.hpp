// The GUI font: Noto Sans CJK (Latin, Cyrillic, Hangul and Chinese in one face), with glyph ranges
// built from the strings the dataset actually uses so the atlas builds in milliseconds. GUI layer.
#pragma once

#include "core/model/dataset.hpp"

#include <imgui.h>

#include <string>

namespace tieline::gui {

class FontSet {
  public:
    // Rebuilds the atlas for `data` (may be null) at `pixelSize`. Call outside an ImGui frame;
    // the caller re-uploads the texture. Returns a warning when the CJK font is missing.
    std::string rebuild(const core::model::Dataset* data, float pixelSize);

  private:
    ImVector<ImWchar> m_ranges; // must outlive the atlas build
};

// Where fonts-noto-cjk installs the face tieline uses.
constexpr const char* kCjkFontPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

} // namespace tieline::gui
