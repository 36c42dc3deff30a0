// Pixel test of the charts: the stacked area, a line and the date marker drawn with ImGui draw
// lists (app/ui/chart_draw.cpp), rendered offscreen through EGL by ImGui's OpenGL 3 backend, read
// back and checked pixel by pixel against the shares they stand for.
#include "render/framebuffer.hpp"
#include "render/offscreen_egl.hpp"
#include "ui/chart_draw.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <functional>

using namespace tieline;

namespace {

constexpr int kWidth = 400, kHeight = 200;

struct Rgb8 {
    int r, g, b;
};

Rgb8 at(const render::Image& image, int x, int y) {
    const std::uint32_t p = image.pixel(x, y);
    return {int(p >> 24), int((p >> 16) & 0xFF), int((p >> 8) & 0xFF)};
}

bool near(Rgb8 a, Rgb8 b, int tolerance = 6) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance &&
           std::abs(a.b - b.b) <= tolerance;
}

// Draws with `paint` into a window covering a kWidth x kHeight frame on black; returns the pixels.
render::Image renderChart(const std::function<void(ImDrawList*)>& paint) {
    std::string error;
    auto context = render::EglContext::create(error);
    REQUIRE_MESSAGE(context, error);
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(kWidth, kHeight);
    io.DeltaTime = 1.0f / 60.0f;
    io.Fonts->AddFontDefault();
    REQUIRE(ImGui_ImplOpenGL3_Init("#version 330 core"));
    render::Framebuffer fb = render::Framebuffer::create(kWidth, kHeight, error);
    REQUIRE_MESSAGE(fb.isValid(), error);
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(kWidth, kHeight));
    ImGui::Begin("chart", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->PushClipRect(ImVec2(0, 0),
                       ImVec2(kWidth, kHeight)); // the whole frame, not the window's padded inside
    paint(draw);
    draw->PopClipRect();
    ImGui::End();
    ImGui::Render();
    fb.bind();
    glClearColor(0, 0, 0, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    render::Image image = render::readPixels(kWidth, kHeight);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui::DestroyContext();
    return image;
}

} // namespace

TEST_CASE("chart: the stacked area's bands have the shares' heights, pixel for pixel, and undefined steps "
          "stay empty") {
    // Four steps of 100 days over [0, 400) drawn on x 0..400: Soviet (blue) 25% then 50%, China the
    // rest; the third step has no patrons; the fourth is all Chinese.
    const std::vector<double> times = {0, 100, 200, 300};
    core::metrics::StackedShares shares;
    shares.layers = {{"Soviet", 0x0000FF, {0.25, 0.5, 0.0, 0.0}}, {"China", 0xFF0000, {0.75, 0.5, 0.0, 1.0}}};
    shares.defined = {1, 1, 0, 1};
    const ui::ChartAxis axis{0, 400, 0, 400};
    const float top = 0, bottom = 200;
    const render::Image image =
        renderChart([&](ImDrawList* draw) { ui::drawStackedArea(draw, axis, top, bottom, times, shares); });
    // 0.9 alpha over black.
    const Rgb8 blue{0, 0, 230}, red{230, 0, 0}, black{0, 0, 0};
    // Step 0: blue is the bottom 50 rows (150..199), red the 150 above.
    CHECK(near(at(image, 50, 199), blue));
    CHECK(near(at(image, 50, 150), blue));
    CHECK(near(at(image, 50, 149), red));
    CHECK(near(at(image, 50, 0), red));
    // Step 1: half and half, the boundary at row 100.
    CHECK(near(at(image, 150, 100), blue));
    CHECK(near(at(image, 150, 99), red));
    // Steps meet without a seam or overlap at x = 100.
    CHECK(near(at(image, 99, 120), red));
    CHECK(near(at(image, 100, 120), blue));
    // Step 2 is undefined: nothing drawn.
    CHECK(near(at(image, 250, 100), black, 0));
    CHECK(near(at(image, 250, 199), black, 0));
    // Step 3 holds to the axis's end, all red.
    CHECK(near(at(image, 399, 199), red));
    CHECK(near(at(image, 350, 0), red));
    // Count the blue pixels: 100 x 50 + 100 x 100 exactly, no antialiased fringe.
    int blues = 0;
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x)
            blues += near(at(image, x, y), blue) ? 1 : 0;
    CHECK(blues == 100 * 50 + 100 * 100);
}

TEST_CASE("chart: a line series is drawn at its values' heights, broken where a value is undefined, with the "
          "date marker") {
    const std::vector<double> times = {0, 100, 200, 300};
    const std::vector<double> values = {0.0, 1.0, std::nan(""), 0.5};
    const ui::ChartAxis axis{0, 400, 0, 400};
    const render::Image image = renderChart([&](ImDrawList* draw) {
        ui::drawLineSeries(draw, axis, 0, 200, times, values, 0.0, 1.0, IM_COL32(0, 255, 0, 255), 3.0f);
        ui::drawTimeMarker(draw, axis, 0, 200, 250.0, IM_COL32(255, 255, 255, 255));
    });
    const auto greenAt = [&](int x, int y) { return at(image, x, y).g > 150; };
    CHECK(greenAt(50, 199));  // step 0 at 0: the bottom
    CHECK(greenAt(150, 0));   // step 1 at 1: the top
    CHECK(greenAt(350, 100)); // step 3 at 0.5: the middle
    CHECK_FALSE(greenAt(150, 100));
    // Undefined step 2: no line over it (away from the marker at x = 250).
    for (int y = 0; y < kHeight; ++y)
        CHECK_FALSE(greenAt(230, y));
    // The marker: a white column at x = 250.
    const Rgb8 marker = at(image, 250, 60);
    CHECK(marker.r > 150); // 1.5 pixels wide, antialiased
    CHECK(marker.b > 150);
}
