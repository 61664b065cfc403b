#pragma once
// The app's screens. draw() runs once per frame between ImGui::NewFrame() and ImGui::Render(): it reads
// the plan and the app's status and returns what the user asked for in `Requests`; it never changes saved
// data itself (the app applies the requests after the frame, so nothing a screen is drawing changes under
// it). This header is the whole contract between the screens and the app.

#include "core/changes/actions.hpp"
#include "core/changes/merge.hpp"
#include "core/exports/calendar.hpp"
#include "core/model/date.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace stride::ui {

enum class SaveState { saved, saving, not_saved };

// What the app knows beyond the plan, refreshed by the app before every frame.
struct AppStatus {
    Date today; // from the platform clock (tests inject it)
    // Changes with every change of the plan (Timeline::revision()): what the screens derive from the plan
    // is kept between frames until it or the day changes (derived.hpp).
    std::uint64_t plan_revision = 0;
    // Undo / redo of plan changes.
    std::string undo_label; // "" when there is nothing to undo
    std::string redo_label;
    std::string action_error; // the last action the core refused, in plain words; "" when none
    // Storage (docs/storage.md).
    SaveState save = SaveState::saved;
    std::string save_words;         // "Saved", "Saving…", "Not saved: … Export a backup now."
    std::string start_notice;       // e.g. recovered an older copy because the newest was damaged
    bool storage_persisted = false; // the browser promised not to evict our data
    bool read_only = false;         // another tab holds the data; this one only shows it
    bool backup_due = false;        // last exported backup older than the reminder setting
    std::string backup_words;       // when backup_due: how old the backup is and what to do, in plain words
    // Sharing and updates (docs/sharing.md).
    bool can_share_files = false;     // the Web Share API can send a file (phones)
    bool can_share_reminders = false; // ... and a calendar file (.ics)
    std::string app_url; // the app's address without a fragment: reminders link back to it (#answer)
    std::optional<ImportPreview> import_preview; // a picked file waiting for the runner to confirm
    std::string import_error;                    // why the last picked file was refused
    bool update_ready = false;                   // a new version is downloaded and waits for "update now"
    std::string sharing_notice; // what the last export, share or update did, in words; "" when none
};

// Requests that are not plan changes: effects at the edge, run by the app after the frame.
enum class Command {
    undo,
    redo,
    dismiss_notice, // clears action_error / start_notice / import_error
    request_persistence,
    export_plan,   // download the plan file
    share_plan,    // system share sheet with the plan file
    export_report, // the one-page physio report (HTML)
    export_csv,
    pick_import_file,
    confirm_import,
    cancel_import,
    update_now,
};

struct Requests {
    std::vector<Action> actions;
    std::vector<Command> commands;
    // A calendar reminder for an answer the next run waits for: the app makes the .ics file and downloads or
    // shares it (docs/sharing.md).
    std::optional<Reminder> reminder;
};

enum class Screen { today, readiness, log, history, plan, about, rules };
enum class LogKind { run, strength, daily_check, aggravator };

// Forms being filled in. An entry with id 0 is new; any other id is being edited. New-entry drafts are
// refilled (defaults from the last entry, today's date) after a save and when the day changes.
struct Drafts {
    Date day;            // the day the new-entry drafts were filled for
    bool filled = false; // false: refill before drawing
    Run run;
    StrengthSession strength;
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
};

struct Derived;

// What the runner just saved, shown where they are looking until they move on: the entry (by kind and id,
// read from the plan when drawn, so it shows the verdict the rules now give) and whether it was an edit.
struct SavedFeedback {
    LogKind kind = LogKind::run;
    EntryId id = 0;
    bool edited = false;
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

// Scratch state of the screens: which screen is open, form drafts and typed text. Never saved.
struct UiState {
    Screen screen = Screen::today;
    bool scroll_to_top = false;   // a screen was opened: show it from its top, not where the last one was
    int onboarding_step = 0;      // 0 side, 1 goal; onboarding ends when the plan has a side
    bool onboarding_done = false; // finished this session (the plan catches up after the frame)
    bool show_reason = false;     // Today: the rule behind the suggestion is open
    LogKind log_kind = LogKind::run;
    std::optional<ReadinessItem> recording; // checklist item whose result form is open
    Drafts drafts;
    FieldBuffers fields;                  // typed text of the open forms, by field
    std::string saved_message;            // "Result added." after a save, until the next screen change
    std::optional<SavedFeedback> saved;   // Log: the card that replaces the form after a save
    std::vector<RecentSave> recent_saves; // this session's saves, to spot a duplicate-looking one
    std::optional<Action> duplicate;      // a save waiting for "Save it again?"
    std::string duplicate_words;          // what it looks like
    SavedFeedback duplicate_saved;        // the card to show if it is saved
    std::optional<DeletedEntry> deleted;  // the entry just deleted, for "Undo delete" in its place
    EntryId answered_run = 0; // Today: the run whose next morning was just answered (for the feedback)
    EntryId new_check = 0;    // Today: the morning check that answer made, for its daily test
    EntryId saved_jog = 0;    // Checklist: the test jog just saved, for its 24/48-hour reminders
    LocalTime reminder_time = *LocalTime::from_hm(8, 0); // the time the runner last chose for a reminder
    std::map<std::string, int> touched;                  // chart title -> touched point, -1 none
    int history_shown = 20;                              // entries listed on the history screen
    std::shared_ptr<Derived> derived;                    // kept between frames (derived.hpp)
};

// Opens a screen: forms of the previous one are dropped (their typed text is scratch).
void go_to(UiState& state, Screen screen);

void draw(const Plan& plan, const AppStatus& status, UiState& state, const Look& look, Requests& out);

// A reminder's link (#answer) opened the app: show Today, where the question waits.
void open_answer(UiState& state);
// Questions waiting for the runner on the last drawn frame (next morning, test jog), for the app's badge.
int waiting_questions(const UiState& state);

} // namespace stride::ui
