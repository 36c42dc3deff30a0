// `tieline export`: a moment as PNG/SVG, a sweep as frames, MP4 or GIF, or a story as a deck, with
// the bibliography, rendered headlessly through EGL (no display needed). The options become one of
// three plans; the plan is checked against the dataset, then rendered.
#include "cli/command.hpp"
#include "cli/export_deck.hpp"
#include "commands/numbers.hpp"
#include "core/layout/temporal_layout.hpp"
#include "exporter/sweep_exporter.hpp"
#include "render/offscreen_egl.hpp"

#include <cmath>
#include <ostream>
#include <sstream>
#include <unistd.h>
#include <variant>

namespace tieline::cli {

namespace {

// [SECTION] plans: what the options ask for
struct SnapshotPlan {
    core::Date at;
    exporter::SnapshotJob job;
};
struct SweepPlan {
    core::Date from, to;
    exporter::SweepJob job;
};
struct DeckPlan {
    std::string story; // an id or a number, resolved once the dataset is loaded
    std::string folder;
    std::size_t storyIndex = 0;
};
using Plan = std::variant<SnapshotPlan, SweepPlan, DeckPlan>;

struct Request {
    core::ExportOptions options; // the picture: size, theme, what it shows
    std::optional<core::Date> at, from, to;
    std::string bibliography;
    Plan plan;
};

std::string sizeText(const core::ExportOptions& o) {
    return std::to_string(o.width) + "x" + std::to_string(o.height);
}

std::vector<OptionSpec> exportOptions() {
    const core::ExportOptions picture;
    const core::SweepRange sweep;
    std::ostringstream seconds;
    seconds << sweep.seconds;
    return {
        {"--at", true, "DATE", "a moment: 1956, 1956-09 or 1956-09-20 (the first day it names)"},
        {"--png", true, "FILE", "write the picture as PNG"},
        {"--svg", true, "FILE", "write the picture as SVG (vectors, text as text)"},
        {"--from", true, "DATE", "a sweep's first moment (the first day DATE names)"},
        {"--to", true, "DATE",
         "a sweep's last moment (the last day DATE names: --to 1969 ends on 31 December)"},
        {"--fps", true, "N",
         "frames per second of a sweep (1 to 120; default " + std::to_string(sweep.fps) + ")"},
        {"--seconds", true, "S",
         "length of a sweep in seconds (default " + seconds.str() + "); frames = fps x seconds"},
        {"--frames", true, "DIR", "write the sweep as DIR/frame-00000.png, frame-00001.png, ..."},
        {"--mp4", true, "FILE", "write the sweep as H.264 MP4 (needs ffmpeg)"},
        {"--gif", true, "FILE", "write the sweep as an animated GIF (needs ffmpeg)"},
        {"--size", true, "WxH",
         "picture size in pixels, each side 1 to 8192 (default " + sizeText(picture) + ")"},
        {"--theme", true, "NAME",
         std::string("light or dark (default ") + (picture.dark ? "dark" : "light") + ")"},
        {"--transparent", false, "", "no backdrop: transparent around the network (PNG, SVG, frames)"},
        {"--no-caption", false, "", "leave out the caption (dataset title and date)"},
        {"--no-legend", false, "", "leave out the legend (tie types, groups)"},
        {"--no-native", false, "", "leave out native-script names under the labels"},
        {"--bib", true, "F.md",
         "write the sources of the visible ties: F.md (Markdown) and F.json (CSL-JSON)"},
        {"--story", true, "ID|N", "a story, by id or by number (from 0), for --deck"},
        {"--deck", true, "DIR",
         "write the story as DIR/slide-01.png, ... and DIR/slides.md (captions, sources)"},
    };
}

// [SECTION] reading the options: each returns a usage message, or "" when they are usable

std::string readPicture(const ParsedArgs& parsed, core::ExportOptions& o) {
    std::string why;
    if (const auto size = parsed.value("--size"))
        if (!core::parseExportSize(*size, o.width, o.height, why)) return why;
    if (const auto theme = parsed.value("--theme")) {
        if (*theme != "light" && *theme != "dark")
            return "invalid --theme '" + *theme + "': expected light or dark";
        o.dark = *theme == "dark";
    }
    o.transparent = parsed.has("--transparent");
    o.caption = !parsed.has("--no-caption");
    o.legend = !parsed.has("--no-legend");
    o.showNative = !parsed.has("--no-native");
    return "";
}

std::string readDates(const ParsedArgs& parsed, Request& r) {
    for (auto [name, date] :
         {std::pair{"--at", &r.at}, std::pair{"--from", &r.from}, std::pair{"--to", &r.to}}) {
        const auto text = parsed.value(name);
        if (!text) continue;
        std::string why;
        *date = core::parseDate(*text, &why);
        if (!*date) return "invalid date '" + *text + "': expected " + why;
    }
    return "";
}

int videoOutputs(const ParsedArgs& parsed) {
    return int(parsed.has("--frames")) + int(parsed.has("--mp4")) + int(parsed.has("--gif"));
}

std::string readDeck(const ParsedArgs& parsed, Request& r) {
    if (!parsed.has("--story") || !parsed.has("--deck"))
        return "a deck needs both --story ID|N and --deck DIR";
    if (r.at || r.from || r.to || videoOutputs(parsed) > 0 || parsed.has("--png") || parsed.has("--svg") ||
        parsed.has("--bib"))
        return "--story and --deck write a deck: leave out --at, --from, --to, --png, --svg, --bib and "
               "video options";
    r.plan = DeckPlan{*parsed.value("--story"), *parsed.value("--deck")};
    return "";
}

std::string readSnapshot(const ParsedArgs& parsed, Request& r) {
    if (!r.at) return "missing --at DATE (or --from and --to for a sweep)";
    if (!parsed.has("--png") && !parsed.has("--svg") && r.bibliography.empty())
        return "nothing to write: give --png, --svg or --bib";
    SnapshotPlan plan{*r.at, {}};
    plan.job.options = r.options;
    plan.job.png = parsed.value("--png").value_or("");
    plan.job.svg = parsed.value("--svg").value_or("");
    plan.job.bibliography = r.bibliography;
    r.plan = plan;
    return "";
}

std::string readSweep(const ParsedArgs& parsed, Request& r) {
    if (r.at || parsed.has("--png") || parsed.has("--svg"))
        return "--at, --png and --svg are for one moment, not a sweep";
    if (!r.from || !r.to) return "a sweep needs --from DATE and --to DATE";
    if (videoOutputs(parsed) != 1)
        return "a sweep needs exactly one of --frames DIR, --mp4 FILE and --gif FILE";
    SweepPlan plan{*r.from, *r.to, {}};
    exporter::SweepJob& s = plan.job;
    if (const auto v = parsed.value("--fps")) {
        const auto fps = commands::parseWhole(*v, 1, 120);
        if (!fps) return "invalid --fps '" + *v + "': expected a whole number from 1 to 120";
        s.range.fps = int(*fps);
    }
    if (const auto v = parsed.value("--seconds")) {
        const auto seconds = commands::parseReal(*v, 0.01, 3600);
        if (!seconds)
            return "invalid --seconds '" + *v + "': expected a number of seconds above 0, at most 3600";
        s.range.seconds = *seconds;
    }
    s.options = r.options;
    s.bibliography = r.bibliography;
    s.kind = parsed.has("--frames") ? core::ExportKind::Frames
             : parsed.has("--mp4")  ? core::ExportKind::Mp4
                                    : core::ExportKind::Gif;
    s.path = *parsed.value(s.kind == core::ExportKind::Frames ? "--frames"
                           : s.kind == core::ExportKind::Mp4  ? "--mp4"
                                                              : "--gif");
    if (s.kind != core::ExportKind::Frames && r.options.transparent)
        return "--transparent works for PNG, SVG and --frames, not video";
    r.plan = plan;
    return "";
}

std::string readRequest(const ParsedArgs& parsed, Request& r) {
    if (std::string why = readPicture(parsed, r.options); !why.empty()) return why;
    if (std::string why = readDates(parsed, r); !why.empty()) return why;
    if (parsed.has("--story") || parsed.has("--deck")) return readDeck(parsed, r);
    r.bibliography = parsed.value("--bib").value_or("");
    const std::string& bib = r.bibliography;
    const bool sweep =
        r.from || r.to || videoOutputs(parsed) > 0 || parsed.has("--fps") || parsed.has("--seconds");
    if (!bib.empty() && (bib.size() < 4 || bib.compare(bib.size() - 3, 3, ".md") != 0))
        return "invalid --bib '" + bib +
               "': expected a Markdown file name ending in .md (the CSL-JSON goes beside it)";
    return sweep ? readSweep(parsed, r) : readSnapshot(parsed, r);
}

// [SECTION] checking the plan against the dataset, before any GL work

bool outside(const Invocation& in, const core::Dataset& data, const core::Date& d, core::Time t) {
    if (t >= data.rangeBegin() && t < data.rangeEnd()) return false;
    in.fail(outsideRange(data, d.toString()));
    return true;
}

bool fits(const Invocation& in, const core::Dataset& data, SnapshotPlan& plan) {
    plan.job.at = plan.at.firstDay();
    return !outside(in, data, plan.at, plan.job.at);
}

bool fits(const Invocation& in, const core::Dataset& data, SweepPlan& plan) {
    core::SweepRange& range = plan.job.range;
    range.from = plan.from.firstDay();
    range.to = plan.to.dayAfterLast() - 1;
    if (outside(in, data, plan.from, range.from) || outside(in, data, plan.to, range.to)) return false;
    if (range.to < range.from) {
        in.fail("--to " + plan.to.toString() + " is before --from " + plan.from.toString());
        return false;
    }
    return true;
}

bool fits(const Invocation& in, const core::Dataset& data, DeckPlan& plan) {
    return resolveStory(data, plan.story, plan.storyIndex, in.err);
}

// [SECTION] rendering a plan

struct Rendering {
    const Invocation& in;
    const core::Dataset& data;
    const core::layout::TemporalLayout& layout;
    exporter::SnapshotRenderer& renderer;
    const core::ExportOptions& options;

