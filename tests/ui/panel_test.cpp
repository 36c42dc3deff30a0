// Tests for the side panel's tabs drawn by a real ImGui context without a window (no renderer: the
// draw data is built and dropped): text wraps instead of running past the panel's edge at the widths
// the panel has in 1024- and 1280-pixel windows, and the theme's text meets WCAG AA contrast.
#include "../bench/synthetic_network.hpp"
#include "core/io/dataset_loader.hpp"
#include "core/model/span_index.hpp"
#include "core/scene/scene.hpp"
#include "ui/app_state.hpp"
#include "ui/edit_panels.hpp"
#include "ui/panels.hpp"

#include <doctest/doctest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <cstdio>
#include <set>
#include <string>

using namespace tieline;

namespace {

// One ImGui context with its font atlas built, for the test's lifetime.
struct ImGuiHost {
    ImGuiHost() {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(1280, 800);
        io.FontGlobalScale = 1.3f; // about the app's 17 px text
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~ImGuiHost() { ImGui::DestroyContext(); }
};

// How far past its right edge any content of the window or of its tables' columns reached
// (0 or less: nothing clipped).
struct Overflow {
    float window = 0, columns = 0;
    std::string where;
    int tables = 0; // tables measured
};

using DrawTab = void (*)(const ui::AppView&, ui::UiState&, ui::Requests&);

// Draws `draw` in a side panel `width` pixels wide for a few frames (tables settle their column
// widths in the second) and measures the last frame.
Overflow drawAt(float width, const ui::App& app, ui::UiState& state, DrawTab draw, bool dark,
                std::string* text = nullptr) {
    Overflow out;
    ui::applyTheme(dark);
    for (int frame = 0; frame < 3; ++frame) {
        ImGui::GetIO().DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(1280 - width, 0));
        ImGui::SetNextWindowSize(ImVec2(width, 800));
        ImGui::Begin("Side panel", nullptr, ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize);
        ui::Requests requests;
        ImGui::BeginChild("tab");
        if (text && frame == 2) ImGui::LogToBuffer();
        draw(app, state, requests);
        if (text && frame == 2) {
            *text = ImGui::GetCurrentContext()->LogBuffer.c_str();
            ImGui::LogFinish();
        }
        ImGuiWindow* child = ImGui::GetCurrentWindow();
        out.window = child->DC.CursorMaxPos.x - child->WorkRect.Max.x;
        ImGui::EndChild();
        ImGui::End();
        ImGui::Render();
    }
    ImGuiContext& g = *ImGui::GetCurrentContext();
    for (int i = 0; i < g.Tables.GetMapSize(); ++i) {
        const ImGuiTable* table = g.Tables.TryGetMapData(i);
        if (!table || table->LastFrameActive != g.FrameCount) continue;
        ++out.tables;
        for (int c = 0; c < table->ColumnsCount; ++c) {
            const ImGuiTableColumn& col = table->Columns[c];
            if (!col.IsVisibleX) continue;
            const float over = std::max(col.ContentMaxXFrozen, col.ContentMaxXUnfrozen) - col.WorkMaxX;
            if (over > out.columns) {
                out.columns = over;
                out.where = std::string(table->OuterWindow->Name) + " table " + std::to_string(table->ID) +
                            " (" + std::to_string(table->ColumnsCount) + " columns) column " +
                            std::to_string(c) + ", " + std::to_string(int(col.WorkMaxX - col.WorkMinX)) +
                            " px wide";
            }
        }
    }
    return out;
}

ui::App openApp(const std::string& path) {
    ui::App app;
    REQUIRE(ui::openDataset(app, path));
    return app;
}

// WCAG 2.x relative luminance and contrast ratio.
double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(const ImVec4& c) {
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}
double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
// `top` (with its alpha) over the opaque `under`.
ImVec4 over(const ImVec4& top, const ImVec4& under) {
    const float a = top.w;
    return ImVec4(top.x * a + under.x * (1 - a), top.y * a + under.y * (1 - a), top.z * a + under.z * (1 - a),
                  1);
}
ImVec4 fromScene(const core::scene::Rgba& c) {
    return ImVec4(c.r, c.g, c.b, 1);
}

} // namespace

