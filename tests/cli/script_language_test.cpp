// The --script language without a window: every command in the table parses, numbers are strict,
// and a script is refused at its first bad line before anything runs.
#include "commands/script_language.hpp"

#include <doctest/doctest.h>

#include <set>

using namespace tieline::commands;

namespace {

std::string refusal(const std::string& text) {
    Script script;
    std::string error;
    CHECK_FALSE(parseScript(text, "s.script", script, error));
    return error;
}

// A well-formed argument for each kind of command.
std::string sampleArguments(const ScriptCommand& c) {
    switch (c.kind) {
    case ScriptArgKind::None:
        return "";
    case ScriptArgKind::Text:
        return "kim-il-sung";
    case ScriptArgKind::Choice:
        return std::string(c.arguments.substr(0, c.arguments.find('|')));
    case ScriptArgKind::Date:
        return "1956-09-20";
    case ScriptArgKind::Frames:
        return "20";
    case ScriptArgKind::StoryStop:
        return "1 2";
    case ScriptArgKind::MaybeStory:
        return "1";
    case ScriptArgKind::StoryFolder:
        return "0 /tmp/deck folder";
    case ScriptArgKind::DateRange:
        return "1956-08-01 1956-10-31";
    case ScriptArgKind::Words: {
        // One word per word of the form, the optional ones included, one of them quoted.
        std::string out;
        std::size_t count = 1;
        for (const char ch : c.arguments)
            count += ch == ' ';
        for (std::size_t i = 0; i < count; ++i)
            out += i == 0 ? "w0" : (i == 1 ? " \"a b\"" : " w" + std::to_string(i));
        return out;
    }
    }
    return "";
}

} // namespace

TEST_CASE("script: every command in the table parses with arguments of its form, and names are unique") {
    std::set<std::string_view> names;
    std::string text;
    for (const ScriptCommand& c : scriptCommands()) {
        CAPTURE(c.name);
        CHECK(names.insert(c.name).second);
        CHECK_FALSE(c.help.empty());
        CHECK(findScriptCommand(c.name) == &c);
        text += std::string(c.name) + " " + sampleArguments(c) + "   # comment\n";
    }
    CHECK(names.size() >= 24);
    Script script;
    std::string error;
    REQUIRE_MESSAGE(parseScript(text, "all.script", script, error), error);
    REQUIRE(script.lines.size() == names.size());
    for (std::size_t i = 0; i < script.lines.size(); ++i)
        CHECK(script.lines[i].number == int(i) + 1);
    CHECK(findScriptCommand("frobnicate") == nullptr);
}

TEST_CASE("script: arguments arrive typed") {
    Script s;
    std::string error;
    REQUIRE(parseScript("at 1956-09\nwait 20\nstory 1 3\nstory 2\npresent\nexport-deck 0 out/my deck\n"
                        "search Kim Il\n",
                        "t.script", s, error));
    REQUIRE(s.lines.size() == 7);
    CHECK(s.lines[0].args.date->toString() == "1956-09");
    CHECK(*s.lines[1].args.number == 20);
    CHECK(*s.lines[2].args.number == 1);
    CHECK(*s.lines[2].args.stop == 3);
    CHECK_FALSE(s.lines[3].args.stop);
    CHECK_FALSE(s.lines[4].args.number);
    CHECK(*s.lines[5].args.number == 0);
    CHECK(s.lines[5].args.text == "out/my deck");
    CHECK(s.lines[6].args.text == "Kim Il");
}

TEST_CASE("script: numbers are strict and a malformed line names the form it expected") {
    CHECK(refusal("at 1956\nwait 3x\n") == "s.script:2: wait N: a whole number of frames, found '3x'");
    CHECK(refusal("wait\n") == "s.script:1: wait N: a whole number of frames, found nothing");
    for (const char* bad : {"wait -1", "wait 1.5", "wait 0x10", "wait 99999999999999999999", "story x",
                            "story 1 2x", "story -1", "present one", "export-deck 0", "export-deck x dir"}) {
        CAPTURE(bad);
        CHECK(refusal(bad).rfind("s.script:1: ", 0) == 0);
    }
    CHECK(refusal("theme blue").find("theme dark|light: one of dark/light, found 'blue'") !=
          std::string::npos);
    CHECK(refusal("at 1956-13").find("at DATE: a date") != std::string::npos);
    CHECK(refusal("fit now").find("fit: no arguments, found 'now'") != std::string::npos);
    CHECK(refusal("screenshot").find("screenshot PNG: expected PNG, found nothing") != std::string::npos);
    CHECK(refusal("side-tab charts2").find("side-tab ") != std::string::npos);
}

