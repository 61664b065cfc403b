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

enum class Screen { today, readiness, log, history, plan, about };
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
    FieldBuffers fields;                // typed text of the open forms, by field
    std::string saved_message;          // "Run saved." after a save, until the next screen change
    std::map<std::string, int> touched; // chart title -> touched point, -1 none
    int history_shown = 20;             // entries listed on the history screen
    int text_size_chosen = 0; // percent the person just chose for this device (the app keeps it); 0 none
};

// Opens a screen: forms of the previous one are dropped (their typed text is scratch).
void go_to(UiState& state, Screen screen);

void draw(const View& view, UiState& state, const Look& look, Requests& out);

} // namespace stride::ui
