#pragma once
// The whole contract between the runtime and the screens: what they read each frame (View: the plan, the
// app's status, the figures derived from the plan) and what they send back (Requests: actions for the core,
// commands for the edge). The screens never change saved data themselves; the runtime applies the requests
// after the frame, so nothing a screen is drawing changes under it.

#include "core/changes/actions.hpp"
#include "core/changes/merge.hpp"
#include "core/exports/calendar.hpp"
#include "core/model/date.hpp"
#include "runtime/desk.hpp"
#include "runtime/figures.hpp"
#include "storage/save_status.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stride::runtime {

// What the app knows beyond the plan, refreshed by the runtime before every frame.
struct AppStatus {
    Date today; // from the clock (tests set it)
    // Undo / redo of plan changes.
    std::string undo_label; // "" when there is nothing to undo
    std::string redo_label;
    std::string action_error; // the last action the core refused, in plain words; "" when none
    // Storage (docs/storage.md).
    storage::SaveState save = storage::SaveState::Saved;
    std::string save_words;         // "Saved", "Saving…", "Not saved: … Export a backup now."
    std::string start_notice;       // e.g. recovered an older copy because the newest was damaged
    bool storage_persisted = false; // the browser promised not to evict our data
    bool backup_due = false;        // last exported backup older than the reminder setting
    std::string backup_words;       // when backup_due: how old the backup is and what to do, in plain words
    std::string storage_warning;    // once, in a Safari tab: Safari deletes unused data; "" when not needed
    // Sharing and updates (docs/sharing.md).
    bool can_share_files = false;     // the Web Share API can send a file (phones)
    bool can_share_reminders = false; // ... and a calendar file (.ics)
    std::string app_url; // the app's address without a fragment: reminders link back to it (#answer)
    bool opened_on_answer = false; // this frame: the page was opened (or moved) to a reminder's link
    std::optional<ImportPreview> import_preview; // a picked file waiting for the runner to confirm
    std::string import_error;                    // why the last picked file was refused
    bool update_ready = false;                   // a new version is downloaded and waits for "update now"
    std::string sharing_notice; // what the last export, share or update did, in words; "" when none
};

// Requests that are not plan changes: effects at the edge, run by the runtime after the frame.
enum class Command {
    undo,
    redo,
    dismiss_notice,          // clears action_error / start_notice / import_error / sharing_notice
    dismiss_storage_warning, // the runner read storage_warning: never shown again on this browser
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
    // A calendar reminder for an answer the next run waits for: the runtime makes the .ics file and shares
    // or downloads it (docs/sharing.md, "Reminders").
    std::optional<Reminder> reminder;
    // The physio desk (runtime/desk.hpp): its requests never touch the runner's plan.
    std::vector<DeskRequest> desk{}; // (initialised: callers may leave it out)
};

// One frame's reading. Valid until the runtime next changes (Runtime::apply, Runtime::begin_frame).
struct View {
    const Plan& plan;
    const AppStatus& status;
    const Figures& figures;
    // The physio desk: read by its own screen only (ui/desk_screen.cpp), never by the runner's.
    const Desk& desk;
    const DeskStatus& desk_status;
};

} // namespace stride::runtime
