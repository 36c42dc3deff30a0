// The GUI's state as plain data, in three parts with one rule each:
//   AppView   what panels read: the dataset and everything derived from it. Panels get it const.
//   UiState   what the user is looking at; panels edit it freely (selection, time, dialogs).
//   Requests  changes to the data that panels ask for; the frame loop applies them in ONE place,
//             gui/frame_loop.cpp FrameLoop::applyRequests() (data requests: ui::applyRequests below).
// A panel's signature is (const AppView&, UiState&, Requests&), so it cannot get a mutable dataset.
// Every change to the data is written in AppView::changes; caches rebuild from that alone. No GL.
#pragma once

#include "core/edit/edit_session.hpp"
#include "core/figure/export_frame.hpp"
#include "core/figure/export_options.hpp"
#include "core/io/diagnostic.hpp"
#include "core/layout/layout_params.hpp"
#include "core/metrics/metrics.hpp"
#include "core/metrics/metrics_job.hpp"
#include "core/model/dataset.hpp"
#include "core/scene/level_of_detail.hpp"
#include "core/scene/scene.hpp"
#include "ui/change_record.hpp"
#include "ui/edit_requests.hpp"
#include "ui/editor_state.hpp"
#include "ui/load_job.hpp"
#include "ui/merge_state.hpp"
#include "ui/timeline_zoom.hpp"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tieline::ui {

enum class SideTab { Inspector, Active, Sources, Filters, Charts };

// The Charts tab: whose metrics, how patron shares are counted, which lines show.
struct ChartState {
    std::optional<core::model::ActorId>
        actor;          // the charted actor; empty: the selection, else the first client
    bool byCamp = true; // one layer per camp (the patrons' group), or one per patron
    bool betweenness = true, constraint = true, balance = true, degree = true;
    int degreeType = -1; // tie type index for the degree chart; -1: all cooperative types
    int sparkline = 0;   // core::metrics::MetricKind drawn over the timeline's strip chart
};

// File > Export story as slides...
struct DeckDialogState {
    int story = 0;
    char folder[1024] = "tieline-deck";
    int width = 1920, height = 1080;
    int theme = 0; // 0: as the window, 1: dark, 2: light
    std::string error;
};

// A story deck for the GUI's job runner (gui/job_runner.hpp): DIR/slide-NN.png and DIR/slides.md.
struct DeckRequest {
    int story = 0;
    std::string folder;
    core::figure::ExportOptions options;
};

// The File > Export dialog's fields (kept between openings).
struct ExportDialogState {
    int kind = 0; // core::ExportKind: PNG, SVG, frames, MP4, GIF
    int width = 1920, height = 1080;
    int theme = 0; // 0: as the window, 1: dark, 2: light
    bool transparent = false;
    bool caption = true, legend = true;
    bool currentView = false; // the window's view rather than the whole network
    bool bibliography = true; // F.md and F.json beside the export
    core::model::EvidenceMask bibKinds = core::model::kAllEvidence; // the kinds of source it lists
    char path[1024] = "tieline-export.png";
    char from[16] = "", to[16] = "";
    char dates[256] = ""; // PNG and SVG: comma-separated dates make small multiples; empty: the window's date
    int fps = 24;
    float seconds = 10.0f;
    std::string error; // why the last "Export" press was refused
};

