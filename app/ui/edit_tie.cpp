// The inspector's tie form: ends, type, direction, spans, strength keyframes (dragged on the chart
// or typed), confidence, note; its claims one by one; a new claim; delete.
#include "ui/edit_panels.hpp"

#include "core/model/active.hpp"
#include "core/model/citation.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

namespace tieline::ui {

namespace {

using core::model::Dataset;

std::string fid(const char* what, std::size_t index, int field, std::size_t sub = 0) {
    return fieldKey(what, index, field, sub);
}

// The strength keyframes as points over the tie's months: drag one to move it in time and value;
// released, it is one edit. Without keyframes the tie is a constant 1 (type them below).
void strengthKeyChart(const AppView& app, UiState& ui, Requests& requests, core::model::TieId id) {
    const Dataset& data = *app.dataset;
    const core::model::Tie& tie = data.tie(id);
    const float width = ImGui::GetContentRegionAvail().x, height = 72;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("strength-keys", ImVec2(width, height + 16));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // The whole range for long ties; a brief tie gets a close-up of its own years, as when reading.
    double begin = data.rangeBegin(), end = data.rangeEnd();
    double first = end, last = begin;
    for (const core::calendar::Span& span : tie.spans) {
        const auto r = core::calendar::resolveSpan(span, data.meta.start, data.meta.end);
        first = std::min(first, double(r.begin));
        last = std::max(last, double(r.end));
    }
    for (const core::model::StrengthKey& k : tie.strength) { // those in the range
        if (k.date.firstDay() < begin || k.date.firstDay() >= end) continue;
        first = std::min(first, double(k.date.firstDay()));
        last = std::max(last, double(k.date.firstDay()) + 1);
    }
    first = std::max(first, begin);
    last = std::min(last, end);
    if (last > first && last - first < 4 * 365.0) {
        begin = std::max(begin, first - 183.0);
        end = std::min(end, last + 183.0);
    }
    const float inset = 8;
    const auto xOf = [&](double t) {
        return origin.x + inset + float((t - begin) / (end - begin)) * (width - 2 * inset);
    };
    const auto yOf = [&](double v) { return origin.y + height - 6 - float(v) * (height - 12); };
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height),
                        ImGui::GetColorU32(ImGuiCol_FrameBg));
    draw->AddRect(origin, ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(ImGuiCol_Border));
    // Active spans shaded.
    draw->PushClipRect(origin, ImVec2(origin.x + width, origin.y + height), true);
    for (const core::calendar::Span& span : tie.spans) {
        const auto r = core::calendar::resolveSpan(span, data.meta.start, data.meta.end);
        draw->AddRectFilled(ImVec2(xOf(r.begin), origin.y + 1), ImVec2(xOf(r.end), origin.y + height - 1),
                            ImGui::GetColorU32(ImGuiCol_PlotHistogram, 0.18f));
    }
    draw->PopClipRect();
    ImGuiStorage* store = ImGui::GetStateStorage();
    const ImGuiID dragKey = ImGui::GetID("dragged-key");
    int dragged = store->GetInt(dragKey, -1);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    if (ImGui::IsItemActivated()) {
        dragged = -1;
        float best = 10.0f;
        for (std::size_t i = 0; i < tie.strength.size(); ++i) {
            const float dx = xOf(tie.strength[i].date.firstDay()) - mouse.x,
                        dy = yOf(tie.strength[i].value) - mouse.y;
            if (std::hypot(dx, dy) < best) {
                best = std::hypot(dx, dy);
                dragged = int(i);
            }
        }
        store->SetInt(dragKey, dragged);
    }
    const bool dragging = dragged >= 0 && std::size_t(dragged) < tie.strength.size() && ImGui::IsItemActive();
    const auto previewAt = [&](std::size_t i) {
        const double t =
            std::clamp(begin + (end - begin) * double(mouse.x - origin.x) / width, begin, end - 1);
        const double v = std::clamp(double(origin.y + height - 4 - mouse.y) / double(height - 8), 0.0, 1.0);
        return std::make_pair(dateAt(t, tie.strength[i].date.precision()), std::round(v * 100.0) / 100.0);
    };
    const ImU32 line = ImGui::GetColorU32(ImGuiCol_PlotLines), point = ImGui::GetColorU32(ImGuiCol_Text),
                hot = ImGui::GetColorU32(ImGuiCol_PlotLinesHovered);
    std::vector<ImVec2> pts;
    for (std::size_t i = 0; i < tie.strength.size(); ++i) {
        core::calendar::Date d = tie.strength[i].date;
        double v = tie.strength[i].value;
        if (dragging && int(i) == dragged) std::tie(d, v) = previewAt(i);
        pts.emplace_back(xOf(d.firstDay()), yOf(v));
    }
    if (!dragging) { // the strength the tie has, where it is active (keyframes hold their value)
        const int columns = std::max(1, int(width - 2 * inset) / 2);
        for (int i = 0; i < columns; ++i) {
            const double t0 = begin + (end - begin) * i / columns,
                         t1 = begin + (end - begin) * (i + 1) / columns;
            const double mid = (t0 + t1) / 2;
            bool active = false;
            for (const core::calendar::Span& span : tie.spans)
                active =
                    active || core::calendar::resolveSpan(span, data.meta.start, data.meta.end).contains(mid);
            if (!active) continue;
            const float y = yOf(core::model::strengthAt(tie, mid));
            draw->AddLine(ImVec2(xOf(t0), y), ImVec2(xOf(t1) + 1.0f, y), line, 2.0f);
        }
    }
    std::vector<ImVec2> sorted = pts;
    std::sort(sorted.begin(), sorted.end(), [](ImVec2 a, ImVec2 b) { return a.x < b.x; });
    if (dragging)
        for (std::size_t i = 1; i < sorted.size(); ++i)
            draw->AddLine(sorted[i - 1], sorted[i], line, 1.5f);
    // Keyframes outside the chart: a small triangle at its edge, at their strength.
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const float left = origin.x + 2, right = origin.x + width - 2;
        if (pts[i].x < left)
            draw->AddTriangleFilled(ImVec2(left, pts[i].y), ImVec2(left + 7, pts[i].y - 5),
                                    ImVec2(left + 7, pts[i].y + 5), point);
        else if (pts[i].x > right)
            draw->AddTriangleFilled(ImVec2(right, pts[i].y), ImVec2(right - 7, pts[i].y - 5),
                                    ImVec2(right - 7, pts[i].y + 5), point);
    }
    draw->PushClipRect(origin, ImVec2(origin.x + width, origin.y + height), true);
    for (std::size_t i = 0; i < pts.size(); ++i)
        draw->AddCircleFilled(pts[i], int(i) == dragged && dragging ? 6.0f : 4.5f,
                              int(i) == dragged && dragging ? hot : point);
    draw->AddLine(ImVec2(xOf(ui.t), origin.y), ImVec2(xOf(ui.t), origin.y + height),
                  ImGui::GetColorU32(ImGuiCol_TextDisabled), 1.0f);
    draw->PopClipRect();
    const ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const std::string from = core::calendar::formatMonthYear(begin),
                      to = core::calendar::formatMonthYear(end - 1);
    draw->AddText(ImVec2(origin.x, origin.y + height + 1), muted, from.c_str());
    draw->AddText(ImVec2(origin.x + width - ImGui::CalcTextSize(to.c_str()).x, origin.y + height + 1), muted,
                  to.c_str());
    if (dragging) {
        const auto [d, v] = previewAt(std::size_t(dragged));
        ImGui::SetTooltip("%s  %.2f", d.toString().c_str(), v);
    } else if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip(tie.strength.empty()
                              ? "No keyframes: the strength is 1 throughout (type some below)"
                              : "Drag a point to move a keyframe in time and strength");
    }
    if (ImGui::IsItemDeactivated() && dragged >= 0 && std::size_t(dragged) < tie.strength.size()) {
        const auto [d, v] = previewAt(std::size_t(dragged));
        Built b = moveStrengthKey(data, id, std::size_t(dragged), d, v);
        if (b.ok())
            requestEdit(ui, requests, std::move(*b.edit), fid("tie", id.index(), int(TieField::Strength)));
        store->SetInt(dragKey, -1);
    }
}

