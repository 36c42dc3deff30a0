// The network view: hover and click to select, drag empty space to pan, wheel to zoom at the
// cursor, drag a node to pin it, double-click to unpin, F to fit; camera transitions ease.
#include "ui/edit_panels.hpp"
#include "ui/panels.hpp"

#include "core/scene/hit_test.hpp"
#include "core/scene/stretch.hpp"
#include "ui/timeline_zoom.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace tieline::ui {

namespace {

// Points the camera target at the network inside the canvas (the window minus the panels): the
// positions stretched toward the canvas's aspect (core/scene/stretch.hpp, as export frames do), then
// the framed nodes and `extra` actors fitted with a margin.
void frameNetwork(const AppView& app, UiState& ui, const std::vector<core::model::ActorId>& extra,
                  const PanelLayout& layout) {
    const double s = layout.framebufferScale, margin = 48 * s;
    const double canvasW = layout.canvasWidth() * s, canvasH = layout.canvasHeight() * s;
    const core::scene::Stretch stretch =
        core::scene::fitStretch(app.scene, canvasW - 2 * margin, canvasH - 2 * margin);
    core::scene::Bounds bounds = core::scene::framedBounds(app.scene, stretch);
    for (const core::scene::SceneNode& n : app.scene.nodes)
        if (std::find(extra.begin(), extra.end(), n.actor) != extra.end()) {
            const core::model::Point c = core::scene::restretched(app.scene, n.center, stretch);
            bounds.add(c.x, c.y, n.radius);
        }
    if (bounds.empty) return;
    core::scene::Camera c = core::scene::fitCamera(bounds, canvasW, canvasH, margin);
    c.zoom = std::min(c.zoom, 4.0 * s);
    c.width = ui.camera.width;
    c.height = ui.camera.height;
    // The camera centre is the middle of the whole framebuffer; shift so the bounds sit in the
    // middle of the canvas rectangle instead.
    const double canvasMidX = (layout.x + layout.canvasWidth() * 0.5) * s;
    const double canvasMidY = (layout.y + layout.canvasHeight() * 0.5) * s;
    c.centerX -= (canvasMidX - c.width * 0.5) / c.zoom;
    c.centerY -= (canvasMidY - c.height * 0.5) / c.zoom;
    // The new stretch shows at once; the camera eases from the same point in it.
    ui.camera.centerX = ui.camera.centerX / ui.stretch.x * stretch.x;
    ui.camera.centerY = ui.camera.centerY / ui.stretch.y * stretch.y;
    ui.cameraTarget = c;
    ui.stretch = stretch;
}

// The canvas less the legend's corner (top right): left of it or below it, whichever lets the
// stretched network cover more (core/scene/stretch.hpp, fittedArea).
PanelLayout besideLegend(const AppView& app, const UiState& ui, PanelLayout layout) {
    const double s = layout.framebufferScale, margin = 48 * s;
    // The current events' box along the top: the network starts below it (less the margin).
    if (ui.eventBox.y1 > ui.eventBox.y0) {
        const float below = float(ui.eventBox.y1 / s) + 8 - float(margin / s);
        if (below > layout.y) {
            layout.height -= below - layout.y;
            layout.y = below;
        }
    }
    if (app.legend.box.empty) return layout;
    const float right = layout.x + layout.canvasWidth(), bottom = layout.y + layout.canvasHeight();
    PanelLayout left = layout, below = layout;
    const float legendLeft = float(app.legend.box.minX / s), legendBottom = float(app.legend.box.maxY / s);
    if (legendLeft > layout.x + layout.canvasWidth() * 0.5f) left.sideWidth += right - legendLeft;
    if (legendBottom < bottom - layout.canvasHeight() * 0.5f) {
        below.y = legendBottom;
        below.height -= legendBottom - layout.y;
    }
    const auto covered = [&](const PanelLayout& l) {
        return core::scene::fittedArea(app.scene, l.canvasWidth() * s - 2 * margin,
                                       l.canvasHeight() * s - 2 * margin);
    };
    return covered(below) > covered(left) ? below : left;
}

void handleFraming(const AppView& app, UiState& ui, const PanelLayout& canvas) {
    if (app.scene.nodes.empty() || (ui.frameRequest.empty() && !ui.fitRequested)) return;
    const PanelLayout layout = besideLegend(app, ui, canvas); // fits the stretch twice: only when framing
    if (!ui.frameRequest.empty()) {
        // A story stop frames its focus within the network, as its exported slide does: the actors
        // with ties at t and the focus, so the focus is in view and nothing of the network is cut off
        // (the focus stands out by emphasis, not by zooming the rest out of the picture).
        frameNetwork(app, ui, ui.frameRequest, layout);
        ui.frameRequest.clear();
        return;
    }
    if (ui.fitRequested) {
        const bool first = ui.camera.zoom == 1.0 && ui.camera.centerX == 0.0;
        frameNetwork(app, ui, {}, layout);
        ui.fitZoom = ui.cameraTarget.zoom;
        if (first) ui.camera = ui.cameraTarget; // no transition on the very first fit
        ui.fitRequested = false;
    }
}

// Each line of `text` shortened with an ellipsis to at most `maxWidth` (ImGui's font).
std::string shortenLines(const std::string& text, float maxWidth) {
    std::string out;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (ImGui::CalcTextSize(line.c_str()).x > maxWidth) {
            while (!line.empty() && ImGui::CalcTextSize((line + "\xE2\x80\xA6").c_str()).x > maxWidth) {
                line.pop_back();
                while (!line.empty() && (static_cast<unsigned char>(line.back()) & 0xC0) == 0x80)
                    line.pop_back();
                if (!line.empty() && static_cast<unsigned char>(line.back()) >= 0xC0) line.pop_back();
            }
            line += "\xE2\x80\xA6";
        }
        out += (out.empty() && start == 0 ? "" : "\n") + line;
        start = end + 1;
    }
    return out;
}

