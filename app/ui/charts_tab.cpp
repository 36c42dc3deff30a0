// The Charts tab: an actor's patron shares over time as a stacked area, line charts of its
// betweenness, constraint, camp balance and weighted degree, each with year ticks and a marker at
// the current date; click or drag in a chart to jump there. Also the timeline's sparkline.
#include "core/model/tie_roles.hpp"
#include "ui/chart_draw.hpp"
#include "ui/panels.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace tieline::ui {

namespace {

using core::metrics::MetricKind;

constexpr float kAxisHeight = 20;
// The timeline's sparkline choices, in core::metrics::MetricKind order.
constexpr const char* kSparklines[] = {"betweenness", "constraint", "camp balance", "patron strength"};

struct ChartBox {
    ChartAxis axis;
    float top = 0, bottom = 0;
    std::optional<std::size_t> hoverStep;
};

// Reserves a chart across the tab: a framed plot area, a year axis under it, click or drag to jump.
ChartBox chartBox(const AppView& app, UiState& ui, const char* id, float height) {
    const core::model::Dataset& data = *app.dataset;
    const core::metrics::Metrics& m = *app.metrics;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = std::max(60.0f, ImGui::GetContentRegionAvail().x - 4);
    ChartBox box;
    box.axis = {pos.x + 1, pos.x + width - 1, double(data.rangeBegin()), double(data.rangeEnd())};
    box.top = pos.y + 1;
    box.bottom = pos.y + height - 1;
    ImGui::InvisibleButton(id, ImVec2(width, height + kAxisHeight));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (ImGui::IsItemActive()) {
        ui.t = clampToRange(data, box.axis.tOf(mouse.x));
        ui.playing = false;
    }
    if (ImGui::IsItemHovered() && m.steps() > 0) box.hoverStep = m.stepAt(box.axis.tOf(mouse.x));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg));
    drawYearAxis(draw, box.axis, pos.y + height, ImGui::GetColorU32(ImGuiCol_TextDisabled));
    return box;
}

void finishBox(const AppView& app, UiState& ui, const ChartBox& box) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    drawTimeMarker(draw, box.axis, box.top, box.bottom, ui.t, ImGui::GetColorU32(ImGuiCol_Text));
    if (box.hoverStep) {
        const float x = box.axis.xOf(app.metrics->times[*box.hoverStep]);
        draw->AddLine(ImVec2(x, box.top), ImVec2(x, box.bottom),
                      ImGui::GetColorU32(ImGuiCol_TextDisabled, 0.6f));
    }
}

std::string percent(double share) {
    char text[16];
    std::snprintf(text, sizeof text, "%.0f%%", share * 100.0);
    return text;
}

std::string number(double v) {
    if (std::isnan(v)) return "\xE2\x80\x94"; // —
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", v);
    return text;
}

