// Navigation between the screens and the parts every screen shares.
//
// [SECTION] layout   side bar (desktop) or bottom tab bar (phone); the content window beside or above it
// [SECTION] header   screen title, save state, undo/redo, and the app's notices

#include "ui/screens.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/words/text.hpp"

#include <imgui.h>
#include <imgui_internal.h> // SetNextWindowScroll (1.86 keeps it internal)

#include <algorithm>
#include <string_view>

namespace stride::ui {
namespace {

constexpr float kSideBarWidth = 232.0f;

struct Tab {
    Screen screen;
    const char* label;
    bool phone; // shown in the phone's tab bar (About is reached from the Plan screen there)
};
constexpr Tab kTabs[] = {
    {Screen::today, "Today", true},  {Screen::readiness, "Checklist", true},
    {Screen::log, "Log", true},      {Screen::history, "History", true},
    {Screen::plan, "Plan", true},    {Screen::rules, "How it works", false},
    {Screen::about, "About", false},
};

constexpr ImGuiWindowFlags kFixedWindow = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

float tab_bar_height() {
    return ImGui::GetFrameHeight() + 16.0f;
}

void go(Frame& f, Screen screen) {
    go_to(f.state, screen);
}

void draw_side_bar(Frame& f) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(ImVec2(kSideBarWidth, viewport->WorkSize.y));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyle().Colors[ImGuiCol_ChildBg]);
    ImGui::Begin("Navigation", nullptr, kFixedWindow);
    probe_whole_window(true);
    heading("Stride Back", f.look.fonts.heading);
    muted_text("Back to running with a sore hamstring tendon");
    gap(12.0f);
    for (const Tab& tab : kTabs)
        if (choice("Tab", tab.label, f.state.screen == tab.screen, -1.0f)) go(f, tab.screen);
    gap(12.0f);
    muted_text(f.status.save_words.empty() ? "Saved in this browser" : f.status.save_words);
    if (f.status.storage_persisted) muted_text("This browser keeps your data until you delete it.");
    ImGui::End();
    ImGui::PopStyleColor();
}

void draw_tab_bar(Frame& f) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float height = tab_bar_height();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x, viewport->WorkPos.y + viewport->WorkSize.y - height));
    ImGui::SetNextWindowSize(ImVec2(viewport->WorkSize.x, height));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyle().Colors[ImGuiCol_ChildBg]);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(6.0f, 8.0f));
    ImGui::Begin("Tabs", nullptr, kFixedWindow | ImGuiWindowFlags_NoScrollbar);
    probe_whole_window(true);
    ImGui::GetWindowDrawList()->AddLine(
        ImGui::GetWindowPos(),
        ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(), ImGui::GetWindowPos().y), colours().border,
        1.0f);
    const int count = static_cast<int>(
        std::count_if(std::begin(kTabs), std::end(kTabs), [](const Tab& t) { return t.phone; }));
    const float spacing = 4.0f;
    const float width = (ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(count - 1)) /
                        static_cast<float>(count);
    // At large text sizes the labels shrink to fit their tabs, as phones' own tab bars do (a screen reader
    // reads them whole from the mirror).
    ImGui::SetWindowFontScale(1.0f);
    float widest = 0.0f;
    for (const Tab& tab : kTabs)
        if (tab.phone) widest = std::max(widest, ImGui::CalcTextSize(tab.label).x);
    ImGui::SetWindowFontScale(std::min(1.0f, (width - 4.0f) / widest));
    bool first = true;
    for (const Tab& tab : kTabs) {
        if (!tab.phone) continue;
        if (!first) ImGui::SameLine(0.0f, spacing);
        first = false;
        // About and "How the advice works" live under Plan on a phone, so the Plan tab stays lit there.
        const bool on = f.state.screen == tab.screen ||
                        (tab.screen == Screen::plan &&
                         (f.state.screen == Screen::about || f.state.screen == Screen::rules));
        if (choice("Tab", tab.label, on, width)) go(f, tab.screen);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

} // namespace

int notice(const char* id, unsigned int tint, const std::string& message, const char* first,
           const char* second) {
    int pressed = 0;
    announce(id, message);
    if (!begin_card(id, tint)) return 0;
    paragraph(message);
    if (first && inline_button(first)) pressed = 1;
    if (first && std::string_view(first).substr(0, 7) == "Dismiss") mark_last_item_closes();
    if (second) {
        ImGui::SameLine();
        if (outline_button(second)) pressed = 2;
    }
    end_card();
    return pressed;
}

