// `tieline export`: a moment as PNG/SVG, or a sweep as frames, MP4 or GIF, with the bibliography,
// rendered headlessly through EGL (no display needed).
#include "cli/args.hpp"
#include "cli/cli.hpp"
#include "cli/export_deck.hpp"
#include "core/interop/dataset_files.hpp"
#include "core/layout/temporal_layout.hpp"
#include "exporter/sweep_exporter.hpp"
#include "render/offscreen_egl.hpp"

#include <cmath>
#include <ostream>
#include <unistd.h>

namespace tieline::cli {

namespace {

const std::vector<OptionSpec> kOptions = {
    {"--at", true, "DATE", "a moment: 1956, 1956-09 or 1956-09-20 (the first day it names)"},
    {"--png", true, "FILE", "write the picture as PNG"},
    {"--svg", true, "FILE", "write the picture as SVG (vectors, text as text)"},
    {"--from", true, "DATE", "a sweep's first moment (the first day DATE names)"},
    {"--to", true, "DATE", "a sweep's last moment (the last day DATE names: --to 1969 ends on 31 December)"},
    {"--fps", true, "N", "frames per second of a sweep (1 to 120; default 24)"},
    {"--seconds", true, "S", "length of a sweep in seconds (default 10); frames = fps x seconds"},
    {"--frames", true, "DIR", "write the sweep as DIR/frame-00000.png, frame-00001.png, ..."},
    {"--mp4", true, "FILE", "write the sweep as H.264 MP4 (needs ffmpeg)"},
    {"--gif", true, "FILE", "write the sweep as an animated GIF (needs ffmpeg)"},
    {"--size", true, "WxH", "picture size in pixels, each side 1 to 8192 (default 1920x1080)"},
    {"--theme", true, "NAME", "light or dark (default dark)"},
    {"--transparent", false, "", "no backdrop: transparent around the network (PNG, SVG, frames)"},
    {"--no-caption", false, "", "leave out the caption (dataset title and date)"},
    {"--no-legend", false, "", "leave out the legend (tie types, groups)"},
    {"--no-native", false, "", "leave out native-script names under the labels"},
    {"--bib", true, "F.md", "write the sources of the visible ties: F.md (Markdown) and F.json (CSL-JSON)"},
    {"--story", true, "ID|N", "a story, by id or by number (from 0), for --deck"},
    {"--deck", true, "DIR", "write the story as DIR/slide-01.png, ... and DIR/slides.md (captions, sources)"},
    {"--help", false, "", "show this help"},
};

std::string helpText() {
    return "Usage: tieline export DATASET --at DATE [--png FILE] [--svg FILE] [OPTIONS]\n"
           "       tieline export DATASET --from DATE --to DATE [--fps N] [--seconds S]\n"
           "                      (--frames DIR | --mp4 FILE | --gif FILE) [OPTIONS]\n"
           "       tieline export DATASET --story ID|N --deck DIR [OPTIONS]\n"
           "\n"
           "Exports the network as the window draws it (same renderer and shaders, supersampled), with\n"
           "a caption (dataset title and date) and a legend. Works without a display: it renders through\n"
           "EGL (Mesa's surfaceless platform). Positions come from the same layout as in the window.\n"
           "Every file is written under a temporary name and renamed into place, so a failed export\n"
           "never leaves a partial file or damages an existing one. A sweep's frames appear in DIR only\n"
           "when all are done (older frame-*.png files there are replaced). MP4 and GIF need ffmpeg.\n"
           "\n"
           "Options:\n" +
           describeOptions(kOptions) +
           "\nExamples:\n"
           "  tieline export data/korea-1955-1969.json --at 1956-09 --png kim.png --svg kim.svg --bib "
           "kim.md\n"
           "  tieline export data/korea-1955-1969.json --from 1955 --to 1969 --fps 24 --seconds 20 --mp4 "
           "sweep.mp4\n";
}

bool parseNumber(const std::string& text, double min, double max, double& out) {
    try {
        std::size_t used = 0;
        out = std::stod(text, &used);
        return used == text.size() && std::isfinite(out) && out >= min && out <= max;
    } catch (...) {
        return false;
    }
}

struct Plan {
    core::ExportOptions options;
    std::optional<core::Date> at, from, to;
    exporter::SnapshotJob snapshot;
    exporter::SweepJob sweep;
    bool isSweep = false;
    bool isDeck = false;
    std::string story, deck; // a story's id or number, resolved once the dataset is loaded
    std::size_t storyIndex = 0;
};

// Reads the options into a plan; returns a usage message, or "" when they are usable.
std::string readPlan(const ParsedArgs& parsed, Plan& plan) {
    core::ExportOptions& o = plan.options;
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
    for (const char* name : {"--at", "--from", "--to"}) {
        const auto text = parsed.value(name);
        if (!text) continue;
        const auto date = core::parseDate(*text, &why);
        if (!date) return "invalid date '" + *text + "': expected " + why;
        (std::string(name) == "--at" ? plan.at : std::string(name) == "--from" ? plan.from : plan.to) = date;
    }
    const int outputs = int(parsed.has("--frames")) + int(parsed.has("--mp4")) + int(parsed.has("--gif"));
    if (parsed.has("--story") || parsed.has("--deck")) {
        if (!parsed.has("--story") || !parsed.has("--deck"))
            return "a deck needs both --story ID|N and --deck DIR";
        if (plan.at || plan.from || plan.to || outputs > 0 || parsed.has("--png") || parsed.has("--svg") ||
            parsed.has("--bib"))
            return "--story and --deck write a deck: leave out --at, --from, --to, --png, --svg, --bib and "
                   "video options";
        plan.isDeck = true;
        plan.story = *parsed.value("--story");
        plan.deck = *parsed.value("--deck");
        return "";
    }
    plan.isSweep = plan.from || plan.to || outputs > 0 || parsed.has("--fps") || parsed.has("--seconds");
    const std::string bib = parsed.value("--bib").value_or("");
    if (!bib.empty() && (bib.size() < 4 || bib.compare(bib.size() - 3, 3, ".md") != 0))
        return "invalid --bib '" + bib +
               "': expected a Markdown file name ending in .md (the CSL-JSON goes beside it)";
    if (!plan.isSweep) {
        if (!plan.at) return "missing --at DATE (or --from and --to for a sweep)";
        if (!parsed.has("--png") && !parsed.has("--svg") && bib.empty())
            return "nothing to write: give --png, --svg or --bib";
        plan.snapshot.options = o;
        plan.snapshot.png = parsed.value("--png").value_or("");
        plan.snapshot.svg = parsed.value("--svg").value_or("");
        plan.snapshot.bibliography = bib;
        return "";
    }
    if (plan.at || parsed.has("--png") || parsed.has("--svg"))
        return "--at, --png and --svg are for one moment, not a sweep";
    if (!plan.from || !plan.to) return "a sweep needs --from DATE and --to DATE";
    if (outputs != 1) return "a sweep needs exactly one of --frames DIR, --mp4 FILE and --gif FILE";
    double fps = 24, seconds = 10;
    if (const auto v = parsed.value("--fps"); v && (!parseNumber(*v, 1, 120, fps) || fps != std::floor(fps)))
        return "invalid --fps '" + *v + "': expected a whole number from 1 to 120";
    if (const auto v = parsed.value("--seconds"); v && (!parseNumber(*v, 0.01, 3600, seconds)))
        return "invalid --seconds '" + *v + "': expected a number of seconds above 0, at most 3600";
    exporter::SweepJob& s = plan.sweep;
    s.options = o;
    s.range.fps = int(fps);
    s.range.seconds = seconds;
    s.bibliography = bib;
    s.kind = parsed.has("--frames") ? core::ExportKind::Frames
             : parsed.has("--mp4")  ? core::ExportKind::Mp4
                                    : core::ExportKind::Gif;
    s.path = *parsed.value(s.kind == core::ExportKind::Frames ? "--frames"
                           : s.kind == core::ExportKind::Mp4  ? "--mp4"
                                                              : "--gif");
    if (s.kind != core::ExportKind::Frames && o.transparent)
        return "--transparent works for PNG, SVG and --frames, not video";
    return "";
}

std::string sizeText(const core::ExportOptions& o) {
    return std::to_string(o.width) + "x" + std::to_string(o.height);
}

} // namespace

int commandExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const ParsedArgs parsed = parseArgs(args, kOptions);
    if (!parsed.error.empty()) return usageError("export", parsed.error, err);
    if (parsed.has("--help")) {
        out << helpText();
        return kExitOk;
    }
    if (parsed.positionals.size() != 1) return usageError("export", "expected exactly one DATASET", err);
    Plan plan;
    if (const std::string why = readPlan(parsed, plan); !why.empty()) return usageError("export", why, err);

