// Render tests for app/exporter (snapshot rendering) and app/render/overlay_renderer.cpp through EGL
// (no display): export pictures, read back, checked where the layout puts things.
#include "../core/figure/export_fixture.hpp"
#include "exporter/png_encoder.hpp"
#include "exporter/snapshot_export.hpp"
#include "render/offscreen_egl.hpp"
#include "render/png_writer.hpp"

#include <cmath>
#include <filesystem>
#include <memory>

using namespace tieline;

namespace {

struct Export : testing::ExportFixture {
    std::unique_ptr<render::EglContext> context;
    exporter::SnapshotRenderer renderer;
    render::Image image;
    std::string error;

    Export() {
        context = render::EglContext::create(error);
        REQUIRE_MESSAGE(context, error);
        REQUIRE_MESSAGE(renderer.init(data, error), error);
    }

    void render(const char* day, const core::figure::ExportOptions& options) {
        exporter::prepareFrame(data, positions, core::calendar::windowOf(*core::calendar::parseDate(day)),
                               options, renderer.metrics(), scene, frame);
        REQUIRE_MESSAGE(renderer.render(scene, frame, image, error), error);
    }

    std::uint32_t at(core::model::Point p) const {
        return image.pixel(int(std::lround(p.x)), int(std::lround(p.y)));
    }
};

bool near(std::uint32_t rgba, core::model::Rgb rgb, int tolerance = 10) {
    return std::abs(int(rgba >> 24) - int(rgb >> 16)) <= tolerance &&
           std::abs(int((rgba >> 16) & 0xFF) - int((rgb >> 8) & 0xFF)) <= tolerance &&
           std::abs(int((rgba >> 8) & 0xFF) - int(rgb & 0xFF)) <= tolerance;
}

} // namespace

TEST_CASE("export png: the asked size, opaque, and each node's group colour where the layout puts it") {
    Export e;
    core::figure::ExportOptions options;
    options.width = 640;
    options.height = 360;
    e.render("1956-09", options);
    CHECK(e.image.width == 640);
    CHECK(e.image.height == 360);
    for (std::size_t i = 3; i < e.image.rgba.size(); i += 4)
        REQUIRE(e.image.rgba[i] == 255);
    REQUIRE(e.scene.nodes.size() == 3);
    for (const core::scene::SceneNode& n : e.scene.nodes) {
        const core::model::Point p = e.frame.camera.toScreen(n.center);
        CAPTURE(n.actor.value);
        CHECK(near(e.at(p), e.data.group(e.data.actor(n.actor).group)->color));
    }
    // The caption's date is drawn: text-coloured pixels where the overlay puts it.
    const core::figure::OverlayText& date = e.frame.overlay.texts[1];
    int ink = 0;
    for (int x = int(date.x); x < int(date.x) + 80; ++x)
        for (int y = int(date.baseline) - 10; y < int(date.baseline); ++y)
            ink += (e.image.pixel(x, y) >> 24) > 150 ? 1 : 0;
    CHECK(ink > 20);
}

TEST_CASE("export png: a transparent background has alpha 0 around the network and straight colours inside") {
    Export e;
    core::figure::ExportOptions options;
    options.width = 400;
    options.height = 300;
    options.transparent = true;
    options.legend = options.caption = false;
    e.render("1956-09", options);
    CHECK((e.at({2, 2}) & 0xFF) == 0);
    CHECK((e.at({398, 298}) & 0xFF) == 0);
    const core::scene::SceneNode& n = e.scene.nodes.front();
    const std::uint32_t centre = e.at(e.frame.camera.toScreen(n.center));
    CHECK((centre & 0xFF) == 255);
    CHECK(near(centre, 0x009E73));
}