    void wroteBibliography(const std::string& bib) const {
        if (!bib.empty()) in.out << "wrote " << bib << " and " << core::cslPathFor(bib) << "\n";
    }

    int operator()(const SnapshotPlan& plan) const {
        std::vector<core::Point> positions;
        layout.positionsAt(plan.job.at, positions);
        std::string error;
        if (!exporter::exportSnapshot(data, positions, plan.job, renderer, error)) return in.fail(error);
        for (const std::string* path : {&plan.job.png, &plan.job.svg})
            if (!path->empty()) in.out << "wrote " << *path << " (" << sizeText(options) << ")\n";
        wroteBibliography(plan.job.bibliography);
        return kExitOk;
    }

    int operator()(const SweepPlan& plan) const {
        exporter::SweepExporter sweep;
        const auto positionsAt = [this](core::Time t, std::vector<core::Point>& p) {
            layout.positionsAt(t, p);
        };
        std::string error;
        if (!sweep.begin(data, plan.job, positionsAt, renderer, error)) return in.fail(error);
        const bool showProgress = ::isatty(2) != 0;
        while (!sweep.finished()) {
            if (!sweep.step(error)) {
                if (showProgress) in.err << "\n";
                return in.fail(error);
            }
            if (showProgress)
                in.err << "\rframe " << sweep.stepsDone() << " of " << sweep.stepCount() << std::flush;
        }
        if (showProgress) in.err << "\n";
        if (!sweep.finish(error)) return in.fail(error);
        in.out << "wrote " << plan.job.path << " (" << plan.job.range.frameCount() << " frames, "
               << sizeText(options) << ", " << plan.job.range.fps << " fps)\n";
        wroteBibliography(plan.job.bibliography);
        return kExitOk;
    }

