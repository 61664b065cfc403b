#pragma once
// What every screen gets for one frame, and the screens themselves (one file each). Internal to src/ui:
// the app only calls ui::draw (app_ui.hpp).

#include "runtime/figures.hpp"
#include "ui/app_ui.hpp"

namespace stride::ui {

// One frame's inputs and outputs, plus the rule results every screen may show (runtime/figures.hpp:
// computed once per change of the plan or the day, not every frame).
struct Frame {
    const Plan& plan;
    const AppStatus& status;
    UiState& state;
    const Look& look;
    Requests& out;
    bool wide; // desktop layout: side bar, wider columns
    const runtime::Figures& figures;
    const Suggestion& suggestion;
    const Readiness& readiness;
    const Desk& desk; // read by the physio desk's screen only
    const runtime::DeskStatus& desk_status;

    template <class A> void emit(A action) { out.actions.emplace_back(std::move(action)); }
    void command(Command c) { out.commands.push_back(c); }
    void desk_request(runtime::DeskRequest r) { out.desk.push_back(std::move(r)); }
};

// navigation.cpp: the side bar (desktop) or bottom tab bar (phone), and the top of every screen: its
// title, save state, undo/redo and the notices of the app (errors, import preview, update ready).
void draw_navigation(Frame& f);
void screen_header(Frame& f, const char* title);
// The app's notices alone (screen_header draws them too): errors, import preview, update, backup.
void draw_notices(Frame& f);
// Where screens draw: a full-height window beside the side bar or above the tab bar. Pair with end_content.
void begin_content(Frame& f, float max_width, bool navigation = true);
void end_content();

void draw_today(Frame& f);
void draw_readiness(Frame& f);
void draw_log(Frame& f);
void draw_history(Frame& f);
void draw_history_charts(Frame& f);
void draw_plan(Frame& f);
void draw_about(Frame& f);
// rules_screen.cpp: "How the advice works", written from the settings (core/words/advice_rules.hpp).
void draw_rules(Frame& f);

// plan_screen.cpp: the text size on this device (a look setting, not in the plan).
void text_size_setting(Frame& f);
// plan_screen.cpp: the exercises of a strength programme being edited, each with Remove, and "Add an
// exercise" (whose name then takes the keyboard). True when every exercise has a name. The Plan screen and
// the physio desk's plan editor both use it.
bool programme_fields(Form& form, std::vector<Exercise>& list, UiState& state);

// desk_screen.cpp: the physio desk (runtime/desk.hpp), drawn in place of the runner's screens.
void open_desk(Frame& f);
void draw_desk(Frame& f);

// navigation.cpp: a tinted block with a message and up to two buttons; returns which was pressed (0 none).
// Announced to screen readers when it appears; a "Dismiss" button is what Escape presses.
int notice(const char* id, unsigned int tint, const std::string& message, const char* first,
           const char* second = nullptr);

// onboarding.cpp: the first run (side and goal), shown until the plan has an affected side.
bool needs_onboarding(const Plan& plan, const UiState& state);
void draw_onboarding(Frame& f);

// log_screen.cpp: opens the log form on an existing entry (from the history list).
void edit_entry(UiState& state, const Run& run);
void edit_entry(UiState& state, const StrengthSession& session);
void edit_entry(UiState& state, const DailyCheck& check);
void edit_entry(UiState& state, const Aggravator& aggravator);
// readiness_screen.cpp: opens the checklist item's result form on an earlier result.
void edit_entry(UiState& state, const ReadinessTest& test);
// plan_screen.cpp: opens the physio's measures on an earlier assessment.
void edit_entry(UiState& state, const PhysioEntry& entry);

// history_screen.cpp: one entry in words with its Edit and Delete buttons.
void entry_row(Frame& f, const Run& run);
void entry_row(Frame& f, const StrengthSession& session);
void entry_row(Frame& f, const DailyCheck& check);
void entry_row(Frame& f, const Aggravator& aggravator);
void entry_row(Frame& f, const ReadinessTest& test);
void entry_row(Frame& f, const PhysioEntry& entry);
// Where an entry was just deleted: what it was, and "Undo delete" while Undo would bring it back.
void deleted_notice(Frame& f);

// Plain words for a date, e.g. "Tue 4 Mar 2025".
std::string day_words(Date date);

} // namespace stride::ui
