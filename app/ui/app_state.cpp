// Applying GUI requests to the app state: loading with the previous dataset kept on failure, and
// playback. No GL.
#include "ui/app_state.hpp"

#include "core/io/dataset_loader.hpp"

#include <algorithm>
#include <cmath>

namespace tieline::ui {

core::Time clampToRange(const core::Dataset& data, core::Time t) {
    const double lo = data.rangeBegin();
    const double hi = data.rangeEnd() - 1.0;
    return std::clamp(t, lo, std::max(lo, hi));
}

bool openDataset(App& app, const std::string& path) {
    core::LoadResult result = core::loadDatasetFile(path);
    app.messages = std::move(result.diagnostics.items);
    if (!result.dataset) {
        app.messagesTitle = "Could not open " + path + (app.dataset ? " (the open dataset is kept)" : "");
        app.ui.showMessages = true;
        return false;
    }
    const bool keepTime = app.dataset.has_value();
    const core::Time previous = app.ui.t;
    app.dataset = std::move(*result.dataset);
    app.datasetPath = path;
    app.ui.t = keepTime ? clampToRange(*app.dataset, previous) : static_cast<core::Time>(app.dataset->rangeBegin());
    app.messagesTitle = app.messages.empty() ? "" : "Warnings in " + path;
    app.ui.showMessages = !app.messages.empty();
    app.fontsNeedRebuild = true;
    return true;
}

void applyRequests(App& app) {
    if (app.requests.open) {
        const std::string path = *app.requests.open;
        app.requests.open.reset();
        openDataset(app, path);
    }
    if (app.requests.reload) {
        app.requests.reload = false;
        if (!app.datasetPath.empty()) openDataset(app, app.datasetPath);
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

} // namespace tieline::ui
