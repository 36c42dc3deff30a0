// The sources list: every source with its author, year, kind and the number of claims citing it,
// sortable by any column; selecting one shows its citation and highlights the ties it supports.
#include "ui/panels.hpp"

#include "core/model/citation.hpp"

#include <imgui.h>

#include <algorithm>
#include <numeric>

namespace tieline::ui {

namespace {

enum Column { Title, Author, Year, Kind, Claims };

std::string authorText(const core::model::Source& s) {
    if (s.authors.empty()) return "";
    const core::model::PersonName& n = s.authors.front();
    std::string out = n.literal.empty() ? n.family : n.literal;
    if (s.authors.size() > 1) out += " et al.";
    return out;
}

} // namespace

void drawSourcesTab(const AppView& app, UiState& ui, Requests& requests) {
    const core::model::Dataset& data = *app.dataset;
    std::vector<int> claims(data.sources.size(), 0);
    for (const core::model::Tie& t : data.ties)
        for (const core::model::Claim& c : t.claims)
            if (c.source.valid()) ++claims[c.source.index()];
    if (ui.selectedSource) {
        const core::model::Source& s = data.source(*ui.selectedSource);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextWrapped("%s", core::model::formatCitation(s).c_str());
        ImGui::TextDisabled("Kind: %s", core::model::label(s.evidence));
        if (!s.note.empty()) ImGui::TextDisabled("%s", s.note.c_str());
        ImGui::PopTextWrapPos();
        if (const auto link = core::model::safeSourceLink(s)) {
            if (ImGui::SmallButton("Open source")) requests.openLink = *link;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", link->c_str());
            ImGui::SameLine();
        }
        if (ImGui::SmallButton("Copy citation"))
            ImGui::SetClipboardText(core::model::formatCitation(s).c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Clear highlight")) ui.selectedSource.reset();
        sameLineIfFits("Edit source");
        if (ImGui::SmallButton("Edit source")) { // the sources window (ui/edit_windows.cpp)
            ui.editor.showSources = true;
            ui.editor.editedSource = int(ui.selectedSource->index());
        }
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("The ties this source supports are highlighted in the network.");
        ImGui::PopTextWrapPos();
        ImGui::Separator();
    }
    if (ImGui::SmallButton("Add or import sources...")) ui.editor.showSources = true;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Paste a DOI or URL, or import a Zotero CSL-JSON export");
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_BordersInnerV;
    if (!ImGui::BeginTable("sources", 5, flags)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    // Year, kind and claims keep the width of their header (with its sort arrow) or widest value;
    // title and author share the rest and wrap.
    const float arrow = ImGui::GetFontSize() + ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch | ImGuiTableColumnFlags_NoHide, 3.0f,
                            Title);
    ImGui::TableSetupColumn("Author", ImGuiTableColumnFlags_WidthStretch, 1.3f, Author);
    ImGui::TableSetupColumn("Year", ImGuiTableColumnFlags_WidthFixed, ImGui::CalcTextSize("Year").x + arrow,
                            Year);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed,
                            ImGui::CalcTextSize("scholarship").x + 2, Kind);
    ImGui::TableSetupColumn("Claims",
                            ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_PreferSortDescending,
                            ImGui::CalcTextSize("Claims").x + arrow, Claims);
    ImGui::TableHeadersRow();
    // Dataset order until a header is clicked; then by that column (ties keep dataset order).
    std::vector<std::size_t> order(data.sources.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
        const ImGuiTableColumnSortSpecs& spec = specs->Specs[0];
        const bool up = spec.SortDirection != ImGuiSortDirection_Descending;
        const auto key = [&](std::size_t i) -> std::string {
            const core::model::Source& s = data.sources[i];
            switch (Column(spec.ColumnUserID)) {
            case Title:
                return s.title.empty() ? s.key : s.title;
            case Author:
                return authorText(s);
            case Year:
                return core::model::issuedYear(s);
            case Kind:
                return core::model::label(s.evidence);
            case Claims:
                break;
            }
            return "";
        };
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (spec.ColumnUserID == Claims) return up ? claims[a] < claims[b] : claims[a] > claims[b];
            const std::string ka = key(a), kb = key(b);
            return up ? ka < kb : kb < ka;
        });
    }
    for (std::size_t i : order) {
        const core::model::Source& s = data.sources[i];
        const core::model::SourceId id(static_cast<std::uint32_t>(i));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushID(int(i));
        if (wrappedSelectable(s.title.empty() ? s.key : s.title, ui.selectedSource == id,
                              ImGuiSelectableFlags_SpanAllColumns))
            ui.selectedSource = ui.selectedSource == id ? std::optional<core::model::SourceId>() : id;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", core::model::formatCitation(s).c_str());
        ImGui::PopID();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", authorText(s).c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(core::model::issuedYear(s).c_str());
        ImGui::TableNextColumn();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextDisabled("%s", s.evidence == core::model::Evidence::Unknown
                                      ? "unknown"
                                      : core::model::keyword(s.evidence));
        ImGui::PopTextWrapPos();
        ImGui::TableNextColumn();
        ImGui::Text("%d", claims[i]);
    }
    ImGui::EndTable();
}

} // namespace tieline::ui
