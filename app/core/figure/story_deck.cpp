// Story decks: slide layout (the caption band) and the Markdown of captions and sources.
#include "core/figure/story_deck.hpp"

#include "core/scene/hulls.hpp"
#include "core/scene/stretch.hpp"

#include "core/figure/bibliography.hpp"
#include "core/model/citation.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::core::figure {

namespace {

// Sizes at the reference picture size (times the frame's pixel scale), in output pixels.
constexpr double kMargin = 20, kPad = 14, kGap = 6;
constexpr float kTitlePixels = 24, kCaptionPixels = 16;
constexpr std::size_t kMaxCaptionLines = 8;

std::string markdownText(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out += ' ';
            continue;
        }
        if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string tieLabel(const model::Dataset& data, const model::Tie& tie) {
    const model::TieType& type = data.tieType(tie.type);
    const char* link = data.isDirected(tie) ? " \xE2\x86\x92 " : " \xE2\x80\x93 "; // → or –
    return markdownText(data.actor(tie.from).name) + link + markdownText(data.actor(tie.to).name) + " (" +
           markdownText(type.label.empty() ? type.key : type.label) + ")";
}

OverlayText textLine(std::string text, double x, double baseline, float pixels, scene::Rgba color) {
    OverlayText t;
    t.text = std::move(text);
    t.x = x;
    t.baseline = baseline;
    t.pixels = pixels;
    t.color = color;
    t.halo = false;
    return t;
}

void keepAboveBand(scene::Scene& scene, ExportFrame& frame, const FontMetrics& metrics, double limit);

} // namespace

calendar::Time slideTime(const model::Dataset& data, const model::StoryStop& stop) {
    const double t = stop.date.firstDay();
    return std::clamp(t, double(data.rangeBegin()),
                      std::max(double(data.rangeBegin()), double(data.rangeEnd()) - 1.0));
}

calendar::Window slideWindow(const model::Dataset& data, const model::StoryStop& stop) {
    return calendar::windowAt(slideTime(data, stop), stop.date.precision());
}

std::string slideFileName(std::size_t index, std::size_t count) {
    std::string number = std::to_string(index + 1);
    const std::size_t width = std::max<std::size_t>(2, std::to_string(count).size());
    if (number.size() < width) number.insert(0, width - number.size(), '0');
    return "slide-" + number + ".png";
}

std::vector<std::string> wrapText(const std::string& text, const scene::TextMeasure& measure, float pixels,
                                  double maxWidth) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line;
        std::size_t word = start;
        while (word < end) {
            std::size_t next = text.find(' ', word);
            if (next == std::string::npos || next > end) next = end;
            const std::string piece = text.substr(word, next - word);
            const std::string candidate = line.empty() ? piece : line + " " + piece;
            if (!line.empty() && measure.width(candidate, pixels) > maxWidth) {
                lines.push_back(line);
                line = piece;
            } else {
                line = candidate;
            }
            word = next + 1;
        }
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

void layoutSlideFrame(const model::Dataset& data, scene::Scene& scene, const ExportOptions& options,
                      const FontMetrics& metrics, const model::Story& story, std::size_t stopIndex,
                      ExportFrame& frame) {
    // First the picture as it would be without a stretch (what the stretched one must not shrink).
    ExportOptions unstretched = options;
    if (!options.view && !options.stretch) unstretched.stretch = scene::Stretch{};
    layoutExportFrame(data, scene, unstretched, metrics, frame);
    if (stopIndex >= story.stops.size()) return;
    const model::StoryStop& stop = story.stops[stopIndex];
    const double u = frame.pixelScale, w = frame.width, h = frame.height;
    if (options.caption && !frame.overlay.texts.empty())
        frame.overlay.texts.front().text = story.title + "  \xC2\xB7  " + std::to_string(stopIndex + 1) +
                                           " of " + std::to_string(story.stops.size());

    // The band: the stop's title, then its caption wrapped to the band's width.
    const double margin = kMargin * u, pad = kPad * u, textWidth = w - 2 * margin - 2 * pad;
    const float titlePixels = float(kTitlePixels * u), captionPixels = float(kCaptionPixels * u);
    std::vector<std::string> lines = stop.caption.empty()
                                         ? std::vector<std::string>{}
                                         : wrapText(stop.caption, metrics, captionPixels, textWidth);
    if (lines.size() > kMaxCaptionLines) {
        lines.resize(kMaxCaptionLines);
        lines.back() += " \xE2\x80\xA6";
    }
    const std::string title =
        stop.title.empty() ? calendar::windowCaption(slideWindow(data, stop)) : stop.title;
    const double height =
        2 * pad + metrics.lineHeight(titlePixels) +
        (lines.empty() ? 0.0 : kGap * u + metrics.lineHeight(captionPixels) * double(lines.size()));
    OverlayPanel band = styledPanel(scene.style, u, 0.9f);
    band.x0 = margin, band.x1 = w - margin, band.y1 = h - margin, band.y0 = band.y1 - height;
    frame.overlay.panels.push_back(band);
    double y = band.y0 + pad;
    frame.overlay.texts.push_back(
        textLine(title, margin + pad, y + metrics.ascent(titlePixels), titlePixels, scene.style.text));
    y += metrics.lineHeight(titlePixels) + kGap * u;
    scene::Rgba captionColor = scene.style.text;
    captionColor.a = 0.86f;
    for (const std::string& line : lines) {
        frame.overlay.texts.push_back(
            textLine(line, margin + pad, y + metrics.ascent(captionPixels), captionPixels, captionColor));
        y += metrics.lineHeight(captionPixels);
    }

    // Keep the network above the band: zoom out about the top of what is drawn until it fits.
    if (options.view || scene.nodes.empty()) {
        placeExportLabels(scene, frame, metrics);
        return;
    }
    // The network fitted again into the room above the band, stretched, then kept above it; or into
    // the whole area, stretched; unless either leaves the discs smaller than the unstretched picture
    // zoomed out to keep above the band.
    const double limit = band.y0 - margin * 0.5;
    keepAboveBand(scene, frame, metrics, limit);
    if (!frame.area.empty && !options.stretch && limit - frame.area.minY > 0.3 * h) {
        const scene::Camera plain = frame.camera;
        const double reference = plain.zoom * (1 - 1e-9);
        const scene::Bounds whole = frame.area;
        const auto fitted = [&](const scene::Bounds& a) {
            fitNetworkInto(data, scene, options, metrics, a, frame);
            keepAboveBand(scene, frame, metrics, limit);
            return frame.camera.zoom;
        };
        scene::Bounds room = whole;
        room.maxY = std::min(room.maxY, limit);
        if (fitted(room) < reference && fitted(whole) < reference) {
            const bool hulls = !scene.hulls.empty();
            scene::restretchScene(scene, {});
            if (hulls) scene::addGroupHulls(data, scene);
            frame.camera = plain;
        }
    }
    // Every guaranteed label (the stop's focus among them) placed, the band an obstacle.
    scene::Bounds area;
    const model::Point lo = frame.camera.toScreen({scene.bounds.minX, scene.bounds.minY});
    const model::Point hi = frame.camera.toScreen({scene.bounds.maxX, scene.bounds.maxY});
    area.add(lo.x, lo.y);
    area.add(hi.x, hi.y);
    nudgeForLabels(scene, frame, metrics, area);
}

