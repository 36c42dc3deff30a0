// `tieline export`: a moment as PNG/SVG, a sweep as frames, MP4 or GIF, or a story as a deck, with
// the bibliography, rendered headlessly through EGL (no display needed). The options become one of
// three plans; the plan is checked against the dataset, then rendered.
#include "cli/command.hpp"
#include "cli/export_deck.hpp"
#include "cli/export_plan.hpp"
#include "core/layout/temporal_layout.hpp"
#include "exporter/deck_exporter.hpp"
#include "render/offscreen_egl.hpp"

#include <csignal>
#include <ostream>
#include <signal.h>
#include <unistd.h>
#include <variant>

namespace tieline::cli {

namespace {

// [SECTION] checking the plan against the dataset, before any GL work

bool outside(const Invocation& in, const core::model::Dataset& data, const core::calendar::Date& d,
             core::calendar::Time t) {
    if (t >= data.rangeBegin() && t < data.rangeEnd()) return false;
    in.fail(outsideRange(data, d.toString()));
    return true;
}

bool fits(const Invocation& in, const core::model::Dataset& data, SnapshotPlan& plan) {
    if (plan.range) {
        const auto& [first, last] = *plan.range;
        if (outside(in, data, first, first.firstDay()) || outside(in, data, last, last.dayAfterLast() - 1))
            return false;
        if (last.dayAfterLast() <= first.firstDay()) {
            in.fail("--range ends (" + last.toString() + ") before it starts (" + first.toString() + ")");
            return false;
        }
        plan.job.window = core::calendar::rangeWindow(first.firstDay(), last.dayAfterLast() - 1);
        plan.job.at = plan.job.window.begin;
        return true;
    }
    for (const core::calendar::Date& d : plan.at)
        if (outside(in, data, d, d.firstDay())) return false;
    plan.job.at = plan.at.front().firstDay();
    plan.job.window = core::calendar::windowOf(plan.at.front());
    return true;
}

bool fits(const Invocation& in, const core::model::Dataset& data, SweepPlan& plan) {
    core::figure::SweepRange& range = plan.job.range;
    range.from = plan.from.firstDay();
    range.to = plan.to.dayAfterLast() - 1;
    if (outside(in, data, plan.from, range.from) || outside(in, data, plan.to, range.to)) return false;
    if (range.to < range.from) {
        in.fail("--to " + plan.to.toString() + " is before --from " + plan.from.toString());
        return false;
    }
    return true;
}

bool fits(const Invocation& in, const core::model::Dataset& data, DeckPlan& plan) {
    if (!resolveStory(data, plan.story, plan.storyIndex, in.err)) return false;
    const std::size_t stops = data.stories[plan.storyIndex].stops.size();
    if (plan.stop && *plan.stop >= stops) {
        in.fail("no stop " + std::to_string(*plan.stop + 1) + ": story '" +
                data.stories[plan.storyIndex].key + "' has " + std::to_string(stops) +
                " stops (numbered from 1)");
        return false;
    }
    return true;
}

// [SECTION] Ctrl-C during a sweep

// Set by the signal handler, read by the sweep's loop: the handler itself does nothing unsafe
// (no allocation, no file system), the loop cancels, which removes the staging folder.
volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void noteInterrupt(int signal) {
    g_interrupted = signal;
}

// Catches SIGINT, SIGTERM and SIGHUP while it lives; the previous handlers come back after.
class InterruptGuard {
  public:
    InterruptGuard() {
        g_interrupted = 0;
        struct sigaction action {};
        action.sa_handler = noteInterrupt;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < 3; ++i)
            ::sigaction(kSignals[i], &action, &m_previous[i]);
    }
    ~InterruptGuard() {
        for (std::size_t i = 0; i < 3; ++i)
            ::sigaction(kSignals[i], &m_previous[i], nullptr);
    }
    InterruptGuard(const InterruptGuard&) = delete;
    InterruptGuard& operator=(const InterruptGuard&) = delete;
    int signal() const { return g_interrupted; }

