#pragma once
// The app's screens. draw() runs once per frame between ImGui::NewFrame() and ImGui::Render(): it reads
// the runtime's View (the plan, the app's status, the figures derived from the plan) and returns what the
// user asked for in `Requests`; it never changes saved data itself (the runtime applies the requests after
// the frame, so nothing a screen is drawing changes under it). With runtime/view.hpp, this header is the
// whole contract between the screens and the app.

#include "core/changes/actions.hpp"
#include "core/model/date.hpp"
#include "runtime/view.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace stride::ui {

// The runtime's side of the contract (runtime/view.hpp), under the names the screens use.
using runtime::AppStatus;
using runtime::Command;
using runtime::Requests;
using runtime::View;

enum class Screen { today, readiness, log, history, plan, about, rules, desk };
enum class LogKind { run, strength, daily_check, aggravator };

// Logging strength work from the physio's programme: each exercise is answered before Save (done as
// prescribed, or changed: its fields open), so no prescribed value is saved that the runner did not confirm.
enum class ExerciseAnswer { not_yet, as_prescribed, changed };

// Forms being filled in. An entry with id 0 is new; any other id is being edited. New-entry drafts are
// refilled (defaults from the last entry, today's date) after a save and when the day changes.
struct Drafts {
    Date day;            // the day the new-entry drafts were filled for
    bool filled = false; // false: refill before drawing
    Run run;
    StrengthSession strength;
    // One per exercise of `strength` when it was filled from the programme; empty otherwise (typed freely).
    std::vector<ExerciseAnswer> strength_answers;
    std::vector<std::string> strength_notes; // the programme's "how to do it" of each, shown, not saved
    DailyCheck check;
    Aggravator aggravator;
    ReadinessTest readiness;
    PhysioEntry physio;
    // Plan screen: copies of the plan's parts while they are being changed.
    bool plan_filled = false;
    Profile profile;
    Goal goal;
    Race race;
    Prescription prescription;
    std::vector<Exercise> programme; // the strength programme being edited
    int programme_sessions = 0;      // its sessions a week (the setting strength_sessions_per_week)
};

// What the runner just saved, shown where they are looking until they move on: the entry (by kind and id,
// read from the plan when drawn, so it shows the verdict the rules now give) and whether it was an edit.
struct SavedFeedback {
    LogKind kind = LogKind::run;
    EntryId id = 0; // the id it was given (a new entry: most likely given; see key)
    bool edited = false;
    std::string key; // what it holds (log_screen.cpp), to find a new entry whatever id it got
};

// A save that looked like one made a moment ago: held until the runner says whether to save it again.
struct RecentSave {
    LogKind kind = LogKind::run;
    std::string key;   // what makes two entries look the same (entry_key in log_screen.cpp)
    std::string words; // the earlier one in words
    double at = 0;     // ImGui's clock, seconds
};

// An entry just deleted from a list: shown in its place with "Undo delete" while that is what Undo undoes.
struct DeletedEntry {
    EntryId id = 0;
    Date date;
    std::string words;
};

// The physio desk's plan editor: which runner's plan is open (by place in the desk) and the values being
// changed, filled from that plan when opened.
struct DeskDrafts {
    std::optional<std::size_t> runner;
    bool filled = false;
    int green_max_pain = 0;
    int level_minutes = 0;
    RunWalk run_walk;
    std::vector<Exercise> programme;
    int sessions = 0;
    std::string note;
    bool alert_settings = false; // the desk's alert settings are open
};

// Scratch state of the screens: which screen is open, form drafts and typed text. Never saved.
struct UiState {
    Screen screen = Screen::today;
    bool scroll_to_top = false;   // a screen was opened: show it from its top, not where the last one was
    bool scroll_to_form = false;  // an entry was opened for editing: scroll to its form when drawn
    int onboarding_step = 0;      // 0 side, 1 goal; onboarding ends when the plan has a side
    bool onboarding_done = false; // finished this session (the plan catches up after the frame)
    bool show_reason = false;     // Today: the rule behind the suggestion is open
    LogKind log_kind = LogKind::run;
    std::optional<ReadinessItem> recording; // checklist item whose result form is open
    Drafts drafts;
    FieldBuffers fields;                  // typed text of the open forms, by field
    std::string saved_message;            // "Result added." after a save, until the next screen change
    std::map<std::string, int> touched;   // chart title -> touched point, -1 none
    int history_shown = 20;               // entries listed on the history screen
    std::optional<SavedFeedback> saved;   // Log: the card that replaces the form after a save
    std::vector<RecentSave> recent_saves; // this session's saves, to spot a duplicate-looking one
    std::optional<Action> duplicate;      // a save waiting for "Save it again?"
    std::string duplicate_words;          // what it looks like
    SavedFeedback duplicate_saved;        // the card to show if it is saved
    std::optional<DeletedEntry> deleted;  // the entry just deleted, for "Undo delete" in its place
    EntryId answered_run = 0;       // Today: the run whose next morning was just answered (for the feedback)
    bool asking_daily_test = false; // Today: this morning's check was just made, its daily test follows
    std::optional<Date> saved_jog;  // Checklist: the day of the test jog just saved, for its reminders
    LocalTime reminder_time = *LocalTime::from_hm(8, 0); // the time the runner last chose for a reminder
    bool import_preview_seen = false; // an import preview was shown last frame (a new one scrolls to it)
    int text_size_chosen = 0; // percent the person just chose for this device (the app keeps it); 0 none
    int focus_exercise = -1;  // a programme's exercise just added: its name field takes the keyboard
    DeskDrafts desk;          // the physio desk
};

// Opens a screen: forms of the previous one are dropped (their typed text is scratch).
void go_to(UiState& state, Screen screen);
// Where a form opened for editing starts: scrolls it into view once (UiState::scroll_to_form).
void scroll_here_if_asked(UiState& state);

// A reminder's link (#answer) opened the app (AppStatus::opened_on_answer): draw() shows Today, where the
// question waits, from its top.
void draw(const View& view, UiState& state, const Look& look, Requests& out);

} // namespace stride::ui
