// Applying GUI requests to the app state: loading with the previous dataset kept on failure,
// reloading when the file changes, playback, selection, stories. No GL.
#include "ui/app_state.hpp"

#include "core/figure/story_deck.hpp"
#include "core/figure/story_focus.hpp"

#include "core/interop/dataset_files.hpp"
#include "core/io/dataset_loader.hpp"

#include <algorithm>
#include <cmath>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <sys/stat.h>

namespace tieline::ui {

namespace {

long long modificationTime(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return 0;
    return static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec;
}

std::vector<int> countActiveTiesByMonth(const core::model::Dataset& data,
                                        const core::model::SpanIndex& index) {
    std::vector<core::calendar::Time> times;
    for (core::calendar::DayNumber day = data.rangeBegin(); day < data.rangeEnd();
         day = core::calendar::addMonths(day, 1))
        times.push_back(day + 14);             // mid-month
    return index.activeTieCounts(data, times); // the sizes of activeAt's tie lists
}

} // namespace

core::calendar::Time clampToRange(const core::model::Dataset& data, core::calendar::Time t) {
    const double lo = data.rangeBegin();
    const double hi = data.rangeEnd() - 1.0;
    return std::clamp(t, lo, std::max(lo, hi));
}

bool openDataset(App& app, const std::string& path) {
    // JSON, GEXF or a CSV pair, by extension
    return adoptDataset(app, path, core::interop::loadAnyDataset(path));
}

bool adoptDataset(App& app, const std::string& path, core::io::LoadResult result) {
    app.messages = std::move(result.diagnostics.items);
    if (!result.dataset) {
        app.messagesTitle = "Could not open " + path + (app.dataset ? " (the open dataset is kept)" : "");
        app.ui.showMessages = true;
        return false;
    }
    const bool sameFile = app.dataset.has_value() && path == app.datasetPath;
    const bool keepTime = app.dataset.has_value();
    const core::calendar::Time previous = app.ui.t;
    app.metricsJob->cancel(); // it reads the dataset being replaced
    app.dataset = std::move(*result.dataset);
    result.dataset.reset();
#ifdef __GLIBC__
    // The JSON document, its position index and the old dataset are freed by now: hand their pages
    // back to the system (glibc keeps them otherwise; hundreds of MB after a 20,000-actor file).
    malloc_trim(0);
#endif
    app.datasetPath = path;
    app.fileMtime = modificationTime(path);
    app.ui.t = keepTime ? clampToRange(*app.dataset, previous)
                        : static_cast<core::calendar::Time>(app.dataset->rangeBegin());
    app.messagesTitle = app.messages.empty() ? "" : "Warnings in " + path;
    app.ui.showMessages = !app.messages.empty();
    app.changes.record(kEverything);
    startEditing(app); // the file's bytes, for lossless saves and the edit journal
    // Ids index into the tables, so a selection survives a reload of the same file only when the
    // entity is still there; a different file starts afresh.
    const auto& d = *app.dataset;
    if (!sameFile || (app.ui.selectedActor && app.ui.selectedActor->index() >= d.actors.size()) ||
        (app.ui.selectedTie && app.ui.selectedTie->index() >= d.ties.size()) ||
        (app.ui.selectedSource && app.ui.selectedSource->index() >= d.sources.size())) {
        clearSelection(app.ui);
        app.ui.selectedSource.reset();
        app.ui.filter = {};
        app.ui.story = app.ui.stop = -1;
        app.ui.fitRequested = true;
        app.ui.charts = {};
        const bool hulls = app.ui.merges.hulls; // another dataset's merges start afresh
        app.ui.merges = MergeState{};
        app.ui.merges.hulls = hulls;
    }
    app.ui.hoveredActor.reset();
    app.ui.hoveredTie.reset();
    return true;
}

void applyRequests(App& app) {
    std::optional<std::string> path = app.requests.open;
    app.requests.open.reset();
    // A reload would drop unsaved edits: not without the user's answer (ui/edit_menu.cpp asks).
    if (app.requests.reload && !path && app.editing.modified() && !app.requests.edits.reloadConfirmed) {
        app.editing.fileChangedOnDisk();
        app.requests.reload = false;
    }
    app.requests.edits.reloadConfirmed = false;
    if (app.requests.reload && !path && !app.datasetPath.empty()) path = app.datasetPath;
    app.requests.reload = false;
    if (path) {
        if (app.loadInBackground)
            app.loadJob->start(*path); // supersedes a load still running
        else
            openDataset(app, *path);
    }
    if (auto loaded = app.loadJob->poll()) adoptDataset(app, loaded->path, std::move(loaded->result));
    app.loadingLine = loadingLine(*app.loadJob);
    applyEditRequests(app);
}

void checkFileChanged(App& app) {
    if (app.datasetPath.empty()) return;
    const long long now = modificationTime(app.datasetPath);
    if (now != 0 && now != app.fileMtime) {
        app.fileMtime = now; // a broken save is reported once, not every second
        // With unsaved edits the file is not reloaded behind the user's back: they choose.
        if (app.editing.modified())
            app.editing.fileChangedOnDisk();
        else
            app.requests.reload = true;
    }
}

void advanceTime(App& app, double seconds) {
    if (!app.dataset || !app.ui.playing) return;
    constexpr double kDaysPerMonth = 365.2425 / 12.0;
    const double end = app.dataset->rangeEnd() - 1.0;
    app.ui.t += seconds * app.ui.monthsPerSecond * kDaysPerMonth;
    if (app.ui.t >= end) {
        if (app.ui.loop) {
            app.ui.t = app.dataset->rangeBegin();
        } else {
            app.ui.t = end;
            app.ui.playing = false;
        }
    }
}

void showSideTab(UiState& ui, SideTab tab) {
    ui.sideTab = tab;
    ui.sideTabRequested = true;
    ui.showSidePanel = true;
}

void selectActor(UiState& ui, core::model::ActorId id) {
    clearSelection(ui);
    ui.selectedActor = id;
    showSideTab(ui, SideTab::Inspector);
}

void selectTie(UiState& ui, core::model::TieId id) {
    clearSelection(ui);
    ui.selectedTie = id;
    showSideTab(ui, SideTab::Inspector);
}

void clearSelection(UiState& ui) {
    ui.selectedActor.reset();
    ui.selectedTie.reset();
}

void updateCaches(App& app) {
    updateShown(app);
    updateMetrics(app);
    if (!app.dataset) {
        app.activeTiesByMonth.clear();
        app.spanIndex = app.shownSpanIndex = {};
        return;
    }
    // Any change may move a span (ties, presence, the range): the indexes follow every one.
    if (app.spanIndexBuilt.stale(app.changes, kEverything)) {
        app.spanIndex = core::model::SpanIndex(*app.dataset);
        app.spanIndexBuilt.markBuilt(app.changes);
        app.shownSpanIndexView = ~0ull;
    }
    if (app.shown && app.shownSpanIndexView != app.viewGeneration) {
        app.shownSpanIndex = core::model::SpanIndex(*app.shown);
        app.shownSpanIndexView = app.viewGeneration;
    }
    if (app.activeTiesBuilt.stale(app.changes, kTies)) {
        app.activeTiesByMonth = countActiveTiesByMonth(*app.dataset, app.spanIndex);
        app.activeTiesBuilt.markBuilt(app.changes);
    }
}

core::calendar::Window pictureWindow(const UiState& ui) {
    if (ui.range)
        return core::calendar::rangeWindow(core::calendar::DayNumber(std::floor(ui.range->first)),
                                           core::calendar::DayNumber(std::floor(ui.range->second)));
    return core::calendar::windowAt(ui.t, ui.precision);
}

void updateScene(App& app) {
    app.sceneActiveSet = nullptr;
    if (!app.dataset || app.positions.size() != app.dataset->actors.size()) {
        app.scene.nodes.clear();
        app.scene.edges.clear();
        app.scene.labels.clear();
        app.scene.hulls.clear();
        app.sceneWork.previous.valid = false; // the next scene starts afresh
        return;
    }
    core::scene::SceneInput in;
    in.data = &shownDataset(app); // merged when the view merges anything (ui/merge_state.hpp)
    in.t = app.ui.t;
    in.precision = app.ui.precision;
    in.window = pictureWindow(app.ui);
    in.positions = &app.positions;
    in.stretch = app.ui.stretch;
    in.spans = in.data == &*app.dataset ? &app.spanIndex : &app.shownSpanIndex; // fits() guards either
    // What the scene's inputs do not say: an edit changes the dataset in place, a new view of merges
    // gives a new `shown` (and its span index) at perhaps the same address.
    in.revision = app.changes.generation() * 1000003u + app.viewGeneration;
    in.filter = app.ui.filter;
    in.focus.selectedActor = app.ui.selectedActor;
    in.focus.hoveredActor = app.ui.hoveredActor;
    in.focus.selectedTie = app.ui.selectedTie;
    in.focus.hoveredTie = app.ui.hoveredTie;
    if (app.ui.selectedSource) {
        const core::model::Dataset& d = *app.dataset;
        in.focus.highlightedTies.assign(d.ties.size(), 0);
        for (std::size_t i = 0; i < d.ties.size(); ++i)
            for (const core::model::Claim& c : d.ties[i].claims)
                if (c.source == *app.ui.selectedSource) in.focus.highlightedTies[i] = 1;
    }
    // At a story stop (its period shown), the stop's focus as in its slide (story_focus.hpp).
    if (app.ui.story >= 0 && std::size_t(app.ui.story) < app.dataset->stories.size()) {
        const core::model::Story& story = app.dataset->stories[std::size_t(app.ui.story)];
        if (app.ui.stop >= 0 && std::size_t(app.ui.stop) < story.stops.size()) {
            const core::model::StoryStop& stop = story.stops[std::size_t(app.ui.stop)];
            const core::calendar::Window days = core::figure::slideWindow(*app.dataset, stop);
            if (app.ui.t >= days.begin && app.ui.t < days.end) {
                const auto selected = in.focus.selectedActor;
                core::figure::focusOnStop(*app.dataset, stop, in.focus);
                in.focus.selectedActor = selected; // the window's own selection (goToStop sets it)
            }
        }
    }
    core::scene::SceneStyle style =
        app.ui.darkTheme ? core::scene::darkSceneStyle() : core::scene::lightSceneStyle();
    style.showNative = app.ui.showNative;
    // Label size: the View setting, grown with zoom past the last fit, up to half as large again.
    const double growth =
        app.ui.fitZoom > 0 ? std::clamp(std::sqrt(app.ui.camera.zoom / app.ui.fitZoom), 1.0, 1.5) : 1.0;
    style.labelPixels *= app.ui.labelScale * float(growth);
    // Only what changed since the last frame (core/scene/scene.hpp); the same scene as a full build.
    const bool hulls = app.ui.merges.hulls;
    const core::scene::SceneUpdate update = core::scene::updateScene(in, style, app.scene, app.sceneWork);
    if (update != core::scene::SceneUpdate::Unchanged || hulls != app.sceneHulls) {
        app.scene.hulls.clear();
        core::scene::decorateMergedScene(*in.data, app.scene, hulls);
        app.sceneHulls = hulls;
    }
    if (in.data == &*app.dataset) app.sceneActiveSet = &app.sceneWork.active;
}

void goToStop(const AppView& app, UiState& ui, int story, int stop) {
    if (!app.dataset || story < 0 || std::size_t(story) >= app.dataset->stories.size()) return;
    const core::model::Story& s = app.dataset->stories[std::size_t(story)];
    if (stop < 0 || std::size_t(stop) >= s.stops.size()) return;
    const core::model::StoryStop& st = s.stops[std::size_t(stop)];
    ui.story = story;
    ui.stop = stop;
    ui.playing = false;
    ui.t = clampToRange(*app.dataset, st.date.firstDay());
    ui.frameRequest = st.focus;
    if (ui.frameRequest.empty()) ui.fitRequested = true;
    if (st.focus.size() == 1)
        selectActor(ui, st.focus.front());
    else
        clearSelection(ui);
}

void nextStop(const AppView& app, UiState& ui) {
    if (ui.story >= 0) goToStop(app, ui, ui.story, ui.stop + 1);
}

void previousStop(const AppView& app, UiState& ui) {
    if (ui.story >= 0) goToStop(app, ui, ui.story, ui.stop - 1);
}

} // namespace tieline::ui