void actorCombo(const AppView& app, const char* label, std::optional<core::model::ActorId>& value,
                const char* none, std::optional<core::model::ActorId> skip) {
    const core::model::Dataset& data = *app.dataset;
    const char* preview =
        value && value->index() < data.actors.size() ? data.actor(*value).name.c_str() : none;
    if (!ImGui::BeginCombo(label, preview)) return;
    if (ImGui::Selectable(none, !value)) value.reset();
    for (std::size_t a = 0; a < data.actors.size(); ++a) {
        const core::model::ActorId id(static_cast<std::uint32_t>(a));
        if (skip && *skip == id) continue;
        ImGui::PushID(int(a));
        if (ImGui::Selectable(data.actors[a].name.c_str(), value && *value == id)) value = id;
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void patronShareChart(const AppView& app, UiState& ui, core::model::ActorId actor) {
    const core::model::Dataset& data = *app.dataset;
    const core::metrics::Metrics& m = *app.metrics;
    ChartState& c = ui.charts;
    const auto shares = core::metrics::patronShareLayers(data, m, actor.index(), c.byCamp);
    ImGui::TextUnformatted("Patron shares");
    ImGui::SameLine();
    // The counted types come from the dataset's patron roles ("patronage, aid and treaty ties").
    std::vector<core::model::TieTypeId> counted;
    for (std::size_t t = 0; t < m.patronType.size(); ++t)
        if (m.patronType[t]) counted.push_back(core::model::TieTypeId(static_cast<std::uint32_t>(t)));
    if (counted.empty()) {
        ImGui::TextDisabled("(no tie type of this dataset has a patron role)");
        return;
    }
    ImGui::TextDisabled("(%s received)", core::model::patronTypesPhrase(data, counted).c_str());
    if (shares.layers.empty()) {
        ImGui::TextDisabled("%s has no patrons in this dataset.", data.actor(actor).name.c_str());
        return;
    }
    const ChartBox box = chartBox(app, ui, "##shares", 130);
    drawStackedArea(ImGui::GetWindowDrawList(), box.axis, box.top, box.bottom, m.times, shares);
    finishBox(app, ui, box);
    // The legend gives each layer's share at the current date (or at the hovered month).
    const std::size_t step = box.hoverStep.value_or(m.stepAt(ui.t));
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < shares.layers.size(); ++i) {
        const core::metrics::StackLayer& layer = shares.layers[i];
        const std::string text =
            layer.label + " " + (shares.defined[step] ? percent(layer.values[step]) : "\xE2\x80\x94");
        // Flow the entries: a new line when the next would not fit.
        const float width = ImGui::GetTextLineHeight() + ImGui::CalcTextSize(text.c_str()).x;
        if (i > 0) {
            ImGui::SameLine(0, 14);
            if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
        }
        colorSwatch(layer.color);
        ImGui::TextUnformatted(text.c_str());
    }
    if (box.hoverStep)
        ImGui::SetTooltip("%s: click to go there", core::calendar::formatMonthYear(m.times[step]).c_str());
}

void lineChart(const AppView& app, UiState& ui, core::model::ActorId actor, MetricKind kind, const char* id,
               int type = -1) {
    const core::metrics::Metrics& m = *app.metrics;
    const std::vector<double> values =
        core::metrics::metricSeries(*app.dataset, m, actor.index(), kind, type);
    double hi = kind == MetricKind::CampBalance ? 1.0 : 0.0;
    for (double v : values)
        if (!std::isnan(v)) hi = std::max(hi, v);
    if (hi <= 0) hi = 1;
    const std::size_t now = m.stepAt(ui.t);
    ImGui::TextUnformatted(core::metrics::metricLabel(kind));
    ImGui::SameLine();
    ImGui::TextDisabled("%s now, up to %s", number(values[now]).c_str(), number(hi).c_str());
    const ChartBox box = chartBox(app, ui, id, 48);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    drawLineSeries(draw, box.axis, box.top + 3, box.bottom - 2, m.times, values, 0.0, hi,
                   ImGui::GetColorU32(ImGuiCol_PlotLines), 1.6f);
    if (kind == MetricKind::InDegree) {
        const auto out =
            core::metrics::metricSeries(*app.dataset, m, actor.index(), MetricKind::OutDegree, type);
        drawLineSeries(draw, box.axis, box.top + 3, box.bottom - 2, m.times, out, 0.0, hi,
                       ImGui::GetColorU32(ImGuiCol_PlotHistogram), 1.6f);
    }
    finishBox(app, ui, box);
    if (box.hoverStep)
        ImGui::SetTooltip("%s: %s\nclick to go there",
                          core::calendar::formatMonthYear(m.times[*box.hoverStep]).c_str(),
                          number(values[*box.hoverStep]).c_str());
}

void degreeChart(const AppView& app, UiState& ui, core::model::ActorId actor) {
    const core::model::Dataset& data = *app.dataset;
    ChartState& c = ui.charts;
    if (c.degreeType >= int(data.tieTypes.size())) c.degreeType = -1;
    const char* preview =
        c.degreeType < 0 ? "all cooperative ties" : data.tieTypes[std::size_t(c.degreeType)].label.c_str();
    ImGui::SetNextItemWidth(200);
    if (ImGui::BeginCombo("##degree-type", preview)) {
        if (ImGui::Selectable("all cooperative ties", c.degreeType < 0)) c.degreeType = -1;
        for (std::size_t t = 0; t < data.tieTypes.size(); ++t) {
            const std::string& label =
                data.tieTypes[t].label.empty() ? data.tieTypes[t].key : data.tieTypes[t].label;
            if (ImGui::Selectable(label.c_str(), c.degreeType == int(t))) c.degreeType = int(t);
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_PlotLines), "in");
    ImGui::SameLine();
    ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram), "out");
    lineChart(app, ui, actor, MetricKind::InDegree, "##degree", c.degreeType);
}

// While the metrics job runs: a progress bar (the charts fill in as steps arrive); when betweenness
// is estimated (a large network): how, and its stated error.
void metricsStatus(const AppView& app) {
    const core::metrics::Metrics& m = *app.metrics;
    if (app.metricsProgress < 1.0f) {
        char overlay[64];
        std::snprintf(overlay, sizeof overlay, "computing metrics %d%%", int(app.metricsProgress * 100.0f));
        ImGui::ProgressBar(app.metricsProgress, ImVec2(-1, 0), overlay);
    }
    if (const double error = m.maxBetweennessError(); error > 0)
        ImGui::TextDisabled("\xE2\x89\x88 betweenness estimated from %zu pivots a step (Brandes & Pich): "
                            "within \xC2\xB1%.3f of the exact value with 95%% probability",
                            m.pivots, error);
}

} // namespace

