// Tests for app/core/figure/export_options.cpp.
#include "core/figure/export_options.hpp"

#include <doctest/doctest.h>

#include <filesystem>

using namespace tieline::core;

TEST_CASE("export options: sizes parse as WxH within 1..8192 and refuse anything else") {
    int w = 0, h = 0;
    std::string why;
    CHECK(figure::parseExportSize("3840x2160", w, h, why));
    CHECK((w == 3840 && h == 2160));
    CHECK(figure::parseExportSize("1X1", w, h, why));
    CHECK(figure::parseExportSize("8192x8192", w, h, why));
    for (const char* bad :
         {"0x100", "8193x10", "100", "x100", "100x", "-5x10", "12.5x10", "100x100x3", "axb", ""}) {
        CAPTURE(bad);
        CHECK_FALSE(figure::parseExportSize(bad, w, h, why));
        CHECK(why.find("expected WIDTHxHEIGHT") != std::string::npos);
    }
}

TEST_CASE("export options: a sweep's frames are evenly spaced from the first to the last moment") {
    figure::SweepRange r;
    r.from = 100;
    r.to = 210;
    r.fps = 6;
    r.seconds = 2;
    REQUIRE(r.frameCount() == 12);
    CHECK(r.frameTime(0) == 100);
    CHECK(r.frameTime(11) == 210);
    CHECK(r.frameTime(1) == doctest::Approx(110));
    r.seconds = 0.01;
    CHECK(r.frameCount() == 1);
    CHECK(r.frameTime(0) == 100);
}

TEST_CASE("export options: frame names sort in order and widen only for very long sweeps") {
    CHECK(figure::sweepFrameName(0, 12) == "frame-00000.png");
    CHECK(figure::sweepFrameName(479, 480) == "frame-00479.png");
    CHECK(figure::sweepFrameName(7, 200000) == "frame-000007.png");
}

TEST_CASE("export options: the CSL-JSON file goes beside the Markdown bibliography") {
    CHECK(figure::cslPathFor("refs.md") == "refs.json");
    CHECK(figure::cslPathFor("out/kim.1956.md") == "out/kim.1956.json");
    CHECK(figure::cslPathFor("out.d/refs") == "out.d/refs.json");
}

TEST_CASE("export options: output paths are checked before any work") {
    const auto dir = std::filesystem::temp_directory_path() / "tieline-export-options-test";
    std::filesystem::create_directories(dir);
    std::string why;
    CHECK(figure::checkOutputFile((dir / "a.png").string(), why));
    CHECK_FALSE(figure::checkOutputFile((dir / "missing" / "a.png").string(), why));
    CHECK(why.find("does not exist") != std::string::npos);
    CHECK_FALSE(figure::checkOutputFile(dir.string(), why));
    CHECK(why.find("it is a folder") != std::string::npos);
    CHECK(figure::checkOutputFolder((dir / "frames").string(), why));
    CHECK(figure::checkOutputFolder(dir.string(), why));
    CHECK_FALSE(figure::checkOutputFolder((dir / "no" / "frames").string(), why));
    std::filesystem::remove_all(dir);
}

TEST_CASE("export options: text and lines grow with the picture, relative to 1280x720") {
    CHECK(figure::exportPixelScale(1280, 720) == doctest::Approx(1.0));
    CHECK(figure::exportPixelScale(3840, 2160) == doctest::Approx(3.0));
    CHECK(figure::exportPixelScale(320, 240) == doctest::Approx(0.5));
    CHECK(figure::exportPixelScale(1080, 1920) == doctest::Approx(1080.0 / 1280.0));
}