namespace {

void draw_import_preview(Frame& f, const ImportPreview& preview) {
    if (!begin_card("import preview", colours().warning_tint)) return;
    heading("Import this plan file?", f.look.fonts.section);
    if (preview.changes_anything()) {
        for (const std::string& line : preview.lines())
            dot_text(colours().ink, line);
        muted_text("Nothing on this device is deleted: entries from both copies are kept.");
    } else {
        paragraph("The file holds nothing that is not already here.");
    }
    if (inline_button("Import these changes")) f.command(Command::confirm_import);
    ImGui::SameLine();
    if (outline_button("Cancel import")) f.command(Command::cancel_import);
    mark_last_item_closes();
    end_card();
}

} // namespace

void draw_notices(Frame& f) {
    const AppStatus& s = f.status;
    const Colours& c = colours();
    if (s.import_preview) draw_import_preview(f, *s.import_preview);
    if (!s.action_error.empty() &&
        notice("action error", c.zone_tint[2], "Not saved: " + s.action_error, "Dismiss##action error"))
        f.command(Command::dismiss_notice);
    if (!s.import_error.empty() && notice("import error", c.zone_tint[2],
                                          "Could not import: " + s.import_error, "Dismiss##import error"))
        f.command(Command::dismiss_notice);
    if (!s.start_notice.empty() &&
        notice("start notice", c.warning_tint, s.start_notice, "Dismiss##start notice"))
        f.command(Command::dismiss_notice);
    if ((s.save == storage::SaveState::NotSaved || s.save == storage::SaveState::AtRisk) &&
        !s.save_words.empty())
        notice("not saved", c.zone_tint[2], s.save_words, nullptr);
    if (!s.sharing_notice.empty() &&
        notice("sharing notice", c.surface, s.sharing_notice, "Dismiss##sharing notice") == 1)
        f.command(Command::dismiss_notice);
    if (s.update_ready &&
        notice("update", c.surface, "A new version of Stride Back is ready.", "Update now") == 1)
        f.command(Command::update_now);
    if (!s.storage_warning.empty() &&
        notice("storage warning", c.warning_tint, s.storage_warning, "Got it##storage warning") == 1)
        f.command(Command::dismiss_storage_warning);
    if (s.backup_due && notice("backup", c.warning_tint, s.backup_words, "Export a backup") == 1)
        f.command(Command::export_plan);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] layout
// ---------------------------------------------------------------------------------------------------------

void draw_navigation(Frame& f) {
    if (f.wide)
        draw_side_bar(f);
    else
        draw_tab_bar(f);
}

void begin_content(Frame& f, float max_width, bool navigation) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float left = navigation && f.wide ? kSideBarWidth : 0.0f;
    const float bottom = navigation && !f.wide ? tab_bar_height() : 0.0f;
    const float avail = viewport->WorkSize.x - left;
    const float width = std::min(avail, max_width);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + left + (avail - width) * 0.5f, viewport->WorkPos.y));
    ImGui::SetNextWindowSize(ImVec2(width, viewport->WorkSize.y - bottom));
    if (!f.wide) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f, 16.0f));
    // From its top in this very frame (SetScrollY would wait a frame: the saved card would be drawn first
    // out of view).
    if (f.state.scroll_to_top) ImGui::SetNextWindowScroll(ImVec2(-1.0f, 0.0f));
    f.state.scroll_to_top = false;
    ImGui::Begin("Stride Back", nullptr, kFixedWindow);
    probe_whole_window();
    if (!f.wide) ImGui::PopStyleVar();
}

void end_content() {
    gap(24.0f); // the last item never sits flush on the tab bar
    ImGui::End();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] header
// ---------------------------------------------------------------------------------------------------------

void screen_header(Frame& f, const char* title) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const bool undo = !f.status.undo_label.empty();
    const bool redo = !f.status.redo_label.empty();
    const float undo_width = undo ? ImGui::CalcTextSize("Undo").x + style.FramePadding.x * 2 : 0.0f;
    const float redo_width = redo ? ImGui::CalcTextSize("Redo").x + style.FramePadding.x * 2 : 0.0f;
    const float buttons = undo_width + redo_width + (undo && redo ? style.ItemSpacing.x : 0.0f);
    const float start = ImGui::GetCursorPosX();
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(f.look.fonts.heading);
    ImGui::TextUnformatted(title);
    describe_last_text(title, 1);
    ImGui::PopFont();
    if (undo || redo) {
        ImGui::SameLine(start + avail - buttons);
        if (undo && outline_button("Undo")) f.command(Command::undo);
        if (undo && redo) ImGui::SameLine();
        if (redo && outline_button("Redo")) f.command(Command::redo);
    }
    std::string line = day_words(f.status.today);
    if (!f.wide) line += " · " + (f.status.save_words.empty() ? std::string("Saved") : f.status.save_words);
    if (undo) line += " · Undo: " + f.status.undo_label;
    muted_text(line);
    gap(4.0f);
    draw_notices(f);
}

std::string day_words(Date date) {
    return day_text(date);
}

} // namespace stride::ui
