// A story as a deck of slides: one picture per stop with the stop's title and caption in a band
// along the bottom, and a Markdown file with every slide's caption and the sources of the ties on
// it. The GL side (app/exporter/deck_exporter) renders the frames laid out here. Core: no GL.
//
// Usage:
//   for each stop i: buildScene at slideTime(data, story.stops[i]);
//                    layoutSlideFrame(data, scene, options, metrics, story, i, frame); render;
//                    markVisibleTies
//   deckMarkdown(data, story, slides) -> DIR/slides.md
#pragma once

#include "core/figure/export_frame.hpp"

#include <string>
#include <vector>

namespace tieline::core::figure {

// The moment a stop shows: the first day its date names, inside the dataset's range.
calendar::Time slideTime(const model::Dataset& data, const model::StoryStop& stop);
// The period a slide shows: its stop's date at the date's precision (README, "Time").
calendar::Window slideWindow(const model::Dataset& data, const model::StoryStop& stop);

// "slide-01.png" ... zero-padded to at least two digits so that the names sort in order.
std::string slideFileName(std::size_t index, std::size_t count);

// Splits `text` into lines no wider than `maxWidth` at spaces (a word longer than a line gets a
// line of its own). Explicit line breaks are kept.
std::vector<std::string> wrapText(const std::string& text, const scene::TextMeasure& measure, float pixels,
                                  double maxWidth);

// layoutExportFrame, then: the caption's first line names the story and the stop ("Between two
// patrons · 3 of 12"), a band along the bottom holds the stop's title and caption (wrapped), and
// the network is shrunk, if needed, to stay above the band.
void layoutSlideFrame(const model::Dataset& data, scene::Scene& scene, const ExportOptions& options,
                      const FontMetrics& metrics, const model::Story& story, std::size_t stop,
                      ExportFrame& frame);

struct DeckSlide {
    std::string file;       // the picture's file name, relative to the deck's folder
    std::vector<char> ties; // by tie index: visible on the slide (markVisibleTies)
};

// Markdown: the story's title and description, then per slide a heading (number, title, date), the
// picture, the caption, and the sources of the ties on the slide with their claims' locators.
std::string deckMarkdown(const model::Dataset& data, const model::Story& story,
                         const std::vector<DeckSlide>& slides);

} // namespace tieline::core::figure