// The events of the moment shown (its day, month or year, as the timeline resolves it), titled in
// a small box at the top of the canvas: "30 Aug 1956 · August plenum", more as "+N more".
void currentEventOverlay(const AppView& app, UiState& ui, const PanelLayout& layout) {
    ui.eventBox = {};
    if (!app.dataset || ui.presenting) return;
    const core::model::Dataset& data = *app.dataset;
    const std::vector<std::size_t> events = currentEvents(data, ui.t, ui.precision);
    if (events.empty()) return;
    std::string text;
    const std::size_t shown = std::min<std::size_t>(events.size(), 2);
    for (std::size_t i = 0; i < shown; ++i) {
        const core::model::Event& e = data.events[events[i]];
        if (i) text += "\n";
        text += e.date.toString() + "  " + e.title;
    }
    if (events.size() > shown)
        text += "\n+" + std::to_string(events.size() - shown) + " more (see the timeline)";
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 size = ImGui::CalcTextSize(text.c_str());
    // Centred over the canvas, or over the part left of the legend when they would meet; lines too
    // long for that part end in an ellipsis (the timeline has them whole).
    float width = layout.canvasWidth();
    if (!app.legend.box.empty) {
        const float legendLeft = float(app.legend.box.minX / layout.framebufferScale) - 8;
        if (layout.x + (width + size.x) * 0.5f + 8 > legendLeft) {
            width = std::max(size.x + 16, legendLeft - layout.x);
            if (size.x + 16 > legendLeft - layout.x && legendLeft - layout.x > 120) {
                text = shortenLines(text, legendLeft - layout.x - 24);
                size = ImGui::CalcTextSize(text.c_str());
                width = legendLeft - layout.x;
            }
        }
    }
    const ImVec2 p0(layout.x + (width - size.x) * 0.5f - 8, layout.y + 10);
    const ImVec2 p1(p0.x + size.x + 16, p0.y + size.y + 10);
    const float s = layout.framebufferScale; // labels keep off the box (framebuffer pixels)
    ui.eventBox = {p0.x * s, p0.y * s, p1.x * s, p1.y * s};
    draw->AddRectFilled(p0, p1, ImGui::GetColorU32(ImGuiCol_WindowBg, 0.85f), 5.0f);
    draw->AddRect(p0, p1, ImGui::GetColorU32(ImGuiCol_PlotLines, 0.6f), 5.0f);
    draw->AddText(ImVec2(p0.x + 8, p0.y + 5), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
}

// View > Frame times: the frame time and how many of the ties shown at t are drawn (the level of
// detail thins them when zoomed out), in the canvas's bottom right corner.
void frameTimesOverlay(const AppView& app, const PanelLayout& layout) {
    char text[160];
    const core::scene::LevelOfDetail& lod = app.lod;
    std::snprintf(text, sizeof text, "%.1f ms a frame \xC2\xB7 %zu of %zu ties drawn%s", app.frameMs,
                  lod.drawnTies, lod.shownTies,
                  lod.active && lod.drawnTies < lod.shownTies ? " (zoomed out: the strongest)" : "");
    const ImVec2 size = ImGui::CalcTextSize(text);
    ImGui::SetCursorPos(ImVec2(layout.canvasWidth() - size.x - 16, layout.canvasHeight() - size.y - 12));
    ImGui::TextUnformatted(text);
}

} // namespace

