// Presentation mode (F5): the network fills the window; the story's stop is shown as a large
// caption along the bottom with the date in large type above the network. A click (or Right,
// Page Down, Space) goes to the next stop, a right click (or Left, Page Up) to the previous one,
// Esc or F5 leaves. No gl* calls.
#include "ui/panels.hpp"

#include <imgui.h>

#include <algorithm>

namespace tieline::ui {

namespace {

// GLFW's key code for F5: ImGui 1.86 has no function keys in ImGuiKey_, and its GLFW backend
// writes io.KeysDown[] at GLFW's key codes.
constexpr int kKeyF5 = 294;

bool pressed(ImGuiKey key) {
    return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), false);
}

// Text at `scale` times the UI font, wrapped at `wrap` pixels; returns its height.
float textBlock(ImDrawList* draw, ImVec2 pos, float scale, ImU32 color, const std::string& text, float wrap) {
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize() * scale;
    if (draw) draw->AddText(font, size, pos, color, text.c_str(), nullptr, wrap);
    return font->CalcTextSizeA(size, wrap, wrap, text.c_str()).y;
}

const core::model::StoryStop* currentStop(const AppView& app, const UiState& ui) {
    if (!app.dataset || ui.story < 0 || std::size_t(ui.story) >= app.dataset->stories.size()) return nullptr;
    const core::model::Story& story = app.dataset->stories[std::size_t(ui.story)];
    if (ui.stop < 0 || std::size_t(ui.stop) >= story.stops.size()) return nullptr;
    return &story.stops[std::size_t(ui.stop)];
}

void step(const AppView& app, UiState& ui, int direction) {
    if (ui.story >= 0) {
        direction > 0 ? nextStop(app, ui) : previousStop(app, ui);
        return;
    }
    const auto day = static_cast<core::calendar::DayNumber>(ui.t); // no story: a month at a time
    ui.t = clampToRange(*app.dataset, core::calendar::addMonths(day, direction));
}

// Where the slide's parts go, in window units: the header (date, story) at the top, the caption
// panel above the hint at the bottom; the network is framed in between.
struct SlideGeometry {
    float margin = 0, scale = 1;
    float headerBottom = 0; // below the date and the story's place
    float titleHeight = 0, captionHeight = 0, pad = 0, wrap = 0;
    ImVec2 hintSize, captionP0, captionP1; // captionP1.y == captionP0.y when there is no stop
};

SlideGeometry slideGeometry(const AppView& app, const UiState& ui, const PanelLayout& layout) {
    SlideGeometry g;
    g.margin = std::max(24.0f, layout.width * 0.03f);
    g.scale = std::clamp(layout.width / 1280.0f, 0.8f, 2.5f); // text grows with the window
    const core::model::StoryStop* stop = currentStop(app, ui);
    g.headerBottom = layout.y + g.margin * 0.6f +
                     textBlock(nullptr, {}, 2.2f * g.scale, 0, core::calendar::formatMonthYear(ui.t), 10000);
    if (stop) g.headerBottom += 2 + textBlock(nullptr, {}, 1.0f * g.scale, 0, "Ag", 10000);
    const bool last =
        stop && std::size_t(ui.stop + 1) == app.dataset->stories[std::size_t(ui.story)].stops.size();
    g.hintSize = ImGui::CalcTextSize(last ? "End of the story  \xC2\xB7  Esc to leave"
                                          : "\xE2\x86\x90 \xE2\x86\x92 or click  \xC2\xB7  Esc to leave");
    const float bottom = layout.y + layout.height - g.margin * 0.5f - g.hintSize.y;
    g.captionP0 = g.captionP1 = ImVec2(layout.x + g.margin, bottom);
    if (!stop) return g;
    const float width = std::min(layout.width - 2 * g.margin, 1100.0f * g.scale);
    g.pad = 18.0f * g.scale;
    g.wrap = width - 2 * g.pad;
    g.titleHeight =
        stop->title.empty() ? 0.0f : textBlock(nullptr, {}, 1.9f * g.scale, 0, stop->title, g.wrap);
    g.captionHeight =
        stop->caption.empty() ? 0.0f : textBlock(nullptr, {}, 1.35f * g.scale, 0, stop->caption, g.wrap);
    const float height = 2 * g.pad + g.titleHeight + g.captionHeight +
                         (g.titleHeight > 0 && g.captionHeight > 0 ? 8 * g.scale : 0);
    g.captionP0 = ImVec2(layout.x + (layout.width - width) * 0.5f,
                         layout.y + layout.height - g.margin - g.hintSize.y - height);
    g.captionP1 = ImVec2(g.captionP0.x + width, g.captionP0.y + height);
    return g;
}

} // namespace