void drawChartsTab(const AppView& app, UiState& ui, Requests&) {
    if (!app.dataset || !app.metrics) return;
    metricsStatus(app);
    const core::model::Dataset& data = *app.dataset;
    ChartState& c = ui.charts;
    const std::optional<core::model::ActorId> actor = chartedActor(app, ui);
    ImGui::SetNextItemWidth(240);
    actorCombo(app, "Actor", c.actor, "(the selected actor)", std::nullopt);
    ImGui::SetNextItemWidth(240);
    // The one merge model (ui/merge_state.hpp): what is counted here as one is one on the map too.
    const std::vector<core::model::ActorId> merged =
        actor ? mergedInto(app, ui, *actor) : std::vector<core::model::ActorId>{};
    const std::optional<core::model::ActorId> current =
        merged.empty() ? std::nullopt : std::optional<core::model::ActorId>(merged.front());
    std::optional<core::model::ActorId> merge = current;
    actorCombo(app, "Show as one with", merge, "(nobody else)", actor);
    if (merge != current && actor) {
        if (current) showApart(app, ui, *current);
        if (merge) {
            showAsOne(app, ui, *merge, *actor);
            if (!c.actor) c.actor = actor; // the merge is into this actor, whatever gets selected next
        }
    }
    if (!actor) {
        ImGui::TextDisabled("Select an actor to chart.");
        return;
    }
    ImGui::Text("Layers:");
    ImGui::SameLine();
    if (ImGui::RadioButton("by camp", c.byCamp)) c.byCamp = true;
    ImGui::SameLine();
    if (ImGui::RadioButton("by patron", !c.byCamp)) c.byCamp = false;
    const core::model::Actor& a = data.actor(*actor);
    ImGui::SetWindowFontScale(1.25f);
    ImGui::TextUnformatted(a.name.c_str());
    ImGui::SetWindowFontScale(1.0f);
    if (!merged.empty()) {
        std::string names;
        for (core::model::ActorId m : merged)
            names.append(names.empty() ? "" : ", ").append(data.actor(m).name);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("with the ties of %s, shown as one as on the map", names.c_str());
        ImGui::PopStyleColor();
    } else if (a.kind == core::model::ActorKind::Person) {
        ImGui::TextDisabled(
            "Aid and treaties often go to a party-state: show it as one with this actor above.");
    }
    ImGui::Separator();
    patronShareChart(app, ui, *actor);
    ImGui::Spacing();
    if (c.betweenness) lineChart(app, ui, *actor, MetricKind::Betweenness, "##betweenness");
    if (c.constraint) lineChart(app, ui, *actor, MetricKind::Constraint, "##constraint");
    if (c.balance) lineChart(app, ui, *actor, MetricKind::CampBalance, "##balance");
    if (c.degree) degreeChart(app, ui, *actor);
    ImGui::Separator();
    ImGui::Checkbox("Betweenness", &c.betweenness);
    ImGui::SameLine();
    ImGui::Checkbox("Constraint", &c.constraint);
    ImGui::SameLine();
    ImGui::Checkbox("Balance", &c.balance);
    ImGui::SameLine();
    ImGui::Checkbox("Degree", &c.degree);
    ImGui::SetNextItemWidth(160);
    ImGui::Combo("sparkline of the selected actor in the timeline", &c.sparkline, kSparklines,
                 IM_ARRAYSIZE(kSparklines));
}

std::string sparklineName(const UiState& ui) {
    return kSparklines[std::clamp(ui.charts.sparkline, 0, 3)];
}

bool drawActorSparkline(const AppView& app, const UiState& ui, float x0, float x1, float top, float bottom) {
    if (!app.dataset || !app.metrics || !ui.selectedActor) return false;
    const core::metrics::Metrics& m = *app.metrics;
    const std::size_t actor = m.representative[ui.selectedActor->index()];
    const auto kind = static_cast<MetricKind>(std::clamp(ui.charts.sparkline, 0, 3));
    const std::vector<double> values = core::metrics::metricSeries(*app.dataset, m, actor, kind);
    double hi = kind == MetricKind::CampBalance ? 1.0 : 0.0;
    for (double v : values)
        if (!std::isnan(v)) hi = std::max(hi, v);
    const ChartAxis axis{x0, x1, double(app.dataset->rangeBegin()), double(app.dataset->rangeEnd())};
    drawLineSeries(ImGui::GetWindowDrawList(), axis, top + 2, bottom - 1, m.times, values, 0.0,
                   hi > 0 ? hi : 1.0, ImGui::GetColorU32(ImGuiCol_PlotLinesHovered), 2.0f);
    return true;
}

} // namespace tieline::ui
