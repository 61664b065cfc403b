#include "ui/app_ui.hpp"

#include "ui/probe.hpp"
#include "ui/screens.hpp"

#include <imgui.h>

namespace stride::ui {
namespace {

constexpr float kWideFrom = 700.0f;    // CSS px: narrower is a phone (portrait or small landscape)
constexpr float kColumnWidth = 760.0f; // forms and lists: a readable column on a desktop

void draw_screen(Frame& f) {
    if (f.state.screen == Screen::today && f.wide) {
        // Desktop: today's advice beside the history charts, each column scrolling on its own.
        begin_content(f, 100000.0f);
        const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        ImGui::BeginChild("today column", ImVec2(half, 0.0f));
        draw_today(f);
        ImGui::EndChild();
        ImGui::SameLine();
        ImGui::BeginChild("charts column", ImVec2(0.0f, 0.0f));
        draw_history_charts(f);
        ImGui::EndChild();
        end_content();
        return;
    }
    begin_content(f, kColumnWidth);
    switch (f.state.screen) {
    case Screen::today:
        draw_today(f);
        break;
    case Screen::readiness:
        draw_readiness(f);
        break;
    case Screen::log:
        draw_log(f);
        break;
    case Screen::history:
        draw_history(f);
        break;
    case Screen::plan:
        draw_plan(f);
        break;
    case Screen::about:
        draw_about(f);
        break;
    case Screen::rules:
        draw_rules(f);
        break;
    case Screen::desk: // drawn on its own: draw()
        break;
    }
    end_content();
}

} // namespace

void go_to(UiState& state, Screen screen) {
    if (state.screen != screen) {
        state.fields.clear();
        state.recording.reset();
        state.saved_message.clear();
        state.saved.reset();
        state.duplicate.reset();
        state.deleted.reset();
        state.answered_run = 0;
        state.asking_daily_test = false;
        state.saved_jog.reset();
        state.drafts.filled = false;
        state.drafts.plan_filled = false;
        state.history_shown = 20;
        state.scroll_to_top = true;
    }
    state.screen = screen;
}

void scroll_here_if_asked(UiState& state) {
    if (!state.scroll_to_form) return;
    ImGui::SetScrollHereY(0.0f);
    state.scroll_to_form = false;
}

void draw(const View& view, UiState& state, const Look& look, Requests& out) {
    const runtime::Figures& figures = view.figures;
    if (view.status.opened_on_answer) { // a reminder's link: the question waits on Today
        go_to(state, Screen::today);
        state.scroll_to_top = true;
    }
    // An import preview appears at the top of the screen: show it from the top, wherever the person was
    // (the import button is far down the Plan screen).
    const bool preview = view.status.import_preview.has_value();
    if (preview && !state.import_preview_seen) state.scroll_to_top = true;
    state.import_preview_seen = preview;
    Frame f{view.plan,
            view.status,
            state,
            look,
            out,
            ImGui::GetIO().DisplaySize.x >= kWideFrom,
            figures,
            figures.suggestion(),
            figures.readiness(),
            view.desk,
            view.desk_status};
    if (state.screen == Screen::desk) {
        // The physio desk replaces the runner's screens: no runner navigation, notices or plan around it.
        draw_desk(f);
    } else if (needs_onboarding(view.plan, state)) {
        begin_content(f, 640.0f, false);
        draw_onboarding(f);
        end_content();
    } else {
        draw_navigation(f);
        draw_screen(f);
    }
    // For screen readers, whatever the screen: what a save or change said (again when said again), and a
    // new suggestion. The notices announce themselves (navigation.cpp).
    announce("saved message", state.saved_message, !out.actions.empty());
    announce("suggestion", f.suggestion.headline);
}

} // namespace stride::ui
