// Tests for app/core/io/json_reader.cpp: strict JSON with positions for every value.
#include "core/io/json_reader.hpp"

#include <nlohmann/json.hpp>

#include <doctest/doctest.h>

using namespace tieline::core::io;

namespace {

struct Parsed {
    bool ok;
    nlohmann::json value;
    PositionIndex positions;
    JsonReadError error;
};

Parsed parse(std::string_view text, JsonLimits limits = {}) {
    Parsed p;
    p.ok = readJson(text, limits, p.value, p.positions, p.error);
    return p;
}

} // namespace

TEST_CASE("json reader: records the line and column where each value starts") {
    const Parsed p = parse("{\n  \"a\": [1, {\"b\": \"x\"}],\n  \"c/d\": true\n}");
    REQUIRE(p.ok);
    CHECK(p.positions.at("").line == 1);
    CHECK(p.positions.at("/a").line == 2);
    CHECK(p.positions.at("/a").column == 8);
    CHECK(p.positions.at("/a/1/b").column == 18);
    CHECK(p.positions.at("/c~1d").line == 3);
    CHECK(p.value["a"][1]["b"] == "x");
}

TEST_CASE("json reader: columns count characters, not bytes") {
    const Parsed p = parse("{\"name\": \"김일성\", \"x\": 1}");
    REQUIRE(p.ok);
    CHECK(p.positions.at("/x").column == 22);
    CHECK(p.value["name"] == "김일성");
}

TEST_CASE("json reader: decodes escapes including surrogate pairs") {
    const Parsed p = parse(R"(["\u00e9\n\"\\\/", "\ud83d\ude00"])");
    REQUIRE(p.ok);
    CHECK(p.value[0] == "é\n\"\\/");
    CHECK(p.value[1] == "\xF0\x9F\x98\x80");
}

TEST_CASE("json reader: numbers keep integers exact and reject what JSON forbids") {
    const Parsed p = parse("[0, -12, 3.5, 1e3, 9007199254740993]");
    REQUIRE(p.ok);
    CHECK(p.value[1].get<long long>() == -12);
    CHECK(p.value[4].get<long long>() == 9007199254740993LL);
    CHECK(p.value[3].get<double>() == 1000.0);
    for (const char* bad : {"[01]", "[1.]", "[.5]", "[+1]", "[1e]", "[-]", "[NaN]", "[Infinity]", "[1e999]"})
        CHECK_MESSAGE(!parse(bad).ok, bad);
    CHECK(parse("[NaN]").error.message.find("NaN") != std::string::npos);
    CHECK(parse("[1e999]").error.message.find("too large") != std::string::npos);
}

TEST_CASE("json reader: syntax errors name the position and what was expected") {
    Parsed p = parse("{\n  \"a\": 1,\n}");
    REQUIRE_FALSE(p.ok);
    CHECK(p.error.pos.line == 3); // at the '}' that follows the comma
    CHECK(p.error.message.find("trailing comma") != std::string::npos);
    p = parse("{\"a\" 1}");
    CHECK(p.error.message == "expected ':' after a member name, found '1'");
    CHECK(p.error.pos.column == 6);
    p = parse("[1, 2");
    CHECK(p.error.message.find("end of the file") != std::string::npos);
    p = parse("");
    CHECK(p.error.message.find("empty") != std::string::npos);
    p = parse("{} {}");
    CHECK(p.error.message.find("end of the file after the top-level value") != std::string::npos);
    p = parse("{'a': 1}");
    CHECK(p.error.message.find("double quotes") != std::string::npos);
}

TEST_CASE("json reader: rejects duplicate keys, control characters and bad UTF-8") {
    Parsed p = parse("{\"a\": 1,\n \"a\": 2}");
    REQUIRE_FALSE(p.ok);
    CHECK(p.error.message.find("duplicate key \"a\"") != std::string::npos);
    CHECK(p.error.pos.line == 2);
    CHECK_FALSE(parse("[\"a\tb\"]").ok);
    CHECK_FALSE(parse("[\"\xC3\"]").ok);         // cut-off sequence
    CHECK_FALSE(parse("[\"\xC0\xAF\"]").ok);     // overlong '/'
    CHECK_FALSE(parse("[\"\xED\xA0\x80\"]").ok); // encoded surrogate
    CHECK_FALSE(parse("[\"\xFF\"]").ok);
    CHECK_FALSE(parse(R"(["\ud800"])").ok); // lone high surrogate
    CHECK_FALSE(parse(R"(["\udc00"])").ok); // lone low surrogate
    CHECK(parse("[\"\xC3").error.message.find("UTF-8") != std::string::npos);
}

TEST_CASE("json reader: limits nesting depth and string length") {
    std::string deep(300, '[');
    deep += std::string(300, ']');
    const Parsed p = parse(deep);
    REQUIRE_FALSE(p.ok);
    CHECK(p.error.message.find("nesting deeper than 200") != std::string::npos);
    JsonLimits small;
    small.maxStringBytes = 8;
    CHECK_FALSE(parse("[\"0123456789abc\"]", small).ok);
    CHECK(parse("[\"01234567\"]", small).ok);
}

TEST_CASE("json reader: skips a UTF-8 byte-order mark") {
    const Parsed p = parse("\xEF\xBB\xBF{\"a\": 1}");
    REQUIRE(p.ok);
    CHECK(p.value["a"] == 1);
}
