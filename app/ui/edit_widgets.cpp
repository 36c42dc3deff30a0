// The editor's widgets: a field committed on Enter or focus loss, a keyword choice, a source
// picker with a search box, the Edit toggle.
#include "ui/edit_panels.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>

namespace tieline::ui {

namespace {

constexpr float kLabelWidth = 118;

void fieldLabelCell(const char* label) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(kLabelWidth);
    ImGui::SetNextItemWidth(-FLT_MIN);
}

// What a commit does with a built edit: queue it, or show why the text is not one.
void commit(UiState& ui, Requests& requests, const std::string& id, FieldBuffer& b, Built built) {
    if (built.ok()) {
        b.error.clear();
        b.awaiting = true;
        requestEdit(ui, requests, std::move(*built.edit), id);
    } else if (!built.error.empty()) {
        b.error = built.error;
    } else { // the data's own text: nothing to do
        b.dirty = false;
        b.error.clear();
    }
}

// The refusal under a field and a Revert button that gives the data's text back.
void refusal(FieldBuffer& b) {
    if (b.error.empty()) return;
    errorText(b.error);
    sameLineIfFits("Revert");
    if (ImGui::SmallButton("Revert")) {
        b.error.clear();
        b.dirty = false;
    }
}

} // namespace

std::string fieldKey(const char* table, std::size_t index, int field, std::size_t sub) {
    return std::string(table) + "/" + std::to_string(index) + "/" + std::to_string(sub) + "/" +
           std::to_string(field);
}

void commitField(UiState& ui, Requests& requests, const std::string& key, std::string text, Built built) {
    FieldBuffer& b = ui.editor.fields[key];
    b.text = std::move(text);
    b.dirty = true;
    commit(ui, requests, key, b, std::move(built));
}

void mutedText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void errorText(const std::string& message) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.33f, 0.30f, 1.0f));
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

void requestEdit(UiState& ui, Requests& requests, core::edit::Edit edit, const std::string& field) {
    if (requests.edits.edit) { // one per frame: the next ones wait their turn
        ui.editor.queue.push_back(std::move(edit));
        return;
    }
    requests.edits.edit = std::move(edit);
    ui.editor.pendingField = field;
}

void editToggle(UiState& ui) {
    const bool on = ui.editor.editing;
    if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
    if (ImGui::SmallButton(on ? "Editing (done)" : "Edit")) {
        ui.editor.editing = !on;
        ui.editor.fields.clear();
    }
    if (on) ImGui::PopStyleColor();
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip(on ? "Back to reading"
                             : "Edit this item: each field is saved to the history on "
                               "Enter or when you leave it (Ctrl+Z undoes)");
}

void editField(UiState& ui, Requests& requests, const std::string& id, const char* label,
               const std::string& current, const FieldBuild& build, FieldKind kind, const char* hint) {
    FieldBuffer& b = ui.editor.fields[id];
    if (!b.dirty && !b.awaiting && b.error.empty()) b.text = current;
    ImGui::PushID(id.c_str());
    fieldLabelCell(label);
    const bool refused = !b.error.empty();
    if (refused) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.55f, 0.12f, 0.12f, 0.55f));
    bool changed = false;
    if (kind == FieldKind::Multiline) {
        const float lines = std::clamp(float(std::count(b.text.begin(), b.text.end(), '\n') + 1) +
                                           float(b.text.size()) / 48.0f,
                                       2.0f, 6.0f);
        changed = ImGui::InputTextMultiline("##v", &b.text,
                                            ImVec2(-FLT_MIN, ImGui::GetTextLineHeight() * lines + 8),
                                            ImGuiInputTextFlags_CtrlEnterForNewLine);
    } else {
        changed = hint ? ImGui::InputTextWithHint("##v", hint, &b.text) : ImGui::InputText("##v", &b.text);
    }
    if (refused) ImGui::PopStyleColor();
    if (changed) b.dirty = true;
    if (ImGui::IsItemDeactivatedAfterEdit()) commit(ui, requests, id, b, build(b.text));
    refusal(b);
    ImGui::PopID();
}

void editChoice(UiState& ui, Requests& requests, const std::string& id, const char* label,
                const std::string& current, const std::vector<std::pair<std::string, std::string>>& choices,
                const FieldBuild& build) {
    FieldBuffer& b = ui.editor.fields[id];
    if (!b.dirty && !b.awaiting && b.error.empty()) b.text = current;
    ImGui::PushID(id.c_str());
    fieldLabelCell(label);
    std::string shown = b.text;
    for (const auto& [key, text] : choices)
        if (key == b.text) shown = text;
    if (ImGui::BeginCombo("##v", shown.c_str())) {
        for (const auto& [key, text] : choices)
            if (ImGui::Selectable(text.c_str(), key == b.text) && key != b.text) {
                b.text = key;
                b.dirty = true;
                commit(ui, requests, id, b, build(key));
            }
        ImGui::EndCombo();
    }
    refusal(b);
    ImGui::PopID();
}

bool sourcePicker(const core::model::Dataset& data, const char* id, int& source, std::string& search) {
    ImGui::PushID(id);
    bool picked = false;
    const std::string preview = source >= 0 && std::size_t(source) < data.sources.size()
                                    ? sourceShortLabel(data.sources[std::size_t(source)])
                                    : std::string("choose a source...");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##source", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint("##search", "search: author, title, year", &search);
        int shown = 0;
        for (std::size_t i = 0; i < data.sources.size(); ++i) {
            if (!sourceMatches(data.sources[i], search)) continue;
            ++shown;
            ImGui::PushID(int(i));
            if (ImGui::Selectable(sourceShortLabel(data.sources[i]).c_str(), int(i) == source)) {
                source = int(i);
                picked = true;
            }
            ImGui::PopID();
        }
        if (shown == 0) ImGui::TextDisabled("No source matches; add one in Edit > Sources...");
        ImGui::EndCombo();
    }
    ImGui::PopID();
    return picked;
}

bool actorPicker(const core::model::Dataset& data, const char* id, core::model::ActorId& actor,
                 std::string& search) {
    ImGui::PushID(id);
    bool picked = false;
    const auto label = [&](const core::model::Actor& a) { return a.name + "  (" + a.key + ")"; };
    const std::string preview = actor.index() < data.actors.size() ? label(data.actor(actor)) : "choose...";
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##actor", preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
        ImGui::SetNextItemWidth(-FLT_MIN);
        ImGui::InputTextWithHint("##search", "search: name, id", &search);
        std::string query = search;
        std::transform(query.begin(), query.end(), query.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        int shown = 0;
        for (std::size_t i = 0; i < data.actors.size() && shown < 200; ++i) {
            const core::model::Actor& a = data.actors[i];
            std::string hay = a.name + " " + a.key + " " + a.native;
            for (const std::string& v : a.variants)
                hay += " " + v;
            std::transform(hay.begin(), hay.end(), hay.begin(),
                           [](unsigned char c) { return char(std::tolower(c)); });
            if (!query.empty() && hay.find(query) == std::string::npos) continue;
            ++shown;
            ImGui::PushID(int(i));
            if (ImGui::Selectable(label(a).c_str(), i == actor.index())) {
                actor = core::model::ActorId(std::uint32_t(i));
                picked = true;
            }
            ImGui::PopID();
        }
        if (shown == 200) ImGui::TextDisabled("More: type to narrow the list");
        ImGui::EndCombo();
    }
    ImGui::PopID();
    return picked;
}

} // namespace tieline::ui
