// Tests for app/core/figure/legend.cpp and the legend and line styles in the SVG writer.
#include "core/figure/legend.hpp"
#include "core/figure/svg_writer.hpp"

#include "export_fixture.hpp"

#include <regex>

using namespace tieline;

namespace {

// Three ties of three types at 1956-09-15: a certain one, one whose start (~1956-09) is
// approximate that day, and a contested one.
const char* kStyles = R"({
  "meta": {"title": "Styles", "start": "1956", "end": "1957"},
  "tieTypes": [{"id": "aid", "label": "Aid", "color": "#757918"},
               {"id": "alliance", "label": "Alliance", "directed": false, "color": "#7961B1"},
               {"id": "purge", "label": "Purge", "sign": -1, "color": "#EF211C"},
               {"id": "unused", "label": "Unused", "color": "#1D868D"}],
  "groups": [{"id": "n", "label": "North", "color": "#009E73"}, {"id": "s", "label": "South", "color": "#CC79A7"},
             {"id": "e", "label": "Empty", "color": "#F0E442"}],
  "actors": [{"id": "a", "name": "Alpha", "group": "n"}, {"id": "b", "name": "Beta", "group": "n"},
             {"id": "c", "name": "Gamma", "group": "s"}],
  "ties": [{"id": "certain", "from": "a", "to": "b", "type": "aid", "spans": [{}], "confidence": "high"},
           {"id": "approx", "from": "b", "to": "c", "type": "alliance", "spans": [{"start": "~1956-09"}],
            "confidence": "high"},
           {"id": "disputed", "from": "a", "to": "c", "type": "purge", "spans": [{}], "confidence": "contested"}]
})";

struct StylesFixture {
    core::model::Dataset data;
    std::vector<core::model::Point> positions = {{0, 0}, {200, 0}, {100, 150}};
    core::scene::Scene scene;
    core::figure::ExportFrame frame;
    core::figure::FixedFontMetrics metrics;

    explicit StylesFixture(bool dark = true) {
        auto loaded = core::io::loadDatasetText(kStyles, "styles.json");
        REQUIRE(loaded.dataset);
        data = std::move(*loaded.dataset);
        core::scene::SceneInput in;
        in.data = &data;
        in.t = core::calendar::parseDate("1956-09-15")->firstDay();
        in.positions = &positions;
        core::scene::buildScene(in, dark ? core::scene::darkSceneStyle() : core::scene::lightSceneStyle(),
                                scene);
        core::figure::layoutExportFrame(data, scene, core::figure::ExportOptions{}, metrics, frame);
    }

    const core::scene::SceneEdge& edge(const char* key) const {
        for (const core::scene::SceneEdge& e : scene.edges)
            if (data.tie(e.tie).key == key) return e;
        FAIL("no edge " << key);
        return scene.edges.front();
    }
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = text.find(what); i != std::string::npos; i = text.find(what, i + 1))
        ++n;
    return n;
}

// The <path ...> element of the tie `key`.
std::string tiePath(const std::string& svg, const std::string& key) {
    const std::size_t at = svg.find("data-tie=\"" + key + "\"");
    if (at == std::string::npos) return {};
    const std::size_t begin = svg.rfind("<path", at), end = svg.find("/>", at);
    return svg.substr(begin, end - begin);
}

} // namespace

TEST_CASE("scene: an approximate date and a contested tie are told apart") {
    StylesFixture f;
    CHECK(f.edge("certain").approximate == false);
    CHECK(f.edge("certain").contested == false);
    CHECK(core::scene::edgePattern(f.edge("certain")) == 0);
    CHECK(f.edge("approx").approximate);
    CHECK_FALSE(f.edge("approx").contested);
    CHECK(core::scene::edgePattern(f.edge("approx")) == 2); // dots
    CHECK(f.edge("disputed").contested);
    CHECK_FALSE(f.edge("disputed").approximate);
    CHECK(core::scene::edgePattern(f.edge("disputed")) == 1); // dashes
    core::scene::SceneEdge both = f.edge("disputed");
    both.approximate = true;
    CHECK(core::scene::edgePattern(both) == 3); // dash-dot
}

