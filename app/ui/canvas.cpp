// The network view: hover and click to select, drag empty space to pan, wheel to zoom at the
// cursor, drag a node to pin it, double-click to unpin, F to fit; camera transitions ease.
#include "ui/panels.hpp"

#include "core/scene/hit_test.hpp"

#include <imgui.h>

#include <cmath>

namespace tieline::ui {

namespace {

// Points the camera target at `bounds` inside the canvas (the window minus the panels).
void frameBounds(App& app, const core::Bounds& bounds, const PanelLayout& layout) {
    const double s = layout.framebufferScale;
    const double canvasW = layout.canvasWidth() * s, canvasH = layout.canvasHeight() * s;
    core::Camera c = core::fitCamera(bounds, canvasW, canvasH, 48 * s);
    c.zoom = std::min(c.zoom, 4.0 * s);
    c.width = app.ui.camera.width;
    c.height = app.ui.camera.height;
    // The camera centre is the middle of the whole framebuffer; shift so the bounds sit in the
    // middle of the canvas rectangle instead.
    const double canvasMidX = (layout.x + layout.canvasWidth() * 0.5) * s;
    const double canvasMidY = (layout.y + layout.canvasHeight() * 0.5) * s;
    c.centerX -= (canvasMidX - c.width * 0.5) / c.zoom;
    c.centerY -= (canvasMidY - c.height * 0.5) / c.zoom;
    app.ui.cameraTarget = c;
}

void handleFraming(App& app, const PanelLayout& layout) {
    if (app.scene.nodes.empty()) return;
    if (!app.ui.frameRequest.empty()) {
        core::Bounds b;
        for (const core::SceneNode& n : app.scene.nodes)
            for (core::ActorId id : app.ui.frameRequest)
                if (n.actor == id) b.add(n.center.x, n.center.y, n.radius * 6);
        app.ui.frameRequest.clear();
        if (!b.empty) frameBounds(app, b, layout);
        return;
    }
    if (app.ui.fitRequested) {
        const bool first = app.ui.camera.zoom == 1.0 && app.ui.camera.centerX == 0.0;
        frameBounds(app, app.scene.bounds, layout);
        if (first) app.ui.camera = app.ui.cameraTarget; // no transition on the very first fit
        app.ui.fitRequested = false;
    }
}

} // namespace

void drawCanvas(App& app, const PanelLayout& layout) {
    handleFraming(app, layout);
    ImGuiIO& io = ImGui::GetIO();
    // Ease toward the target: a fixed fraction per second, independent of the frame rate.
    const double ease = 1.0 - std::exp(-double(io.DeltaTime) * 12.0);
    app.ui.camera = core::blendCamera(app.ui.camera, app.ui.cameraTarget, ease);

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
    app.ui.canvasHovered = ImGui::IsItemHovered();
    const double s = layout.framebufferScale;
    const core::Point mouse{io.MousePos.x * s, io.MousePos.y * s};
    const bool dragging = ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f);

    if (app.ui.canvasHovered && !dragging) {
        app.ui.hoveredActor = core::nodeAt(app.scene, app.ui.camera, mouse);
        app.ui.hoveredTie = app.ui.hoveredActor ? std::nullopt : core::tieAt(app.scene, app.ui.camera, mouse);
    } else if (!dragging) {
        app.ui.hoveredTie.reset();
    }
    if (ImGui::IsItemActivated()) app.ui.dragActor = app.ui.hoveredActor;
    if (dragging) {
        const ImVec2 delta = io.MouseDelta;
        if (app.ui.dragActor) {
            // The node follows the cursor at once; the layout is recomputed when it is dropped.
            app.ui.dragPin = std::make_pair(*app.ui.dragActor, app.ui.camera.toWorld(mouse));
        } else {
            app.ui.cameraTarget.centerX -= delta.x * s / app.ui.cameraTarget.zoom;
            app.ui.cameraTarget.centerY -= delta.y * s / app.ui.cameraTarget.zoom;
            app.ui.camera.centerX = app.ui.cameraTarget.centerX;
            app.ui.camera.centerY = app.ui.cameraTarget.centerY;
        }
    }
    if (ImGui::IsItemDeactivated()) {
        if (app.ui.dragPin) app.requests.pin = *app.ui.dragPin;
        app.ui.dragPin.reset();
        app.ui.dragActor.reset();
    }
    if (ImGui::IsItemHovered() && ImGui::IsMouseReleased(ImGuiMouseButton_Left) && !app.ui.dragMoved) {
        if (app.ui.hoveredActor)
            selectActor(app, *app.ui.hoveredActor);
        else if (app.ui.hoveredTie)
            selectTie(app, *app.ui.hoveredTie);
        else
            clearSelection(app);
    }
    app.ui.dragMoved = dragging || (ImGui::IsItemActive() && app.ui.dragMoved);
    if (ImGui::IsItemHovered() && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left) && app.ui.hoveredActor)
        app.requests.unpin = *app.ui.hoveredActor;
    if (app.ui.canvasHovered && io.MouseWheel != 0.0f) {
        app.ui.cameraTarget.zoomAt(mouse, std::pow(1.15, double(io.MouseWheel)));
        app.ui.camera = app.ui.cameraTarget;
    }
    if (app.ui.canvasHovered && (app.ui.hoveredActor || app.ui.hoveredTie) && app.dataset && !dragging) {
        const core::Dataset& d = *app.dataset;
        if (app.ui.hoveredActor) {
            const core::Actor& a = d.actor(*app.ui.hoveredActor);
            ImGui::SetTooltip("%s%s%s\n%s", a.name.c_str(), a.native.empty() ? "" : "  ", a.native.c_str(),
                              a.description.c_str());
        } else {
            const core::Tie& t = d.tie(*app.ui.hoveredTie);
            ImGui::SetTooltip("%s %s %s\n%s, %s confidence, %zu claim%s", d.actor(t.from).name.c_str(),
                              d.isDirected(t) ? "\xE2\x86\x92" : "\xE2\x80\x94", d.actor(t.to).name.c_str(),
                              d.tieType(t.type).label.c_str(), core::keyword(t.confidence), t.claims.size(),
                              t.claims.size() == 1 ? "" : "s");
        }
    }
    if (app.layoutProgress < 1.0f) {
        ImGui::SetCursorPos(ImVec2(16, layout.canvasHeight() - 34));
        ImGui::ProgressBar(app.layoutProgress, ImVec2(260, 0), "Computing the layout over time");
    }
    ImGui::End();
}

} // namespace tieline::ui