  private:
    static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
    struct sigaction m_previous[3]{};
};

// [SECTION] rendering a plan

struct Rendering {
    const Invocation& in;
    const core::model::Dataset& data;
    const core::layout::TemporalLayout& layout;
    exporter::SnapshotRenderer& renderer;
    const core::figure::ExportOptions& options;

    void wroteBibliography(const std::string& bib) const {
        if (!bib.empty()) in.out << "wrote " << bib << " and " << core::figure::cslPathFor(bib) << "\n";
    }

    int operator()(const SnapshotPlan& plan) const {
        std::vector<core::model::Point> positions;
        std::string error;
        if (plan.at.size() > 1) {
            exporter::PanelsJob panels;
            for (const core::calendar::Date& d : plan.at)
                panels.windows.push_back(core::calendar::windowOf(d));
            panels.columns = plan.columns;
            panels.rows = plan.rows;
            panels.options = plan.job.options;
            panels.png = plan.job.png;
            panels.svg = plan.job.svg;
            panels.bibliography = plan.job.bibliography;
            exporter::sharedPositions(
                panels.windows,
                [this](core::calendar::Time t, std::vector<core::model::Point>& p) {
                    layout.positionsAt(t, p);
                },
                positions);
            if (!exporter::exportPanels(data, positions, panels, renderer, error)) return in.fail(error);
            for (const std::string* path : {&plan.job.png, &plan.job.svg})
                if (!path->empty())
                    in.out << "wrote " << *path << " (" << sizeText(options) << ", " << plan.at.size()
                           << " panels)\n";
            wroteBibliography(plan.job.bibliography);
            return kExitOk;
        }
        if (plan.range) { // the layout at the range's middle
            layout.positionsAt(0.5 * (plan.job.window.begin + plan.job.window.end - 1), positions);
        } else {
            layout.positionsAt(plan.job.at, positions);
        }
        if (!exporter::exportSnapshot(data, positions, plan.job, renderer, error)) return in.fail(error);
        for (const std::string* path : {&plan.job.png, &plan.job.svg})
            if (!path->empty()) in.out << "wrote " << *path << " (" << sizeText(options) << ")\n";
        wroteBibliography(plan.job.bibliography);
        return kExitOk;
    }