TEST_CASE("panels: the inspector, Active now, Sources and Filters wrap their text at 1024 and 1280 px") {
    ImGuiHost host;
    for (const char* file : {"/korea-1955-1969.json"}) {
        ui::App app = openApp(std::string(TIELINE_DATA) + file);
        const core::model::Dataset& d = *app.dataset;
        app.ui.t = core::calendar::parseDate("1956-09-20")->firstDay();
        // The side panel is min(520, 0.42 x window width): 430 px at 1024, 520 px at 1280.
        for (const float width : {430.0f, 520.0f}) {
            for (const bool dark : {true, false}) {
                CAPTURE(width);
                CAPTURE(dark);
                for (const std::string tie : {"t36", "t37"}) {
                    CAPTURE(tie);
                    ui::UiState state = app.ui;
                    ui::selectTie(state, *d.findTie(tie));
                    const Overflow o = drawAt(width, app, state, ui::drawInspectorTab, dark);
                    CHECK(o.window <= 0.5f);
                    CHECK_MESSAGE(o.columns <= 0.5f, o.where);
                    if (tie == "t36") CHECK(o.tables == 1); // the contested pair
                }
                ui::UiState state = app.ui;
                ui::selectActor(state, *d.findActor("kim-il-sung"));
                Overflow o = drawAt(width, app, state, ui::drawInspectorTab, dark);
                CHECK(o.window <= 0.5f);
                CHECK_MESSAGE(o.columns <= 0.5f, o.where);
                state = app.ui;
                o = drawAt(width, app, state, ui::drawActiveTab, dark);
                CHECK(o.window <= 0.5f);
                CHECK_MESSAGE(o.columns <= 0.5f, o.where);
                state = app.ui;
                state.selectedSource = d.findSource("s01");
                o = drawAt(width, app, state, ui::drawSourcesTab, dark);
                CHECK(o.window <= 0.5f);
                CHECK_MESSAGE(o.columns <= 0.5f, o.where);
                state = app.ui;
                o = drawAt(width, app, state, ui::drawFiltersTab, dark);
                CHECK(o.window <= 0.5f);
            }
        }
    }
}

TEST_CASE("panels: contested claims are paired and each says which claim it contradicts") {
    ImGuiHost host;
    ui::App app = openApp(std::string(TIELINE_FIXTURES) + "/valid/evidence.json");
    ui::UiState state = app.ui;
    ui::selectTie(state, *app.dataset->findTie("client-rival"));
    std::string text;
    const Overflow o = drawAt(430, app, state, ui::drawInspectorTab, true, &text);
    CHECK(o.tables == 1); // the pair: one row, two columns
    const auto at = [&](const char* what) { return text.find(what); };
    REQUIRE(at("Contested: the sources disagree") != std::string::npos);
    CHECK(at("Contradicted by claim 2 c-b") != std::string::npos);
    CHECK(at("Contradicts claim 1 (c-a)") != std::string::npos);
    // The quote comes before the citation in each card, and the kind is named.
    CHECK(at("they quarrelled") < at("My Years in Pyongyang"));
    CHECK(at("[memoir]") != std::string::npos);
    CHECK(at("[scholarship]") != std::string::npos);
    CHECK(at("Other claims") == std::string::npos); // both claims are in the pair
    // A tie without contradictions flows its claims; the archival document says so.
    state = app.ui;
    ui::selectTie(state, *app.dataset->findTie("patron-client"));
    drawAt(430, app, state, ui::drawInspectorTab, false, &text);
    CHECK(at("Contested") == std::string::npos);
    CHECK(at("[archival document]") != std::string::npos);
    CHECK(at("At: p. 3") != std::string::npos);
}

