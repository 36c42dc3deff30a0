// The Edit menu (Undo, Redo, Save, Save As), its shortcuts, and the questions editing asks: restore
// the unsaved edits a crash left, what to do when the file changed on disk, where to save when the
// file cannot be written in place. No GL: ImGui only.
#include "ui/panels.hpp"

#include <imgui.h>

#include <cstring>

namespace tieline::ui {

namespace {

void askSaveAs(const AppView& app, UiState& ui) {
    ui.editUi.showSaveAs = true;
    std::string path = app.editing.file().path();
    // A GEXF or CSV file is saved as JSON beside it.
    if (!app.editing.file().isJson()) {
        const auto dot = path.rfind('.');
        const auto slash = path.rfind('/');
        if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) path.resize(dot);
        if (path.size() > 6 && path.compare(path.size() - 6, 6, ".nodes") == 0) path.resize(path.size() - 6);
        if (path.size() > 6 && path.compare(path.size() - 6, 6, ".edges") == 0) path.resize(path.size() - 6);
        path += ".json";
    }
    std::snprintf(ui.editUi.saveAsPath, sizeof ui.editUi.saveAsPath, "%s", path.c_str());
}

void requestSave(const AppView& app, UiState& ui, Requests& requests) {
    if (!app.editing.isOpen()) return;
    if (!app.editing.file().isJson())
        askSaveAs(app, ui);
    else
        requests.edits.save = true;
}

} // namespace

void drawEditMenu(const AppView& app, UiState& ui, Requests& requests) {
    if (!ImGui::BeginMenu("Edit")) return;
    const auto& history = app.editing.history();
    const std::string undo = history.canUndo() ? "Undo " + history.undoLabel() : std::string("Undo");
    const std::string redo = history.canRedo() ? "Redo " + history.redoLabel() : std::string("Redo");
    if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, history.canUndo())) requests.edits.undo = true;
    if (ImGui::MenuItem(redo.c_str(), "Ctrl+Shift+Z", false, history.canRedo())) requests.edits.redo = true;
    ImGui::Separator();
    if (ImGui::MenuItem("Save", "Ctrl+S", false, app.editing.isOpen())) requestSave(app, ui, requests);
    if (ImGui::MenuItem("Save As...", "Ctrl+Shift+S", false, app.editing.isOpen())) askSaveAs(app, ui);
    // The editing UI's forms and windows (ui/edit_panels.hpp).
    ImGui::Separator();
    const bool selection = ui.selectedTie || ui.selectedActor;
    if (ImGui::MenuItem("Edit the selection", nullptr, ui.editor.editing && selection, selection)) {
        ui.editor.editing = !(ui.editor.editing && selection);
        showSideTab(ui, SideTab::Inspector);
    }
    if (ImGui::MenuItem("Add actor...", nullptr, false, app.dataset.has_value()))
        ui.editor.showNewActor = true;
    if (ImGui::MenuItem("Sources...", nullptr, false, app.dataset.has_value())) ui.editor.showSources = true;
    if (ImGui::MenuItem("Events and story stops...", nullptr, false, app.dataset.has_value()))
        ui.editor.showEvents = true;
    ImGui::TextDisabled("Add a tie: Alt+drag from node to node");
    // What the last step or save did ("Saved data/x.json", a refusal's message).
    if (!app.editFeedback.status.empty()) {
        ImGui::Separator();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 420);
        ImGui::TextDisabled("%s", app.editFeedback.status.c_str());
        ImGui::PopTextWrapPos();
    }
    if (!app.editing.journaling() && app.editing.modified())
        ImGui::TextDisabled("%s", "Unsaved edits are not journaled: save often.");
    ImGui::EndMenu();
}

void editShortcuts(const AppView& app, UiState& ui, Requests& requests) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!io.KeyCtrl || !app.editing.isOpen()) return;
    if (ImGui::IsKeyPressed('S', false)) {
        if (io.KeyShift)
            askSaveAs(app, ui);
        else
            requestSave(app, ui, requests);
    }
    // In a text field, Ctrl+Z is the field's own undo.
    if (io.WantTextInput) return;
    if (ImGui::IsKeyPressed('Z', true)) (io.KeyShift ? requests.edits.redo : requests.edits.undo) = true;
    if (ImGui::IsKeyPressed('Y', true)) requests.edits.redo = true;
}

void drawEditPrompts(const AppView& app, UiState& ui, Requests& requests) {
    const ImVec2 center = ImGui::GetMainViewport()->GetCenter();
    const ImGuiWindowFlags flags =
        ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize;
    // A save that could not write in place: Save As.
    if (app.editFeedback.askSaveAs && !ui.editUi.showSaveAs && !ui.editUi.saveAsAsked) {
        askSaveAs(app, ui);
        ui.editUi.saveAsAsked = true;
    }
    if (!app.editFeedback.askSaveAs) ui.editUi.saveAsAsked = false;
    if (app.editing.pendingRestore()) {
        ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
        if (ImGui::Begin("Restore unsaved edits?", nullptr, flags)) {
            const auto& p = *app.editing.pendingRestore();
            ImGui::Text("tieline stopped with unsaved edits to this file (%zu steps).", p.steps);
            ImGui::TextUnformatted("Restore them? They are replayed on the file as it is on disk.");
            if (ImGui::Button("Restore")) requests.edits.restore = true;
            ImGui::SameLine();
            if (ImGui::Button("Discard")) requests.edits.restore = false;
        }
        ImGui::End();
    }
    if (app.editing.reloadDecisionNeeded()) {
        ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
        if (ImGui::Begin("Reload the file?", nullptr, flags)) {
            ImGui::Text("%s is to be read again (it changed on disk, or Reload was chosen),",
                        app.datasetPath.c_str());
            ImGui::TextUnformatted("and your edits are not saved.");
            if (ImGui::Button("Keep my edits")) requests.edits.keepEdits = true;
            ImGui::SameLine();
            if (ImGui::Button("Reload the file (drop my edits)")) requests.edits.keepEdits = false;
        }
        ImGui::End();
    }
    if (ui.editUi.showSaveAs) {
        ImGui::SetNextWindowPos(center, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
        bool open = true;
        if (ImGui::Begin("Save As", &open, flags)) {
            if (!app.editFeedback.lastSave.ok && !app.editFeedback.lastSave.message.empty())
                ImGui::TextWrapped("%s", app.editFeedback.lastSave.message.c_str());
            ImGui::TextUnformatted("Save the dataset as (.json; .gexf or .csv write a copy):");
            ImGui::SetNextItemWidth(480);
            const bool enter = ImGui::InputText("##saveas", ui.editUi.saveAsPath, sizeof ui.editUi.saveAsPath,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
            if ((ImGui::Button("Save") || enter) && ui.editUi.saveAsPath[0]) {
                requests.edits.saveAs = std::string(ui.editUi.saveAsPath);
                open = false;
            }
            ImGui::SameLine();
            if (ImGui::Button("Cancel")) open = false;
        }
        ImGui::End();
        if (!open) ui.editUi.showSaveAs = false;
    }
}

} // namespace tieline::ui