struct UiState {
    core::calendar::Time t = 0; // the moment shown, days since 1970-01-01
    // The precision the picture shows t at (README, "Time"): the day, or what is true at any time in
    // t's month or year. The timeline sets it from its zoom.
    core::calendar::DatePrecision precision = core::calendar::DatePrecision::Day;
    // Range mode (View > Range): everything active from the first day to the second, inclusive;
    // overrides t and precision in the picture while set.
    std::optional<std::pair<core::calendar::Time, core::calendar::Time>> range;
    char rangeField[40] = ""; // View > Time in the picture > Range: "1956-08..1956-10"
    std::string rangeError;   // why the field was refused
    TimeWindow timelineZoom;  // the stretch of the range the timeline shows (empty: all of it)
    bool playing = false;
    float monthsPerSecond = 4.0f; // playback speed
    bool loop = true;
    bool darkTheme = true;
    bool showNative = true;                                      // native-script names under the labels
    core::layout::Arrange arrange = core::layout::Arrange::Free; // View > Layout: patrons above clients
    bool showLegend = true;       // the legend over the canvas, also when presenting (View > Legend)
    bool legendCollapsed = false; // the legend shown as a chip (a click on it toggles)
    float labelScale = 1.0f;      // View > Label size (settings): label text times this
    double fitZoom = 0; // the camera's zoom at the last fit of the whole network (labels grow past it)
    // View > Simplify when zoomed out: the window's level of detail (core/scene/level_of_detail.hpp).
    bool levelOfDetail = true;
    bool showFrameTimes = false; // View > Frame times: frame time and drawn ties over the canvas
    // Panels and windows
    bool showSidePanel = true;
    SideTab sideTab = SideTab::Active; // what is on stage, until something is selected
    bool sideTabRequested = true;      // switch the tab bar to sideTab on the next frame
    bool showMessages = false;         // the load-messages window
    bool showOpenDialog = false;
    bool showAbout = false;
    bool showSearch = false;
    bool showExport = false; // File > Export...
    ExportDialogState exportDialog;
    bool showDeckExport = false; // File > Export story as slides...
    DeckDialogState deckDialog;
    ChartState charts;
    bool presenting = false;  // F5: the story full-window, captions large, no panels
    char openPath[1024] = {}; // the File > Open path field
    char search[128] = {};    // the Ctrl+F field
    std::string notice;       // a one-off message to the user (a link that would not open); "": none
    bool quit = false;
    // View: the camera eases toward cameraTarget
    core::scene::Camera camera;
    core::scene::Camera cameraTarget;
    core::scene::Stretch stretch; // the positions' stretch, set by each fit (core/scene/stretch.hpp)
    bool fitRequested = true;     // fit the whole network once positions are known
    std::vector<core::model::ActorId> frameRequest; // or frame just these actors (a story stop's focus)
    bool canvasHovered = false;
    core::scene::Rect eventBox; // the canvas's current-events box, framebuffer pixels (labels avoid it)
    std::optional<core::model::ActorId> dragActor; // the node being dragged to a pin
    std::optional<std::pair<core::model::ActorId, core::model::Point>>
        dragPin;            // where it is now (shown live)
    bool dragMoved = false; // the press became a drag: no click on release
    // Selection and focus
    std::optional<core::model::ActorId> selectedActor, hoveredActor;
    std::optional<core::model::TieId> selectedTie, hoveredTie;
    std::optional<core::model::SourceId> selectedSource; // highlights the ties it supports
    core::scene::SceneFilter filter;
    MergeState merges;  // "Show as one", collapsed groups, hulls (ui/merge_state.hpp)
    EditUiState editUi; // Save As (ui/edit_requests.hpp)
    // Stories: the one being presented and its stop (-1: none)
    int story = -1;
    int stop = -1;
    EditorState editor; // the inspector's forms, the new-tie popup, the sources window (editor_state.hpp)
};

// Changes to core data are requested by panels and applied by the frame loop (applyRequests).
struct Requests {
    std::optional<std::string> open; // a path to load
    bool reload = false;
    std::optional<std::pair<core::model::ActorId, core::model::Point>>
        pin; // drag a node: fix it here from now on
    std::optional<core::model::ActorId> unpin;
    std::optional<std::string> openLink; // an http(s) or doi.org address, checked by safeSourceLink
    bool browse = false;                 // open the desktop's file chooser (zenity)
    std::optional<core::figure::ExportRequest>
        exportRequest;               // performed by the GUI's job runner (gui/job_runner.hpp)
    bool cancelExport = false;       // stop a running sweep
    std::optional<DeckRequest> deck; // a story as slides, also by the job runner
    EditRequests edits;              // edits, undo, redo, save (ui/edit_requests.hpp)
};

// What the job runner reports back to the dialog.
struct ExportStatus {
    bool running = false; // a sweep is under way
    float progress = 0;   // 0..1
    std::string message;  // the last result ("Wrote ...") or error
    bool failed = false;
};

// Everything a panel may read, const. Written only by the functions below that take App&.
struct AppView {
    std::optional<core::model::Dataset> dataset;
    std::string datasetPath;
    ChangeRecord changes; // what changed in the dataset, by generation: the caches' only signal
    // Messages from the last load attempt; shown in the messages window.
    std::string messagesTitle;
    std::vector<core::io::Diagnostic> messages;
    bool nativeFileDialog = false; // zenity is installed: File > Open offers Browse...
    // The metrics of the charts, with the window's merges (updateCaches).
    std::optional<core::metrics::Metrics> metrics;
    // The dataset as the window shows it (ui/merge_state.hpp): merged, when the view merges anything.
    std::optional<core::model::Dataset> shown;
    core::scene::ViewMerges shownView; // what `shown` was built for
    std::uint64_t viewGeneration = 0;  // one more each time `shown` is rebuilt
    float metricsProgress = 1.0f;      // < 1 while the metrics job fills `metrics` (steps not yet known: NaN)
    std::string loadingLine;           // "Loading F (45.2 MB)... 3.1 s" while a file loads in the background
    // Layout positions at ui.t, one per actor, and how far the background computation has come.
    std::vector<core::model::Point> positions;
    float layoutProgress = 1.0f;
    bool layoutProvisional = false; // positions at t are provisional: the keyframes have not reached t
    // Per month of the range: how many ties are active (the timeline's strip chart).
    std::vector<int> activeTiesByMonth;
    // The spans of `dataset`, and of `shown` when the view merges anything, indexed (updateCaches):
    // the active set at t in O(log n + active) for the scene and the Active now tab.
    core::model::SpanIndex spanIndex, shownSpanIndex;
    // The scene at t, kept up to date each frame from the state above (updateScene: only what
    // changed is recomputed); the window draws a copy of it thinned by the level of detail.
    core::scene::Scene scene;
    core::scene::SceneWorkspace sceneWork; // updateScene's memory and scratch, cullLabels' scratch
    bool sceneHulls = false;               // the scene's hulls were added (merges.hulls when it was updated)
    // The active set of the scene's window on `dataset` (not merged), when the scene has one: the
    // Active now tab reads it rather than taking it again (null: take it).
    const core::model::ActiveSet* sceneActiveSet = nullptr;
    core::scene::LevelOfDetail lod; // what the window's level of detail left out this frame
    double frameMs = 0;             // frame time, smoothed over the last second or so
    // The legend over the canvas in framebuffer pixels, laid out each frame while shown
    // (core/figure/legend.hpp); legend.box is where it is, an obstacle for labels and other overlays
    // (empty when hidden).
    core::figure::Overlay legendOverlay;
    core::figure::LegendLayout legend;
    ExportStatus exportStatus;
    // Editing the open dataset (core/edit/edit_session.hpp) and what the window shows about it.
    core::edit::EditSession editing;
    EditFeedback editFeedback;
};

