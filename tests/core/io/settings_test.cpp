// Tests for app/core/io/settings.cpp: round trip, defaults, and a corrupt file kept as .bak.
#include "core/io/dataset_loader.hpp"
#include "core/io/settings.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

using namespace tieline::core;

TEST_CASE("settings: saved settings load back, folders are created") {
    const auto dir = std::filesystem::temp_directory_path() / "tieline-settings-test";
    std::filesystem::remove_all(dir);
    const std::string path = (dir / "tieline" / "settings.json").string();
    io::Settings s;
    s.darkTheme = false;
    s.windowWidth = 1600;
    s.lastDataset = "/data/x.json";
    s.showNative = false;
    s.showLegend = false;
    s.showHulls = true;
    s.labelScale = 1.5f;
    s.monthsPerSecond = 8;
    s.hierarchy = true;
    std::string error, warning;
    REQUIRE_MESSAGE(io::saveSettings(path, s, error), error);
    const io::Settings back = io::loadSettings(path, warning);
    CHECK(warning.empty());
    CHECK_FALSE(back.darkTheme);
    CHECK(back.windowWidth == 1600);
    CHECK(back.windowHeight == 800);
    CHECK(back.lastDataset == "/data/x.json");
    CHECK_FALSE(back.showNative);
    CHECK_FALSE(back.showLegend);
    CHECK(io::Settings{}.showLegend); // on by default
    CHECK(back.showHulls);
    CHECK(back.labelScale == doctest::Approx(1.5f));
    CHECK(back.monthsPerSecond == 8.0f);
    CHECK(back.hierarchy); // View > Layout > Patrons above clients
    CHECK_FALSE(io::Settings{}.hierarchy);
    std::filesystem::remove_all(dir);
}

TEST_CASE("settings: a missing file gives the defaults, a corrupt one too, with a warning and a .bak") {
    const auto dir = std::filesystem::temp_directory_path() / "tieline-settings-corrupt";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string path = (dir / "settings.json").string();
    std::string warning;
    CHECK(io::loadSettings(path, warning).darkTheme);
    CHECK(warning.empty());
    FILE* f = std::fopen(path.c_str(), "w");
    std::fputs("{\"theme\": \"light\", \"windowWidth\": ", f);
    std::fclose(f);
    const io::Settings s = io::loadSettings(path, warning);
    CHECK(s.darkTheme);
    CHECK(warning.find("could not be read") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(std::filesystem::exists(path + ".bak"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("settings: the path follows XDG_CONFIG_HOME, then HOME") {
    const char* home = std::getenv("HOME");
    const std::string savedHome = home ? home : "";
    setenv("XDG_CONFIG_HOME", "/tmp/xdg", 1);
    CHECK(io::settingsPath() == "/tmp/xdg/tieline/settings.json");
    unsetenv("XDG_CONFIG_HOME");
    setenv("HOME", "/home/someone", 1);
    CHECK(io::settingsPath() == "/home/someone/.config/tieline/settings.json");
    setenv("HOME", savedHome.c_str(), 1);
}

TEST_CASE("settings: a last dataset path that is not UTF-8 is not saved, and saving does not abort") {
    const std::string dir = std::filesystem::temp_directory_path().string() + "/tieline-settings-utf8-" +
                            std::to_string(::getpid());
    std::filesystem::create_directories(dir);
    io::Settings s;
    s.lastDataset = "/data/r\xE9seau.gexf";
    std::string error, warning;
    REQUIRE(io::saveSettings(dir + "/settings.json", s, error));
    CHECK(io::loadSettings(dir + "/settings.json", warning).lastDataset.empty());
    CHECK(warning.empty());
    std::filesystem::remove_all(dir);
}
