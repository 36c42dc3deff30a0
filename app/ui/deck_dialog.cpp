// File > Export story as slides...: a story, a folder, size and theme; a progress bar while the
// slides render. Fills requests.deck; the GUI's job runner does the work (no gl* calls here).
#include "ui/panels.hpp"

#include <imgui.h>

#include <cstdio>

namespace tieline::ui {

void drawDeckDialog(const AppView& app, UiState& ui, Requests& requests) {
    if (!beginExportWindow("Export story as slides", ui.showDeckExport, 520)) return;
    DeckDialogState& d = ui.deckDialog;
    const ExportStatus& status = app.exportStatus;
    if (!app.dataset || app.dataset->stories.empty()) {
        ImGui::TextUnformatted(app.dataset ? "This dataset has no stories." : "Open a dataset first.");
    } else if (status.running) {
        ImGui::TextUnformatted(d.folder);
        ImGui::ProgressBar(status.progress, ImVec2(-1, 0));
    } else {
        const auto& stories = app.dataset->stories;
        if (d.story < 0 || std::size_t(d.story) >= stories.size()) d.story = std::max(0, ui.story);
        if (ImGui::BeginCombo("Story", stories[std::size_t(d.story)].title.c_str())) {
            for (std::size_t i = 0; i < stories.size(); ++i)
                if (ImGui::Selectable(stories[i].title.c_str(), d.story == int(i))) d.story = int(i);
            ImGui::EndCombo();
        }
        ImGui::InputText("Folder", d.folder, sizeof d.folder);
        int size[2] = {d.width, d.height};
        if (ImGui::InputInt2("Size (pixels)", size)) d.width = size[0], d.height = size[1];
        const char* themes[] = {"As the window", "Dark", "Light"};
        ImGui::Combo("Theme", &d.theme, themes, IM_ARRAYSIZE(themes));
        ImGui::TextDisabled("%zu slides (slide-01.png, ...) and slides.md: each stop's caption and sources.",
                            stories[std::size_t(d.story)].stops.size());
        if (ImGui::Button("Export")) {
            d.error.clear();
            if (d.folder[0] == '\0')
                d.error = "Choose a folder.";
            else if (d.width < 1 || d.height < 1 || d.width > core::figure::kMaxExportSide ||
                     d.height > core::figure::kMaxExportSide)
                d.error = "The size must be 1 to " + std::to_string(core::figure::kMaxExportSide) +
                          " pixels per side.";
            if (d.error.empty()) {
                DeckRequest r;
                r.story = d.story;
                r.folder = d.folder;
                r.options.width = d.width;
                r.options.height = d.height;
                r.options.dark = d.theme == 0 ? ui.darkTheme : d.theme == 1;
                r.options.showNative = ui.showNative;
                r.options.labelScale = ui.labelScale;
                r.options.filter = ui.filter;
                requests.deck = r;
            }
        }
        exportError(d.error);
    }
    exportStatusLine(status);
    ImGui::End();
}

} // namespace tieline::ui
