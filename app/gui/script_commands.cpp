// The script commands' runners, one row each, matched to the language's table by name. Arguments
// arrive parsed and checked (commands/script_language.cpp); what is left to check here needs the
// dataset: ids, story numbers. Touches ui::App only through the rows below.
#include "gui/script_commands.hpp"

#include "core/model/search.hpp"
#include "gui/edit_script_commands.hpp"
#include "gui/editor_script_commands.hpp"
#include "gui/script.hpp"
#include "ui/app_state.hpp"
#include "ui/timeline_zoom.hpp"

#include <algorithm>
#include <string_view>

namespace tieline::gui {

namespace {

using commands::ScriptArgs;

struct Context {
    const ScriptArgs& args;
    ui::App& app;
    ScriptStep& step;
    const core::model::Dataset& data() const { return *app.dataset; }
};

using Run = std::string (*)(Context&);

struct Runner {
    std::string_view name;
    bool needsDataset;
    Run run;
};

std::string ok() {
    return "";
}

// Runs `use` on the id the dataset has for the argument, or says which kind of id is unknown.
template <typename Id, typename Use>
std::string withId(const Context& c, std::optional<Id> id, const char* kind, Use use) {
    if (!id) return std::string("unknown ") + kind + " '" + c.args.text + "'";
    use(*id);
    return ok();
}

// An actor for the charts: by id, or reset by the `none` word.
std::string chartActor(Context& c, std::optional<core::model::ActorId>& out, std::string_view none) {
    if (c.args.text == none) {
        out.reset();
        return ok();
    }
    return withId(c, c.data().findActor(c.args.text), "actor", [&](core::model::ActorId id) { out = id; });
}

// Rows that only call a ui:: function: on the UI state, or on the data and the UI state.
template <void (*F)(ui::UiState&)> std::string callUi(Context& c) {
    F(c.app.ui);
    return ok();
}

template <void (*F)(const ui::AppView&, ui::UiState&)> std::string call(Context& c) {
    F(c.app, c.app.ui);
    return ok();
}

bool hasStory(const Context& c, long long story) {
    return story >= 0 && std::size_t(story) < c.data().stories.size();
}

std::string noStory(long long story) {
    return "no story " + std::to_string(story);
}

// [SECTION] the rows: one per command of commands/script_language.cpp
constexpr Runner kRunners[] = {
    {"at", true,
     [](Context& c) {
         c.app.ui.t = ui::clampToRange(c.data(), c.args.date->firstDay());
         c.app.ui.playing = false;
         return ok();
     }},
    {"select-actor", true,
     [](Context& c) {
         return withId(c, c.data().findActor(c.args.text), "actor",
                       [&](auto id) { ui::selectActor(c.app.ui, id); });
     }},
    {"select-tie", true,
     [](Context& c) {
         return withId(c, c.data().findTie(c.args.text), "tie",
                       [&](auto id) { ui::selectTie(c.app.ui, id); });
     }},
    {"select-source", true,
     [](Context& c) {
         return withId(c, c.data().findSource(c.args.text), "source", [&](auto id) {
             c.app.ui.selectedSource = id;
             ui::showSideTab(c.app.ui, ui::SideTab::Sources);
         });
     }},
    {"hover-actor", true,
     [](Context& c) {
         return withId(c, c.data().findActor(c.args.text), "actor",
                       [&](auto id) { c.app.ui.hoveredActor = id; });
     }},
    {"clear-selection", true, callUi<ui::clearSelection>},
    {"theme", true,
     [](Context& c) {
         c.app.ui.darkTheme = c.args.text == "dark";
         return ok();
     }},
    {"arrange", true,
     [](Context& c) {
         c.app.ui.arrange =
             c.args.text == "hierarchy" ? core::layout::Arrange::Hierarchy : core::layout::Arrange::Free;
         return ok();
     }},
    {"legend", true,
     [](Context& c) {
         c.app.ui.showLegend = c.args.text != "off";
         c.app.ui.legendCollapsed = c.args.text == "collapsed";
         return ok();
     }},
    {"story", true,
     [](Context& c) {
         if (!hasStory(c, *c.args.number)) return noStory(*c.args.number);
         ui::goToStop(c.app, c.app.ui, int(*c.args.number), int(c.args.stop.value_or(0)));
         return ok();
     }},
    {"next-stop", true, call<ui::nextStop>},
    {"fit", true,
     [](Context& c) {
         c.app.ui.fitRequested = true;
         return ok();
     }},
    {"search", true,
     [](Context& c) {
         const auto hits = core::model::searchActors(c.data(), c.args.text);
         if (hits.empty()) return "no actor matches '" + c.args.text + "'";
         ui::selectActor(c.app.ui, hits.front());
         c.app.ui.frameRequest = {hits.front()};
         return ok();
     }},
    {"hide-type", true,
     [](Context& c) {
         const auto it = c.data().tieTypeByKey.find(c.args.text);
         if (it == c.data().tieTypeByKey.end()) return "unknown tie type '" + c.args.text + "'";
         c.app.ui.filter.hiddenTieTypes.resize(c.data().tieTypes.size(), 0);
         c.app.ui.filter.hiddenTieTypes[it->second.index()] = 1;
         return ok();
     }},
    {"precision", true,
     [](Context& c) {
         using core::calendar::DatePrecision;
         c.app.ui.precision = c.args.text == "year"    ? DatePrecision::Year
                              : c.args.text == "month" ? DatePrecision::Month
                                                       : DatePrecision::Day;
         c.app.ui.range.reset();
         return ok();
     }},
    {"range", true,
     [](Context& c) -> std::string {
         if (c.args.text == "off") {
             c.app.ui.range.reset();
             return ok();
         }
         const std::size_t dots = c.args.text.find("..");
         if (dots == std::string::npos) return "expected D1..D2 or off, found '" + c.args.text + "'";
         std::string why;
         const auto first = core::calendar::parseDate(c.args.text.substr(0, dots), &why);
         const auto last =
             first ? core::calendar::parseDate(c.args.text.substr(dots + 2), &why) : std::nullopt;
         if (!first || !last) return "invalid range '" + c.args.text + "': " + why;
         if (last->dayAfterLast() <= first->firstDay()) return "the range ends before it starts";
         c.app.ui.range = std::pair{core::calendar::Time(first->firstDay()),
                                    core::calendar::Time(last->dayAfterLast() - 1)};
         c.app.ui.t = ui::clampToRange(c.data(), first->firstDay());
         return ok();
     }},
    {"open", false,
     [](Context& c) {
         c.app.requests.open = c.args.text;
         return ok();
     }},
    {"wait", false,
     [](Context& c) {
         c.step.waitFrames = int(std::max(0LL, *c.args.number - 1));
         return ok();
     }},
    {"wait-layout", false,
     [](Context& c) {
         c.step.effect.waitLayout = true;
         return ok();
     }},
    {"screenshot", false,
     [](Context& c) {
         c.step.effect.screenshot = c.args.text;
         return ok();
     }},
    {"quit", false,
     [](Context& c) {
         c.step.effect.quit = true;
         return ok();
     }},
    {"side-tab", true,
     [](Context& c) {
         constexpr std::string_view names[] = {"inspector", "active", "sources", "filters", "charts"};
         const auto tab = std::find(std::begin(names), std::end(names), c.args.text) - std::begin(names);
         ui::showSideTab(c.app.ui, static_cast<ui::SideTab>(tab));
         c.app.ui.showSidePanel = true;
         return ok();
     }},
    {"chart-actor", true, [](Context& c) { return chartActor(c, c.app.ui.charts.actor, "selection"); }},
    {"chart-merge", true,
     [](Context& c) {
         // As the Charts tab does: the merge goes into the actor charted now, whatever is selected next.
         if (!c.app.ui.charts.actor) c.app.ui.charts.actor = ui::chartedActor(c.app, c.app.ui);
         const std::optional<core::model::ActorId> into = c.app.ui.charts.actor;
         if (!into) return std::string("no actor to chart");
         if (c.args.text == "none") {
             for (core::model::ActorId m : ui::mergedInto(c.app, c.app.ui, *into))
                 ui::showApart(c.app, c.app.ui, m);
             return ok();
         }
         return withId(c, c.data().findActor(c.args.text), "actor",
                       [&](core::model::ActorId id) { ui::showAsOne(c.app, c.app.ui, id, *into); });
     }},
    {"merge", true,
     [](Context& c) {
         core::scene::ViewMerges view;
         std::string why;
         if (!core::scene::parseMergeList(c.data(), c.args.text, view, why)) return "merge: " + why;
         for (const core::scene::MergeRule& m : view.merges)
             ui::showAsOne(c.app, c.app.ui, m.from, m.into);
         return ok();
     }},
    {"unmerge", true,
     [](Context& c) {
         return withId(c, c.data().findActor(c.args.text), "actor",
                       [&](core::model::ActorId id) { ui::showApart(c.app, c.app.ui, id); });
     }},
    {"collapse", true,
     [](Context& c) {
         const auto it = c.data().groupByKey.find(c.args.text);
         if (it == c.data().groupByKey.end()) return "unknown group '" + c.args.text + "'";
         ui::setCollapsed(c.app.ui, it->second, true);
         return ok();
     }},
    {"expand", true,
     [](Context& c) {
         const auto it = c.data().groupByKey.find(c.args.text);
         if (it == c.data().groupByKey.end()) return "unknown group '" + c.args.text + "'";
         ui::setCollapsed(c.app.ui, it->second, false);
         return ok();
     }},
    {"hulls", false,
     [](Context& c) {
         c.app.ui.merges.hulls = c.args.text == "on";
         return ok();
     }},
    {"chart-layers", true,
     [](Context& c) {
         c.app.ui.charts.byCamp = c.args.text == "camp";
         return ok();
     }},
    {"present", true,
     [](Context& c) {
         if (c.args.number) {
             if (!hasStory(c, *c.args.number)) return noStory(*c.args.number);
             ui::goToStop(c.app, c.app.ui, int(*c.args.number), 0);
         }
         ui::startPresentation(c.app, c.app.ui);
         return ok();
     }},
    {"present-off", true, call<ui::stopPresentation>},
    {"previous-stop", true, call<ui::previousStop>},
    {"export-deck", true,
     [](Context& c) {
         if (!hasStory(c, *c.args.number)) return noStory(*c.args.number);
         ui::DeckRequest request;
         request.story = int(*c.args.number);
         request.folder = c.args.text;
         request.options.width = 1280;
         request.options.height = 720;
         request.options.dark = c.app.ui.darkTheme;
         c.app.requests.deck = request;
         return ok();
     }},
    {"timeline-zoom", true,
     [](Context& c) {
         const core::model::Dataset& data = c.data();
         if (!c.args.date) {
             ui::setZoom(data, c.app.ui, {});
             return ok();
         }
         const core::calendar::Time begin = c.args.date->firstDay(), end = c.args.until->dayAfterLast();
         if (end <= data.rangeBegin() || begin >= data.rangeEnd())
             return c.args.date->toString() + " " + c.args.until->toString() +
                    " lies outside the dataset's range " + data.meta.start.toString() + " to " +
                    data.meta.end.toString();
         ui::setZoom(data, c.app.ui, ui::brushWindow(begin, end, data.rangeBegin(), data.rangeEnd()));
         c.app.ui.playing = false;
         return ok();
     }},
};

const Runner* runnerFor(std::string_view name) {
    for (const Runner& r : kRunners)
        if (r.name == name) return &r;
    return nullptr;
}

} // namespace

std::string_view commandWithoutRunner() {
    for (const commands::ScriptCommand& c : commands::scriptCommands())
        if (!runnerFor(c.name) && !isEditCommand(c.name) && !isEditorCommand(c.name)) return c.name;
    return {};
}

std::string runScriptLine(const commands::ScriptLine& line, ui::App& app, ScriptStep& step) {
    if (isEditCommand(line.command->name)) return runEditCommand(line, app);
    if (isEditorCommand(line.command->name)) return runEditorCommand(line, app);
    const Runner* runner = runnerFor(line.command->name);
    if (!runner) return std::string(line.command->name).append(" has no runner");
    if (runner->needsDataset && !app.dataset) return "no dataset is open";
    Context context{line.args, app, step};
    return runner->run(context);
}

} // namespace tieline::gui
