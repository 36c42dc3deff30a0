// Reading `tieline export`'s options into a plan.
#include "cli/export_plan.hpp"
#include "commands/arrange_option.hpp"

#include "commands/numbers.hpp"

#include <sstream>

namespace tieline::cli {

using commands::OptionSpec;
using commands::ParsedArgs;

std::string sizeText(const core::figure::ExportOptions& o) {
    return std::to_string(o.width) + "x" + std::to_string(o.height);
}

std::vector<OptionSpec> exportOptions() {
    const core::figure::ExportOptions picture;
    const core::figure::SweepRange sweep;
    std::ostringstream seconds;
    seconds << sweep.seconds;
    std::vector<OptionSpec> rows{
        {"--at", true, "DATE[,DATE...]",
         "the date shown: 1956-09-20 (that day), 1956-09 or 1956 (any time in it); several dates, "
         "comma-separated, make one picture with a panel each"},
        {"--range", true, "D1..D2",
         "everything active at any time from D1 to D2 (each tie at its greatest strength; ties true "
         "for only part of it paler)"},
        {"--grid", true, "CxR", "the panels' grid for several --at dates (default: from the count and size)"},
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
        {"--label-scale", true, "S", "label text size times S, 0.5 to 3 (default 1; 1.5 for a lecture hall)"},
        {"--hide-untied", false, "", "hide actors with no tie shown at the date (isolates)"},
        {"--bib", true, "F.md",
         "write the sources of the visible ties: F.md (Markdown) and F.json (CSL-JSON)"},
        {"--bib-kinds", true, "K,K",
         "list only sources of these kinds in --bib: archive, scholarship, memoir, press, reference, "
         "popular, unknown (default all)"},
        {"--archival-only", false, "", "show only ties with a claim citing an archival document"},
        commands::arrangeOptionSpec(),
        {"--story", true, "ID|N", "a story, by id or by number (from 0), for --deck or --stop"},
        {"--stop", true, "K", "with --story: that stop's slide (from 1) as --png and/or --svg"},
        {"--deck", true, "DIR",
         "write the story as DIR/slide-01.png, ... and DIR/slides.md (captions, sources)"},
    };
    for (OptionSpec& row : viewOptions(true, true))
        rows.push_back(std::move(row));
    return rows;
}

namespace {

// Each returns a usage message, or "" when the options are usable.
std::string readPicture(const ParsedArgs& parsed, core::figure::ExportOptions& o) {
    std::string why;
    if (const auto size = parsed.value("--size"))
        if (!core::figure::parseExportSize(*size, o.width, o.height, why)) return why;
    if (const auto theme = parsed.value("--theme")) {
        if (*theme != "light" && *theme != "dark")
            return "invalid --theme '" + *theme + "': expected light or dark";
        o.dark = *theme == "dark";
    }
    o.transparent = parsed.has("--transparent");
    o.caption = !parsed.has("--no-caption");
    o.legend = !parsed.has("--no-legend");
    o.showNative = !parsed.has("--no-native");
    if (const auto v = parsed.value("--label-scale")) {
        const auto scale = commands::parseReal(*v, 0.5, 3.0);
        if (!scale) return "invalid --label-scale '" + *v + "': expected a number from 0.5 to 3";
        o.labelScale = float(*scale);
    }
    o.filter.hideUntied = parsed.has("--hide-untied");
    o.filter.archivalOnly = parsed.has("--archival-only");
    if (const auto kinds = parsed.value("--bib-kinds")) {
        if (!parsed.has("--bib")) return "--bib-kinds narrows a bibliography: give --bib F.md too";
        if (!core::model::parseEvidenceList(*kinds, o.bibKinds, why))
            return "invalid --bib-kinds '" + *kinds + "': " + why;
    }
    return "";
}

std::string readDateList(const std::string& text, std::vector<core::calendar::Date>& out) {
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        const std::string piece =
            text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        std::string why;
        const auto date = core::calendar::parseDate(piece, &why);
        if (!date) return "invalid date '" + piece + "': expected " + why;
        out.push_back(*date);
        if (comma == std::string::npos) return "";
        start = comma + 1;
    }
}

std::string readDates(const ParsedArgs& parsed, ExportRequest& r) {
    if (const auto text = parsed.value("--at")) {
        if (const std::string why = readDateList(*text, r.atList); !why.empty()) return why;
        r.at = r.atList.front();
    }
    if (const auto text = parsed.value("--range")) {
        const std::size_t dots = text->find("..");
        if (dots == std::string::npos)
            return "invalid --range '" + *text + "': expected D1..D2 (1956-08..1956-10)";
        std::string why;
        const auto first = core::calendar::parseDate(text->substr(0, dots), &why);
        if (!first) return "invalid date '" + text->substr(0, dots) + "': expected " + why;
        const auto last = core::calendar::parseDate(text->substr(dots + 2), &why);
        if (!last) return "invalid date '" + text->substr(dots + 2) + "': expected " + why;
        r.range = std::pair{*first, *last};
    }
    for (auto [name, date] : {std::pair{"--from", &r.from}, std::pair{"--to", &r.to}}) {
        const auto text = parsed.value(name);
        if (!text) continue;
        std::string why;
        *date = core::calendar::parseDate(*text, &why);
        if (!*date) return "invalid date '" + *text + "': expected " + why;
    }
    return "";
}

int videoOutputs(const ParsedArgs& parsed) {
    return int(parsed.has("--frames")) + int(parsed.has("--mp4")) + int(parsed.has("--gif"));
}

std::string readDeck(const ParsedArgs& parsed, ExportRequest& r) {
    if (parsed.has("--stop")) {
        if (!parsed.has("--story")) return "--stop K needs --story ID|N";
        if (parsed.has("--deck")) return "give --deck DIR (every stop) or --stop K (one), not both";
        if (r.at || r.range || r.from || r.to || videoOutputs(parsed) > 0 || parsed.has("--bib"))
            return "--story and --stop write one slide: leave out --at, --range, --from, --to, --bib and "
                   "video options";
        if (!parsed.has("--png") && !parsed.has("--svg"))
            return "nothing to write: give --png, --svg or both";
        const std::string text = *parsed.value("--stop");
        const auto k = commands::parseWhole(text, 1, 100000);
        if (!k) return "invalid --stop '" + text + "': expected a stop number from 1";
        DeckPlan plan{*parsed.value("--story"), "", 0, std::size_t(*k - 1), {}, {}};
        plan.png = parsed.value("--png").value_or("");
        plan.svg = parsed.value("--svg").value_or("");
        r.plan = plan;
        return "";
    }
    if (!parsed.has("--story") || !parsed.has("--deck"))
        return "a deck needs both --story ID|N and --deck DIR";
    if (r.at || r.range || r.from || r.to || videoOutputs(parsed) > 0 || parsed.has("--png") ||
        parsed.has("--svg") || parsed.has("--bib"))
        return "--story and --deck write a deck: leave out --at, --range, --from, --to, --png, --svg, --bib "
               "and video options";
    r.plan = DeckPlan{*parsed.value("--story"), *parsed.value("--deck")};
    return "";
}

std::string readSnapshot(const ParsedArgs& parsed, ExportRequest& r) {
    if (!r.at && !r.range) return "missing --at DATE (or --range D1..D2, or --from and --to for a sweep)";
    if (r.at && r.range) return "give --at DATE or --range D1..D2, not both";
    if (!parsed.has("--png") && !parsed.has("--svg") && r.bibliography.empty())
        return "nothing to write: give --png, --svg or --bib";
    SnapshotPlan plan;
    plan.at = r.atList;
    plan.range = r.range;
    if (const auto grid = parsed.value("--grid")) {
        if (r.atList.size() < 2) return "--grid is for several --at dates (small multiples)";
        std::string why;
        if (!core::figure::parsePanelGrid(*grid, plan.columns, plan.rows, why)) return why;
        if (std::size_t(plan.columns * plan.rows) < r.atList.size())
            return "--grid " + *grid + " has " + std::to_string(plan.columns * plan.rows) + " panels for " +
                   std::to_string(r.atList.size()) + " dates";
    }
    plan.job.options = r.options;
    plan.job.png = parsed.value("--png").value_or("");
    plan.job.svg = parsed.value("--svg").value_or("");
    plan.job.bibliography = r.bibliography;
    r.plan = plan;
    return "";
}

std::string readSweep(const ParsedArgs& parsed, ExportRequest& r) {
    if (r.at || r.range || parsed.has("--png") || parsed.has("--svg"))
        return "--at, --range, --png and --svg are for one picture, not a sweep";
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
    s.kind = parsed.has("--frames") ? core::figure::ExportKind::Frames
             : parsed.has("--mp4")  ? core::figure::ExportKind::Mp4
                                    : core::figure::ExportKind::Gif;
    s.path = *parsed.value(s.kind == core::figure::ExportKind::Frames ? "--frames"
                           : s.kind == core::figure::ExportKind::Mp4  ? "--mp4"
                                                                      : "--gif");
    if (s.kind != core::figure::ExportKind::Frames && r.options.transparent)
        return "--transparent works for PNG, SVG and --frames, not video";
    r.plan = plan;
    return "";
}

} // namespace

std::string readExportRequest(const ParsedArgs& parsed, ExportRequest& r) {
    if (std::string why = readPicture(parsed, r.options); !why.empty()) return why;
    if (std::string why = readDates(parsed, r); !why.empty()) return why;
    if (std::string why = commands::readArrangeOption(parsed, r.layout); !why.empty()) return why;
    if (std::string why = readViewRequest(parsed, r.view); !why.empty()) return why;
    r.options.hulls = r.view.hulls;
    if (parsed.has("--story") || parsed.has("--deck") || parsed.has("--stop")) return readDeck(parsed, r);
    r.bibliography = parsed.value("--bib").value_or("");
    const std::string& bib = r.bibliography;
    const bool sweep =
        r.from || r.to || videoOutputs(parsed) > 0 || parsed.has("--fps") || parsed.has("--seconds");
    if (!bib.empty() && (bib.size() < 4 || bib.compare(bib.size() - 3, 3, ".md") != 0))
        return "invalid --bib '" + bib +
               "': expected a Markdown file name ending in .md (the CSL-JSON goes beside it)";
    return sweep ? readSweep(parsed, r) : readSnapshot(parsed, r);
}

} // namespace tieline::cli