void claimForm(const AppView& app, UiState& ui, Requests& requests, core::model::TieId id,
               std::size_t index) {
    const Dataset& data = *app.dataset;
    const core::model::Claim& claim = data.tie(id).claims[index];
    ImGui::PushID(int(index));
    // The header's label is cut to the panel (a header's label counts in the window's width).
    std::string label =
        "Claim " + std::to_string(index + 1) + ": " + sourceShortLabel(data.source(claim.source));
    const float room = ImGui::GetContentRegionAvail().x - ImGui::GetFontSize() * 2 - 8;
    if (ImGui::CalcTextSize(label.c_str()).x > room) {
        while (!label.empty() && ImGui::CalcTextSize((label + "...").c_str()).x > room) {
            while (!label.empty() && (static_cast<unsigned char>(label.back()) & 0xC0) == 0x80)
                label.pop_back(); // a whole UTF-8 character: its continuation bytes, then its lead
            if (!label.empty()) label.pop_back();
        }
        label += "...";
    }
    const std::string head = label + "###claim";
    if (ImGui::CollapsingHeader(head.c_str(), index == 0 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
        const auto f = [&](ClaimField field, FieldKind kind = FieldKind::Line) {
            editField(
                ui, requests, fid("claim", id.index(), int(field), index), fieldLabel(field),
                fieldText(data, claim, field),
                [&data, id, index, field](std::string_view text) {
                    return editClaimField(data, id, index, field, text);
                },
                kind);
        };
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted("Source");
        ImGui::SameLine(118);
        int source = int(claim.source.index());
        std::string& search = ui.editor.fields[fid("claim-search", id.index(), 0, index)].text;
        if (sourcePicker(data, "claim-source", source, search) && source != int(claim.source.index())) {
            Built b =
                editClaimField(data, id, index, ClaimField::Source, data.sources[std::size_t(source)].key);
            if (b.ok())
                requestEdit(ui, requests, std::move(*b.edit),
                            fid("claim", id.index(), int(ClaimField::Source), index));
        }
        f(ClaimField::Locator);
        f(ClaimField::Quote, FieldKind::Multiline);
        f(ClaimField::Supports);
        f(ClaimField::Note, FieldKind::Multiline);
        f(ClaimField::Key);
        f(ClaimField::Contradicts);
        if (ImGui::SmallButton("Delete this claim"))
            confirmDeletion(ui, {core::edit::Table::Claims, id.index(), index});
    }
    ImGui::PopID();
}

// A new claim: source from the list, locator, optional quote.
void addClaimForm(const AppView& app, UiState& ui, Requests& requests, core::model::TieId id) {
    const Dataset& data = *app.dataset;
    EditorState& e = ui.editor;
    if (!ImGui::CollapsingHeader("Add a claim")) return;
    sourcePicker(data, "new-claim-source", e.claimSource, e.claimSearch);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##locator", "locator: page, folio, paragraph", &e.claimLocator);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##quote", "quote (optional)", &e.claimQuote);
    if (ImGui::Button("Add claim")) {
        Built b = newClaim(data, id, e.claimSource < 0 ? data.sources.size() : std::size_t(e.claimSource),
                           e.claimLocator, e.claimQuote);
        if (b.ok()) {
            e.claimError.clear();
            requestEdit(ui, requests, std::move(*b.edit), "@add-claim");
        } else {
            e.claimError = b.error;
        }
    }
    if (!e.claimError.empty()) errorText(e.claimError);
}

} // namespace