void presentationBand(const AppView& app, const UiState& ui, const PanelLayout& layout, float& top,
                      float& bottom) {
    const SlideGeometry g = slideGeometry(app, ui, layout);
    top = g.headerBottom + g.margin * 0.25f;
    bottom = std::max(top + 1.0f, g.captionP0.y - g.margin * 0.25f);
}

bool presentationKeys(const AppView& app, UiState& ui, Requests&) {
    if (!app.dataset) return false;
    if (ImGui::IsKeyPressed(kKeyF5, false)) {
        ui.presenting ? stopPresentation(app, ui) : startPresentation(app, ui);
        return true;
    }
    if (!ui.presenting) return false;
    if (pressed(ImGuiKey_Escape)) stopPresentation(app, ui);
    if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_Space))
        step(app, ui, +1);
    if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp)) step(app, ui, -1);
    return true;
}

void drawPresentation(const AppView& app, UiState& ui, Requests&, const PanelLayout& layout) {
    if (!ui.presenting || !app.dataset) return;
    ImGui::SetNextWindowPos(ImVec2(layout.x, layout.y));
    ImGui::SetNextWindowSize(ImVec2(layout.width, layout.height));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                   ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##presentation", nullptr, flags);
    ImGui::PopStyleVar();
    ImGui::InvisibleButton("##slide", ImVec2(layout.width, layout.height),
                           ImGuiButtonFlags_MouseButtonLeft | ImGuiButtonFlags_MouseButtonRight);
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) step(app, ui, +1);
    if (ImGui::IsItemClicked(ImGuiMouseButton_Right)) step(app, ui, -1);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    const SlideGeometry g = slideGeometry(app, ui, layout);
    const float margin = g.margin, scale = g.scale;
    // Top left: the date, large, and the story's place.
    float y = layout.y + margin * 0.6f;
    y += textBlock(draw, ImVec2(layout.x + margin, y), 2.2f * scale, text,
                   core::calendar::formatMonthYear(ui.t), 10000);
    const core::model::StoryStop* stop = currentStop(app, ui);
    const core::model::Dataset& data = *app.dataset;
    if (stop) {
        const core::model::Story& story = data.stories[std::size_t(ui.story)];
        const std::string where = story.title + "  \xC2\xB7  " + std::to_string(ui.stop + 1) + " of " +
                                  std::to_string(story.stops.size());
        textBlock(draw, ImVec2(layout.x + margin, y + 2), 1.0f * scale, dim, where, 10000);
    }
    // Bottom right: how to move on.
    const bool last = stop && std::size_t(ui.stop + 1) == data.stories[std::size_t(ui.story)].stops.size();
    const std::string hint = last ? "End of the story  \xC2\xB7  Esc to leave"
                                  : "\xE2\x86\x90 \xE2\x86\x92 or click  \xC2\xB7  Esc to leave";
    draw->AddText(ImVec2(layout.x + layout.width - margin - g.hintSize.x,
                         layout.y + layout.height - margin * 0.5f - g.hintSize.y),
                  dim, hint.c_str());
    if (!stop) {
        ImGui::End();
        return;
    }
    // The caption: an opaque panel along the bottom, the stop's title large, the caption below it.
    ImVec4 background = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    background.w = 1.0f;
    draw->AddRectFilled(g.captionP0, g.captionP1, ImGui::GetColorU32(background), 10.0f * scale);
    draw->AddRect(g.captionP0, g.captionP1, ImGui::GetColorU32(ImGuiCol_Border), 10.0f * scale);
    float ty = g.captionP0.y + g.pad;
    if (g.titleHeight > 0)
        ty += textBlock(draw, ImVec2(g.captionP0.x + g.pad, ty), 1.9f * scale, text, stop->title, g.wrap) +
              8 * scale;
    if (g.captionHeight > 0)
        textBlock(draw, ImVec2(g.captionP0.x + g.pad, ty), 1.35f * scale, text, stop->caption, g.wrap);
    ImGui::End();
}

} // namespace tieline::ui
