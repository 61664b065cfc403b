#include "ui/app_ui.hpp"

#include "ui/widgets.hpp"

#include "core/progression.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace stride::ui {
namespace {

constexpr float kMaxColumnWidth = 640.0f; // desktop: a readable column, not a stretched line
constexpr int kSampleRows = 40;

// One full-screen window holding a centred column; it is the scroll container for the whole screen.
void begin_screen() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(viewport->WorkSize.x, kMaxColumnWidth);
    ImGui::SetNextWindowPos(
        ImVec2(viewport->WorkPos.x + (viewport->WorkSize.x - width) * 0.5f, viewport->WorkPos.y));
    ImGui::SetNextWindowSize(ImVec2(width, viewport->WorkSize.y));
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                   ImGuiWindowFlags_AlwaysVerticalScrollbar;
    ImGui::Begin("Stride Back", nullptr, flags);
}

void draw_placeholder(const Plan& plan, const AppStatus& status, UiState& state, const Look& look,
                      Requests& out) {
    heading("Stride Back", look.fonts.heading);
    muted_text("Guidance, not diagnosis. See your physio if pain persists.");
    ImGui::Separator();
    text("%s", suggest_next_run(plan, status.today).headline.c_str());
    if (!status.undo_label.empty() && button("Undo")) out.commands.push_back(Command::undo);

    if (button("Count a tap")) ++state.taps;
    text("Taps counted: %d", state.taps);

    text_field("Your name", state.name);
    text("Hello, %s", state.name.empty() ? "runner" : state.name.c_str());

    number_field("Distance (km)", state.distance_km, "%.1f");
    text("Distance entered: %.1f km", state.distance_km);

    ImGui::Separator();
    muted_text("A long list, to try scrolling with a finger or the mouse wheel.");
    for (int row = 1; row <= kSampleRows; ++row) {
        char label[32];
        std::snprintf(label, sizeof label, "Sample week %d", row);
        // Rows as tall as a button: a thumb-sized target.
        ImGui::Selectable(label, false, 0, ImVec2(0.0f, ImGui::GetFrameHeight()));
    }
}

} // namespace

void draw(const Plan& plan, const AppStatus& status, UiState& state, const Look& look, Requests& out) {
    begin_screen();
    draw_placeholder(plan, status, state, look, out);
    ImGui::End();
}

} // namespace stride::ui