// The whole application state, owned by the frame loop: the view, the UI state, the pending
// requests, and the stamps of the caches kept here.
struct App : AppView {
    UiState ui;
    Requests requests;
    long long fileMtime = 0; // the file watcher's state (checkFileChanged), not a cache signal
    CacheStamp metricsBuilt, activeTiesBuilt, shownBuilt, spanIndexBuilt;
    std::uint64_t shownSpanIndexView = ~0ull;             // the viewGeneration shownSpanIndex was built for
    std::vector<core::metrics::ActorMerge> metricsMerges; // the merges app.metrics was built with
    // The metrics' background job (analytics_state.cpp); it reads `dataset`, so openDataset cancels
    // it first. waitForMetrics: updateMetrics blocks until they are complete (tests, scripts).
    std::unique_ptr<core::metrics::MetricsJob> metricsJob = std::make_unique<core::metrics::MetricsJob>();
    bool waitForMetrics = true;
    // Opens (requests.open, reload) on a background thread (the window) or at once (tests, scripts).
    std::unique_ptr<LoadJob> loadJob = std::make_unique<LoadJob>();
    bool loadInBackground = false;
};

// [SECTION] Applied by the frame loop, outside the ImGui frame (App&: these may change the data)

// Loads `path`. On success it replaces the dataset, records a whole-dataset change and keeps the
// date when it lies in the new range; on failure the open dataset stays and the messages say why.
// Returns whether it loaded.
bool openDataset(App& app, const std::string& path);
// The same with a load already done (the background loader's result).
bool adoptDataset(App& app, const std::string& path, core::io::LoadResult result);

// Applies the pending data requests (open, reload): at once, or with app.loadInBackground started
// on app.loadJob (a later open supersedes it) and adopted by a later call once loaded. The GUI's
// applyRequests calls it first, then applies the requests that need the window (pins, exports, links).
void applyRequests(App& app);

// Asks for a reload when the open file's modification time changed (call about once a second).
void checkFileChanged(App& app);

// Advances playback by `seconds` of wall-clock time; stops or loops at the end of the range.
void advanceTime(App& app, double seconds);

// Rebuilds what the change record says is stale: the metrics (ties, or the window's merges changed;
// started on the metrics job, collected every call; complete on return when app.waitForMetrics)
// and the timeline's monthly counts (ties changed).
void updateCaches(App& app);
void updateMetrics(App& app);

// Builds app.scene for the current state (positions must be current).
void updateScene(App& app);

// [SECTION] UiState edits: panels and scripts call these; they read the data, never change it

// The moment clamped into the dataset's range [begin, end - 1 day].
core::calendar::Time clampToRange(const core::model::Dataset& data, core::calendar::Time t);
// The period the window's picture shows (README, "Time in pictures"): the range in range mode,
// else the day, month or year of ui.t at ui.precision.
core::calendar::Window pictureWindow(const UiState& ui);

// Opens the side panel on `tab`.
void showSideTab(UiState& ui, SideTab tab);

// Selection: one actor or one tie at a time; selecting shows the inspector.
void selectActor(UiState& ui, core::model::ActorId id);
void selectTie(UiState& ui, core::model::TieId id);
void clearSelection(UiState& ui);

// Stories: moves to a stop (time, focus, caption); out-of-range stops are ignored.
void goToStop(const AppView& app, UiState& ui, int story, int stop);
void nextStop(const AppView& app, UiState& ui);
void previousStop(const AppView& app, UiState& ui);

// [analytics_state.cpp] Presentation mode (F5): starts the open story, or the first one when none
// is open (without stories: the network full-window); leaving keeps the story and its stop.
void startPresentation(const AppView& app, UiState& ui);
void stopPresentation(const AppView& app, UiState& ui);

// The actor the charts show: the Charts tab's choice, else the selected actor, else the first
// actor that receives a patronage, aid or treaty tie; an actor merged into another (the window's
// merges, ui/merge_state.hpp) stands for that one. Empty without a dataset.
std::optional<core::model::ActorId> chartedActor(const AppView& app, const UiState& ui);

} // namespace tieline::ui
