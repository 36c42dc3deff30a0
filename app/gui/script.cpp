// Parsing and running GUI scripts.
#include "gui/script.hpp"

#include "core/io/dataset_loader.hpp"
#include "core/model/search.hpp"

#include <cstdlib>

namespace tieline::gui {

namespace {

const char* const kCommands[] = {
    "at",          "select-actor", "select-tie", "select-source", "hover-actor",   "clear-selection",
    "theme",       "story",        "next-stop",  "fit",           "search",        "hide-type",
    "open",        "wait",         "screenshot", "quit",          "side-tab",      "chart-actor",
    "chart-merge", "chart-layers", "present",    "present-off",   "previous-stop", "export-deck"};

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

std::string where(const Script& s, const ScriptLine& line) {
    return s.file + ":" + std::to_string(line.number) + ": ";
}

// The analytics and presentation commands; returns "" or why the line failed.
std::string runAnalyticsCommand(const ScriptLine& line, ui::App& app) {
    const core::Dataset& data = *app.dataset;
    const std::string& arg = line.argument;
    const auto actor = [&](std::optional<core::ActorId>& out, const char* none) -> std::string {
        if (arg == none) {
            out.reset();
            return "";
        }
        const auto id = data.findActor(arg);
        if (!id) return "unknown actor '" + arg + "'";
        out = *id;
        return "";
    };
    if (line.command == "side-tab") {
        const char* names[] = {"inspector", "active", "sources", "filters", "charts"};
        for (int i = 0; i < 5; ++i)
            if (arg == names[i]) {
                app.ui.sideTab = static_cast<ui::SideTab>(i);
                app.ui.sideTabRequested = true;
                app.ui.showSidePanel = true;
                return "";
            }
        return "side-tab is inspector, active, sources, filters or charts";
    }
    if (line.command == "chart-actor") return actor(app.ui.charts.actor, "selection");
    if (line.command == "chart-merge") {
        // As the Charts tab does: the merge goes into the actor charted now, whatever is selected next.
        if (!app.ui.charts.actor) app.ui.charts.actor = ui::chartedActor(app, app.ui);
        return actor(app.ui.charts.mergeFrom, "none");
    }
    if (line.command == "chart-layers") {
        if (arg != "camp" && arg != "patron") return "chart-layers is camp or patron";
        app.ui.charts.byCamp = arg == "camp";
        return "";
    }
    if (line.command == "present") {
        if (!arg.empty()) {
            const int story = std::atoi(arg.c_str());
            if (story < 0 || std::size_t(story) >= data.stories.size()) return "no story " + arg;
            ui::goToStop(app, app.ui, story, 0);
        }
        ui::startPresentation(app, app.ui);
        return "";
    }
    if (line.command == "present-off") {
        ui::stopPresentation(app, app.ui);
        return "";
    }
    if (line.command == "previous-stop") {
        ui::previousStop(app, app.ui);
        return "";
    }
    // export-deck STORY DIR
    const auto space = arg.find(' ');
    if (space == std::string::npos) return "export-deck needs a story number and a folder";
    const int story = std::atoi(arg.c_str());
    if (story < 0 || std::size_t(story) >= data.stories.size()) return "no story " + arg.substr(0, space);
    ui::DeckRequest request;
    request.story = story;
    request.folder = trim(arg.substr(space));
    request.options.width = 1280;
    request.options.height = 720;
    request.options.dark = app.ui.darkTheme;
    app.requests.deck = request;
    return "";
}

} // namespace

bool loadScript(const std::string& path, Script& script, std::string& error) {
    std::string text;
    if (!core::readFileLimited(path, 1 << 20, text, error)) {
        error = path + ": " + error;
        return false;
    }
    script = {};
    script.file = path;
    std::size_t start = 0;
    for (int number = 1; start <= text.size(); ++number) {
        const auto end = text.find('\n', start);
        std::string raw = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? text.size() + 1 : end + 1;
        if (const auto hash = raw.find('#'); hash != std::string::npos) raw.resize(hash);
        raw = trim(raw);
        if (raw.empty()) continue;
        ScriptLine line;
        line.number = number;
        const auto space = raw.find(' ');
        line.command = raw.substr(0, space);
        line.argument = space == std::string::npos ? "" : trim(raw.substr(space));
        bool known = false;
        for (const char* c : kCommands)
            known = known || line.command == c;
        if (!known) {
            error = path + ":" + std::to_string(number) + ": unknown command '" + line.command + "'";
            return false;
        }
        script.lines.push_back(line);
    }
    return true;
}

ScriptEffect stepScript(Script& script, ui::App& app) {
    ScriptEffect effect;
    if (script.waitFrames > 0) {
        --script.waitFrames;
        return effect;
    }
    while (script.next < script.lines.size()) {
        const ScriptLine& line = script.lines[script.next++];
        const std::string& arg = line.argument;
        const auto fail = [&](const std::string& why) {
            effect.error = where(script, line) + why;
            return effect;
        };
        const core::Dataset* data = app.dataset ? &*app.dataset : nullptr;
        if (line.command == "quit") {
            effect.quit = true;
            return effect;
        }
        if (line.command == "wait") {
            script.waitFrames = std::max(0, std::atoi(arg.c_str()) - 1);
            return effect;
        }
        if (line.command == "screenshot") {
            if (arg.empty()) return fail("screenshot needs a file name");
            effect.screenshot = arg;
            return effect;
        }
        if (line.command == "open") {
            app.requests.open = arg;
            return effect;
        }
        if (!data) return fail("no dataset is open");
        if (line.command == "at") {
            const auto date = core::parseDate(arg);
            if (!date) return fail("invalid date '" + arg + "'");
            app.ui.t = ui::clampToRange(*data, date->firstDay());
            app.ui.playing = false;
            return effect;
        }
        if (line.command == "select-actor" || line.command == "hover-actor") {
            const auto id = data->findActor(arg);
            if (!id) return fail("unknown actor '" + arg + "'");
            if (line.command == "select-actor")
                ui::selectActor(app.ui, *id);
            else
                app.ui.hoveredActor = *id;
            continue;
        }
        if (line.command == "select-tie") {
            const auto id = data->findTie(arg);
            if (!id) return fail("unknown tie '" + arg + "'");
            ui::selectTie(app.ui, *id);
            continue;
        }
        if (line.command == "select-source") {
            const auto id = data->findSource(arg);
            if (!id) return fail("unknown source '" + arg + "'");
            app.ui.selectedSource = *id;
            app.ui.sideTab = ui::SideTab::Sources;
            app.ui.sideTabRequested = true;
            continue;
        }
        if (line.command == "clear-selection") {
            ui::clearSelection(app.ui);
            continue;
        }
        if (line.command == "theme") {
            if (arg != "dark" && arg != "light") return fail("theme is dark or light");
            app.ui.darkTheme = arg == "dark";
            continue;
        }
        if (line.command == "story") {
            const int story = std::atoi(arg.c_str());
            const auto space = arg.find(' ');
            const int stop = space == std::string::npos ? 0 : std::atoi(arg.c_str() + space + 1);
            if (story < 0 || std::size_t(story) >= data->stories.size())
                return fail("no story " + std::to_string(story));
            ui::goToStop(app, app.ui, story, stop);
            return effect;
        }
        if (line.command == "next-stop") {
            ui::nextStop(app, app.ui);
            return effect;
        }
        if (line.command.rfind("chart-", 0) == 0 || line.command == "side-tab" ||
            line.command.rfind("present", 0) == 0 || line.command == "previous-stop" ||
            line.command == "export-deck") {
            if (const std::string why = runAnalyticsCommand(line, app); !why.empty()) return fail(why);
            return effect; // one frame, so the change shows before the next command
        }
        if (line.command == "fit") {
            app.ui.fitRequested = true;
            return effect;
        }
        if (line.command == "search") {
            const auto hits = core::searchActors(*data, arg);
            if (hits.empty()) return fail("no actor matches '" + arg + "'");
            ui::selectActor(app.ui, hits.front());
            app.ui.frameRequest = {hits.front()};
            return effect;
        }
        if (line.command == "hide-type") {
            const auto it = data->tieTypeByKey.find(arg);
            if (it == data->tieTypeByKey.end()) return fail("unknown tie type '" + arg + "'");
            app.ui.filter.hiddenTieTypes.resize(data->tieTypes.size(), 0);
            app.ui.filter.hiddenTieTypes[it->second.index()] = 1;
            continue;
        }
    }
    if (script.next >= script.lines.size()) effect.quit = true;
    return effect;
}

} // namespace tieline::gui