TEST_CASE("legend: one row per tie type and group shown, the two certainty styles, in its corner") {
    StylesFixture f;
    const core::figure::LegendLayout& legend = f.frame.legend;
    REQUIRE_FALSE(legend.box.empty);
    std::vector<std::string> tieTypes, groups;
    bool approximate = false, contested = false;
    for (const core::figure::LegendItem& item : legend.items) {
        if (item.kind == core::figure::LegendKind::TieType) {
            tieTypes.push_back(item.key);
            CHECK(item.line >= 0);
        }
        if (item.kind == core::figure::LegendKind::Group) {
            groups.push_back(item.key);
            CHECK(item.disc >= 0);
        }
        approximate |= item.kind == core::figure::LegendKind::Approximate;
        contested |= item.kind == core::figure::LegendKind::Contested;
        REQUIRE(item.text >= 0);
    }
    CHECK(tieTypes == std::vector<std::string>{"aid", "alliance", "purge"}); // not the unused type
    CHECK(groups == std::vector<std::string>{"n", "s"});                     // not the empty group
    CHECK(approximate);
    CHECK(contested);
    // The texts the items point at are the rows' (the caption's two lines come first).
    CHECK(f.frame.overlay.texts[std::size_t(legend.items[1].text)].text == "Aid");
    // Top right, inside the picture's margin; the legend swatches for approximate and contested differ.
    CHECK(legend.box.maxX == doctest::Approx(1920 - 20 * f.frame.pixelScale));
    CHECK(legend.box.minY == doctest::Approx(20 * f.frame.pixelScale));
    const core::figure::LegendItem* approxRow = nullptr;
    const core::figure::LegendItem* contestedRow = nullptr;
    for (const core::figure::LegendItem& item : legend.items) {
        if (item.kind == core::figure::LegendKind::Approximate) approxRow = &item;
        if (item.kind == core::figure::LegendKind::Contested) contestedRow = &item;
    }
    REQUIRE(approxRow);
    REQUIRE(contestedRow);
    CHECK(core::scene::edgePattern(f.frame.overlay.lines[std::size_t(approxRow->line)]) == 2);
    CHECK(core::scene::edgePattern(f.frame.overlay.lines[std::size_t(contestedRow->line)]) == 1);
}

