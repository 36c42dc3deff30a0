// Glyphs for labels: the codepoints a dataset's names use, rasterised from the Noto CJK font with
// stb_truetype into one single-channel texture with mipmaps, plus their metrics. Also measures text
// for label culling. Render layer.
#pragma once

#include "core/scene/labels.hpp"
#include "render/gl_object.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace tieline::render {

struct Glyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0; // atlas rectangle
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0; // quad relative to the pen on the baseline, at kBasePixels
    float advance = 0;                    // at kBasePixels
};

class GlyphAtlas : public core::scene::TextMeasure {
  public:
    static constexpr float kBasePixels = 24.0f; // size the glyphs are rasterised at (times oversampling)
    static constexpr int kHaloTexels = 4;       // the halo's reach around each glyph, in atlas texels

    // Loads the font (a .ttf, or face `faceIndex` of a .ttc). Returns false and sets `error`.
    bool loadFont(const std::string& path, int faceIndex, std::string& error);
    // Rasterises every codepoint of `text` (plus printable ASCII) and uploads the texture.
    bool build(const std::vector<std::string_view>& texts, std::string& error);

    // Glyphs rasterised at this many texels per pixel of kBasePixels (default 2); larger keeps big
    // text sharp (export captions). Call before build().
    void setOversample(int factor) { m_oversample = factor < 1 ? 1 : factor > 4 ? 4 : factor; }

    bool isValid() const { return m_texture.isValid(); }
    GLuint texture() const { return m_texture.id(); }
    int size() const { return m_size; }
    float ascent() const { return m_ascent; } // at kBasePixels
    // The em size (a CSS font-size) per pixel of height: SVG text at pixels * emScale() matches.
    float emScale() const { return m_emScale; }
    float texelsPerPixel(float pixels) const { return m_oversample * kBasePixels / pixels; }
    const Glyph* glyph(std::uint32_t codepoint) const;

    float width(std::string_view utf8, float pixels) const override;
    float lineHeight(float pixels) const override;

  private:
    std::vector<unsigned char> m_font;
    int m_faceIndex = 0;
    int m_fontOffset = 0;
    std::map<std::uint32_t, Glyph> m_glyphs;
    GlTexture m_texture;
    int m_size = 0;
    float m_ascent = 0, m_lineGap = 0, m_emScale = 1;
    int m_oversample = 2;
};

// Decodes the next UTF-8 codepoint of `text` at `i` (advancing it); U+FFFD for bad bytes.
std::uint32_t nextCodepoint(std::string_view text, std::size_t& i);

constexpr const char* kLabelFontPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
constexpr int kLabelFontFace = 1; // the KR face; it covers Latin, Cyrillic and Chinese too

} // namespace tieline::render
