// Tests for the window's fit (ui/canvas.cpp) in a windowless ImGui context: F stretches the
// positions toward the canvas's shape and frames them (the same fitStretch as export frames), hover
// and pick find nodes where they are drawn, and a click on the legend folds it to a chip.
#include "core/scene/hit_test.hpp"
#include "core/scene/stretch.hpp"
#include "ui/app_state.hpp"
#include "ui/panels.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>

using namespace tieline;

namespace {

struct Host {
    Host() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Host() { ImGui::DestroyContext(); }
};

// The window's canvas at 1280x800: left of a 520 px side panel, above a 212 px timeline.
ui::PanelLayout canvasLayout() {
    ui::PanelLayout layout;
    layout.menuHeight = layout.y = 22;
    layout.width = 1280;
    layout.height = 778;
    return layout;
}

ui::Requests frame(ui::App& app, const ui::PanelLayout& layout) {
    ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
    ImGui::NewFrame();
    ui::Requests requests;
    ui::drawCanvas(app, app.ui, requests, layout);
    ImGui::Render();
    return requests;
}

// A tall layout: the actors on a grid four columns wide, 30 apart (no two discs meet).
ui::App tallApp() {
    ui::App app;
    REQUIRE(ui::openDataset(app, std::string(TIELINE_DATA) + "/korea-1955-1969.json"));
    const std::size_t n = app.dataset->actors.size();
    app.positions.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        app.positions[i] = {30.0 * double(i % 4), 30.0 * double(i / 4)};
    app.ui.t = core::calendar::parseDate("1956-09-20")->firstDay();
    app.ui.camera.width = app.ui.cameraTarget.width = 1280;
    app.ui.camera.height = app.ui.cameraTarget.height = 800;
    ui::updateScene(app);
    return app;
}

} // namespace

TEST_CASE(
    "canvas: a fit stretches a tall network toward the canvas and frames it, pick finds the drawn nodes") {
    Host host;
    ui::App app = tallApp();
    REQUIRE_FALSE(app.scene.nodes.empty());
    const ui::PanelLayout layout = canvasLayout();
    const double canvasW = layout.canvasWidth(), canvasH = layout.canvasHeight(), margin = 48;
    const core::scene::Stretch expected =
        core::scene::fitStretch(app.scene, canvasW - 2 * margin, canvasH - 2 * margin);
    CHECK(expected.x == core::scene::kMaxStretch); // about 110 x 500 in a 664 x 470 area
    app.ui.fitRequested = true;
    frame(app, layout);
    CHECK(app.ui.stretch == expected);
    CHECK_FALSE(app.ui.fitRequested);
    // Rebuilt with the stretch, the framed network fills the canvas's height less the margins,
    // centred in the canvas.
    ui::updateScene(app);
    CHECK(app.scene.stretch == expected);
    const core::scene::Camera& c = app.ui.cameraTarget;
    const core::model::Point lo = c.toScreen({app.scene.bounds.minX, app.scene.bounds.minY});
    const core::model::Point hi = c.toScreen({app.scene.bounds.maxX, app.scene.bounds.maxY});
    CHECK(lo.y == doctest::Approx(layout.y + margin));
    CHECK(hi.y == doctest::Approx(layout.y + canvasH - margin));
    CHECK((lo.x + hi.x) * 0.5 == doctest::Approx(canvasW * 0.5));
    CHECK(hi.x - lo.x < canvasW - 2 * margin);
    // Hover and click find each node where it is drawn.
    for (const core::scene::SceneNode& n : app.scene.nodes) {
        if (n.alpha <= 0.02f) continue;
        const auto hit = core::scene::nodeAt(app.scene, c, c.toScreen(n.center), 0);
        REQUIRE(hit);
        CHECK(*hit == n.actor);
    }
}

TEST_CASE("canvas: a click on the legend folds it to a chip and back, selecting nothing") {
    Host host;
    ui::App app = tallApp();
    const ui::PanelLayout layout = canvasLayout();
    app.legend.box.add(600, 40);
    app.legend.box.add(750, 200);
    ImGuiIO& io = ImGui::GetIO();
    for (int click = 0; click < 2; ++click) {
        io.MousePos = ImVec2(650, 100);
        io.MouseDown[0] = false;
        frame(app, layout);
        io.MouseDown[0] = true;
        frame(app, layout);
        io.MouseDown[0] = false;
        frame(app, layout);
        CHECK(app.ui.legendCollapsed == (click == 0));
        CHECK_FALSE(app.ui.selectedActor);
        CHECK_FALSE(app.ui.hoveredActor);
    }
}

TEST_CASE("canvas: a node dragged in a stretched picture is pinned at layout units, not drawn ones") {
    Host host;
    ui::App app = tallApp();
    const ui::PanelLayout layout = canvasLayout();
    app.ui.fitRequested = true;
    frame(app, layout);
    REQUIRE(app.ui.stretch.x > 1.0);
    app.ui.camera = app.ui.cameraTarget;
    ui::updateScene(app);
    const core::scene::SceneNode& n = app.scene.nodes[5];
    const core::model::Point at = app.ui.camera.toScreen(n.center);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(float(at.x), float(at.y));
    io.MouseDown[0] = false;
    frame(app, layout);
    io.MouseDown[0] = true;
    frame(app, layout);
    io.MousePos = ImVec2(float(at.x) + 40, float(at.y) + 20);
    frame(app, layout);
    io.MouseDown[0] = false;
    const ui::Requests dropped = frame(app, layout);
    REQUIRE(dropped.pin);
    CHECK(dropped.pin->first == n.actor);
    // ImGui floors the mouse position.
    const core::model::Point world =
        app.ui.camera.toWorld({std::floor(float(at.x) + 40), std::floor(float(at.y) + 20)});
    CHECK(dropped.pin->second.x == doctest::Approx(world.x / app.ui.stretch.x));
    CHECK(dropped.pin->second.y == doctest::Approx(world.y));
}