TEST_CASE("legend: its box is known without drawing it, in any corner, and wraps into columns") {
    StylesFixture f;
    core::figure::LegendPlacement where;
    where.area.add(100, 50);
    where.area.add(900, 650);
    const core::scene::Bounds box = core::figure::legendBox(f.data, f.scene, f.metrics, where);
    REQUIRE_FALSE(box.empty);
    core::figure::Overlay overlay;
    core::figure::LegendLayout legend;
    core::figure::layoutLegend(f.data, f.scene, f.metrics, where, overlay, legend);
    CHECK(box.minX == legend.box.minX);
    CHECK(box.maxY == legend.box.maxY);
    CHECK(box.maxX == doctest::Approx(900));
    CHECK(box.minY == doctest::Approx(50));
    CHECK(overlay.panels.size() == 1);
    CHECK(overlay.panels[0].x0 == doctest::Approx(box.minX));

    where.corner = core::figure::LegendCorner::BottomLeft;
    where.inset = 10;
    const core::scene::Bounds bottomLeft = core::figure::legendBox(f.data, f.scene, f.metrics, where);
    CHECK(bottomLeft.minX == doctest::Approx(110));
    CHECK(bottomLeft.maxY == doctest::Approx(640));
    CHECK(bottomLeft.width() == doctest::Approx(box.width()));

    // A short area: more columns, so wider and no taller than the area allows.
    where.area = core::scene::Bounds{};
    where.area.add(0, 0);
    where.area.add(800, 120);
    where.inset = 0;
    const core::scene::Bounds wide = core::figure::legendBox(f.data, f.scene, f.metrics, where);
    CHECK(wide.height() <= 120);
    CHECK(wide.width() > box.width() * 1.5);

    // The window's placement: top right of the canvas, scaled with the framebuffer.
    core::scene::Bounds canvas;
    canvas.add(0, 20);
    canvas.add(1000, 1020);
    const core::figure::LegendPlacement window = core::figure::canvasLegendPlacement(canvas, 2.0);
    const core::scene::Bounds inWindow = core::figure::legendBox(f.data, f.scene, f.metrics, window);
    CHECK(inWindow.maxX == doctest::Approx(1000 - 10 * 2.0));
    CHECK(inWindow.minY == doctest::Approx(20 + 10 * 2.0));
    // Compact: 15 px rows and 7.5 px padding at the reference scale; one column (it fits in 45 % of
    // the canvas), headings and all.
    core::figure::Overlay windowOverlay;
    core::figure::LegendLayout windowLegend;
    core::figure::layoutLegend(f.data, f.scene, f.metrics, window, windowOverlay, windowLegend);
    const std::size_t rows = windowOverlay.texts.size();
    CHECK(inWindow.height() == doctest::Approx(2 * 15.0 + 30.0 * double(rows)));
    CHECK(rows == 9); // Ties, aid, alliance, purge, approximate, contested; Groups and two groups

    // A shorter canvas: ties and groups side by side without headings, as tall as the longer list.
    core::scene::Bounds low;
    low.add(0, 0);
    low.add(1000, 500);
    core::figure::Overlay sideBySide;
    core::figure::LegendLayout columns;
    core::figure::layoutLegend(f.data, f.scene, f.metrics, core::figure::canvasLegendPlacement(low, 2.0),
                               sideBySide, columns);
    const std::size_t lines = sideBySide.lines.size(), discs = sideBySide.discs.size();
    REQUIRE(lines > 0);
    REQUIRE(discs > 0);
    CHECK(sideBySide.texts.size() == lines + discs); // no headings
    CHECK(columns.box.height() == doctest::Approx(2 * 15.0 + 30.0 * double(std::max(lines, discs))));
    CHECK(columns.box.height() <= 500 * 0.45);
    for (const core::scene::SceneNode& d : sideBySide.discs) // groups right of every tie swatch
        for (const core::scene::SceneEdge& e : sideBySide.lines)
            CHECK(d.center.x > e.p2.x);
    for (const core::figure::LegendItem& item : columns.items)
        CHECK(item.kind != core::figure::LegendKind::Heading);

    // Too narrow for side by side (the window's story caption beside it): one column, headings kept.
    core::scene::Bounds narrow;
    narrow.add(0, 0);
    narrow.add(columns.box.width() + 10, 500);
    core::figure::Overlay oneColumn;
    core::figure::LegendLayout tall;
    core::figure::layoutLegend(f.data, f.scene, f.metrics, core::figure::canvasLegendPlacement(narrow, 2.0),
                               oneColumn, tall);
    CHECK(oneColumn.texts.size() == 9);
    CHECK(tall.box.height() == doctest::Approx(2 * 15.0 + 30.0 * 9));
    CHECK(tall.box.width() < columns.box.width());

    // Collapsed: the chip alone, one row wide enough for its word.
    const core::figure::LegendPlacement chip = core::figure::canvasLegendPlacement(canvas, 2.0, true);
    core::figure::Overlay chipOverlay;
    core::figure::LegendLayout chipLegend;
    core::figure::layoutLegend(f.data, f.scene, f.metrics, chip, chipOverlay, chipLegend);
    REQUIRE(chipOverlay.texts.size() == 1);
    CHECK(chipOverlay.texts[0].text == "Legend");
    CHECK(chipOverlay.lines.empty());
    CHECK(chipOverlay.discs.empty());
    CHECK(chipLegend.box.height() == doctest::Approx(2 * 15.0 + 30.0));
    CHECK(chipLegend.box.width() == doctest::Approx(2 * 15.0 + f.metrics.width("Legend", 24)));
    CHECK(chipLegend.box.maxX == doctest::Approx(980));
}