    int operator()(const DeckPlan& plan) const {
        return runDeckExport(data, layout, renderer, options, plan.storyIndex, plan.folder, in.out, in.err);
    }
};

int exportPlan(Invocation& in, Request& request, const core::Dataset& data) {
    // An unknown story or a date outside the range is a mistake in the arguments, not a render failure.
    if (!std::visit([&](auto& plan) { return fits(in, data, plan); }, request.plan)) return kExitFailure;

    std::string error;
    const auto context = render::EglContext::create(error);
    if (!context) return in.fail("cannot render without an OpenGL driver: " + error);
    exporter::SnapshotRenderer renderer;
    if (!renderer.init(data, error)) return in.fail(error);
    // The same layout as the window: every keyframe, then positions at any moment between them.
    core::layout::TemporalLayout layout;
    layout.setDataset(data);
    layout.computeNow();
    return std::visit(Rendering{in, data, layout, renderer, request.options}, request.plan);
}

} // namespace

const Command& exportCommand() {
    static const Command command{
        "export",
        "DATASET --at DATE [--png FILE] [--svg FILE] [OPTIONS]\n"
        "       tieline export DATASET --from DATE --to DATE [--fps N] [--seconds S]\n"
        "                      (--frames DIR | --mp4 FILE | --gif FILE) [OPTIONS]\n"
        "       tieline export DATASET --story ID|N --deck DIR [OPTIONS]",
        "PNG, SVG, frames, MP4 or GIF of the network, with caption, legend and sources",
        "Exports the network as the window draws it (same renderer and shaders, supersampled), with\n"
        "a caption (dataset title and date) and a legend. Works without a display: it renders through\n"
        "EGL (Mesa's surfaceless platform). Positions come from the same layout as in the window.\n"
        "Every file is written under a temporary name and renamed into place, so a failed export\n"
        "never leaves a partial file or damages an existing one. A sweep's frames appear in DIR only\n"
        "when all are done (older frame-*.png files there are replaced). MP4 and GIF need ffmpeg.\n",
        "\nExamples:\n"
        "  tieline export data/korea-1955-1969.json --at 1956-09 --png kim.png --svg kim.svg --bib kim.md\n"
        "  tieline export data/korea-1955-1969.json --from 1955 --to 1969 --fps 24 --seconds 20 --mp4 "
        "sweep.mp4\n",
        exportOptions(),
        {1, 1, "expected exactly one DATASET"},
        [](Invocation& in) { return withDataset(in, readRequest, exportPlan); },
    };
    return command;
}

} // namespace tieline::cli
