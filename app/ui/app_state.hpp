// The GUI's state as plain data: the open dataset, what the user is looking at, and requests the
// frame loop applies between frames. Panels read the dataset through const& and edit only UiState
// and Requests. No GL here.
#pragma once

#include "core/io/diagnostic.hpp"
#include "core/model/dataset.hpp"

#include <optional>
#include <string>
#include <vector>

namespace tieline::ui {

struct UiState {
    core::Time t = 0;               // the moment shown, days since 1970-01-01
    bool playing = false;
    float monthsPerSecond = 4.0f;   // playback speed
    bool loop = true;
    bool darkTheme = true;
    bool showActivePanel = true;
    bool showMessages = false;      // the load-messages window
    bool showOpenDialog = false;
    bool showAbout = false;
    char openPath[1024] = {};       // the File > Open path field
    bool quit = false;
};

// Changes to core data are requested by panels and applied by the frame loop (applyRequests).
struct Requests {
    std::optional<std::string> open; // a path to load
    bool reload = false;
};

struct App {
    std::optional<core::Dataset> dataset;
    std::string datasetPath;
    // Messages from the last load attempt; shown in the messages window.
    std::string messagesTitle;
    std::vector<core::Diagnostic> messages;
    bool fontsNeedRebuild = true; // a new dataset may need new glyphs
    UiState ui;
    Requests requests;
};

// Loads `path`. On success it replaces the dataset and keeps the date when it lies in the new range;
// on failure the open dataset stays and the messages say why. Returns whether it loaded.
bool openDataset(App& app, const std::string& path);

// Applies pending requests (open, reload). Called once per frame, outside the ImGui frame.
void applyRequests(App& app);

// Advances playback by `seconds` of wall-clock time; stops or loops at the end of the range.
void advanceTime(App& app, double seconds);

// The moment clamped into the dataset's range [begin, end - 1 day].
core::Time clampToRange(const core::Dataset& data, core::Time t);

} // namespace tieline::ui