    const core::LoadResult result = core::loadAnyDataset(parsed.positionals[0]);
    for (const core::Diagnostic& d : result.diagnostics.items)
        err << d.format() << "\n";
    if (!result.dataset) return kExitFailure;
    const core::Dataset& data = *result.dataset;
    const auto outside = [&](const core::Date& d, core::Time t) {
        if (t >= data.rangeBegin() && t < data.rangeEnd()) return false;
        err << "tieline export: " << d.toString() << " is outside the dataset's range ("
            << data.meta.start.toString() << " to " << data.meta.end.toString() << ")\n";
        return true;
    };
    if (plan.isDeck) {
        // Before any GL work: an unknown story is a mistake in the arguments' data, not a render failure.
        if (!resolveStory(data, plan.story, plan.storyIndex, err)) return kExitFailure;
    } else if (plan.isSweep) {
        plan.sweep.range.from = plan.from->firstDay();
        plan.sweep.range.to = plan.to->dayAfterLast() - 1;
        if (outside(*plan.from, plan.sweep.range.from) || outside(*plan.to, plan.sweep.range.to))
            return kExitFailure;
        if (plan.sweep.range.to < plan.sweep.range.from) {
            err << "tieline export: --to " << plan.to->toString() << " is before --from "
                << plan.from->toString() << "\n";
            return kExitFailure;
        }
    } else {
        plan.snapshot.at = plan.at->firstDay();
        if (outside(*plan.at, plan.snapshot.at)) return kExitFailure;
    }

