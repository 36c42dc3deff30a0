// The GL-free parsers of the command line: strict numbers, option tables, the window's options.
#include "commands/gui_options.hpp"
#include "commands/numbers.hpp"

#include <doctest/doctest.h>

using namespace tieline::commands;

TEST_CASE("numbers: the whole text must be the number") {
    CHECK(parseWhole("42", 0, 100) == 42);
    CHECK(parseWhole("-3", -5, 5) == -3);
    for (const char* bad : {"", "3x", " 3", "3 ", "+3", "0x10", "1e3", "101", "-1"}) {
        CAPTURE(bad);
        CHECK_FALSE(parseWhole(bad, 0, 100));
    }
    CHECK(parseReal("0.5", 0, 2) == 0.5);
    CHECK(parseReal("2", 0, 2) == 2.0);
    for (const char* bad : {"", "abc", "0.5x", "2.5", "nan", "inf", " 1"}) {
        CAPTURE(bad);
        CHECK_FALSE(parseReal(bad, 0, 2));
    }
}

TEST_CASE("options: values inline or after, flags, positionals, and errors that name the option") {
    const std::vector<OptionSpec> specs = {{"--at", true, "DATE", "when"}, {"--quiet", false, "", "hush"}};
    auto p = parseArgs({"file", "--at=1956", "--quiet", "--", "--not-an-option"}, specs);
    CHECK(p.error.empty());
    CHECK(p.value("--at") == "1956");
    CHECK(p.has("--quiet"));
    CHECK(p.positionals == std::vector<std::string>{"file", "--not-an-option"});
    CHECK(parseArgs({"--bogus"}, specs).error == "unknown option '--bogus'");
    CHECK(parseArgs({"--at"}, specs).error == "option '--at' needs a value (DATE)");
    CHECK(parseArgs({"--quiet=1"}, specs).error == "option '--quiet' takes no value");
    CHECK(describeOptions(specs).find("  --at DATE             when\n") == 0);
}

TEST_CASE("window options: --frames, --screenshot, --script and --size are parsed strictly") {
    GuiOptions o;
    CHECK(parseGuiArgs({"--size", "1280x800", "--script", "s.script", "data.json"}, o) == "");
    REQUIRE(o.size);
    CHECK(o.size->width == 1280);
    CHECK(o.size->height == 800);
    CHECK(o.script == "s.script");
    CHECK(o.dataset == "data.json");
    GuiOptions shot;
    CHECK(parseGuiArgs({"--screenshot", "a.png"}, shot) == "");
    CHECK(shot.frames == 3);
    CHECK_FALSE(shot.size);
    for (const std::vector<std::string>& bad :
         {std::vector<std::string>{"--frames", "3x", "--screenshot", "a.png"},
          {"--frames", "0"},
          {"--size", "800x600px"},
          {"--size", "100x100"},
          {"--size", "800"},
          {"--frames", "5"},
          {"--script", "s", "--screenshot", "a.png"},
          {"a.json", "b.json"},
          {"--frobnicate"}}) {
        GuiOptions x;
        CAPTURE(bad.front());
        CHECK_FALSE(parseGuiArgs(bad, x).empty());
    }
    GuiOptions x;
    CHECK(parseGuiArgs({"--frames", "3x", "--screenshot", "a.png"}, x) ==
          "option '--frames' expects a number from 1 to 100000");
}
