// Tests for app/core/figure/story_deck.cpp: slide names, wrapping, the caption band and the deck's
// Markdown (one section per stop with its caption and the sources of its ties).
#include "core/figure/story_deck.hpp"

#include "core/figure/bibliography.hpp"
#include "core/io/dataset_loader.hpp"

#include <doctest/doctest.h>

using namespace tieline;

namespace {

const char* kDeckDataset = R"({
  "meta": {"title": "Deck", "start": "1956", "end": "1957"},
  "tieTypes": [{"id": "aid", "label": "Aid"}],
  "actors": [{"id": "a", "name": "Alpha"}, {"id": "b", "name": "Beta"}, {"id": "c", "name": "Gamma"}],
  "ties": [{"id": "ab", "from": "a", "to": "b", "type": "aid", "spans": [{"end": "1956-06"}], "confidence": "high",
            "claims": [{"source": "s1", "locator": "p. 4", "quote": "aid"}]},
           {"id": "bc", "from": "b", "to": "c", "type": "aid", "spans": [{"start": "1957"}], "confidence": "high",
            "claims": [{"source": "s2", "locator": "ch. 2", "quote": "more aid"}]}],
  "sources": [{"id": "s1", "type": "book", "title": "First book"}, {"id": "s2", "type": "book", "title": "Second book"}],
  "stories": [{"id": "st", "title": "The *story*", "description": "Two moments.",
               "stops": [{"date": "1956-03", "title": "Spring", "caption": "Alpha aids Beta."},
                         {"date": "1957-05-02", "title": "Next year", "caption": "Beta aids Gamma."},
                         {"date": "1950", "title": "Before the range"}]}]
})";

core::model::Dataset deckDataset() {
    auto loaded = core::io::loadDatasetText(kDeckDataset, "deck.json");
    REQUIRE(loaded.dataset);
    return std::move(*loaded.dataset);
}

} // namespace

TEST_CASE("deck: slide names sort in order and slide times stay inside the range") {
    CHECK(core::figure::slideFileName(0, 9) == "slide-01.png");
    CHECK(core::figure::slideFileName(11, 12) == "slide-12.png");
    CHECK(core::figure::slideFileName(4, 120) == "slide-005.png");
    const core::model::Dataset d = deckDataset();
    CHECK(core::figure::slideTime(d, d.stories[0].stops[1]) == core::calendar::daysFromCivil(1957, 5, 2));
    CHECK(core::figure::slideTime(d, d.stories[0].stops[2]) == d.rangeBegin());
}

TEST_CASE("deck: captions wrap at spaces to the width, keeping line breaks") {
    core::figure::FixedFontMetrics m;
    const float px = 10;
    const double perChar = m.width("x", px);
    const auto lines = core::figure::wrapText("one two three four\nfive", m, px, perChar * 9.5);
    CHECK(lines == std::vector<std::string>{"one two", "three", "four", "five"});
    CHECK(core::figure::wrapText("", m, px, 100) == std::vector<std::string>{""});
}

TEST_CASE("deck: a slide's frame names the story and stop and holds the caption in a band above the bottom") {
    const core::model::Dataset d = deckDataset();
    std::vector<core::model::Point> positions = {{0, 0}, {100, 0}, {50, 500}};
    core::scene::SceneInput in;
    in.data = &d;
    in.t = core::figure::slideTime(d, d.stories[0].stops[0]);
    in.positions = &positions;
    core::scene::Scene scene;
    core::scene::buildScene(in, core::scene::darkSceneStyle(), scene);
    core::figure::FixedFontMetrics metrics;
    core::figure::ExportFrame frame;
    core::figure::ExportOptions options;
    options.width = 1280;
    options.height = 720;
    core::figure::layoutSlideFrame(d, scene, options, metrics, d.stories[0], 0, frame);
    REQUIRE(frame.overlay.texts.size() >= 4);
    CHECK(frame.overlay.texts[0].text == "The *story*  \xC2\xB7  1 of 3");
    bool title = false, caption = false;
    for (const core::figure::OverlayText& t : frame.overlay.texts) {
        title |= t.text == "Spring";
        caption |= t.text == "Alpha aids Beta.";
    }
    CHECK(title);
    CHECK(caption);
    const core::figure::OverlayPanel& band = frame.overlay.panels.back();
    CHECK(band.y1 < 720);
    // Every node with a tie sits above the band; Gamma, with none and far below, does not
    // shrink the network (it falls outside the frame).
    for (const core::scene::SceneNode& n : scene.nodes) {
        if (n.importance > 0) CHECK(frame.camera.toScreen(n.center).y < band.y0);
        if (d.actor(n.actor).key == "c") CHECK(frame.camera.toScreen(n.center).y > 720);
    }
}

TEST_CASE("deck: the Markdown has a section per slide with its caption and only its ties' sources") {
    const core::model::Dataset d = deckDataset();
    std::vector<core::figure::DeckSlide> slides(3);
    for (std::size_t i = 0; i < 3; ++i)
        slides[i].file = core::figure::slideFileName(i, 3);
    slides[0].ties = {1, 0};
    slides[1].ties = {0, 1};
    slides[2].ties = {0, 0};
    const std::string md = core::figure::deckMarkdown(d, d.stories[0], slides);
    CHECK(md.rfind("# The \\*story\\*\n\nTwo moments.\n", 0) == 0);
    const auto first = md.find("## 1. Spring"), second = md.find("## 2. Next year"),
               third = md.find("## 3. Before the range");
    REQUIRE(first != std::string::npos);
    REQUIRE(second != std::string::npos);
    REQUIRE(third != std::string::npos);
    CHECK(first < second);
    CHECK(second < third);
    const std::string one = md.substr(first, second - first), two = md.substr(second, third - second);
    CHECK(one.find("![Spring](slide-01.png)") != std::string::npos);
    CHECK(one.find("Alpha aids Beta.") != std::string::npos);
    CHECK(one.find("First book") != std::string::npos);
    CHECK(one.find("Alpha \xE2\x86\x92 Beta (Aid), p. 4") != std::string::npos);
    CHECK(one.find("Second book") == std::string::npos);
    CHECK(two.find("Second book") != std::string::npos);
    CHECK(two.find("*2 May 1957*") != std::string::npos);
    CHECK(md.substr(third).find("No tie on this slide cites a source.") != std::string::npos);
}
