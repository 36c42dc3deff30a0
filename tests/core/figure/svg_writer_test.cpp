// Tests for app/core/figure/svg_writer.cpp.
#include "core/figure/svg_writer.hpp"

#include "export_fixture.hpp"

#include <regex>

using namespace tieline;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = text.find(what); i != std::string::npos; i = text.find(what, i + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("svg: one path per drawn tie, one circle per node, arrows as markers, dashes as patterns") {
    testing::ExportFixture f;
    f.build("1956-09");
    const std::string svg = core::figure::svgDocument(f.data, f.scene, f.frame, f.metrics);
    CHECK(svg.rfind("<?xml", 0) == 0);
    CHECK(count(svg, "class=\"tie\"") == 2);
    CHECK(count(svg, "class=\"node\"") == 3);
    CHECK(svg.find("data-tie=\"ab\"") != std::string::npos);
    CHECK(svg.find("data-tie=\"ad\"") != std::string::npos);
    CHECK(svg.find("data-actor=\"c\"") == std::string::npos); // Gamma has left
    // The directed aid tie has an arrowhead (so does the legend's aid swatch); the rivalry is dashed.
    CHECK(count(svg, "marker-end=") == 2);
    CHECK(count(svg, "<marker ") == 2);
    const std::regex dashedRivalry("data-tie=\"ad\"[^>]*stroke-dasharray=");
    CHECK(std::regex_search(svg, dashedRivalry));
    CHECK(svg.find("viewBox=\"0 0 1920 1080\"") != std::string::npos);
    CHECK(svg.find(core::figure::kSvgFontFamily) != std::string::npos);
    CHECK(svg.find("backdrop-gradient") != std::string::npos);
}

TEST_CASE("svg: every text is escaped, labels and caption are real text") {
    testing::ExportFixture f;
    f.build("1956-09");
    const std::string svg = core::figure::svgDocument(f.data, f.scene, f.frame, f.metrics);
    CHECK(svg.find("Kim <Il>") == std::string::npos);
    CHECK(svg.find(">Kim &lt;Il&gt; &amp; Sung</text>") != std::string::npos);
    CHECK(svg.find(">김일성</text>") != std::string::npos);
    CHECK(svg.find("Export &lt;test&gt; &amp; &quot;quotes&quot;") != std::string::npos);
    CHECK(svg.find(">1 September 1956</text>") != std::string::npos);
    CHECK(core::figure::xmlEscaped("a'b\x01"
                                   "c\t") == "a&apos;bc\t");
}

TEST_CASE("svg: a transparent export has no backdrop, and opacity follows fades") {
    testing::ExportFixture f;
    core::figure::ExportOptions options;
    options.transparent = true;
    options.caption = options.legend = false;
    f.build("1956-09", options);
    const std::string svg = core::figure::svgDocument(f.data, f.scene, f.frame, f.metrics);
    CHECK(svg.find("backdrop") == std::string::npos);
    CHECK(svg.find("id=\"overlay\"") == std::string::npos);
    CHECK(count(svg, "class=\"node\"") == 3);
}
