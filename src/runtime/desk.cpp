#include "runtime/desk.hpp"

#include "core/plan_file/plan_in_html.hpp"
#include "core/words/text.hpp"
#include "runtime/sharing.hpp"

#include <algorithm>

namespace stride::runtime {
namespace {

// The same runner: the same installation (the origin of their entry ids) and the same name.
bool same_runner(const Plan& a, const Plan& b) {
    return a.ids.origin == b.ids.origin && a.profile.name == b.profile.name;
}

// "Ann", "Ann and Ben", "Ann, Ben and Cat"
std::string names_words(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

} // namespace

PhysioDesk::PhysioDesk(DeskStore& store, Files& files, Sharing& sharing)
    : store_(store), files_(files), sharing_(sharing) {}

void PhysioDesk::open() {
    status_.open = true;
    files_.accept_several(true);
    sharing_.route_to_desk([this](const FileEvent& file) { take_file(file); });
    changed_ = true;
    if (loaded_) return;
    loaded_ = true;
    const std::optional<std::string> text = store_.read();
    if (!text) return;
    auto loaded = desk_from_json(*text);
    if (!loaded.ok()) {
        // Kept in storage as it is (nothing is written until the physio changes the desk), and said.
        status_.error = "The physio desk saved on this device could not be read (" + loaded.error().message +
                        "). Open the plan files again.";
        return;
    }
    desk_ = std::move(loaded).value().desk;
    for (const std::string& problem : loaded.value().problems)
        status_.error += (status_.error.empty() ? "" : " ") + problem;
}

void PhysioDesk::take_file(const FileEvent& file) {
    changed_ = true;
    removed_.reset(); // a file may bring the removed runner back, or the notice now says something else
    status_.can_undo_remove = false;
    switch (file.kind) {
    case FileEvent::Kind::refused:
        status_.error = file.message;
        return;
    case FileEvent::Kind::shared:
        status_.notice = "Sent: " + file.name + ".";
        return;
    case FileEvent::Kind::share_cancelled:
        status_.notice = "Not sent: the share was closed.";
        return;
    case FileEvent::Kind::share_failed:
        status_.notice = "Sharing did not work (" + file.message +
                         "), so the plan was saved to your downloads as " + file.name + ".";
        return;
    case FileEvent::Kind::opened:
        break;
    }
    auto loaded = plan_from_file(file.bytes);
    const std::string name = file.name.empty() ? "A file" : "\xE2\x80\x9C" + file.name + "\xE2\x80\x9D";
    if (!loaded.ok()) {
        status_.error = name + ": " + loaded.error().message + " It was not added to the desk.";
        return;
    }
    DeskRunner runner{file.name, std::move(loaded).value()};
    const auto same = std::find_if(desk_.runners.begin(), desk_.runners.end(),
                                   [&](const DeskRunner& r) { return same_runner(r.plan, runner.plan); });
    if (same != desk_.runners.end()) {
        added_.clear();
        status_.notice = runner_words(runner) + "'s plan replaced by the one in " + name + ".";
        *same = std::move(runner);
    } else if (desk_.runners.size() >= kMaxDeskRunners) {
        status_.error = name + " was not added: the desk holds at most " + std::to_string(kMaxDeskRunners) +
                        " runners. Remove one first.";
        return;
    } else {
        added_.push_back(runner_words(runner)); // said for all the files of one pick (refresh)
        added_changed_ = true;
        desk_.runners.push_back(std::move(runner));
    }
    save();
}

void PhysioDesk::apply(const std::vector<DeskRequest>& requests, Date today) {
    for (const DeskRequest& request : requests)
        run(request, today);
}

void PhysioDesk::run(const DeskRequest& request, Date today) {
    using K = DeskRequest::Kind;
    changed_ = true;
    added_.clear(); // a new thing done: the next files opened are a new pick
    auto removed = std::exchange(removed_, std::nullopt); // only the very next request can undo a removal
    status_.can_undo_remove = false;
    if (request.kind == K::open) return open();
    if (!status_.open) return;
    const bool runner_ok = request.runner < desk_.runners.size();
    switch (request.kind) {
    case K::open:
        return;
    case K::close:
        status_.open = false;
        files_.accept_several(false);
        sharing_.route_to_desk({});
        return;
    case K::pick_files:
        status_.error.clear();
        files_.pick();
        return;
    case K::dismiss:
        status_.notice.clear();
        status_.error.clear();
        return;
    case K::remove_runner:
        if (!runner_ok) return;
        status_.notice = runner_words(desk_.runners[request.runner]) + " removed from the desk.";
        removed_.emplace(request.runner, std::move(desk_.runners[request.runner]));
        status_.can_undo_remove = true;
        desk_.runners.erase(desk_.runners.begin() + static_cast<std::ptrdiff_t>(request.runner));
        save();
        return;
    case K::undo_remove:
        if (!removed) return;
        status_.notice = runner_words(removed->second) + " is back on the desk.";
        desk_.runners.insert(desk_.runners.begin() +
                                 static_cast<std::ptrdiff_t>(std::min(removed->first, desk_.runners.size())),
                             std::move(removed->second));
        save();
        return;
    case K::change_plan: {
        if (!runner_ok) return;
        DeskRunner& runner = desk_.runners[request.runner];
        Plan plan = runner.plan;
        for (const Action& action : request.actions) {
            auto changed = stride::apply(plan, action);
            if (!changed.ok()) {
                status_.error = changed.error().message + " Nothing was changed.";
                return;
            }
            plan = std::move(changed).value();
        }
        runner.plan = std::move(plan);
        status_.notice = runner_words(runner) + "'s plan changed.";
        save();
        return;
    }
    case K::export_report:
    case K::send_back:
        if (!runner_ok) return;
        status_.notice = sharing_.export_for_desk(
            request.kind == K::send_back ? Command::share_plan : Command::export_report,
            desk_.runners[request.runner].plan, today, runner_words(desk_.runners[request.runner]));
        return;
    case K::set_alert:
        desk_.alerts.*alert_setting_info(request.alert).field =
            bounded_alert_setting(request.alert, request.value);
        save();
        return;
    case K::reset_alerts:
        desk_.alerts = AlertSettings{};
        save();
        return;
    }
}

void PhysioDesk::refresh(Date today) {
    // Files of one pick arrive one by one, maybe over several frames: said together until the physio acts.
    if (added_changed_) status_.notice = names_words(added_) + " added to the desk.";
    added_changed_ = false;
    if (!status_.open || (!changed_ && rows_day_ == today)) return;
    changed_ = false;
    rows_day_ = today;
    status_.rows.clear();
    for (std::size_t i = 0; i < desk_.runners.size(); ++i)
        status_.rows.push_back(
            {runner_words(desk_.runners[i]), i, caseload_alerts(desk_.runners[i].plan, today, desk_.alerts)});
    order_caseload(status_.rows);
}

void PhysioDesk::save() {
    const std::string problem = store_.write(desk_to_json(desk_));
    if (!problem.empty())
        status_.error = "The desk could not be saved on this device (" + problem +
                        "). The plan files you opened are still on your computer.";
}

} // namespace stride::runtime