TEST_CASE("script: every line is checked before anything runs, the first bad one reported") {
    Script s;
    std::string error;
    CHECK_FALSE(parseScript("at 1956\nscreenshot a.png\nwait 5\n\n# fine so far\nfrobnicate now\nwait 3x\n",
                            "late.script", s, error));
    CHECK(error == "late.script:6: unknown command 'frobnicate'");
    CHECK(s.lines.size() == 3); // parsed so far, never run: the caller stops at the error
    CHECK(parseScript("# only comments\n\n   \n", "empty.script", s, error));
    CHECK(s.lines.empty());
}

TEST_CASE("script: help lists every command with its arguments and help") {
    const std::string help = scriptHelp();
    for (const ScriptCommand& c : scriptCommands()) {
        CAPTURE(c.name);
        CHECK(help.find(std::string(c.name) + (c.arguments.empty() ? "" : " " + std::string(c.arguments))) !=
              std::string::npos);
        CHECK(help.find(std::string(c.help)) != std::string::npos);
    }
}

TEST_CASE("script: timeline-zoom takes two dates in order, or all, and nothing else") {
    Script s;
    std::string error;
    REQUIRE_MESSAGE(parseScript("timeline-zoom 1956-08-01 1956-10-31\ntimeline-zoom all\n"
                                "timeline-zoom 1956-08   1956-10\ntimeline-zoom 1956-09-20 1956-09-20\n",
                                "z.script", s, error),
                    error);
    REQUIRE(s.lines.size() == 4);
    CHECK(s.lines[0].args.date->toString() == "1956-08-01");
    CHECK(s.lines[0].args.until->toString() == "1956-10-31");
    CHECK(s.lines[1].args.text == "all");
    CHECK_FALSE(s.lines[1].args.date);
    CHECK(s.lines[2].args.until->toString() == "1956-10"); // months: to the end of October
    CHECK(s.lines[3].args.date == s.lines[3].args.until);  // one day
    const std::string form =
        "timeline-zoom D1 D2|all: two dates such as 1956-08-01 1956-10-31, the second not "
        "before the first, or all, found ";
    CHECK(refusal("wait 1\ntimeline-zoom 1956-10-31 1956-08-01\n") ==
          "s.script:2: " + form + "'1956-10-31 1956-08-01'");
    CHECK(refusal("timeline-zoom 1956-08-01\n") == "s.script:1: " + form + "'1956-08-01'");
    CHECK(refusal("timeline-zoom\n") == "s.script:1: " + form + "nothing");
    CHECK(refusal("timeline-zoom 1956-08-01 1956-10-32\n") ==
          "s.script:1: " + form + "'1956-08-01 1956-10-32'");
    CHECK(refusal("timeline-zoom 1956-8-1 1956-10-31\n") == "s.script:1: " + form + "'1956-8-1 1956-10-31'");
    CHECK(refusal("timeline-zoom 1956-08-01 1956-10-31 1957\n") ==
          "s.script:1: " + form + "'1956-08-01 1956-10-31 1957'");
    CHECK(refusal("timeline-zoom ALL\n") == "s.script:1: " + form + "'ALL'");
}

TEST_CASE("script: editing commands take their words, quoted words with blanks, and count them") {
    Script script;
    std::string error;
    REQUIRE(parseScript("add-tie mao-zedong kim-il-sung aid 1957-01 1958-01 s01\n"
                        "add-claim t05 s01 \"p. 12\" \"he said \\\"no\\\"\"\n"
                        "save\nsave /tmp/x.json\nundo\nrestore yes\n",
                        "s.script", script, error));
    REQUIRE(script.lines.size() == 6);
    CHECK(script.lines[0].args.words.size() == 6);
    CHECK(script.lines[1].args.words == std::vector<std::string>{"t05", "s01", "p. 12", "he said \"no\""});
    CHECK(script.lines[2].args.words.empty());
    CHECK(script.lines[3].args.words == std::vector<std::string>{"/tmp/x.json"});
    CHECK(refusal("add-tie a b aid 1957 1958") ==
          "s.script:1: add-tie FROM TO TYPE START END SOURCE [LOCATOR]: 6 to 7 words (a word with blanks in "
          "double quotes), found 'a b aid 1957 1958'");
    CHECK(refusal("delete-tie t1 t2") == "s.script:1: delete-tie TIE: 1 word (a word with blanks in double "
                                         "quotes), found 't1 t2'");
    CHECK(
        refusal("add-claim t1 s1 \"p. 3") ==
        "s.script:1: add-claim TIE SOURCE LOCATOR [QUOTE]: words, a quoted one closed by '\"', found 't1 s1 "
        "\"p. 3'");
    CHECK(refusal("restore maybe") == "s.script:1: restore yes|no: one of yes/no, found 'maybe'");
}
