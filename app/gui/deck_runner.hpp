// Performs File > Export story as slides with the window's GL context, one slide per UI frame so
// that the window stays responsive; reports in app.exportStatus. GUI layer.
#pragma once

#include "exporter/deck_exporter.hpp"
#include "gui/layout_driver.hpp"
#include "ui/app_state.hpp"

#include <memory>

namespace tieline::gui {

class DeckRunner {
  public:
    // Once per frame, outside the ImGui frame: starts a requested deck or renders its next slide.
    void update(ui::App& app, const LayoutDriver& layout);

  private:
    std::unique_ptr<exporter::SnapshotRenderer> m_renderer;
    exporter::DeckExporter m_deck;
    std::uint64_t m_generation = 0; // the dataset the deck reads; it stops if that changes
    std::string m_folder;

    void fail(ui::App& app, const std::string& error);
};

} // namespace tieline::gui