TEST_CASE("svg: the legend is a <g class=\"legend\"> with one entry per tie type shown") {
    StylesFixture f;
    const std::string svg = core::figure::svgDocument(f.data, f.scene, f.frame, f.metrics);
    REQUIRE(count(svg, "<g class=\"legend\"") == 1);
    const std::string legend = svg.substr(svg.find("<g class=\"legend\""));
    CHECK(count(legend, "data-kind=\"tie-type\"") == 3);
    for (const char* type : {"aid", "alliance", "purge"})
        CHECK(legend.find("data-kind=\"tie-type\" data-key=\"" + std::string(type) + "\"") !=
              std::string::npos);
    CHECK(legend.find("data-key=\"unused\"") == std::string::npos);
    CHECK(count(legend, "data-kind=\"group\"") == 2);
    CHECK(count(legend, "data-kind=\"approximate\"") == 1);
    CHECK(count(legend, "data-kind=\"contested\"") == 1);
    // Each tie-type entry holds its swatch (in the type's colour) and its text.
    const std::regex aidEntry("data-key=\"aid\">\\n<path class=\"swatch\"[^>]*stroke=\"#757918\"[^\\n]*\\n"
                              "<g [^>]*><text class=\"overlay-text\"[^>]*>Aid</text>");
    CHECK(std::regex_search(legend, aidEntry));
    // Without a legend there is no legend group.
    core::figure::ExportOptions none;
    none.legend = false;
    core::figure::layoutExportFrame(f.data, f.scene, none, f.metrics, f.frame);
    CHECK(core::figure::svgDocument(f.data, f.scene, f.frame, f.metrics).find("class=\"legend\"") ==
          std::string::npos);
}

TEST_CASE("svg: an approximate tie and a contested tie have different attributes and dashes") {
    StylesFixture f;
    const std::string svg = core::figure::svgDocument(f.data, f.scene, f.frame, f.metrics);
    const std::string certain = tiePath(svg, "certain"), approx = tiePath(svg, "approx"),
                      disputed = tiePath(svg, "disputed");
    REQUIRE_FALSE(certain.empty());
    REQUIRE_FALSE(approx.empty());
    REQUIRE_FALSE(disputed.empty());
    CHECK(certain.find("stroke-dasharray") == std::string::npos);
    CHECK(certain.find("data-date") == std::string::npos);
    CHECK(approx.find("data-date=\"approximate\"") != std::string::npos);
    CHECK(approx.find("data-confidence") == std::string::npos);
    CHECK(disputed.find("data-confidence=\"contested\"") != std::string::npos);
    CHECK(disputed.find("data-date") == std::string::npos);
    const std::regex dashes("stroke-dasharray=\"([0-9.]+) ([0-9.]+)\"");
    std::smatch a, d;
    REQUIRE(std::regex_search(approx, a, dashes));
    REQUIRE(std::regex_search(disputed, d, dashes));
    // A second channel for meaning: the hostile purge ends in a bar, the cooperative aid in a triangle
    // (the same shapes in the legend's swatches: two markers each).
    CHECK(f.edge("disputed").hostile);
    CHECK_FALSE(f.edge("certain").hostile);
    CHECK(count(svg, "class=\"bar-head\"") == 2);
    CHECK(count(svg, "<marker ") == 4);
    // Dots are short, dashes long: the approximate tie's "on" length is a fraction of the contested one's.
    CHECK(std::stod(a[1]) * 2 < std::stod(d[1]));
}
