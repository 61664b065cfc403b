#pragma once
// The app's screens. draw() runs once per frame between ImGui::NewFrame() and ImGui::Render(): it reads
// the plan and the app's status and returns what the user asked for in `Requests`; it never changes saved
// data itself (the app applies the requests after the frame, so nothing a screen is drawing changes under
// it). This header is the whole contract between the screens and the app.

#include "core/actions.hpp"
#include "core/date.hpp"
#include "core/merge.hpp"
#include "ui/theme.hpp"

#include <optional>
#include <string>
#include <vector>

namespace stride::ui {

enum class SaveState { saved, saving, not_saved };

// What the app knows beyond the plan, refreshed by the app before every frame.
struct AppStatus {
    Date today;                     // from the platform clock (tests inject it)
    // Undo / redo of plan changes.
    std::string undo_label;         // "" when there is nothing to undo
    std::string redo_label;
    std::string action_error;       // the last action the core refused, in plain words; "" when none
    // Storage (docs/storage.md).
    SaveState save = SaveState::saved;
    std::string save_words;         // "Saved", "Saving…", "Not saved: … Export a backup now."
    std::string start_notice;       // e.g. recovered an older copy because the newest was damaged
    bool storage_persisted = false; // the browser promised not to evict our data
    bool read_only = false;         // another tab holds the data; this one only shows it
    bool backup_due = false;        // last exported backup older than the reminder setting
    // Sharing and updates (docs/sharing.md).
    bool can_share_files = false;   // the Web Share API can send a file (phones)
    std::optional<ImportPreview> import_preview; // a picked file waiting for the runner to confirm
    std::string import_error;       // why the last picked file was refused
    bool update_ready = false;      // a new version is downloaded and waits for "update now"
};

// Requests that are not plan changes: effects at the edge, run by the app after the frame.
enum class Command {
    undo,
    redo,
    dismiss_notice,     // clears action_error / start_notice / import_error
    request_persistence,
    export_plan,        // download the plan file
    share_plan,         // system share sheet with the plan file
    export_report,      // the one-page physio report (HTML)
    export_csv,
    pick_import_file,
    confirm_import,
    cancel_import,
    update_now,
};

struct Requests {
    std::vector<Action> actions;
    std::vector<Command> commands;
};

// Scratch state of the screens: input buffers, which screen is open. Never saved.
struct UiState {
    int taps = 0;           // placeholder: counts presses of the "Count a tap" button
    std::string name;       // placeholder text field
    double distance_km = 0; // placeholder number field
};

void draw(const Plan& plan, const AppStatus& status, UiState& state, const Look& look, Requests& out);

} // namespace stride::ui