void drawCanvas(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout) {
    handleFraming(app, ui, layout);
    ImGuiIO& io = ImGui::GetIO();
    // Ease toward the target: a fixed fraction per second, independent of the frame rate.
    const double ease = 1.0 - std::exp(-double(io.DeltaTime) * 12.0);
    ui.camera = core::scene::blendCamera(ui.camera, ui.cameraTarget, ease);

    ImGui::SetNextWindowPos(ImVec2(layout.x, layout.y));
    ImGui::SetNextWindowSize(ImVec2(layout.canvasWidth(), layout.canvasHeight()));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##canvas", nullptr, flags);
    ImGui::PopStyleVar();
    ImGui::InvisibleButton("network", ImVec2(layout.canvasWidth(), layout.canvasHeight()),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    ui.canvasHovered = ImGui::IsItemHovered();
    const double s = layout.framebufferScale;
    const core::model::Point mouse{io.MousePos.x * s, io.MousePos.y * s};
    const bool dragging = ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f);

    const core::scene::Bounds& legend = app.legend.box; // the legend hides what lies under it
    const bool overLegend = !legend.empty && mouse.x >= legend.minX && mouse.x <= legend.maxX &&
                            mouse.y >= legend.minY && mouse.y <= legend.maxY;
    if (ui.canvasHovered && !dragging && overLegend) {
        ui.hoveredActor.reset();
        ui.hoveredTie.reset();
        ImGui::SetTooltip(ui.legendCollapsed ? "Click to show the legend" : "Click to collapse the legend");
    } else if (ui.canvasHovered && !dragging) {
        ui.hoveredActor = core::scene::nodeAt(app.scene, ui.camera, mouse);
        ui.hoveredTie = ui.hoveredActor ? std::nullopt : core::scene::tieAt(app.scene, ui.camera, mouse);
    } else if (!dragging) {
        ui.hoveredTie.reset();
    }
    if (ImGui::IsItemActivated()) ui.dragActor = ui.hoveredActor;
    // Alt/Shift+drag from a node to another: a new tie (ui/edit_windows.cpp), not a pin or a pan.
    const bool linking = canvasLinkDrag(app, ui, layout, ImGui::IsItemActivated(), dragging,
                                        ImGui::IsItemDeactivated(), mouse);
    if (linking) ui.dragActor.reset();
    if (dragging && !linking) {
        const ImVec2 delta = io.MouseDelta;
        if (ui.dragActor) {
            // The node follows the cursor at once; the layout is recomputed when it is dropped.
            ui.dragPin = std::make_pair(*ui.dragActor, ui.stretch.undo(ui.camera.toWorld(mouse)));
        } else {
            ui.cameraTarget.centerX -= delta.x * s / ui.cameraTarget.zoom;
            ui.cameraTarget.centerY -= delta.y * s / ui.cameraTarget.zoom;
            ui.camera.centerX = ui.cameraTarget.centerX;
            ui.camera.centerY = ui.cameraTarget.centerY;
        }
    }
    if (ImGui::IsItemDeactivated()) {
        if (ui.dragPin) requests.pin = *ui.dragPin;
        ui.dragPin.reset();
        ui.dragActor.reset();
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !ui.dragMoved) {
        if (overLegend)
            ui.legendCollapsed = !ui.legendCollapsed;
        else if (ui.hoveredActor)
            selectActor(ui, *ui.hoveredActor);
        else if (ui.hoveredTie)
            selectTie(ui, *ui.hoveredTie);
        else
            clearSelection(ui);
    }
    ui.dragMoved = dragging || (ImGui::IsItemActive() && ui.dragMoved);
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && ui.hoveredActor)
        requests.unpin = *ui.hoveredActor;
    if (ui.canvasHovered && io.MouseWheel != 0.0f) {
        ui.cameraTarget.zoomAt(mouse, std::pow(1.15, double(io.MouseWheel)));
        ui.camera = ui.cameraTarget;
    }
    if (ui.canvasHovered && (ui.hoveredActor || ui.hoveredTie) && app.dataset && !dragging) {
        const core::model::Dataset& d = shownDataset(app); // a merged node's names (merge_state.hpp)
        if (ui.hoveredActor) {
            const core::model::Actor& a = d.actor(*ui.hoveredActor);
            ImGui::SetTooltip("%s%s%s\n%s", a.name.c_str(), a.native.empty() ? "" : "  ", a.native.c_str(),
                              a.description.c_str());
        } else {
            const core::model::Tie& t = d.tie(*ui.hoveredTie);
            ImGui::SetTooltip("%s %s %s\n%s, %s confidence, %zu claim%s", d.actor(t.from).name.c_str(),
                              d.isDirected(t) ? "\xE2\x86\x92" : "\xE2\x80\x94", d.actor(t.to).name.c_str(),
                              d.tieType(t.type).label.c_str(), core::model::keyword(t.confidence),
                              t.claims.size(), t.claims.size() == 1 ? "" : "s");
        }
    }
    currentEventOverlay(app, ui, layout);
    if (ui.showFrameTimes) frameTimesOverlay(app, layout);
    if (app.layoutProgress < 1.0f) {
        if (app.layoutProvisional) { // ahead of the keyframes: a quick layout for this date, replaced later
            const char* text =
                "\xE2\x89\x88 Provisional layout: the layout is still computing up to this date";
            ImGui::SetCursorPos(ImVec2(16, layout.canvasHeight() - 60));
            const ImVec2 at = ImGui::GetCursorScreenPos(), size = ImGui::CalcTextSize(text);
            ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x - 4, at.y - 2),
                                                      ImVec2(at.x + size.x + 4, at.y + size.y + 2),
                                                      ImGui::GetColorU32(ImGuiCol_WindowBg), 3.0f);
            ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.1f, 1.0f), "%s", text);
        }
        ImGui::SetCursorPos(ImVec2(16, layout.canvasHeight() - 34));
        ImGui::ProgressBar(app.layoutProgress, ImVec2(260, 0), "Computing the layout over time");
    }
    ImGui::End();
}

} // namespace tieline::ui
