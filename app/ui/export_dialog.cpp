// File > Export...: format, size, theme, background, caption, legend, bibliography, and the date
// range of a sweep; a progress bar and Cancel while a sweep runs. Fills requests.exportRequest;
// the GUI's job runner does the work (this file makes no gl* calls).
#include "ui/panels.hpp"

#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace tieline::ui {

namespace {

constexpr const char* kKinds[] = {"PNG picture", "SVG picture (vectors)", "PNG frames (a folder)",
                                  "MP4 video", "GIF animation"};
constexpr const char* kExtensions[] = {".png", ".svg", "", ".mp4", ".gif"};

// "out/sweep.mp4" -> "out/sweep": the path without the extension of its last component.
std::string stem(const std::string& path) {
    const std::size_t slash = path.find_last_of('/'), dot = path.find_last_of('.');
    return dot != std::string::npos && (slash == std::string::npos || dot > slash + 1) ? path.substr(0, dot)
                                                                                       : path;
}

void setPath(ExportDialogState& d, const std::string& path) {
    std::snprintf(d.path, sizeof d.path, "%s", path.c_str());
}

// Checks the fields and builds the request; returns "" or what is wrong.
std::string buildRequest(const AppView& app, const UiState& ui, const ExportDialogState& d,
                         core::figure::ExportRequest& r) {
    const core::model::Dataset& data = *app.dataset;
    r.kind = static_cast<core::figure::ExportKind>(d.kind);
    r.path = d.path;
    if (r.path.empty()) return "Choose a file name.";
    if (d.width < 1 || d.height < 1 || d.width > core::figure::kMaxExportSide ||
        d.height > core::figure::kMaxExportSide)
        return "The size must be 1 to " + std::to_string(core::figure::kMaxExportSide) + " pixels per side.";
    core::figure::ExportOptions& o = r.options;
    o.width = d.width;
    o.height = d.height;
    o.dark = d.theme == 0 ? ui.darkTheme : d.theme == 1;
    o.transparent = d.transparent &&
                    (r.kind == core::figure::ExportKind::Png || r.kind == core::figure::ExportKind::Svg ||
                     r.kind == core::figure::ExportKind::Frames);
    o.caption = d.caption;
    o.legend = d.legend;
    o.showNative = ui.showNative;
    o.labelScale = ui.labelScale;
    o.filter = ui.filter;
    if (d.currentView) o.view = ui.camera, o.stretch = ui.stretch;
    if (d.bibliography) r.bibliography = stem(r.path) + ".md";
    if (d.bibliography && (d.bibKinds & core::model::kAllEvidence) == 0)
        return "Choose at least one kind of source for the bibliography.";
    o.bibKinds = d.bibKinds;
    r.at = ui.t;
    r.precision = ui.precision;
    if (ui.range)
        r.range = core::calendar::rangeWindow(core::calendar::DayNumber(std::floor(ui.range->first)),
                                              core::calendar::DayNumber(std::floor(ui.range->second)));
    if (!core::figure::isSweep(r.kind)) {
        const std::string text = d.dates;
        if (text.find_first_not_of(" ") == std::string::npos) return "";
        std::vector<core::calendar::Window> windows;
        for (std::size_t start = 0; start <= text.size();) {
            std::size_t comma = text.find(',', start);
            if (comma == std::string::npos) comma = text.size();
            std::string piece = text.substr(start, comma - start);
            piece.erase(0, piece.find_first_not_of(' '));
            piece.erase(piece.find_last_not_of(' ') + 1);
            std::string why;
            const auto date = core::calendar::parseDate(piece, &why);
            if (!date) return "Dates: '" + piece + "': " + why + ".";
            if (date->firstDay() < data.rangeBegin() || date->firstDay() >= data.rangeEnd())
                return "Dates: " + piece + " lies outside " + data.meta.start.toString() + " to " +
                       data.meta.end.toString() + ".";
            windows.push_back(core::calendar::windowOf(*date));
            start = comma + 1;
        }
        r.range.reset();
        r.at = windows.front().begin;
        r.precision = windows.front().precision;
        if (windows.size() == 1) {
            r.range = windows.front(); // exactly the period written
            r.range->range = false;
        } else {
            r.panels = std::move(windows);
        }
        return "";
    }
    std::string why;
    const auto from = core::calendar::parseDate(d.from, &why);
    if (!from) return std::string("From: ") + why + ".";
    const auto to = core::calendar::parseDate(d.to, &why);
    if (!to) return std::string("To: ") + why + ".";
    r.sweep.from = from->firstDay();
    r.sweep.to = to->dayAfterLast() - 1;
    if (r.sweep.from < data.rangeBegin() || r.sweep.to >= data.rangeEnd())
        return "The dates must lie within " + data.meta.start.toString() + " to " + data.meta.end.toString() +
               ".";
    if (r.sweep.to < r.sweep.from) return "'To' is before 'From'.";
    if (d.fps < 1 || d.fps > 120) return "Frames per second: 1 to 120.";
    if (!(d.seconds > 0.0f) || d.seconds > 3600.0f) return "Seconds: above 0, at most 3600.";
    r.sweep.fps = d.fps;
    r.sweep.seconds = d.seconds;
    return "";
}

void drawOptions(const AppView& app, UiState& ui, ExportDialogState& d) {
    if (ImGui::Combo("Format", &d.kind, kKinds, IM_ARRAYSIZE(kKinds)))
        setPath(d, stem(d.path) + kExtensions[d.kind]);
    ImGui::InputText(d.kind == 2 ? "Folder" : "File", d.path, sizeof d.path);
    int size[2] = {d.width, d.height};
    if (ImGui::InputInt2("Size (pixels)", size)) d.width = size[0], d.height = size[1];
    for (const auto& [w, h] : {std::pair{1280, 720}, std::pair{1920, 1080}, std::pair{3840, 2160}}) {
        const std::string label = std::to_string(w) + "x" + std::to_string(h);
        if (ImGui::SmallButton(label.c_str())) d.width = w, d.height = h;
        ImGui::SameLine();
    }
    ImGui::NewLine();
    const char* themes[] = {"As the window", "Dark", "Light"};
    ImGui::Combo("Theme", &d.theme, themes, IM_ARRAYSIZE(themes));
    const bool video = d.kind == 3 || d.kind == 4;
    if (video) ImGui::BeginDisabled();
    ImGui::Checkbox("Transparent background", &d.transparent);
    if (video) ImGui::EndDisabled();
    ImGui::Checkbox("Caption (title and date)", &d.caption);
    ImGui::SameLine();
    ImGui::Checkbox("Legend", &d.legend);
    ImGui::Checkbox("The current view (else the whole network)", &d.currentView);
    ImGui::Checkbox("Sources of the visible ties (.md and .json)", &d.bibliography);
    if (d.bibliography) {
        // Which kinds of source it lists (tieline export --bib-kinds).
        ImGui::Indent();
        ImGui::TextDisabled("Kinds listed:");
        for (int n = 1; n <= core::model::kEvidenceCount; ++n) {
            const auto kind = core::model::Evidence(n % core::model::kEvidenceCount); // unknown last
            const core::model::EvidenceMask bit = core::model::evidenceBit(kind);
            bool on = (d.bibKinds & bit) != 0;
            const char* name =
                kind == core::model::Evidence::Unknown ? "unknown" : core::model::keyword(kind);
            if (n > 1) {
                ImGui::SameLine();
                const float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                                    ImGui::CalcTextSize(name).x;
                if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
            }
            if (ImGui::Checkbox(name, &on)) d.bibKinds = on ? d.bibKinds | bit : d.bibKinds & ~bit;
        }
        ImGui::Unindent();
    }
    if (d.kind >= 2) {
        ImGui::Separator();
        if (!d.from[0] && app.dataset)
            std::snprintf(d.from, sizeof d.from, "%s", app.dataset->meta.start.toString().c_str());
        if (!d.to[0] && app.dataset)
            std::snprintf(d.to, sizeof d.to, "%s", app.dataset->meta.end.toString().c_str());
        ImGui::InputText("From", d.from, sizeof d.from);
        ImGui::InputText("To", d.to, sizeof d.to);
        ImGui::InputInt("Frames per second", &d.fps);
        ImGui::InputFloat("Seconds", &d.seconds, 1.0f, 5.0f, "%.1f");
        const long frames = std::lround(double(d.fps) * double(d.seconds));
        ImGui::TextDisabled(
            "%ld frames; the caption's date moves from the first day of 'From' to the last of 'To'.",
            frames < 1 ? 1L : frames);
    } else {
        const std::string shown =
            ui.range ? core::calendar::windowCaption(core::calendar::rangeWindow(
                           core::calendar::DayNumber(std::floor(ui.range->first)),
                           core::calendar::DayNumber(std::floor(ui.range->second))))
                     : core::calendar::windowCaption(core::calendar::windowAt(ui.t, ui.precision));
        ImGui::InputTextWithHint("Dates", shown.c_str(), d.dates, sizeof d.dates);
        ImGui::TextDisabled(
            "Empty: %s, as in the window. Several dates, comma-separated (1955-06, 1956-09-20,\n"
            "1969-10): one picture with a panel per date on one shared layout.",
            shown.c_str());
    }
}

} // namespace

