// Story decks from the command line.
#include "cli/export_deck.hpp"

#include "cli/cli.hpp"
#include "exporter/deck_exporter.hpp"

#include <ostream>

namespace tieline::cli {

bool resolveStory(const core::model::Dataset& data, const std::string& text, std::size_t& index,
                  std::ostream& err) {
    for (std::size_t i = 0; i < data.stories.size(); ++i)
        if (data.stories[i].key == text || std::to_string(i) == text) {
            index = i;
            return true;
        }
    err << "tieline export: no story '" << text << "'";
    if (data.stories.empty()) {
        err << ": the dataset has no stories\n";
        return false;
    }
    err << "; the dataset's stories are:\n";
    for (std::size_t i = 0; i < data.stories.size(); ++i)
        err << "  " << i << "  " << data.stories[i].key << "  " << data.stories[i].title << " ("
            << data.stories[i].stops.size() << " stops)\n";
    return false;
}

int runDeckExport(const core::model::Dataset& data, const core::layout::TemporalLayout& layout,
                  exporter::SnapshotRenderer& renderer, const core::figure::ExportOptions& options,
                  std::size_t story, const std::string& folder, std::ostream& out, std::ostream& err) {
    exporter::DeckJob job;
    job.story = story;
    job.folder = folder;
    job.options = options;
    exporter::DeckExporter deck;
    std::string error;
    const auto positionsAt = [&layout](core::calendar::Time t, std::vector<core::model::Point>& p) {
        layout.positionsAt(t, p);
    };
    bool ok = deck.begin(data, job, positionsAt, renderer, error);
    while (ok && !deck.finished())
        ok = deck.step(error);
    if (ok) ok = deck.finish(error);
    if (!ok) {
        err << "tieline export: " << error << "\n";
        return kExitFailure;
    }
    out << "wrote " << deck.stepCount() << " slides (" << options.width << "x" << options.height << ") and "
        << exporter::kDeckMarkdown << " to " << folder << "\n";
    return kExitOk;
}

} // namespace tieline::cli
