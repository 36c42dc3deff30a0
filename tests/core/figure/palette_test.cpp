// Tests for app/core/figure/colour.cpp: the colour science against known values, and the default
// dataset's palette against issue 13's thresholds, with the README's table checked against it.
#include "core/figure/colour.hpp"

#include "core/io/dataset_loader.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace tieline;
using core::figure::Vision;

TEST_CASE("colour: sRGB to CIELAB (D65) and CIE76 match reference values") {
    const core::figure::Lab white = core::figure::toLab(0xFFFFFF);
    CHECK(white.l == doctest::Approx(100.0).epsilon(1e-4));
    CHECK(std::abs(white.a) < 0.01);
    CHECK(std::abs(white.b) < 0.01);
    const core::figure::Lab black = core::figure::toLab(0x000000);
    CHECK(black.l == doctest::Approx(0.0));
    // sRGB red is L* 53.24, a* 80.09, b* 67.20 (D65); mid grey #777777 is L* 50.03.
    const core::figure::Lab red = core::figure::toLab(0xFF0000);
    CHECK(red.l == doctest::Approx(53.24).epsilon(1e-3));
    CHECK(red.a == doctest::Approx(80.09).epsilon(1e-3));
    CHECK(red.b == doctest::Approx(67.20).epsilon(1e-3));
    CHECK(core::figure::toLab(0x777777).l == doctest::Approx(50.03).epsilon(1e-3));
    CHECK(core::figure::deltaE76(0xFF0000, 0xFF0000) == 0.0);
    CHECK(core::figure::deltaE76(0xFFFFFF, 0x000000) == doctest::Approx(100.0).epsilon(1e-4));
    // WCAG: black on white is 21:1.
    CHECK(core::figure::contrastRatio(core::figure::relativeLuminance(0xFFFFFF),
                                      core::figure::relativeLuminance(0x000000)) == doctest::Approx(21.0));
}

TEST_CASE("colour: the dichromacy simulations keep greys and merge red with green") {
    // Machado et al.'s matrices keep white white (rows sum to 1) and so every grey.
    for (Vision v : {Vision::Deuteranopia, Vision::Protanopia}) {
        CHECK(core::figure::deltaE76(0x808080, 0x808080, v) == 0.0);
        const core::figure::Lab grey = core::figure::toLab(0x808080, v);
        CHECK(grey.l == doctest::Approx(core::figure::toLab(0x808080).l).epsilon(1e-3));
        CHECK(std::abs(grey.a) < 0.5);
    }
    // Okabe-Ito's vermilion and bluish green are far apart for everyone; pure red and a green of
    // similar lightness collapse under deuteranopia.
    CHECK(core::figure::deltaE76(0xD55E00, 0x009E73, Vision::Deuteranopia) > 15);
    CHECK(core::figure::deltaE76(0xCC3333, 0x778800) > 50);
    CHECK(core::figure::deltaE76(0xCC3333, 0x778800, Vision::Deuteranopia) < 15);
}

TEST_CASE("palette: the default dataset's tie types never share a colour with a group, and stay apart for "
          "dichromats") {
    auto loaded = core::io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    const core::model::Dataset& data = *loaded.dataset;
    const core::figure::PaletteReport report = core::figure::checkPalette(data);
    REQUIRE(report.tieTypes.size() == data.tieTypes.size());
    for (std::size_t i = 0; i < data.tieTypes.size(); ++i) {
        INFO("tie type " << data.tieTypes[i].key);
        for (const core::model::Group& g : data.groups) {
            INFO("group " << g.key);
            CHECK(core::figure::deltaE76(data.tieTypes[i].color, g.color) >=
                  core::figure::kMinTieGroupDeltaE);
        }
        for (std::size_t j = i + 1; j < data.tieTypes.size(); ++j)
            for (Vision v : {Vision::Normal, Vision::Deuteranopia, Vision::Protanopia}) {
                INFO("against " << data.tieTypes[j].key << " under " << core::figure::label(v));
                CHECK(core::figure::deltaE76(data.tieTypes[i].color, data.tieTypes[j].color, v) >=
                      core::figure::kMinTieTieDeltaE);
            }
        // Ties read on both canvases (WCAG 1.4.11's 3:1 for graphics).
        CHECK(report.tieTypes[i].contrastDark >= core::figure::kMinTieContrast);
        CHECK(report.tieTypes[i].contrastLight >= core::figure::kMinTieContrast);
    }
    CHECK(report.meetsThresholds());
}

TEST_CASE("palette: README's palette table is the one the dataset gives") {
    auto loaded = core::io::loadDatasetFile(TIELINE_DATA "/korea-1955-1969.json");
    REQUIRE(loaded.dataset);
    const std::string table = core::figure::paletteTable(*loaded.dataset);
    std::ifstream in(TIELINE_DATA "/../README.md");
    REQUIRE(in);
    std::stringstream readme;
    readme << in.rdbuf();
    INFO("README.md should hold, under \"### Colours\":\n" << table);
    CHECK(readme.str().find(table) != std::string::npos);
}