void drawExportDialog(const AppView& app, UiState& ui, Requests& requests) {
    if (!beginExportWindow("Export", ui.showExport, 560)) return;
    ExportDialogState& d = ui.exportDialog;
    const ExportStatus& status = app.exportStatus;
    if (!app.dataset) {
        ImGui::TextUnformatted("Open a dataset first.");
    } else if (status.running) {
        ImGui::TextUnformatted(d.path);
        ImGui::ProgressBar(status.progress, ImVec2(-1, 0));
        if (ImGui::Button("Cancel")) requests.cancelExport = true;
    } else {
        drawOptions(app, ui, d);
        ImGui::Separator();
        if (ImGui::Button("Export")) {
            core::figure::ExportRequest request;
            d.error = buildRequest(app, ui, d, request);
            if (d.error.empty()) {
                requests.exportRequest = request;
            }
        }
        exportError(d.error);
    }
    exportStatusLine(status);
    ImGui::End();
}

bool beginExportWindow(const char* title, bool& open, float width) {
    if (!open) return false;
    ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_FirstUseEver);
    if (ImGui::Begin(title, &open)) return true;
    ImGui::End();
    return false;
}

void exportError(const std::string& error) {
    if (error.empty()) return;
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1.0f, 0.45f, 0.35f, 1.0f), "%s", error.c_str());
}

void exportStatusLine(const ExportStatus& status) {
    if (status.message.empty()) return;
    const ImVec4 color =
        status.failed ? ImVec4(1.0f, 0.45f, 0.35f, 1.0f) : ImGui::GetStyle().Colors[ImGuiCol_Text];
    ImGui::PushTextWrapPos(0);
    ImGui::TextColored(color, "%s", status.message.c_str());
    ImGui::PopTextWrapPos();
}

} // namespace tieline::ui