    int operator()(const SweepPlan& plan) const {
        exporter::SweepExporter sweep;
        const auto positionsAt = [this](core::calendar::Time t, std::vector<core::model::Point>& p) {
            layout.positionsAt(t, p);
        };
        std::string error;
        const InterruptGuard interrupt;
        if (!sweep.begin(data, plan.job, positionsAt, renderer, error)) return in.fail(error);
        const bool showProgress = ::isatty(2) != 0;
        while (!sweep.finished()) {
            if (interrupt.signal()) { // Ctrl-C: the staged frames go, nothing is left behind
                sweep.cancel();
                if (showProgress) in.err << "\n";
                in.fail(std::string("interrupted (") + (interrupt.signal() == SIGINT ? "Ctrl-C" : "signal") +
                        "): nothing was written");
                return 128 + interrupt.signal();
            }
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
        if (plan.stop) {
            exporter::StopJob job{plan.storyIndex, *plan.stop, plan.png, plan.svg, options};
            std::string error;
            const auto positionsAt = [this](core::calendar::Time t, std::vector<core::model::Point>& p) {
                layout.positionsAt(t, p);
            };
            if (!exporter::exportStop(data, job, positionsAt, renderer, error)) return in.fail(error);
            for (const std::string* path : {&plan.png, &plan.svg})
                if (!path->empty()) in.out << "wrote " << *path << " (" << sizeText(options) << ")\n";
            return kExitOk;
        }
        return runDeckExport(data, layout, renderer, options, plan.storyIndex, plan.folder, in.out, in.err);
    }
};

// The latest moment a plan asks the layout for; empty: any (a story deck: every stop).
std::optional<core::calendar::Time> lastDrawn(const Plan& plan) {
    if (const auto* snapshot = std::get_if<SnapshotPlan>(&plan)) {
        core::calendar::Time last = snapshot->job.window.end;
        for (const core::calendar::Date& d : snapshot->at)
            last = std::max(last, core::calendar::Time(core::calendar::windowOf(d).end));
        return last;
    }
    if (const auto* sweep = std::get_if<SweepPlan>(&plan))
        return std::max(core::calendar::Time(core::calendar::windowOf(sweep->to).end), sweep->job.range.to);
    return std::nullopt;
}

int exportPlan(Invocation& in, ExportRequest& request, const core::model::Dataset& original) {
    // An unknown story or a date outside the range is a mistake in the arguments, not a render failure.
    if (!std::visit([&](auto& plan) { return fits(in, original, plan); }, request.plan)) return kExitFailure;
    // The picture shows the merged view: the dataset's merges (unless --no-merges), --merge, --collapse.
    core::scene::ViewMerges view;
    if (const std::string why = resolveView(original, request.view, true, view); !why.empty())
        return in.fail(why);
    const core::model::Dataset data = core::scene::mergedDataset(original, view);

    std::string error;
    const auto context = render::EglContext::create(error);
    if (!context) return in.fail("cannot render without an OpenGL driver: " + error);
    exporter::SnapshotRenderer renderer;
    if (!renderer.init(data, error)) return in.fail(error);
    // The same layout as the window, computed only up to the last date the plan draws (each
    // keyframe warm-starts from the one before, so the positions are those of the whole chain).
    core::layout::TemporalLayout layout;
    layout.setParams(request.layout);
    layout.setDataset(data);
    if (const std::optional<core::calendar::Time> last = lastDrawn(request.plan))
        layout.computeUntil(*last);
    else
        layout.computeNow();
    return std::visit(Rendering{in, data, layout, renderer, request.options}, request.plan);
}

} // namespace

const Command& exportCommand() {
    static const Command command{
        "export",
        "DATASET --at DATE[,DATE...] [--grid CxR] [--png FILE] [--svg FILE] [OPTIONS]\n"
        "       tieline export DATASET --range D1..D2 [--png FILE] [--svg FILE] [OPTIONS]\n"
        "       tieline export DATASET --from DATE --to DATE [--fps N] [--seconds S]\n"
        "                      (--frames DIR | --mp4 FILE | --gif FILE) [OPTIONS]\n"
        "       tieline export DATASET --story ID|N --deck DIR [OPTIONS]\n"
        "       tieline export DATASET --story ID|N --stop K [--png FILE] [--svg FILE] [OPTIONS]",
        "PNG, SVG, frames, MP4 or GIF of the network, with caption, legend and sources",
        "Exports the network as the window draws it (same renderer and shaders, supersampled), with\n"
        "a caption (dataset title and date) and a legend. Works without a display: it renders through\n"
        "EGL (Mesa's surfaceless platform). Positions come from the same layout as in the window.\n"
        "A picture is true to its date: at a day it draws exactly the ties `tieline snapshot` reports\n"
        "for that day; at a month or a year (1956-09, 1956) what is true at any time in it, and the\n"
        "caption names the period (\"September 1956\"). --range D1..D2 draws everything active in\n"
        "the range, ties true for only part of it paler. Several --at dates make small multiples:\n"
        "one picture, a panel per date on one shared layout, each captioned with its date.\n"
        "Every file is written under a temporary name and renamed into place, so a failed export\n"
        "never leaves a partial file or damages an existing one. A sweep's frames appear in DIR only\n"
        "when all are done (older frame-*.png files there are replaced). MP4 and GIF need ffmpeg.\n",
        "\nExamples:\n"
        "  tieline export data/korea-1955-1969.json --at 1956-09 --png kim.png --svg kim.svg --bib kim.md\n"
        "  tieline export data/korea-1955-1969.json --at 1955-06,1956-09-20,1961-07-11,1969-10 --png "
        "four.png\n"
        "  tieline export data/korea-1955-1969.json --range 1956-08..1956-10 --svg crisis.svg\n"
        "  tieline export data/korea-1955-1969.json --from 1955 --to 1969 --fps 24 --seconds 20 --mp4 "
        "sweep.mp4\n",
        exportOptions(),
        {1, 1, "expected exactly one DATASET"},
        [](Invocation& in) { return withDataset(in, readExportRequest, exportPlan); },
    };
    return command;
}

} // namespace tieline::cli
