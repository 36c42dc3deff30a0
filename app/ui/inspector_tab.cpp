// The inspector: for a tie, its ends, type, spans, strength over time, confidence and claims with
// their citations (contested claims side by side); for an actor, its names, kind, group,
// description and ties now and over time.
#include "ui/edit_panels.hpp"
#include "ui/panels.hpp"

#include "core/model/active.hpp"
#include "core/model/citation.hpp"

#include <imgui.h>

#include <algorithm>

namespace tieline::ui {

namespace {

std::string spanText(const core::calendar::Span& s) {
    return (s.start ? s.start->toString() : "start") + " \xE2\x80\x93 " + (s.end ? s.end->toString() : "end");
}

const char* confidenceHelp(core::model::Confidence c) {
    switch (c) {
    case core::model::Confidence::High:
        return "stated directly in a primary document or an authoritative source";
    case core::model::Confidence::Medium:
        return "a secondary or popular source only, or inferred from a primary one";
    case core::model::Confidence::Low:
        return "a single weak source";
    case core::model::Confidence::Contested:
        return "the sources conflict; claims that contradict each other are shown side by side";
    }
    return "";
}

// The tie's strength month by month across the dataset's range, filled where the tie is active,
// with the current date marked. Click to jump there.
void strengthChart(const AppView& app, UiState& ui, const core::model::Tie& tie) {
    const core::model::Dataset& data = *app.dataset;
    const float width = ImGui::GetContentRegionAvail().x, height = 64;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("strength-chart", ImVec2(width, height + 16));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // The whole range for long ties; a brief tie gets a close-up of its own months.
    double begin = data.rangeBegin(), end = data.rangeEnd();
    double first = end, last = begin;
    for (const core::calendar::Span& span : tie.spans) {
        const core::calendar::ResolvedSpan r =
            core::calendar::resolveSpan(span, data.meta.start, data.meta.end);
        first = std::min(first, double(r.begin));
        last = std::max(last, double(r.end));
    }
    if (last > first && last - first < 2 * 365.0) {
        begin = std::max(begin, first - 183.0);
        end = std::min(end, last + 183.0);
    }
    const auto xOf = [&](double t) { return origin.x + float((t - begin) / (end - begin)) * width; };
    const core::model::Rgb rgb = data.tieType(tie.type).color;
    const ImU32 fill = IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 110);
    const ImU32 line = IM_COL32((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, 255);
    draw->AddRect(origin, ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(ImGuiCol_Border));
    // One bar per pixel column; a column shows the strongest moment of the tie inside it, so a tie
    // that held for four days still shows as a sliver.
    const int columns = std::max(1, int(width));
    for (int i = 0; i < columns; ++i) {
        const double t0 = begin + (end - begin) * i / columns, t1 = begin + (end - begin) * (i + 1) / columns;
        double best = -1;
        for (const core::calendar::Span& span : tie.spans) {
            const core::calendar::ResolvedSpan r =
                core::calendar::resolveSpan(span, data.meta.start, data.meta.end);
            const double lo = std::max(t0, double(r.begin)), hi = std::min(t1, double(r.end));
            if (lo < hi)
                best = std::max(
                    {best, core::model::strengthAt(tie, lo), core::model::strengthAt(tie, hi - 1e-6)});
        }
        if (best < 0) continue;
        const float y = origin.y + height - float(best) * (height - 4);
        draw->AddRectFilled(ImVec2(xOf(t0), y), ImVec2(xOf(t1) + 0.5f, origin.y + height), fill);
        draw->AddLine(ImVec2(xOf(t0), y), ImVec2(xOf(t1) + 0.5f, y), line, 2.0f);
    }
    const float now = xOf(ui.t);
    draw->AddLine(ImVec2(now, origin.y), ImVec2(now, origin.y + height), ImGui::GetColorU32(ImGuiCol_Text),
                  1.5f);
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const std::string from = core::calendar::formatMonthYear(begin),
                      to = core::calendar::formatMonthYear(end - 1);
    draw->AddText(ImVec2(origin.x, origin.y + height + 1), muted, from.c_str());
    draw->AddText(ImVec2(origin.x + width - ImGui::CalcTextSize(to.c_str()).x, origin.y + height + 1), muted,
                  to.c_str());
    if (ImGui::IsItemClicked()) {
        const double t = begin + (end - begin) * double(ImGui::GetIO().MousePos.x - origin.x) / width;
        ui.t = clampToRange(data, t);
        ui.playing = false;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Strength over time; click to go to that date");
}

// Wrapped text in the muted (but still AA-contrast) colour.
void mutedWrapped(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
}

// "claim 3 (c-t36-s01)": how a card names another claim of the same tie.
std::string claimName(const core::model::Tie& tie, const std::string& key) {
    for (std::size_t i = 0; i < tie.claims.size(); ++i)
        if (tie.claims[i].key == key) return "claim " + std::to_string(i + 1) + " (" + key + ")";
    return "\"" + key + "\"";
}

// One claim: the quote first and largest, then what it supports, the locator, the citation and
// its kind, notes, and the buttons. `noteShown` (by SourceId index): the source's note is shown
// with the first claim that cites the source only.
void claimCard(const AppView& app, UiState& ui, Requests& requests, const core::model::Tie& tie,
               std::size_t index, std::vector<char>& noteShown) {
    const core::model::Dataset& data = *app.dataset;
    const core::model::Claim& claim = tie.claims[index];
    const core::model::Source& source = data.source(claim.source);
    ImGui::PushID(int(index));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("Claim %zu%s%s", index + 1, claim.key.empty() ? "" : "  ", claim.key.c_str());
    // Which claims this one contradicts, and which contradict it.
    for (const std::string& other : claim.contradicts)
        ImGui::TextColored(contestedTextColor(ui.darkTheme), "Contradicts %s", claimName(tie, other).c_str());
    if (!claim.key.empty())
        for (std::size_t j = 0; j < tie.claims.size(); ++j)
            for (const std::string& other : tie.claims[j].contradicts)
                if (other == claim.key && j != index)
                    ImGui::TextColored(contestedTextColor(ui.darkTheme), "Contradicted by claim %zu%s%s",
                                       j + 1, tie.claims[j].key.empty() ? "" : " ",
                                       tie.claims[j].key.c_str());
    if (!claim.quote.empty()) {
        ImGui::SetWindowFontScale(1.12f);
        ImGui::TextWrapped("\xE2\x80\x9C%s\xE2\x80\x9D", claim.quote.c_str());
        ImGui::SetWindowFontScale(1.0f);
    } else {
        mutedWrapped("No quote recorded.");
    }
    if (!claim.supports.empty()) ImGui::TextWrapped("Supports: %s", claim.supports.c_str());
    if (!claim.locator.empty()) mutedWrapped("At: " + claim.locator);
    mutedWrapped(core::model::formatCitation(source) + "  [" + core::model::label(source.evidence) + "]");
    if (!claim.note.empty()) ImGui::TextWrapped("Note: %s", claim.note.c_str());
    if (!source.note.empty() && claim.source.index() < noteShown.size() && !noteShown[claim.source.index()]) {
        noteShown[claim.source.index()] = 1;
        mutedWrapped("Source note: " + source.note);
    }
    ImGui::PopTextWrapPos();
    const auto link = core::model::safeSourceLink(source);
    if (link) {
        if (ImGui::SmallButton("Open source")) requests.openLink = *link;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", link->c_str());
        sameLineIfFits("Copy citation");
    }
    if (ImGui::SmallButton("Copy citation"))
        ImGui::SetClipboardText(core::model::formatCitationAt(source, claim.locator).c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The reference with its locator, for slides and papers");
    sameLineIfFits("Show in sources");
    if (ImGui::SmallButton("Show in sources")) {
        ui.selectedSource = claim.source;
        showSideTab(ui, SideTab::Sources);
    }
    ImGui::PopID();
}

// Claims that contradict each other side by side, one pair per row (the contradicted claim left,
// the one that contradicts it right); the other claims below, one after another.
void claimList(const AppView& app, UiState& ui, Requests& requests, const core::model::Tie& tie) {
    const core::model::Dataset& data = *app.dataset;
    std::vector<char> noteShown(data.sources.size(), 0);
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::vector<char> paired(tie.claims.size(), 0);
    for (std::size_t j = 0; j < tie.claims.size(); ++j)
        for (const std::string& other : tie.claims[j].contradicts)
            for (std::size_t i = 0; i < tie.claims.size(); ++i)
                if (i != j && tie.claims[i].key == other) {
                    pairs.emplace_back(i, j);
                    paired[i] = paired[j] = 1;
                }
    if (!pairs.empty()) {
        ImGui::TextUnformatted("Contested: the sources disagree");
        if (ImGui::BeginTable("contested", 2,
                              ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_BordersOuterH)) {
            for (const auto& [left, right] : pairs) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::PushID(int(left * 1000 + right));
                claimCard(app, ui, requests, tie, left, noteShown);
                ImGui::TableNextColumn();
                claimCard(app, ui, requests, tie, right, noteShown);
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::Spacing();
    }
    bool first = true;
    for (std::size_t i = 0; i < tie.claims.size(); ++i) {
        if (paired[i]) continue;
        if (first && !pairs.empty()) ImGui::TextUnformatted("Other claims");
        first = false;
        claimCard(app, ui, requests, tie, i, noteShown);
        ImGui::Separator();
    }
    if (tie.claims.empty()) ImGui::TextDisabled("No claims: this tie cites no source.");
}

void tieView(const AppView& app, UiState& ui, Requests& requests, core::model::TieId id) {
    const core::model::Dataset& data = *app.dataset;
    const core::model::Tie& tie = data.tie(id);
    const core::model::TieType& type = data.tieType(tie.type);
    const char* arrow = data.isDirected(tie) ? " \xE2\x86\x92 " : " \xE2\x80\x94 ";
    ImGui::SetWindowFontScale(1.2f);
    ImGui::TextWrapped("%s%s%s", data.actor(tie.from).name.c_str(), arrow, data.actor(tie.to).name.c_str());
    ImGui::SetWindowFontScale(1.0f);
    colorSwatch(type.color);
    ImGui::TextWrapped("%s%s   (%s)", type.label.c_str(), type.sign < 0 ? ", hostile" : "", tie.key.c_str());
    if (ImGui::IsItemHovered() && !type.description.empty())
        ImGui::SetTooltip("%s", type.description.c_str());
    std::string spans;
    for (const core::calendar::Span& s : tie.spans)
        spans += (spans.empty() ? "" : ";  ") + spanText(s);
    ImGui::TextWrapped("When: %s", spans.c_str());
    const auto active = core::model::tieSpanAt(data, tie, ui.t);
    ImGui::Text("Strength now: %s",
                active ? std::to_string(core::model::strengthAt(tie, ui.t)).substr(0, 4).c_str()
                       : "not active");
    strengthChart(app, ui, tie);
    ImGui::TextWrapped("Confidence: %s", core::model::keyword(tie.confidence));
    mutedWrapped(confidenceHelp(tie.confidence));
    if (!tie.note.empty()) ImGui::TextWrapped("Note: %s", tie.note.c_str());
    if (ImGui::SmallButton("Select from")) selectActor(ui, tie.from);
    sameLineIfFits("Select to");
    if (ImGui::SmallButton("Select to")) selectActor(ui, tie.to);
    ImGui::Separator();
    claimList(app, ui, requests, tie);
}

void actorView(const AppView& app, UiState& ui, core::model::ActorId id) {
    const core::model::Dataset& data = *app.dataset;
    const core::model::Actor& actor = data.actor(id);
    ImGui::SetWindowFontScale(1.3f);
    ImGui::TextWrapped("%s", actor.name.c_str());
    ImGui::SetWindowFontScale(1.0f);
    if (!actor.native.empty()) {
        ImGui::TextWrapped("%s", actor.native.c_str());
        if (actor.nativeUnverified) {
            ImGui::SameLine();
            ImGui::TextDisabled("(unverified)");
        }
    }
    if (!actor.variants.empty()) {
        std::string v;
        for (const auto& s : actor.variants)
            v += (v.empty() ? "" : ", ") + s;
        mutedWrapped("Also: " + v);
    }
    const core::model::Group* group = data.group(actor.group);
    if (group) colorSwatch(group->color);
    ImGui::TextWrapped("%s%s%s", core::model::keyword(actor.kind), group ? ", " : "",
                       group ? group->label.c_str() : "");
    if (!actor.description.empty()) ImGui::TextWrapped("%s", actor.description.c_str());
    if (!actor.spans.empty()) {
        std::string spans;
        for (const core::calendar::Span& s : actor.spans)
            spans += (spans.empty() ? "" : ";  ") + spanText(s);
        ImGui::TextWrapped("Present: %s", spans.c_str());
    }
    if (!actor.note.empty()) ImGui::TextWrapped("Note: %s", actor.note.c_str());
    drawActorMerges(app, ui, id); // "Show as one" (merge_panel.cpp)
    ImGui::Separator();
    ImGui::TextUnformatted("Ties (bold: active now)");
    if (!ImGui::BeginTable("actor-ties", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp))
        return;
    // The dates column fits "1956-09-16 –" and wraps the end date under it.
    ImGui::TableSetupColumn("Tie", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("0000-00-00 \xE2\x80\x93").x + 2);
    for (std::size_t i = 0; i < data.ties.size(); ++i) {
        const core::model::Tie& tie = data.ties[i];
        if (tie.from != id && tie.to != id) continue;
        const core::model::TieId tid(static_cast<std::uint32_t>(i));
        const bool now = core::model::tieSpanAt(data, tie, ui.t).has_value();
        const core::model::ActorId other = tie.from == id ? tie.to : tie.from;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        colorSwatch(data.tieType(tie.type).color);
        const std::string label =
            std::string(tie.from == id ? "\xE2\x86\x92 " : "\xE2\x86\x90 ") + data.actor(other).name;
        ImGui::PushID(int(i));
        if (!now) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        if (wrappedSelectable(label, false)) selectTie(ui, tid);
        if (!now) ImGui::PopStyleColor();
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", data.tieType(tie.type).label.c_str());
        ImGui::TableNextColumn();
        if (!tie.spans.empty()) mutedWrapped(spanText(tie.spans.front()));
    }
    ImGui::EndTable();
}

} // namespace

void drawInspectorTab(const AppView& app, UiState& ui, Requests& requests) {
    if (ui.selectedTie || ui.selectedActor) editToggle(ui); // the forms: ui/edit_tie.cpp, edit_actor.cpp
    if (ui.selectedTie)
        return ui.editor.editing ? drawTieEditor(app, ui, requests, *ui.selectedTie)
                                 : tieView(app, ui, requests, *ui.selectedTie);
    if (ui.selectedActor)
        return ui.editor.editing ? drawActorEditor(app, ui, requests, *ui.selectedActor)
                                 : actorView(app, ui, *ui.selectedActor);
    ImGui::TextWrapped(
        "Click an actor or a tie in the network, or in the Active now tab, to read its sources.");
    ImGui::TextWrapped("To add a tie, Alt+drag (or Shift+drag) from one node to another.");
    addActorButton(ui);
}

} // namespace tieline::ui
