// Story decks from the GUI.
#include "gui/deck_runner.hpp"

#include <algorithm>

namespace tieline::gui {

void DeckRunner::fail(ui::App& app, const std::string& error) {
    m_deck.cancel();
    m_renderer.reset();
    app.exportStatus.running = false;
    app.exportStatus.failed = true;
    app.exportStatus.message = "Export failed: " + error;
}

void DeckRunner::update(ui::App& app, const LayoutDriver& layout) {
    if (m_deck.active()) {
        if (!app.dataset || app.datasetGeneration != m_generation) {
            fail(app, "the dataset changed; the slides written so far are incomplete");
            return;
        }
        std::string error;
        if (!m_deck.step(error)) return fail(app, error);
        app.exportStatus.progress = float(m_deck.progress());
        if (m_deck.finished()) {
            if (!m_deck.finish(error)) return fail(app, error);
            app.exportStatus.running = false;
            app.exportStatus.message = "Wrote " + std::to_string(m_deck.stepCount()) + " slides and " +
                                       exporter::kDeckMarkdown + " to " + m_folder + ".";
            m_renderer.reset();
        }
        return;
    }
    if (!app.requests.deck) return;
    const ui::DeckRequest request = *app.requests.deck;
    app.requests.deck.reset();
    if (!app.dataset || app.exportStatus.running) return; // a sweep is under way
    app.exportStatus = {};
    if (layout.progress() < 1.0f)
        return fail(app, "the layout is still being computed (" +
                             std::to_string(int(layout.progress() * 100)) + " %); try again in a moment");
    std::string error;
    m_renderer = std::make_unique<exporter::SnapshotRenderer>();
    if (!m_renderer->init(*app.dataset, error)) return fail(app, error);
    exporter::DeckJob job;
    job.story = std::size_t(std::max(0, request.story));
    job.folder = request.folder;
    job.options = request.options;
    const auto positionsAt = [&layout](core::Time t, std::vector<core::Point>& out) {
        layout.positionsAt(t, out);
    };
    if (!m_deck.begin(*app.dataset, job, positionsAt, *m_renderer, error)) return fail(app, error);
    m_generation = app.datasetGeneration;
    m_folder = request.folder;
    app.exportStatus.running = true;
}

} // namespace tieline::gui
