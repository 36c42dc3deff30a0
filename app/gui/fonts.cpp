// Glyph ranges from the dataset's strings, and the font atlas.
#include "gui/fonts.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tieline::gui {

namespace {

void addDatasetText(ImFontGlyphRangesBuilder& builder, const core::model::Dataset& data) {
    const auto add = [&](const std::string& s) {
        if (!s.empty()) builder.AddText(s.c_str(), s.c_str() + s.size());
    };
    add(data.meta.title);
    add(data.meta.description);
    for (const auto& a : data.actors) {
        add(a.name);
        add(a.native);
        add(a.description);
        for (const auto& v : a.variants)
            add(v);
    }
    for (const auto& t : data.tieTypes)
        add(t.label);
    for (const auto& g : data.groups)
        add(g.label);
    for (const auto& t : data.ties) {
        add(t.note);
        for (const auto& c : t.claims) {
            add(c.quote);
            add(c.note);
            add(c.locator);
        }
    }
    for (const auto& s : data.sources) {
        add(s.title);
        add(s.containerTitle);
        for (const auto& n : s.authors)
            add(n.family + n.given + n.literal);
    }
    for (const auto& e : data.events) {
        add(e.title);
        add(e.description);
    }
    for (const auto& s : data.stories) {
        add(s.title);
        for (const auto& stop : s.stops)
            add(stop.caption + stop.title);
    }
}

bool fileExists(const char* path) {
    struct stat st {};
    return ::stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

// The CJK font file mapped read-only for the life of the process: the atlas reads it in place, so
// only the pages of the tables and glyphs it builds become resident (AddFontFromFileTTF kept a
// heap copy of all 19.5 MB; issue 18). Null when it cannot be mapped.
struct MappedFile {
    void* data = nullptr;
    std::size_t size = 0;
};

const MappedFile& mappedCjkFont() {
    static const MappedFile file = [] {
        MappedFile f;
        const int fd = ::open(kCjkFontPath, O_RDONLY | O_CLOEXEC);
        if (fd < 0) return f;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
            void* p = ::mmap(nullptr, std::size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (p != MAP_FAILED) f = {p, std::size_t(st.st_size)};
        }
        ::close(fd);
        return f;
    }();
    return file;
}

} // namespace

std::string FontSet::rebuild(const core::model::Dataset* data, float pixelSize) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    if (!fileExists(kCjkFontPath)) {
        io.Fonts->AddFontDefault();
        io.Fonts->Build();
        return std::string("font ") + kCjkFontPath +
               " is missing (install fonts-noto-cjk): Hangul, Chinese and Cyrillic names will not show";
    }
    static constexpr ImWchar kExtra[] = {
        0x0100, 0x024F, // Latin Extended-A and -B (romanizations: ō, ŭ, ě)
        0x02B0, 0x02FF, // spacing modifier letters (ʼ in McCune-Reischauer)
        0x2000, 0x206F, // general punctuation (— ‘ ’ “ ” …)
        0x2190, 0x21FF, // arrows (→ ↔)
        0x2248, 0x2248, // ≈ (a provisional layout)
        0x25A0, 0x25FF, // geometric shapes (● ▶)
        0,
    };
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(io.Fonts->GetGlyphRangesDefault());
    builder.AddRanges(io.Fonts->GetGlyphRangesCyrillic());
    builder.AddRanges(kExtra);
    if (data) addDatasetText(builder, *data);
    m_ranges.clear();
    builder.BuildRanges(&m_ranges);

    ImFontConfig config;
    config.FontNo = 1; // the KR face: Hangul forms for Korean names; it covers Chinese too
    config.OversampleH = 2;
    config.OversampleV = 1;
    if (const MappedFile& font = mappedCjkFont(); font.data) {
        // ImGui copies data it does not own (touching every page): it is handed over as owned, then
        // disowned before anything could free it, so the atlas reads the mapping in place and
        // Clear() leaves it alone. The atlas never writes to font data.
        io.Fonts->AddFontFromMemoryTTF(font.data, int(font.size), pixelSize, &config, m_ranges.Data);
        io.Fonts->ConfigData.back().FontDataOwnedByAtlas = false;
    } else {
        io.Fonts->AddFontFromFileTTF(kCjkFontPath, pixelSize, &config, m_ranges.Data);
    }
    io.Fonts->Build();
    return {};
}

} // namespace tieline::gui
