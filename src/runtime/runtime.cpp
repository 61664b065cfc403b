#include "runtime/runtime.hpp"

#include "core/changes/replay.hpp"

#include <algorithm>
#include <optional>
#include <utility>

namespace stride::runtime {

Runtime::Runtime(Ports ports)
    : ports_(std::move(ports)), storage_(ports_.storage, ports_.storage_host, ports_.clock,
                                         ports_.page.deletes_unused_data(), ports_.wake),
      timeline_(storage_.open([this] { return ports_.random.uniform(kMaxOrigin); })),
      sharing_(ports_.files, ports_.updates,
               {[this] { storage_.note_backup_made(); }, [this] { storage_.flush(); }}),
      desk_(ports_.desk_store, ports_.files, sharing_) {
    status_.start_notice = storage_.take_start_notice();
    status_.app_url = ports_.page.app_url();
    refresh_status();
}

void Runtime::begin_frame() {
    storage_.follow_other_tabs(timeline_, status_);
    status_.opened_on_answer = ports_.page.take_answer_link();
    refresh_status();
}

void Runtime::refresh_status() {
    status_.today = ports_.clock.today();
    status_.undo_label = timeline_.undo_label();
    status_.redo_label = timeline_.redo_label();
    storage_.fill(status_);
    sharing_.refresh(timeline_.present(), status_); // after fill: a waiting update needs the save state
    desk_.refresh(status_.today);                   // after sharing: files opened on the desk arrived
    if (!figures_ || figures_->revision() != timeline_.revision() || figures_->today() != status_.today)
        figures_ = std::make_shared<const Figures>(timeline_.present(), timeline_.revision(), status_.today);
    // The installed app's badge: how many answers the next run waits for.
    const int waiting = static_cast<int>(figures_->questions().size());
    if (waiting != badge_) ports_.page.set_badge(badge_ = waiting);
}

void Runtime::apply(Requests requests) {
    // Taken out first: running a command may queue more (a confirmed import becomes an action).
    std::vector<Action> actions = std::exchange(next_, {});
    for (Action& action : requests.actions)
        actions.push_back(std::move(action));
    // The journal keeps each change as actions that can be made again (docs/storage.md, "The journal"):
    // the actions as made, or for undo, redo and an import (which would carry a whole plan) the change
    // they made, so for those the plan before them is kept.
    const bool by_difference =
        std::any_of(actions.begin(), actions.end(),
                    [](const Action& a) { return std::holds_alternative<ImportMerge>(a); }) ||
        std::any_of(requests.commands.begin(), requests.commands.end(),
                    [](Command c) { return c == Command::undo || c == Command::redo; });
    std::optional<Plan> before;
    if (by_difference) before = timeline_.present();

    storage::PlanSync::Made made; // the applied actions, kept until saved to re-apply on another tab's save
    // Commands (undo, redo, ...) may change the plan in ways the actions alone do not repeat.
    made.replayable = requests.commands.empty();
    for (Action& action : actions) {
        Action as_made = with_next_id(timeline_.present(), action);
        if (auto error = timeline_.dispatch(action)) {
            status_.action_error = error->message;
        } else {
            made.actions.push_back(std::move(action));
            made.as_made.push_back(std::move(as_made));
        }
    }
    timeline_.join_last(made.actions.size()); // what one tap did is undone in one step
    for (Command command : requests.commands)
        run_command(command);
    if (requests.reminder) {
        sharing_.remind(*requests.reminder, ports_.clock.now_ms() / 1000, status_);
        ports_.wake(); // show what happened
    }
    if (!requests.desk.empty()) {
        desk_.apply(requests.desk, status_.today);
        desk_.refresh(status_.today);
        ports_.wake();
    }
    if (actions.empty() && requests.commands.empty()) return;
    if (before) made.as_made = diff_actions(*before, timeline_.present());
    storage_.save_if_changed(timeline_.present(), std::move(made));
    ports_.wake();
}

void Runtime::run_command(Command command) {
    switch (command) {
    case Command::undo:
        timeline_.undo();
        break;
    case Command::redo:
        timeline_.redo();
        break;
    case Command::request_persistence:
        storage_.request_persistence();
        break;
    case Command::dismiss_notice:
        status_.action_error.clear();
        status_.start_notice.clear();
        status_.import_error.clear();
        status_.sharing_notice.clear();
        break;
    case Command::dismiss_storage_warning:
        storage_.note_storage_warning_read();
        break;
    default:
        // Export, import, share and update (runtime/sharing.cpp).
        sharing_.run(command, timeline_.present(), status_, next_);
        break;
    }
}

} // namespace stride::runtime
