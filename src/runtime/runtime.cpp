#include "runtime/runtime.hpp"

#include <utility>

namespace stride::runtime {

Runtime::Runtime(Ports ports)
    : ports_(std::move(ports)), storage_(ports_.storage, ports_.storage_host, ports_.clock, ports_.wake),
      timeline_(storage_.open([this] { return ports_.random.uniform(kMaxOrigin); })),
      sharing_(ports_.files, ports_.updates,
               {[this] { storage_.note_backup_made(); }, [this] { storage_.flush(); }}) {
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
    std::vector<Action> applied; // kept until saved, to re-apply on top of another tab's save
    for (Action& action : actions) {
        if (auto error = timeline_.dispatch(action))
            status_.action_error = error->message;
        else
            applied.push_back(std::move(action));
    }
    for (Command command : requests.commands)
        run_command(command);
    if (requests.reminder) {
        sharing_.remind(*requests.reminder, ports_.clock.now_ms() / 1000, status_);
        ports_.wake(); // show what happened
    }
    if (actions.empty() && requests.commands.empty()) return;
    // Commands (undo, redo, ...) may have changed the plan in ways the actions alone do not repeat.
    storage_.save_if_changed(timeline_.present(), std::move(applied), requests.commands.empty());
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
    default:
        // Export, import, share and update (runtime/sharing.cpp).
        sharing_.run(command, timeline_.present(), status_, next_);
        break;
    }
}

} // namespace stride::runtime