    std::string error;
    const auto context = render::EglContext::create(error);
    if (!context) {
        err << "tieline export: cannot render without an OpenGL driver: " << error << "\n";
        return kExitFailure;
    }
    exporter::SnapshotRenderer renderer;
    if (!renderer.init(data, error)) {
        err << "tieline export: " << error << "\n";
        return kExitFailure;
    }
    // The same layout as the window: every keyframe, then positions at any moment between them.
    core::layout::TemporalLayout layout;
    layout.setDataset(data);
    layout.computeNow();
    if (plan.isDeck)
        return runDeckExport(data, layout, renderer, plan.options, plan.storyIndex, plan.deck, out, err);

    if (!plan.isSweep) {
        std::vector<core::Point> positions;
        layout.positionsAt(plan.snapshot.at, positions);
        if (!exporter::exportSnapshot(data, positions, plan.snapshot, renderer, error)) {
            err << "tieline export: " << error << "\n";
            return kExitFailure;
        }
        for (const std::string* path : {&plan.snapshot.png, &plan.snapshot.svg})
            if (!path->empty()) out << "wrote " << *path << " (" << sizeText(plan.options) << ")\n";
        if (!plan.snapshot.bibliography.empty())
            out << "wrote " << plan.snapshot.bibliography << " and "
                << core::cslPathFor(plan.snapshot.bibliography) << "\n";
        return kExitOk;
    }

    exporter::SweepExporter sweep;
    const auto positionsAt = [&layout](core::Time t, std::vector<core::Point>& p) {
        layout.positionsAt(t, p);
    };
    if (!sweep.begin(data, plan.sweep, positionsAt, renderer, error)) {
        err << "tieline export: " << error << "\n";
        return kExitFailure;
    }
    const bool showProgress = ::isatty(2) != 0;
    while (!sweep.finished()) {
        if (!sweep.step(error)) {
            err << (showProgress ? "\n" : "") << "tieline export: " << error << "\n";
            return kExitFailure;
        }
        if (showProgress) err << "\rframe " << sweep.stepsDone() << " of " << sweep.stepCount() << std::flush;
    }
    if (showProgress) err << "\n";
    if (!sweep.finish(error)) {
        err << "tieline export: " << error << "\n";
        return kExitFailure;
    }
    const int frames = plan.sweep.range.frameCount();
    out << "wrote " << plan.sweep.path << " (" << frames << " frames, " << sizeText(plan.options) << ", "
        << plan.sweep.range.fps << " fps)\n";
    if (!plan.sweep.bibliography.empty())
        out << "wrote " << plan.sweep.bibliography << " and " << core::cslPathFor(plan.sweep.bibliography)
            << "\n";
    return kExitOk;
}

} // namespace tieline::cli