namespace {

void keepAboveBand(scene::Scene& scene, ExportFrame& frame, const FontMetrics& metrics, double limit) {
    // The framed network (scene.bounds: isolates far off do not count) and its labels.
    const model::Point lo = frame.camera.toScreen({scene.bounds.minX, scene.bounds.minY});
    const model::Point hi = frame.camera.toScreen({scene.bounds.maxX, scene.bounds.maxY});
    const double top = lo.y, left = lo.x, right = hi.x;
    double bottom = hi.y;
    placeExportLabels(scene, frame, metrics);
    for (const scene::SceneLabel& l : scene.labels)
        if (l.visible && l.boxX1 > left && l.boxX0 < right) bottom = std::max(bottom, double(l.boxY1));
    if (bottom <= limit || bottom <= top) return;
    const double factor = std::max(0.2, (limit - top) / (bottom - top));
    frame.camera.zoomAt({(left + right) * 0.5, top}, factor);
}

} // namespace

std::string deckMarkdown(const model::Dataset& data, const model::Story& story,
                         const std::vector<DeckSlide>& slides) {
    std::string md = "# " + markdownText(story.title) + "\n\n";
    if (!story.description.empty()) md += markdownText(story.description) + "\n\n";
    md += "From *" + markdownText(data.meta.title) + "*, " + std::to_string(slides.size()) + " slides.";
    if (!data.meta.citation.empty()) md += " Cite as: " + markdownText(data.meta.citation);
    md += "\n";
    for (std::size_t i = 0; i < slides.size() && i < story.stops.size(); ++i) {
        const model::StoryStop& stop = story.stops[i];
        const std::string title = stop.title.empty() ? "Stop " + std::to_string(i + 1) : stop.title;
        md += "\n## " + std::to_string(i + 1) + ". " + markdownText(title) + "\n\n";
        md += "*" + calendar::windowCaption(slideWindow(data, stop)) + "*\n\n";
        md += "![" + markdownText(title) + "](" + slides[i].file + ")\n\n";
        if (!stop.caption.empty()) md += markdownText(stop.caption) + "\n\n";
        const std::vector<model::SourceId> sources = sourcesOfTies(data, slides[i].ties);
        if (sources.empty()) {
            md += "No tie on this slide cites a source.\n";
            continue;
        }
        md += "Sources of the ties on this slide:\n\n";
        for (model::SourceId id : sources) {
            md += "- " + markdownText(formatCitation(data.source(id)));
            std::string supports;
            for (std::size_t t = 0; t < slides[i].ties.size() && t < data.ties.size(); ++t) {
                if (!slides[i].ties[t]) continue;
                const model::Tie& tie = data.ties[t];
                std::string locators;
                bool cites = false;
                for (const model::Claim& c : tie.claims) {
                    if (c.source != id) continue;
                    cites = true;
                    const std::string locator = markdownText(c.locator);
                    if (!locator.empty() &&
                        (", " + locators + ",").find(", " + locator + ",") == std::string::npos)
                        locators += (locators.empty() ? "" : ", ") + locator; // each locator once
                }
                if (cites)
                    supports += (supports.empty() ? "" : "; ") + tieLabel(data, tie) +
                                (locators.empty() ? "" : ", " + locators);
            }
            md += " \xE2\x80\x94 " + supports + "\n";
        }
    }
    return md;
}

} // namespace tieline::core::figure
