// Glyph rasterising and packing with stb_truetype (libstb), mipmapped for small labels.
#include "render/glyph_atlas.hpp"

#include "core/io/dataset_loader.hpp"

#include <stb_truetype.h>

#include <algorithm>
#include <cmath>
#include <set>

namespace tieline::render {

std::uint32_t nextCodepoint(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i++);
    if (c < 0x80) return c;
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
    if (extra < 0 || i + std::size_t(extra) > text.size()) return 0xFFFD;
    std::uint32_t cp = c & (0x3F >> extra);
    for (int k = 0; k < extra; ++k) {
        if ((byte(i) & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (byte(i++) & 0x3F);
    }
    return cp;
}

bool GlyphAtlas::loadFont(const std::string& path, int faceIndex, std::string& error) {
    std::string bytes;
    if (!core::io::readFileLimited(path, std::size_t(64) << 20, bytes, error)) {
        error = "cannot read the label font " + path + ": " + error + " (install fonts-noto-cjk)";
        return false;
    }
    m_font.assign(bytes.begin(), bytes.end());
    m_faceIndex = faceIndex;
    m_fontOffset = stbtt_GetFontOffsetForIndex(m_font.data(), faceIndex);
    stbtt_fontinfo info;
    if (m_fontOffset < 0 || !stbtt_InitFont(&info, m_font.data(), m_fontOffset)) {
        error = "cannot read face " + std::to_string(faceIndex) + " of the font " + path;
        m_font.clear();
        return false;
    }
    int ascent = 0, descent = 0, lineGap = 0;
    stbtt_GetFontVMetrics(&info, &ascent, &descent, &lineGap);
    const float scale = stbtt_ScaleForPixelHeight(&info, kBasePixels);
    m_ascent = float(ascent) * scale;
    m_lineGap = float(ascent - descent + lineGap) * scale;
    m_emScale = stbtt_ScaleForPixelHeight(&info, 1.0f) / stbtt_ScaleForMappingEmToPixels(&info, 1.0f);
    return true;
}

namespace {

// [phase 1] Printable ASCII plus every codepoint the texts use, sorted and once each.
std::vector<int> collectCodepoints(const std::vector<std::string_view>& texts) {
    std::set<std::uint32_t> wanted;
    for (std::uint32_t c = 0x20; c < 0x7F; ++c)
        wanted.insert(c);
    for (std::string_view text : texts)
        for (std::size_t i = 0; i < text.size();)
            wanted.insert(nextCodepoint(text, i));
    return {wanted.begin(), wanted.end()};
}

// The smallest square power-of-two atlas that could hold every glyph with room for mipmaps.
int firstAtlasSize(std::size_t glyphCount, int oversample) {
    const float cell = GlyphAtlas::kBasePixels * float(oversample) + 12;
    const int cellArea = int(cell * cell);
    int size = 256;
    while (size < 8192 &&
           std::int64_t(size) * size < std::int64_t(cellArea) * std::int64_t(glyphCount) * 13 / 10)
        size *= 2;
    return size;
}

struct PackedGlyphs {
    int size = 0;                      // the atlas is size x size texels
    std::vector<unsigned char> pixels; // coverage, one byte a texel
    std::vector<stbtt_packedchar> chars;
};

// [phase 2] Rasterises and packs the glyphs, doubling the atlas until they fit.
bool rasterise(const std::vector<unsigned char>& font, int faceIndex, int oversample,
               std::vector<int>& codepoints, PackedGlyphs& out, std::string& error) {
    out.chars.assign(codepoints.size(), stbtt_packedchar{});
    for (out.size = firstAtlasSize(codepoints.size(), oversample);; out.size *= 2) {
        out.pixels.assign(std::size_t(out.size) * std::size_t(out.size), 0);
        stbtt_pack_context pack;
        if (!stbtt_PackBegin(&pack, out.pixels.data(), out.size, out.size, 0, 6, nullptr)) {
            error = "cannot start packing glyphs";
            return false;
        }
        stbtt_PackSetOversampling(&pack, unsigned(oversample), unsigned(oversample));
        stbtt_pack_range range{};
        range.font_size = GlyphAtlas::kBasePixels;
        range.array_of_unicode_codepoints = codepoints.data();
        range.num_chars = int(codepoints.size());
        range.chardata_for_range = out.chars.data();
        const bool ok = stbtt_PackFontRanges(&pack, font.data(), faceIndex, &range, 1) != 0;
        stbtt_PackEnd(&pack);
        if (ok) return true;
        if (out.size >= 8192) {
            error = "too many distinct characters for one glyph atlas";
            return false;
        }
    }
}

// [phase 3] Where each glyph sits in the atlas and on the pen.
std::map<std::uint32_t, Glyph> glyphMetrics(const std::vector<int>& codepoints, const PackedGlyphs& packed) {
    std::map<std::uint32_t, Glyph> glyphs;
    for (std::size_t k = 0; k < codepoints.size(); ++k) {
        stbtt_aligned_quad q;
        float x = 0, y = 0;
        stbtt_GetPackedQuad(packed.chars.data(), packed.size, packed.size, int(k), &x, &y, &q, 0);
        Glyph g;
        g.u0 = q.s0, g.v0 = q.t0, g.u1 = q.s1, g.v1 = q.t1;
        g.x0 = q.x0, g.y0 = q.y0, g.x1 = q.x1, g.y1 = q.y1;
        g.advance = packed.chars[k].xadvance;
        glyphs[std::uint32_t(codepoints[k])] = g;
    }
    return glyphs;
}

// [phase 4] Red: the glyphs. Green: the glyphs dilated by kHaloTexels (a square max filter, done
// as two separable passes), the label shader's halo in one texture read.
std::vector<unsigned char> withHalo(const std::vector<unsigned char>& pixels, int size) {
    constexpr int reach = GlyphAtlas::kHaloTexels;
    const auto at = [size](int x, int y) { return std::size_t(y) * std::size_t(size) + std::size_t(x); };
    std::vector<unsigned char> rows(pixels.size()), rg(pixels.size() * 2);
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            unsigned char m = 0;
            for (int k = std::max(0, x - reach); k <= std::min(size - 1, x + reach); ++k)
                m = std::max(m, pixels[at(k, y)]);
            rows[at(x, y)] = m;
        }
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x) {
            unsigned char m = 0;
            for (int k = std::max(0, y - reach); k <= std::min(size - 1, y + reach); ++k)
                m = std::max(m, rows[at(x, k)]);
            rg[2 * at(x, y)] = pixels[at(x, y)];
            rg[2 * at(x, y) + 1] = m;
        }
    return rg;
}

// [phase 5] Into `texture` with mipmaps; keeps the caller's texture binding.
void upload(const GlTexture& texture, const std::vector<unsigned char>& rg, int size) {
    GLint lastTexture = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &lastTexture);
    glBindTexture(GL_TEXTURE_2D, texture.id());
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RG8, size, size, 0, GL_RG, GL_UNSIGNED_BYTE, rg.data());
    glGenerateMipmap(GL_TEXTURE_2D);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAX_LEVEL, 3); // deeper levels would mix neighbouring glyphs
    glBindTexture(GL_TEXTURE_2D, GLuint(lastTexture));
}

} // namespace