void drawTieEditor(const AppView& app, UiState& ui, Requests& requests, core::model::TieId shownId) {
    const Dataset& data = *app.dataset;
    // A collapsed group's line stands for several ties ("t12+t14"): edit one of them.
    const Dataset& shown = shownDataset(app);
    core::model::TieId id = shownId;
    const std::string& shownKey = shown.tie(shownId).key;
    if (shownKey.find('+') != std::string::npos) {
        std::vector<core::model::TieId> parts;
        std::size_t from = 0;
        while (from <= shownKey.size()) {
            const std::size_t plus = shownKey.find('+', from);
            const std::string key =
                shownKey.substr(from, plus == std::string::npos ? std::string::npos : plus - from);
            if (const auto t = data.findTie(key)) parts.push_back(*t);
            if (plus == std::string::npos) break;
            from = plus + 1;
        }
        if (!ui.editor.memberTie ||
            std::find(parts.begin(), parts.end(), *ui.editor.memberTie) == parts.end())
            ui.editor.memberTie = parts.empty() ? shownId : parts.front();
        id = *ui.editor.memberTie;
        ImGui::TextWrapped("This line stands for %zu ties of the collapsed group; editing:", parts.size());
        for (const core::model::TieId t : parts) {
            if (t != parts.front()) sameLineIfFits(data.tie(t).key.c_str());
            if (ImGui::RadioButton(data.tie(t).key.c_str(), t == id)) ui.editor.memberTie = t;
        }
    }
    const core::model::Tie& tie = data.tie(id);
    const int index = int(id.index());
    const auto f = [&](TieField field, FieldKind kind = FieldKind::Line, const char* hint = nullptr) {
        editField(
            ui, requests, fid("tie", std::size_t(index), int(field)), fieldLabel(field),
            fieldText(data, tie, field),
            [&data, id, field](std::string_view text) { return editTieField(data, id, field, text); }, kind,
            hint);
    };
    const auto choice = [&](TieField field, const std::vector<std::pair<std::string, std::string>>& choices) {
        editChoice(ui, requests, fid("tie", std::size_t(index), int(field)), fieldLabel(field),
                   fieldText(data, tie, field), choices,
                   [&data, id, field](std::string_view text) { return editTieField(data, id, field, text); });
    };
    ImGui::SetWindowFontScale(1.15f);
    ImGui::TextWrapped("%s %s %s", data.actor(tie.from).name.c_str(),
                       data.isDirected(tie) ? "\xE2\x86\x92" : "\xE2\x80\x94",
                       data.actor(tie.to).name.c_str());
    ImGui::SetWindowFontScale(1.0f);
    mutedText("Tie " + tie.key + ": each field is one edit (Enter or leave the field)");
    for (const TieField end : {TieField::From, TieField::To}) {
        const std::string key = fid("tie", std::size_t(index), int(end));
        ImGui::PushID(int(end));
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(fieldLabel(end));
        ImGui::SameLine(118);
        core::model::ActorId actor = end == TieField::From ? tie.from : tie.to;
        if (actorPicker(data, "end", actor, ui.editor.fields[key + "/search"].text))
            commitField(ui, requests, key, data.actor(actor).key,
                        editTieField(data, id, end, data.actor(actor).key));
        if (const auto b = ui.editor.fields.find(key);
            b != ui.editor.fields.end() && !b->second.error.empty()) {
            errorText(b->second.error);
            sameLineIfFits("Revert");
            if (ImGui::SmallButton("Revert")) b->second = {};
        }
        ImGui::PopID();
    }
    std::vector<std::pair<std::string, std::string>> types;
    for (const core::model::TieType& t : data.tieTypes)
        types.emplace_back(t.key, t.label);
    choice(TieField::Type, types);
    choice(TieField::Direction,
           {{"type", std::string("as its type (") +
                         (data.tieType(tie.type).directed ? "directed" : "undirected") + ")"},
            {"directed", "directed"},
            {"undirected", "undirected"}});
    f(TieField::Spans, FieldKind::Line, "1956-08 .. ~1957-03; 1958 ..");
    mutedText("Spans: START .. END, ';' between spans; ~ marks an approximate date");
    ImGui::TextUnformatted("Strength keyframes");
    strengthKeyChart(app, ui, requests, id);
    f(TieField::Strength, FieldKind::Line, "1956-01 0.5; 1957-06 1");
    choice(TieField::Confidence,
           {{"high", "high"}, {"medium", "medium"}, {"low", "low"}, {"contested", "contested"}});
    f(TieField::Note, FieldKind::Multiline);
    ImGui::Spacing();
    for (std::size_t i = 0; i < tie.claims.size(); ++i)
        claimForm(app, ui, requests, id, i);
    if (tie.claims.empty())
        errorText("No claims: this tie cites no source (validate --strict warns). Add one:");
    addClaimForm(app, ui, requests, id);
    ImGui::Spacing();
    if (ImGui::Button("Delete this tie...")) confirmDeletion(ui, {core::edit::Table::Ties, id.index(), 0});
}

} // namespace tieline::ui
