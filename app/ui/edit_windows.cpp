// The editor's windows and popups: the session's answers routed to their fields, queued edits fed
// one per frame, the new-tie drag and popup, deletions confirmed with what depends on the item, a
// new actor, the sources window (search and edit, CSL-JSON import, DOI/URL stubs) and the events
// and stories window (with "use the current view" for a stop's focus).
#include "ui/edit_panels.hpp"

#include "core/interop/csl_json.hpp"
#include "core/scene/hit_test.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace tieline::ui {

namespace {

using core::edit::Table;
using core::model::Dataset;

// The session answered the edit queued last frame: a field keeps its text and shows the refusal,
// or follows the data again; the popups close or say why not.
void followFeedback(const AppView& app, UiState& ui, Requests& requests) {
    EditorState& e = ui.editor;
    if (e.pendingField.empty() || requests.edits.edit) return; // nothing sent, or not applied yet
    const core::edit::EditResult& r = app.editFeedback.last;
    const std::string field = std::exchange(e.pendingField, {});
    const auto touched = r.effect.touched;
    if (field == "@add-tie") {
        if (r.ok) {
            e.addTie.open = false;
            if (touched && touched->table == Table::Ties)
                selectTie(ui, core::model::TieId(std::uint32_t(touched->index)));
        } else {
            e.addTie.error = r.message;
        }
    } else if (field == "@add-claim") {
        if (r.ok) {
            e.claimLocator.clear();
            e.claimQuote.clear();
            e.claimError.clear();
        } else {
            e.claimError = r.message;
        }
    } else if (field == "@delete") {
        if (r.ok) {
            e.confirmDelete.reset();
            e.deleteError.clear();
            e.fields.clear();
        } else {
            e.deleteError = r.message;
        }
    } else if (field == "@new-actor") {
        if (r.ok) {
            e.showNewActor = false;
            e.newActorName.clear();
            if (touched && touched->table == Table::Actors)
                selectActor(ui, core::model::ActorId(std::uint32_t(touched->index)));
        } else {
            e.newActorError = r.message;
        }
    } else if (field == "@stub") {
        if (r.ok && touched && touched->table == Table::Sources) {
            e.editedSource = int(touched->index);
            e.stubText.clear();
            e.sourcesMessage = "Created " + app.dataset->sources[touched->index].key + ": complete it below.";
        } else if (!r.ok) {
            e.sourcesMessage = r.message;
        }
    } else if (const auto b = e.fields.find(field); b != e.fields.end()) {
        b->second.awaiting = false;
        if (r.ok) {
            b->second.dirty = false;
            b->second.error.clear();
        } else {
            b->second.error = r.message.empty() ? "refused" : r.message;
        }
    }
}

// Window units of a node's centre on the canvas, if it is drawn.
std::optional<ImVec2> nodeOnScreen(const AppView& app, const UiState& ui, const PanelLayout& layout,
                                   core::model::ActorId actor, float* radius = nullptr) {
    for (const core::scene::SceneNode& n : app.scene.nodes)
        if (n.actor == actor) {
            const core::model::Point p = ui.camera.toScreen(n.center);
            const float s = layout.framebufferScale;
            if (radius) *radius = float(n.radius * ui.camera.zoom) / s;
            return ImVec2(float(p.x) / s, float(p.y) / s);
        }
    return std::nullopt;
}

// The new tie's line: from the node dragged from to the pointer (or the chosen node), over the
// canvas only.
void drawLinkBand(const AppView& app, const UiState& ui, const PanelLayout& layout) {
    const EditorState& e = ui.editor;
    std::optional<core::model::ActorId> from = e.linkFrom, to = e.linkOver;
    if (!from && e.addTie.open) {
        from = e.addTie.from;
        to = e.addTie.to;
    }
    if (!from) return;
    const auto a = nodeOnScreen(app, ui, layout, *from);
    if (!a) return;
    float r = 0;
    const std::optional<ImVec2> target = to ? nodeOnScreen(app, ui, layout, *to, &r) : std::nullopt;
    const ImVec2 b = target ? *target : ImVec2(float(e.linkX), float(e.linkY));
    ImDrawList* draw = ImGui::GetForegroundDrawList();
    draw->PushClipRect(ImVec2(layout.x, layout.y),
                       ImVec2(layout.x + layout.canvasWidth(), layout.y + layout.canvasHeight()), true);
    const ImU32 accent = ui.darkTheme ? IM_COL32(255, 200, 60, 255) : IM_COL32(200, 90, 0, 255);
    draw->AddLine(*a, b, IM_COL32(0, 0, 0, 120), 6.0f);
    draw->AddLine(*a, b, accent, 3.0f);
    draw->AddCircle(*a, 9.0f, accent, 0, 2.5f);
    if (target)
        draw->AddCircle(b, std::max(9.0f, r + 4.0f), accent, 0, 3.0f);
    else
        draw->AddCircleFilled(b, 5.0f, accent);
    draw->PopClipRect();
}

void addTiePopup(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout) {
    const Dataset& data = *app.dataset;
    AddTieState& s = ui.editor.addTie;
    if (s.requested) {
        ImGui::OpenPopup("New tie");
        s.requested = false;
        s.open = true;
    }
    // In the canvas's corner away from the two nodes, so the new tie's line stays in sight.
    const auto a = nodeOnScreen(app, ui, layout, s.from), b = nodeOnScreen(app, ui, layout, s.to);
    const float w = 460, h = 250, margin = 16;
    float x = layout.x + margin, y = layout.y + layout.canvasHeight() - h - margin;
    if (a && b) {
        const float midX = (a->x + b->x) / 2, midY = (a->y + b->y) / 2;
        if (midX < layout.x + layout.canvasWidth() / 2) x = layout.x + layout.canvasWidth() - w - margin;
        if (midY > layout.y + layout.canvasHeight() / 2) y = layout.y + margin;
    }
    ImGui::SetNextWindowPos(ImVec2(std::max(layout.x, x), std::max(layout.y, y)), ImGuiCond_Appearing);
    ImGui::SetNextWindowSize(ImVec2(w, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("New tie", nullptr, ImGuiWindowFlags_NoSavedSettings)) {
        s.open = false;
        return;
    }
    if (!s.open || s.from.index() >= data.actors.size() || s.to.index() >= data.actors.size()) {
        s.open = false;
        ImGui::CloseCurrentPopup();
        ImGui::EndPopup();
        return;
    }
    const core::model::TieType& type = data.tieTypes[std::size_t(s.type)];
    ImGui::TextWrapped("%s %s %s", data.actor(s.from).name.c_str(),
                       type.directed ? "\xE2\x86\x92" : "\xE2\x80\x94", data.actor(s.to).name.c_str());
    ImGui::SameLine();
    if (ImGui::SmallButton("Swap")) std::swap(s.from, s.to);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Type");
    ImGui::SameLine(90);
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ImGui::BeginCombo("##type", type.label.c_str())) {
        for (std::size_t i = 0; i < data.tieTypes.size(); ++i) {
            colorSwatch(data.tieTypes[i].color);
            if (ImGui::Selectable(data.tieTypes[i].label.c_str(), int(i) == s.type)) s.type = int(i);
        }
        ImGui::EndCombo();
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("From");
    ImGui::SameLine(90);
    ImGui::SetNextItemWidth(120);
    ImGui::InputTextWithHint("##start", "1957-03", &s.start);
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##end", "(the dataset's end)", &s.end);
    ImGui::Separator();
    ImGui::TextUnformatted("First claim: no tie without its source");
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Source");
    ImGui::SameLine(90);
    sourcePicker(data, "new-tie-source", s.source, s.sourceSearch);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Locator");
    ImGui::SameLine(90);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##locator", "page, folio, paragraph", &s.locator);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Quote");
    ImGui::SameLine(90);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##quote", "(optional) the source's words", &s.quote);
    if (!s.error.empty()) errorText(s.error);
    if (ImGui::Button("Add tie")) submitAddTie(app, ui, requests);
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        s.open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void deletePopup(const AppView& app, UiState& ui, Requests& requests) {
    EditorState& e = ui.editor;
    if (!e.confirmDelete) return;
    const Dataset& data = *app.dataset;
    if (!ImGui::IsPopupOpen("Delete?")) ImGui::OpenPopup("Delete?");
    ImGui::SetNextWindowSize(ImVec2(460, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("Delete?", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const Deletion d = deletion(data, *e.confirmDelete);
    ImGui::TextWrapped("Delete %s?", d.what.c_str());
    if (!d.dependants.empty()) {
        errorText(std::to_string(d.dependants.size()) +
                  (d.dependants.size() == 1 ? " item depends on it" : " items depend on it") +
                  "; change or delete them first:");
        ImGui::BeginChild("dependants", ImVec2(0, std::min(160.0f, 20.0f * float(d.dependants.size()) + 8)),
                          true);
        for (const core::edit::Dependant& dep : d.dependants)
            ImGui::BulletText("%s", dep.description.c_str());
        ImGui::EndChild();
    } else {
        ImGui::TextDisabled("Nothing else refers to it. Undo (Ctrl+Z) brings it back.");
    }
    if (!e.deleteError.empty()) errorText(e.deleteError);
    ImGui::BeginDisabled(!d.dependants.empty());
    if (ImGui::Button("Delete")) requestEdit(ui, requests, d.edit, "@delete");
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || !e.confirmDelete) {
        e.confirmDelete.reset();
        e.deleteError.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void newActorPopup(const AppView& app, UiState& ui, Requests& requests) {
    EditorState& e = ui.editor;
    if (!e.showNewActor) return;
    if (!ImGui::IsPopupOpen("Add actor")) ImGui::OpenPopup("Add actor");
    ImGui::SetNextWindowSize(ImVec2(420, 0), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal("Add actor", nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    ImGui::TextUnformatted("Name (romanized); the rest is edited in the inspector");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    const bool enter = ImGui::InputText("##name", &e.newActorName, ImGuiInputTextFlags_EnterReturnsTrue);
    if (!e.newActorName.empty())
        ImGui::TextDisabled("id: %s", actorKeyFor(*app.dataset, e.newActorName).c_str());
    if (!e.newActorError.empty()) errorText(e.newActorError);
    if (ImGui::Button("Add") || enter) {
        Built b = newActor(*app.dataset, e.newActorName);
        if (b.ok())
            requestEdit(ui, requests, std::move(*b.edit), "@new-actor");
        else
            e.newActorError = b.error;
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || !e.showNewActor) {
        e.showNewActor = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void sourceForm(const AppView& app, UiState& ui, Requests& requests, std::size_t index) {
    const Dataset& data = *app.dataset;
    const core::model::Source& source = data.sources[index];
    const core::model::SourceId id{std::uint32_t(index)};
    ImGui::TextDisabled("Source %s (CSL fields)", source.key.c_str());
    const auto f = [&](SourceField field, FieldKind kind = FieldKind::Line, const char* hint = nullptr) {
        editField(
            ui, requests, fieldKey("source", index, int(field)), fieldLabel(field), fieldText(source, field),
            [&data, id, field](std::string_view text) { return editSourceField(data, id, field, text); },
            kind, hint);
    };
    f(SourceField::Type, FieldKind::Line, "book, article-journal, webpage...");
    f(SourceField::Title, FieldKind::Multiline);
    f(SourceField::Authors, FieldKind::Line, "Family, Given; Institution");
    f(SourceField::Translators, FieldKind::Line, "Family, Given");
    f(SourceField::Issued, FieldKind::Line, "2017-07");
    f(SourceField::Container);
    f(SourceField::Publisher);
    f(SourceField::Place);
    f(SourceField::Archive);
    f(SourceField::ArchiveLocation);
    f(SourceField::Url);
    f(SourceField::Doi);
    std::vector<std::pair<std::string, std::string>> kinds{{"", "(unknown kind)"}};
    for (int k = 1; k < core::model::kEvidenceCount; ++k) {
        const auto e = core::model::Evidence(k);
        kinds.emplace_back(core::model::keyword(e), core::model::label(e));
    }
    editChoice(ui, requests, fieldKey("source", index, int(SourceField::Evidence)),
               fieldLabel(SourceField::Evidence), fieldText(source, SourceField::Evidence), kinds,
               [&data, id](std::string_view text) {
                   return editSourceField(data, id, SourceField::Evidence, text);
               });
    f(SourceField::Note, FieldKind::Multiline);
    if (ImGui::Button("Delete this source...")) confirmDeletion(ui, {Table::Sources, index, 0});
}

void sourcesWindow(const AppView& app, UiState& ui, Requests& requests) {
    EditorState& e = ui.editor;
    if (!e.showSources) return;
    const Dataset& data = *app.dataset;
    ImGui::SetNextWindowSize(ImVec2(620, 640), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Sources: add, import, edit", &e.showSources)) {
        ImGui::End();
        return;
    }
    ImGui::TextUnformatted("Paste a DOI or a web address: a stub source to complete later");
    ImGui::SetNextItemWidth(-120);
    const bool enter = ImGui::InputTextWithHint("##stub", "10.1017/... or https://...", &e.stubText,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if (ImGui::Button("Create stub") || enter) {
        Built b = stubSource(data, e.stubText);
        if (b.ok())
            requestEdit(ui, requests, std::move(*b.edit), "@stub");
        else
            e.sourcesMessage = b.error;
    }
    ImGui::TextUnformatted("Import a CSL-JSON file (Zotero: Export Collection, CSL JSON)");
    ImGui::SetNextItemWidth(app.nativeFileDialog ? -200.0f : -90.0f);
    ImGui::InputTextWithHint("##csl", "references.json", &e.importPath);
    if (app.nativeFileDialog) {
        ImGui::SameLine();
        if (ImGui::Button("Browse...")) {
            requests.browse = true;
            e.browsingCsl = true;
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Import")) {
        const core::interop::CslImport in = core::interop::readCslJsonFile(e.importPath);
        if (in.diagnostics.hasErrors()) {
            e.sourcesMessage = in.diagnostics.items.empty() ? "the file could not be read"
                                                            : in.diagnostics.items.front().format();
        } else {
            std::size_t replaced = 0, unchanged = 0;
            std::vector<core::edit::Edit> edits = importSources(data, in.sources, &replaced, &unchanged);
            const std::size_t added = edits.size() - replaced;
            for (core::edit::Edit& edit : edits)
                e.queue.push_back(std::move(edit));
            e.sourcesMessage = "Importing " + std::to_string(added) + " new source" +
                               (added == 1 ? "" : "s") + ", " + std::to_string(replaced) + " updated, " +
                               std::to_string(unchanged) + " already there (one undo step each).";
        }
    }
    if (!e.sourcesMessage.empty()) ImGui::TextWrapped("%s", e.sourcesMessage.c_str());
    ImGui::Separator();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##search", "search the sources: author, title, year", &e.sourcesSearch);
    ImGui::BeginChild("source-list", ImVec2(0, 150), true);
    for (std::size_t i = 0; i < data.sources.size(); ++i) {
        if (!sourceMatches(data.sources[i], e.sourcesSearch)) continue;
        ImGui::PushID(int(i));
        if (ImGui::Selectable(sourceShortLabel(data.sources[i]).c_str(), e.editedSource == int(i))) {
            e.editedSource = int(i);
            ui.selectedSource = core::model::SourceId(std::uint32_t(i));
        }
        ImGui::PopID();
    }
    ImGui::EndChild();
    if (e.editedSource >= 0 && std::size_t(e.editedSource) < data.sources.size())
        sourceForm(app, ui, requests, std::size_t(e.editedSource));
    ImGui::End();
}

void eventsWindow(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout) {
    EditorState& e = ui.editor;
    if (!e.showEvents) return;
    const Dataset& data = *app.dataset;
    ImGui::SetNextWindowSize(ImVec2(560, 600), ImGuiCond_FirstUseEver);
    if (!ImGui::Begin("Events and story stops", &e.showEvents)) {
        ImGui::End();
        return;
    }
    if (ImGui::CollapsingHeader("Event", ImGuiTreeNodeFlags_DefaultOpen) && !data.events.empty()) {
        e.editedEvent = std::clamp(e.editedEvent, 0, int(data.events.size()) - 1);
        const core::model::Event& ev = data.events[std::size_t(e.editedEvent)];
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::BeginCombo("##event", (ev.date.toString() + "  " + ev.title).c_str())) {
            for (std::size_t i = 0; i < data.events.size(); ++i)
                if (ImGui::Selectable((data.events[i].date.toString() + "  " + data.events[i].title + "##" +
                                       std::to_string(i))
                                          .c_str(),
                                      int(i) == e.editedEvent))
                    e.editedEvent = int(i);
            ImGui::EndCombo();
        }
        const std::size_t index = std::size_t(e.editedEvent);
        for (const EventField field :
             {EventField::Date, EventField::End, EventField::Title, EventField::Description,
              EventField::Actors, EventField::Sources, EventField::Confidence, EventField::Note})
            editField(
                ui, requests, fieldKey("event", index, int(field)), fieldLabel(field),
                fieldText(data, ev, field),
                [&data, index, field](std::string_view text) {
                    return editEventField(data, index, field, text);
                },
                field == EventField::Description || field == EventField::Note ? FieldKind::Multiline
                                                                              : FieldKind::Line);
        if (ImGui::Button("Delete this event...")) confirmDeletion(ui, {Table::Events, index, 0});
    }
    if (ImGui::CollapsingHeader("Story stop", ImGuiTreeNodeFlags_DefaultOpen) && !data.stories.empty()) {
        if (e.editedStory < 0 && ui.story >= 0) {
            e.editedStory = ui.story;
            e.editedStop = std::max(0, ui.stop);
        }
        e.editedStory = std::clamp(e.editedStory, 0, int(data.stories.size()) - 1);
        const core::model::Story& story = data.stories[std::size_t(e.editedStory)];
        if (story.stops.empty()) {
            ImGui::TextDisabled("This story has no stops.");
        } else {
            e.editedStop = std::clamp(e.editedStop, 0, int(story.stops.size()) - 1);
            ImGui::SetNextItemWidth(200);
            if (ImGui::BeginCombo("##story", story.title.c_str())) {
                for (std::size_t i = 0; i < data.stories.size(); ++i)
                    if (ImGui::Selectable(data.stories[i].title.c_str(), int(i) == e.editedStory))
                        e.editedStory = int(i);
                ImGui::EndCombo();
            }
            ImGui::SameLine();
            ImGui::SetNextItemWidth(-FLT_MIN);
            const core::model::StoryStop& stop = story.stops[std::size_t(e.editedStop)];
            if (ImGui::BeginCombo("##stop", (std::to_string(e.editedStop + 1) + ". " + stop.title).c_str())) {
                for (std::size_t i = 0; i < story.stops.size(); ++i)
                    if (ImGui::Selectable((std::to_string(i + 1) + ". " + story.stops[i].title).c_str(),
                                          int(i) == e.editedStop))
                        e.editedStop = int(i);
                ImGui::EndCombo();
            }
            const std::size_t si = std::size_t(e.editedStory), sj = std::size_t(e.editedStop);
            for (const StopField field :
                 {StopField::Date, StopField::Title, StopField::Caption, StopField::Focus})
                editField(
                    ui, requests,
                    "stop/" + std::to_string(si) + "/" + std::to_string(sj) + "/" +
                        std::to_string(int(field)),
                    fieldLabel(field), fieldText(data, stop, field),
                    [&data, si, sj, field](std::string_view text) {
                        return editStopField(data, si, sj, field, text);
                    },
                    field == StopField::Caption ? FieldKind::Multiline : FieldKind::Line);
            if (ImGui::Button("Use the current view")) {
                Built b = stopFocusFromView(data, si, sj, actorsInView(app, ui, layout));
                if (b.ok())
                    requestEdit(ui, requests, std::move(*b.edit),
                                "stop/" + std::to_string(si) + "/" + std::to_string(sj) + "/" +
                                    std::to_string(int(StopField::Focus)));
            }
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("The focus becomes the actors on the canvas now (and the selected one)");
            ImGui::SameLine();
            if (ImGui::Button("Go there")) goToStop(app, ui, int(si), int(sj));
        }
    }
    ImGui::End();
}

} // namespace

void beginAddTie(const AppView& app, UiState& ui, core::model::ActorId from, core::model::ActorId to) {
    AddTieState& s = ui.editor.addTie;
    s = {};
    s.requested = true;
    s.from = from;
    s.to = to;
    s.start = dateAt(ui.t, ui.precision == core::calendar::DatePrecision::Year
                               ? core::calendar::DatePrecision::Year
                               : core::calendar::DatePrecision::Month)
                  .toString();
    if (ui.selectedSource) s.source = int(ui.selectedSource->index());
    (void)app;
}

bool submitAddTie(const AppView& app, UiState& ui, Requests& requests) {
    const Dataset& data = *app.dataset;
    AddTieState& s = ui.editor.addTie;
    NewTie n;
    n.from = s.from;
    n.to = s.to;
    n.type = std::size_t(s.type);
    n.start = s.start;
    n.end = s.end;
    n.source = s.source < 0 ? data.sources.size() : std::size_t(s.source);
    n.locator = s.locator;
    n.quote = s.quote;
    Built b = newTie(data, n);
    if (!b.ok()) {
        s.error = b.error;
        return false;
    }
    s.error.clear();
    requestEdit(ui, requests, std::move(*b.edit), "@add-tie");
    return true;
}

void confirmDeletion(UiState& ui, core::edit::Target target) {
    ui.editor.confirmDelete = target;
    ui.editor.deleteError.clear();
}

bool canvasLinkDrag(const AppView& app, UiState& ui, const PanelLayout& layout, bool activated, bool dragging,
                    bool deactivated, core::model::Point mouse) {
    EditorState& e = ui.editor;
    const ImGuiIO& io = ImGui::GetIO();
    if (activated && (io.KeyAlt || io.KeyShift) && ui.hoveredActor && !ui.presenting)
        e.linkFrom = ui.hoveredActor;
    if (!e.linkFrom) return false;
    e.linkX = io.MousePos.x;
    e.linkY = io.MousePos.y;
    if (dragging) {
        e.linkOver = core::scene::nodeAt(app.scene, ui.camera, mouse);
        if (e.linkOver == e.linkFrom) e.linkOver.reset();
    }
    if (deactivated) {
        if (e.linkOver) beginAddTie(app, ui, *e.linkFrom, *e.linkOver);
        e.linkFrom.reset();
        e.linkOver.reset();
    }
    (void)layout;
    return true;
}

std::vector<core::model::ActorId> actorsInView(const AppView& app, const UiState& ui,
                                               const PanelLayout& layout) {
    std::vector<core::model::ActorId> out;
    const double s = layout.framebufferScale;
    const double x0 = layout.x * s, y0 = layout.y * s, x1 = (layout.x + layout.canvasWidth()) * s,
                 y1 = (layout.y + layout.canvasHeight()) * s;
    for (const core::scene::SceneNode& n : app.scene.nodes) {
        if (!n.present || n.alpha < 0.5f) continue;
        const core::model::Point p = ui.camera.toScreen(n.center);
        if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) out.push_back(n.actor);
    }
    if (ui.selectedActor) out.push_back(*ui.selectedActor);
    std::sort(out.begin(), out.end(), [](auto a, auto b) { return a.index() < b.index(); });
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

void drawEditorWindows(const AppView& app, UiState& ui, Requests& requests, const PanelLayout& layout) {
    followFeedback(app, ui, requests);
    if (!requests.edits.edit && !ui.editor.queue.empty()) {
        requests.edits.edit = std::move(ui.editor.queue.front());
        ui.editor.queue.pop_front();
    }
    if (!app.dataset) return;
    drawLinkBand(app, ui, layout);
    addTiePopup(app, ui, requests, layout);
    deletePopup(app, ui, requests);
    newActorPopup(app, ui, requests);
    sourcesWindow(app, ui, requests);
    eventsWindow(app, ui, requests, layout);
}

} // namespace tieline::ui
