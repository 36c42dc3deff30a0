// Every file in tests/fixtures/invalid is rejected with the first message, location and pointer
// listed here (the file name says what is wrong); every file in tests/fixtures/valid loads with no
// warnings; tests/fixtures/warnings load with warnings. A new fixture without a row fails the test.
#include "core/io/dataset_loader.hpp"
#include "support/fixture_rows.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <set>
#include <string>

using namespace tieline;
using namespace tieline::core;

namespace {

struct Expected {
    const char* file;
    int line;
    int column;
    const char* pointer;
    const char* message; // the start of the first error's message
};

// The deep-nesting fixture stops when a 201st level would open: inside 199 arrays under /meta.
const std::string kDeepPointer = [] {
    std::string p = "/meta";
    for (int i = 0; i < 199; ++i)
        p += "/0";
    return p;
}();

const Expected kInvalid[] = {
    {"actor-kind-unknown.json", 31, 15, "/actors/1/kind", "expected one of person, faction, state, party, s"},
    {"actor-pin-missing-y.json", 27, 14, "/actors/0/pin/y",
     "missing required member \"y\" (expected a number)"},
    {"claim-contradicts-itself.json", 65, 13, "/ties/0/claims/0/contradicts/0",
     "a claim cannot contradict itself (\"c1\")"},
    {"claim-empty-quote.json", 63, 20, "/ties/0/claims/0/quote",
     "expected a verbatim quote, found an empty string"},
    {"claim-without-source.json", 59, 9, "/ties/0/claims/0/source",
     "missing required member \"source\" (expected a str"},
    {"color-not-hex.json", 13, 16, "/tieTypes/0/color", "expected a colour like \"#0072B2\", found \"blue\""},
    {"confidence-unknown.json", 57, 21, "/ties/0/confidence",
     "expected one of high, medium, low, contested, fo"},
    {"csl-date-parts-not-numbers.json", 76, 13, "/sources/0/issued/date-parts/0/0",
     "expected an integer date part, found a string (\""},
    {"date-bad-shape.json", 43, 20, "/ties/0/spans/0/start",
     "invalid date \"Sept 1956\": expected a date like 1"},
    {"date-february-30.json", 44, 18, "/ties/0/spans/0/end",
     "invalid date \"1956-02-30\": expected a day that e"},
    {"date-month-13.json", 78, 15, "/events/0/date", "invalid date \"1956-13\": expected a month from 01"},
    {"date-year-zero.json", 4, 14, "/meta/start", "invalid date \"0000\": expected a year from 0001 t"},
    {"date-zero-month-and-day.json", 78, 15, "/events/0/date",
     "invalid date \"0000-00\": expected a year from 000"},
    {"duplicate-actor-id.json", 35, 13, "/actors/2/id", "duplicate id \"kim\" (already used at /actors/0)"},
    {"duplicate-claim-id.json", 66, 17, "/ties/0/claims/1/id",
     "duplicate claim id \"c1\" (already used at /ties/0"},
    {"duplicate-tie-id.json", 68, 13, "/ties/1/id", "duplicate id \"ussr-kim\" (already used at /ties/0"},
    {"event-end-before-date.json", 83, 14, "/events/0/end",
     "the event ends (1956-08-01) before it starts (19"},
    {"event-missing-title.json", 76, 5, "/events/0/title",
     "missing required member \"title\" (expected a stri"},
    {"format-unknown-version.json", 99, 13, "/format", "expected \"tieline/1\" (the only format this versi"},
    {"id-empty-string.json", 24, 13, "/actors/0/id", "expected a kebab-case id (lowercase ASCII letter"},
    {"id-not-kebab-case.json", 24, 13, "/actors/0/id", "expected a kebab-case id (lowercase ASCII letter"},
    {"meta-end-before-start.json", 5, 12, "/meta/end", "the dataset ends (1955) before it starts (1960)"},
    {"meta-step-unknown.json", 6, 13, "/meta/step", "expected one of day, week, month, quarter, year,"},
    {"missing-actor-name.json", 28, 5, "/actors/1/name",
     "missing required member \"name\" (expected a strin"},
    {"missing-meta.json", 1, 1, "/meta", "missing required member \"meta\" (expected an obje"},
    {"missing-tie-confidence.json", 36, 5, "/ties/0/confidence",
     "missing required member \"confidence\" (expected a"},
    {"root-not-object.json", 1, 1, "", "expected a dataset (an object with \"meta\", \"acto"},
    {"root-string.json", 1, 1, "", "expected a dataset (an object with \"meta\", \"acto"},
    {"source-evidence-unknown.json", 72, 19, "/sources/0/evidence",
     "expected one of archive, scholarship, memoir, press, reference, popular, found \"archival\""},
    {"sign-not-unit.json", 12, 15, "/tieTypes/0/sign", "expected 1 (cooperative) or -1 (hostile), found "},
    {"layout-patron-unknown.json", 16, 19, "/tieTypes/0/layout/patron",
     "expected one of from, to, same, none, found \"client\""},
    {"source-missing-type.json", 69, 5, "/sources/0/type",
     "missing required member \"type\" (expected a strin"},
    {"span-end-before-start.json", 44, 18, "/ties/0/spans/0/end",
     "span ends (1956-03) before it starts (1957)"},
    {"span-overlap.json", 46, 9, "/ties/0/spans/1", "span overlaps span 0 of the same list"},
    {"spans-not-array.json", 41, 16, "/ties/0/spans", "expected an array, found an object"},
    {"story-empty-stops.json", 89, 16, "/stories/0/stops",
     "expected at least one stop, found an empty array"},
    {"story-focus-unknown-actor.json", 93, 13, "/stories/0/stops/0/focus/0", "unknown actor \"mao\""},
    {"strength-above-one.json", 50, 11, "/ties/0/strength/0/1", "expected a strength from 0 to 1, found 1.5"},
    {"strength-keyframes-unsorted.json", 53, 11, "/ties/0/strength/1/0",
     "keyframe dates must increase: 1955 does not come"},
    {"strength-not-a-pair.json", 48, 9, "/ties/0/strength/0",
     "expected a keyframe [date, value] such as [\"1956"},
    {"strength-value-as-string.json", 50, 11, "/ties/0/strength/0/1",
     "expected a strength from 0 to 1, found a string "},
    {"syntax-bom-then-garbage.json", 1, 1, "", "expected a JSON value (object, array, string, nu"},
    {"syntax-comment.json", 1, 1, "", "expected a JSON value (object, array, string, nu"},
    {"syntax-control-character.json", 25, 17, "/actors/0/name",
     "expected a character inside a string, found cont"},
    {"syntax-deep-nesting.json", 1, 209, kDeepPointer.c_str(), "nesting deeper than 200 levels"},
    {"syntax-duplicate-key.json", 26, 7, "/actors/0", "duplicate key \"name\" in one object"},
    {"syntax-empty-file.json", 1, 1, "", "expected a JSON value, found the end of the file"},
    {"syntax-huge-number.json", 12, 15, "/tieTypes/0/sign", "number 1e400 is too large"},
    {"syntax-utf16-bom.json", 1, 1, "", "the file is UTF-16 (little-endian) (it starts with that byte order"},
    {"actor-pin-out-of-reach.json", 29, 14, "/actors/0/pin/y",
     "expected a pin coordinate from -1000000 to 1000000"},
    {"syntax-infinity.json", 12, 15, "/tieTypes/0/sign", "expected a JSON value, found Infinity (JSON has "},
    {"syntax-invalid-utf8.json", 25, 17, "/actors/0/name", "invalid UTF-8: unexpected byte 0xFF"},
    {"syntax-leading-zero.json", 12, 15, "/tieTypes/0/sign", "a number with a leading zero"},
    {"syntax-lone-surrogate.json", 25, 23, "/actors/0/name",
     "expected a low surrogate \\uDC00..\\uDFFF after a "},
    {"syntax-nan.json", 50, 11, "/ties/0/strength/0/1", "expected a JSON value, found NaN (JSON has no Na"},
    {"syntax-overlong-utf8.json", 25, 17, "/actors/0/name", "invalid UTF-8: unexpected byte 0xC0"},
    {"syntax-single-quotes.json", 1, 2, "", "expected a member name in double quotes, found '"},
    {"syntax-trailing-comma.json", 6, 3, "/meta", "expected another member after ',', found '}' (tr"},
    {"syntax-truncated-utf8.json", 25, 17, "/actors/0/name",
     "invalid UTF-8: a character is cut off by the end"},
    {"syntax-truncated.json", 38, 1, "/ties/0", "expected a member name in double quotes, found t"},
    {"syntax-unterminated-string.json", 3, 22, "/meta/title",
     "unterminated string: expected a closing '\"' befo"},
    {"tie-empty-spans.json", 41, 16, "/ties/0/spans", "expected at least one span, found an empty array"},
    {"tie-item-not-object.json", 67, 5, "/ties/1", "expected a tie (an object), found a number (42)"},
    {"type-actor-name-number.json", 25, 15, "/actors/0/name", "expected a string, found a number (42)"},
    {"type-ties-not-array.json", 35, 11, "/ties", "expected an array, found an object"},
    {"unknown-actor-group.json", 32, 16, "/actors/1/group", "unknown group \"west\""},
    {"unknown-claim-source.json", 61, 21, "/ties/0/claims/0/source", "unknown source \"s99\""},
    {"unknown-contradicts-claim.json", 65, 13, "/ties/0/claims/0/contradicts/0", "unknown claim \"c9\""},
    {"unknown-event-actor.json", 82, 9, "/events/0/actors/1", "unknown actor \"mao\""},
    {"unknown-tie-from-actor.json", 38, 15, "/ties/0/from", "unknown actor \"kim-jong-il\""},
    {"unknown-tie-type.json", 40, 15, "/ties/0/type", "unknown tie type \"friendship\""},
};

std::set<std::string> jsonFilesIn(const std::string& dir) {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".json") names.insert(entry.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("fixtures: each invalid file fails with its message at its line, column and pointer") {
    const auto isJson = [](const std::string& name) { return test::endsWith(name, ".json"); };
    test::checkEveryFixtureHasARow(std::string(TIELINE_FIXTURES) + "/invalid", kInvalid, isJson,
                                   [](const Expected& e, const std::string& path) {
                                       const io::LoadResult r = io::loadDatasetFile(path);
                                       CHECK_MESSAGE(!r.dataset, e.file);
                                       REQUIRE_MESSAGE(!r.diagnostics.items.empty(), e.file);
                                       const io::Diagnostic& d = r.diagnostics.items.front();
                                       CHECK_MESSAGE(d.severity == io::Severity::Error, e.file);
                                       CHECK_MESSAGE(d.line == e.line, e.file);
                                       CHECK_MESSAGE(d.column == e.column, e.file);
                                       CHECK_MESSAGE(d.pointer == e.pointer, e.file);
                                       CHECK_MESSAGE(d.message.rfind(e.message, 0) == 0,
                                                     e.file << ": " << d.message);
                                       CHECK_MESSAGE(d.file == path, e.file);
                                   });
}

TEST_CASE("fixtures: each valid file loads without errors or warnings") {
    const std::string dir = std::string(TIELINE_FIXTURES) + "/valid";
    const auto names = jsonFilesIn(dir);
    CHECK(names.size() >= 3);
    for (const std::string& name : names) {
        const io::LoadResult r = io::loadDatasetFile(dir + "/" + name);
        CHECK_MESSAGE(r.dataset, name);
        for (const io::Diagnostic& d : r.diagnostics.items)
            FAIL_CHECK(d.format());
    }
}

TEST_CASE("fixtures: each warnings file loads, with at least one warning and no error") {
    const std::string dir = std::string(TIELINE_FIXTURES) + "/warnings";
    const auto names = jsonFilesIn(dir);
    CHECK(names.size() >= 2);
    for (const std::string& name : names) {
        const io::LoadResult r = io::loadDatasetFile(dir + "/" + name);
        CHECK_MESSAGE(r.dataset, name);
        CHECK_MESSAGE(r.diagnostics.warnings >= 1, name);
        CHECK_MESSAGE(r.diagnostics.errors == 0, name);
    }
}
