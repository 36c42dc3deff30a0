// A story exported as a deck: DIR/slide-01.png, slide-02.png, ... (one per stop, the stop's title
// and caption in a band on the picture) and DIR/slides.md with every slide's caption and the
// sources of the ties on it. Each file is written under a temporary name and renamed into place;
// slides.md comes last, and older slide-*.png files beyond the new deck are removed. Export layer.
//
// Usage (the CLI loops; the GUI renders one slide per UI frame):
//   DeckExporter deck;
//   deck.begin(data, job, positionsAt, renderer, error);
//   while (!deck.finished()) if (!deck.step(error)) ...;
//   deck.finish(error);
#pragma once

#include "core/figure/story_deck.hpp"
#include "exporter/snapshot_export.hpp"
#include "exporter/step_job.hpp"

#include <string>
#include <vector>

namespace tieline::exporter {

struct DeckJob {
    std::size_t story = 0;               // index into the dataset's stories
    std::string folder;                  // created when missing (its parent must exist)
    core::figure::ExportOptions options; // picture size, theme...; the caption names story and stop
};

// One stop as a still (`tieline export --story ID --stop K --png F --svg F`): the same slide a deck
// has at that stop.
struct StopJob {
    std::size_t story = 0, stop = 0; // indices (from 0)
    std::string png, svg;            // either may be empty
    core::figure::ExportOptions options;
};

// The slide of `story`'s stop: its scene (story_focus.hpp: period, focus, dimming) and its frame.
// The one path decks, stop exports and the window's presentation share.
void prepareSlide(const core::model::Dataset& data, const std::vector<core::model::Point>& positions,
                  const core::model::Story& story, std::size_t stop,
                  const core::figure::ExportOptions& options, const core::figure::FontMetrics& metrics,
                  core::scene::Scene& scene, core::figure::ExportFrame& frame);
bool exportStop(const core::model::Dataset& data, const StopJob& job, const PositionsAt& positionsAt,
                SnapshotRenderer& renderer, std::string& error);

// "slides.md": the Markdown file of a deck folder.
constexpr const char* kDeckMarkdown = "slides.md";

class DeckExporter final : public StepJob {
  public:
    bool begin(const core::model::Dataset& data, const DeckJob& job, PositionsAt positionsAt,
               SnapshotRenderer& renderer, std::string& error);
    bool step(std::string& error) override; // renders and writes the next slide
    bool finish(std::string& error) override;
    void cancel() override { m_active = false; } // the slides written so far stay
    int stepCount() const override { return int(m_slides.size()); }
    std::string resultMessage() const override; // "Wrote 7 slides and slides.md to DIR."
    std::string cancelledNote() const override { return "The slides written so far are incomplete."; }

  private:
    const core::model::Dataset* m_data = nullptr;
    DeckJob m_job;
    PositionsAt m_positionsAt;
    SnapshotRenderer* m_renderer = nullptr;
    std::vector<core::figure::DeckSlide> m_slides;
    std::vector<core::model::Point> m_positions;
    core::scene::Scene m_scene;
    core::figure::ExportFrame m_frame;
    render::Image m_image;
};

} // namespace tieline::exporter