TEST_CASE("export png: pictures wider than a tile are rendered in tiles that join up") {
    Export e;
    core::figure::ExportOptions options;
    options.width = 2600; // two tiles of 1300
    options.height = 200;
    options.legend = options.caption = false;
    e.render("1956-09", options);
    CHECK(e.image.width == 2600);
    int found = 0;
    for (const core::scene::SceneNode& n : e.scene.nodes) {
        const core::model::Point p = e.frame.camera.toScreen(n.center);
        found += near(e.at(p), e.data.group(e.data.actor(n.actor).group)->color) ? 1 : 0;
    }
    CHECK(found == 3);
    // The backdrop's gradient runs on across the seam at x = 1300.
    const std::uint32_t left = e.at({1299, 5}), right = e.at({1300, 5});
    CHECK(near(left, right >> 8, 3));
}

TEST_CASE("export png: the fast encoder writes files that PNG readers read back exactly") {
    render::Image image;
    image.width = 37;
    image.height = 11;
    for (int i = 0; i < 37 * 11 * 4; ++i)
        image.rgba.push_back(std::uint8_t(i * 7 + i / 13));
    const std::string path = (std::filesystem::temp_directory_path() / "tieline-encoder-test.png").string();
    std::string error;
    REQUIRE_MESSAGE(exporter::writeExportPng(path, image, error), error);
    render::Image back;
    REQUIRE_MESSAGE(render::readPng(path, back, error), error);
    CHECK(back.width == 37);
    CHECK(back.height == 11);
    CHECK(back.rgba == image.rgba);
    std::filesystem::remove(path);
}

TEST_CASE("export png: the legend is drawn in its rectangle, each tie type's swatch in its colour") {
    Export e;
    core::figure::ExportOptions options;
    options.width = 1280;
    options.height = 720;
    e.render("1956-09", options);
    const core::scene::Bounds box = e.frame.legend.box;
    REQUIRE_FALSE(box.empty);
    // Each tie type's swatch: its colour a third of the way along its line.
    int swatches = 0;
    for (const core::figure::LegendItem& item : e.frame.legend.items) {
        if (item.kind != core::figure::LegendKind::TieType) continue;
        const core::scene::SceneEdge& line = e.frame.overlay.lines[std::size_t(item.line)];
        CAPTURE(item.key);
        const core::model::Rgb color = e.data.tieTypes[item.key == "aid" ? 0 : 1].color;
        bool found = false; // on the line's pixel row, or the one next to it (a 2.2 px line straddles two)
        for (int dy = -1; dy <= 1; ++dy)
            found |= near(e.at({line.p0.x + (line.p2.x - line.p0.x) * 0.3, line.p0.y + dy}), color, 24);
        CHECK(found);
        ++swatches;
    }
    CHECK(swatches == 2);
    // The same picture without the legend: the pixels inside the legend's rectangle change.
    const render::Image with = e.image;
    options.legend = false;
    e.render("1956-09", options);
    int changed = 0, total = 0;
    for (int y = int(box.minY) + 2; y < int(box.maxY) - 2; ++y)
        for (int x = int(box.minX) + 2; x < int(box.maxX) - 2; ++x, ++total)
            changed += with.pixel(x, y) != e.image.pixel(x, y) ? 1 : 0;
    CHECK(total > 1000);
    CHECK(changed > total / 2); // the panel itself tints the backdrop
}

TEST_CASE(
    "export png: a stretched still draws each node where its stretched position projects, not its raw one") {
    Export e;
    core::figure::ExportOptions options;
    options.width = 1280;
    options.height = 720;
    e.render("1956-09", options);
    REQUIRE(e.scene.stretch.x > 1.1);              // the fixture's network is 200 x 150 in a wider area
    const core::model::Point raw = e.positions[1]; // Beta, at (200, 0)
    const core::model::Point drawn{raw.x * e.scene.stretch.x, raw.y};
    const core::model::Rgb north = e.data.group(e.data.actor(e.scene.nodes[1].actor).group)->color;
    CHECK(e.data.actor(e.scene.nodes[1].actor).key == "b");
    CHECK(near(e.at(e.frame.camera.toScreen(drawn)), north));
    CHECK_FALSE(near(e.at(e.frame.camera.toScreen(raw)), north));
    // The same frame with no stretch draws Beta where its raw position projects.
    options.stretch = core::scene::Stretch{};
    e.render("1956-09", options);
    CHECK(near(e.at(e.frame.camera.toScreen(raw)), north));
}
