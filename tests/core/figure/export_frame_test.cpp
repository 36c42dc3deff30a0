// Tests for app/core/figure/export_frame.cpp.
#include "export_fixture.hpp"

#include "core/scene/stretch.hpp"

#include <algorithm>

using namespace tieline;

TEST_CASE(
    "export frame: fit-all keeps every node and label inside the picture, clear of caption and legend") {
    testing::ExportFixture f;
    core::figure::ExportOptions options;
    options.width = 1280;
    options.height = 720;
    f.build("1956-09", options);
    REQUIRE(f.scene.nodes.size() == 3);
    double legendLeft = 1280;
    for (const core::figure::OverlayPanel& p : f.frame.overlay.panels)
        legendLeft = std::min(legendLeft, p.x0);
    CHECK(legendLeft < 1280);
    for (const core::scene::SceneNode& n : f.scene.nodes) {
        const core::model::Point c = f.frame.camera.toScreen(n.center);
        CHECK(c.x > 0);
        CHECK(c.x < legendLeft);
        CHECK(c.y > 60); // below the caption
        CHECK(c.y < 720);
    }
    for (const core::scene::SceneLabel& l : f.scene.labels) {
        if (!l.visible) continue;
        CHECK(l.boxX0 >= 0);
        CHECK(l.boxX1 <= legendLeft);
        CHECK(l.boxY1 <= 720);
    }
}

TEST_CASE("export frame: the caption names the dataset and the day, the legend only what is shown") {
    testing::ExportFixture f;
    f.build("1956-09-20");
    std::vector<std::string> texts;
    for (const core::figure::OverlayText& t : f.frame.overlay.texts)
        texts.push_back(t.text);
    CHECK(texts[0] == f.data.meta.title);
    CHECK(texts[1] == "20 September 1956");
    const auto has = [&](const std::string& s) {
        return std::find(texts.begin(), texts.end(), s) != texts.end();
    };
    CHECK(has("Aid"));
    CHECK(has("Rivalry"));
    CHECK(has("contested or weakly sourced")); // the contested rivalry is dashed
    CHECK_FALSE(has("date approximate"));      // no date is approximate here
    CHECK(has("North"));
    CHECK(has("South"));
    CHECK(f.frame.overlay.lines.size() == 3);
    CHECK(f.frame.overlay.discs.size() == 2);

    core::figure::ExportOptions bare;
    bare.caption = bare.legend = false;
    f.build("1956-09-20", bare);
    CHECK(f.frame.overlay.texts.empty());
    CHECK(f.frame.overlay.panels.empty());
}

TEST_CASE("export frame: the current view keeps its centre and shows at least what the window showed") {
    testing::ExportFixture f;
    core::figure::ExportOptions options;
    options.width = 1600;
    options.height = 900;
    core::scene::Camera view;
    view.centerX = 50;
    view.centerY = 20;
    view.zoom = 2;
    view.width = 800;
    view.height = 600;
    options.view = view;
    f.build("1956-09", options);
    CHECK(f.frame.camera.centerX == 50);
    CHECK(f.frame.camera.centerY == 20);
    CHECK(f.frame.camera.zoom == doctest::Approx(3.0)); // 2 x min(1600/800, 900/600)
    CHECK(f.frame.pixelScale == doctest::Approx(1.25));
}

TEST_CASE("export frame: the legend counts the ties shown per kind of source, when kinds are known") {
    testing::ExportFixture f;
    f.build("1956-09-20");
    const auto texts = [&] {
        std::vector<std::string> out;
        for (const core::figure::OverlayText& t : f.frame.overlay.texts)
            out.push_back(t.text);
        return out;
    };
    std::vector<std::string> before = texts();
    CHECK(std::find(before.begin(), before.end(), "Sources of the ties") ==
          before.end()); // no kinds: no rows
    for (core::model::Source& s : f.data.sources)
        s.evidence = core::model::Evidence::Archive;
    f.build("1956-09-20");
    int cited = 0; // visible ties with a claim
    for (const core::scene::SceneEdge& e : f.scene.edges)
        if (e.alpha > 0.02f && !f.data.tie(e.tie).claims.empty()) ++cited;
    REQUIRE(cited > 0);
    const std::vector<std::string> after = texts();
    CHECK(std::find(after.begin(), after.end(), "Sources of the ties") != after.end());
    const std::string row = "archival document: " + std::to_string(cited) + (cited == 1 ? " tie" : " ties");
    CHECK(std::find(after.begin(), after.end(), row) != after.end());
    CHECK(after.size() == before.size() + 2);
}

TEST_CASE("export frame: a still stretches the network toward the area's aspect, a view or a fixed stretch "
          "keeps its own") {
    testing::ExportFixture f;
    core::figure::ExportOptions options;
    options.width = 1280;
    options.height = 720;
    f.build("1956-09", options);    // a, b and d: 200 wide, 150 high, in an area about twice as wide as high
    CHECK(f.scene.stretch.x > 1.2); // less than the area's aspect asks: the labels stick out sideways
    CHECK(f.scene.stretch.x < core::scene::kMaxStretch);
    CHECK(f.scene.stretch.y == 1.0);
    CHECK(f.scene.nodes[1].center.x == doctest::Approx(200 * f.scene.stretch.x)); // b
    CHECK(f.frame.area.minY > 0);
    // The discs span more of the width than unstretched (and stay clear of the legend).
    const auto span = [&] {
        double lo = 1e9, hi = -1e9;
        for (const core::scene::SceneNode& n : f.scene.nodes) {
            if (n.alpha <= 0.02f) continue;
            lo = std::min(lo, f.frame.camera.toScreen(n.center).x);
            hi = std::max(hi, f.frame.camera.toScreen(n.center).x);
        }
        return hi - lo;
    };
    const double stretched = span(), stretchedZoom = f.frame.camera.zoom;
    options.stretch = core::scene::Stretch{};
    f.build("1956-09", options);
    CHECK(f.scene.stretch == core::scene::Stretch{});
    CHECK(stretched > span() * 1.2);
    CHECK(stretchedZoom >= f.frame.camera.zoom); // the stretch never shrinks the discs
    // The window's view exports with the window's stretch (none when it has none).
    core::scene::Camera view;
    view.width = 800;
    view.height = 600;
    options.view = view;
    options.stretch = core::scene::Stretch{1.25, 1};
    f.build("1956-09", options);
    CHECK(f.scene.stretch == core::scene::Stretch{1.25, 1});
    CHECK(f.scene.nodes[1].center.x == doctest::Approx(250));
    options.stretch.reset();
    f.build("1956-09", options);
    CHECK(f.scene.stretch == core::scene::Stretch{});
}