TEST_CASE("panels: the Filters tab offers the archival filter and lists the source kinds in use") {
    ImGuiHost host;
    ui::App app = openApp(std::string(TIELINE_FIXTURES) + "/valid/evidence.json");
    ui::UiState state = app.ui;
    std::string text;
    drawAt(430, app, state, ui::drawFiltersTab, true, &text);
    CHECK(text.find("Only ties with archival evidence") != std::string::npos);
    // One source and one tie per known kind; the unrated page last.
    const std::size_t archive = text.find("archival document"), memoir = text.find("memoir"),
                      unknown = text.find("unknown kind");
    REQUIRE(archive != std::string::npos);
    REQUIRE(memoir != std::string::npos);
    REQUIRE(unknown != std::string::npos);
    CHECK(archive < memoir);
    CHECK(memoir < unknown);
    CHECK(text.find("1 source") != std::string::npos);
    CHECK(text.find("1 sources") == std::string::npos);
    CHECK(text.find("0 ties") != std::string::npos); // the unrated page supports no tie
}

TEST_CASE("panels: a source's note shows once however many claims cite it") {
    ImGuiHost host;
    ui::App app = openApp(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    ui::UiState state = app.ui;
    ui::selectTie(state, *app.dataset->findTie("t37"));
    std::string text;
    drawAt(520, app, state, ui::drawInspectorTab, true, &text);
    const std::string note = app.dataset->source(*app.dataset->findSource("d23")).note;
    REQUIRE(!note.empty());
    const std::string head = note.substr(0, 30);
    std::size_t n = 0;
    for (std::size_t i = text.find(head); i != std::string::npos; i = text.find(head, i + 1))
        ++n;
    CHECK(n == 1);
}

TEST_CASE("panels: text meets WCAG AA contrast (4.5:1) in both themes") {
    ImGuiHost host;
    std::string table = "theme  pair                                ratio\n";
    for (const bool dark : {true, false}) {
        ui::applyTheme(dark);
        const ImGuiStyle& s = ImGui::GetStyle();
        const core::scene::SceneStyle scene =
            dark ? core::scene::darkSceneStyle() : core::scene::lightSceneStyle();
        const ImVec4 canvas = fromScene(scene.background);
        const ImVec4 panel = over(s.Colors[ImGuiCol_WindowBg], canvas);
        const ImVec4 text = s.Colors[ImGuiCol_Text];
        const struct {
            const char* name;
            ImVec4 fg, bg;
        } pairs[] = {
            {"text on panel", text, panel},
            {"muted text on panel", s.Colors[ImGuiCol_TextDisabled], panel},
            {"\"contradicts\" on panel", ui::contestedTextColor(dark), panel},
            {"text on button", text, over(s.Colors[ImGuiCol_Button], panel)},
            {"text on hovered button", text, over(s.Colors[ImGuiCol_ButtonHovered], panel)},
            {"text on pressed button", text, over(s.Colors[ImGuiCol_ButtonActive], panel)},
            {"text on hovered row", text, over(s.Colors[ImGuiCol_HeaderHovered], panel)},
            {"text on hovered tab", text, over(s.Colors[ImGuiCol_TabHovered], panel)},
            {"text on selected row", text, over(s.Colors[ImGuiCol_Header], panel)},
            {"text on striped row", text, over(s.Colors[ImGuiCol_TableRowBgAlt], panel)},
            {"text on table header", text, over(s.Colors[ImGuiCol_TableHeaderBg], panel)},
            {"text on input field", text, over(s.Colors[ImGuiCol_FrameBg], panel)},
            {"text on active tab", text, over(s.Colors[ImGuiCol_TabActive], panel)},
            {"text on menu bar", text, over(s.Colors[ImGuiCol_MenuBarBg], canvas)},
            {"text on tooltip/popup", text, over(s.Colors[ImGuiCol_PopupBg], canvas)},
            {"canvas label (full emphasis)", fromScene(scene.text), canvas},
        };
        for (const auto& p : pairs) {
            const double ratio = contrast(p.fg, p.bg);
            char line[128];
            std::snprintf(line, sizeof line, "%-6s %-35s %5.2f\n", dark ? "dark" : "light", p.name, ratio);
            table += line;
            CAPTURE(line);
            CHECK(ratio >= 4.5);
        }
    }
    MESSAGE(table);
}

TEST_CASE("panels: Active now lists a large network through the list clipper: only the rows in view are "
          "drawn, and the tables scroll over every row") {
    ImGuiHost host;
    ui::App app;
    app.dataset = tieline::bench::syntheticNetwork(3000, 1);
    app.spanIndex = core::model::SpanIndex(*app.dataset);
    ui::UiState state;
    state.t = core::calendar::daysFromCivil(1962, 6, 15);
    const core::model::ActiveSet active = core::model::activeAt(*app.dataset, state.t);
    REQUIRE(active.actors.size() > 400); // above the clipping threshold
    REQUIRE(active.ties.size() > 400);
    drawAt(420, app, state, ui::drawActiveTab, true); // without logging: a log turns clipping off
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const float line = ImGui::GetTextLineHeight();
    int tables = 0;
    for (int i = 0; i < g.Tables.GetMapSize(); ++i) {
        const ImGuiTable* table = g.Tables.TryGetMapData(i);
        if (!table || table->LastFrameActive != g.FrameCount) continue;
        ++tables;
        const std::size_t rows = table->ColumnsCount == 3 ? active.actors.size() : active.ties.size();
        const ImGuiWindow* inner = table->InnerWindow;
        INFO("table with ", table->ColumnsCount, " columns, ", rows, " rows");
        // Every row's height is accounted for (the scroll range), but only a screenful is drawn:
        // a few dozen rows' vertices, not thousands.
        CHECK(inner->ContentSize.y >= float(rows) * line);
        CHECK(inner->DrawList->VtxBuffer.Size < 20000);
        CHECK(inner->DrawList->VtxBuffer.Size > 0);
    }
    CHECK(tables == 2);
}

TEST_CASE("panels: the inspector's edit forms fit the panel, and a refused field shows its message") {
    ImGuiHost host;
    ui::App app = openApp(std::string(TIELINE_DATA) + "/korea-1955-1969.json");
    const core::model::Dataset& d = *app.dataset;
    app.ui.t = core::calendar::parseDate("1956-09-20")->firstDay();
    for (const float width : {430.0f, 520.0f}) {
        CAPTURE(width);
        ui::UiState state = app.ui;
        state.editor.editing = true;
        ui::selectTie(state, *d.findTie("t20"));
        // A refused value: kept as typed, the validator's message drawn under it.
        ui::FieldBuffer& spans =
            state.editor.fields[ui::fieldKey("tie", d.findTie("t20")->index(), int(ui::TieField::Spans))];
        spans.text = "1945 .. 1944-06";
        spans.dirty = true;
        spans.error = "span ends (1944-06) before it starts (1945)";
        std::string text;
        Overflow o = drawAt(width, app, state, ui::drawInspectorTab, true, &text);
        CHECK(o.window <= 0.5f);
        CHECK(text.find("span ends (1944-06) before it starts (1945)") != std::string::npos);
        CHECK(text.find("Tie t20: each field is one edit") != std::string::npos);
        CHECK(state.editor.fields[ui::fieldKey("tie", d.findTie("t20")->index(), int(ui::TieField::Spans))]
                  .text == "1945 .. 1944-06");
        ui::selectActor(state, *d.findActor("kim-il-sung"));
        o = drawAt(width, app, state, ui::drawInspectorTab, true, &text);
        CHECK(o.window <= 0.5f);
        CHECK(text.find("Actor kim-il-sung") != std::string::npos);
        // Kim's node stands for the party-state too (the dataset's merge): both are listed.
        CHECK(text.find("This node stands for 2 actors") != std::string::npos);
    }
}