bool GlyphAtlas::build(const std::vector<std::string_view>& texts, std::string& error) {
    if (m_font.empty()) {
        error = "no label font loaded";
        return false;
    }
    std::vector<int> codepoints = collectCodepoints(texts);
    PackedGlyphs packed;
    if (!rasterise(m_font, m_faceIndex, m_oversample, codepoints, packed, error)) return false;
    m_glyphs = glyphMetrics(codepoints, packed);
    if (!m_texture.isValid()) m_texture = GlTexture::create();
    upload(m_texture, withHalo(packed.pixels, packed.size), packed.size);
    m_size = packed.size;
    return true;
}

const Glyph* GlyphAtlas::glyph(std::uint32_t codepoint) const {
    const auto it = m_glyphs.find(codepoint);
    if (it != m_glyphs.end()) return &it->second;
    const auto fallback = m_glyphs.find('?');
    return fallback != m_glyphs.end() ? &fallback->second : nullptr;
}

float GlyphAtlas::width(std::string_view utf8, float pixels) const {
    float w = 0;
    for (std::size_t i = 0; i < utf8.size();)
        if (const Glyph* g = glyph(nextCodepoint(utf8, i))) w += g->advance;
    return w * pixels / kBasePixels;
}

float GlyphAtlas::lineHeight(float pixels) const {
    return m_lineGap * pixels / kBasePixels;
}

} // namespace tieline::render
