#include "runtime/sharing.hpp"

#include "core/changes/merge.hpp"
#include "core/exports/calendar.hpp"
#include "core/exports/csv.hpp"
#include "core/exports/file_name.hpp"
#include "core/exports/plan_report.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/plan_file/plan_in_html.hpp"
#include "core/words/text.hpp"

#include <utility>

namespace stride::runtime {
namespace {

constexpr const char* kPlanMime = "application/json";
// What the share sheet gets: the report with the plan in it. Android Chrome shares only some types, and
// text/html is one of them while application/json is not (w3c/web-share#142); iOS Safari opens it.
constexpr const char* kReportMime = "text/html";
constexpr const char* kCalendarMime = "text/calendar";

struct Export {
    std::string name;
    const char* mime;
    std::string bytes;
    const char* words; // what it is, for the notice
};

Export make_export(const Plan& plan, Date today, Command command) {
    switch (command) {
    case Command::export_report:
        return {export_file_name(plan, today, "report", "html"), kReportMime, plan_report_html(plan, today),
                "Report for your physio (it holds the plan)"};
    case Command::share_plan:
        return {export_file_name(plan, today, "plan", "html"), kReportMime, plan_report_html(plan, today),
                "Report with your plan"};
    case Command::export_csv:
        return {export_file_name(plan, today, "log", "csv"), "text/csv", log_to_csv(plan),
                "Log as a spreadsheet"};
    default:
        return {export_file_name(plan, today, "plan", "json"), kPlanMime, plan_to_json(plan), "Plan file"};
    }
}

// "“name.json”" for messages, or "The file" when the browser gave no name.
std::string file_words(const std::string& name) {
    return name.empty() ? "The file" : "\xE2\x80\x9C" + name + "\xE2\x80\x9D";
}

} // namespace

Sharing::Sharing(Files& files, Updates& updates, Hooks hooks)
    : files_(files), updates_(updates), hooks_(std::move(hooks)), can_share_(files_.can_share(kReportMime)),
      can_share_reminders_(files_.can_share(kCalendarMime)) {}

void Sharing::run(Command command, const Plan& plan, AppStatus& status, std::vector<Action>& next) {
    switch (command) {
    case Command::export_plan:
    case Command::export_report:
    case Command::export_csv:
        export_file(plan, status.today, command, status);
        return;
    case Command::share_plan: {
        Export file = make_export(plan, status.today, command);
        share(std::move(file.name), file.mime, std::move(file.bytes), "Stride Back report and plan", true);
        return;
    }
    case Command::pick_import_file:
        status.import_error.clear();
        files_.pick();
        return;
    case Command::confirm_import:
        if (incoming_) next.push_back(ImportMerge{std::move(*incoming_)});
        incoming_.reset();
        status.import_preview.reset();
        return;
    case Command::cancel_import:
        incoming_.reset();
        status.import_preview.reset();
        return;
    case Command::update_now:
        updating_ = true;
        status.sharing_notice = "Saving your data before updating…";
        if (hooks_.flush_storage) hooks_.flush_storage();
        return;
    default: // undo, redo, persistence and notices: Runtime::run_command
        return;
    }
}

void Sharing::export_file(const Plan& plan, Date today, Command command, AppStatus& status) {
    const Export file = make_export(plan, today, command);
    files_.download(file.name, file.mime, file.bytes);
    status.sharing_notice = std::string(file.words) + " saved to your downloads as " + file.name + ".";
    // The plan file and the report (which holds the plan) both bring the whole plan back.
    if (command != Command::export_csv && hooks_.backup_made) hooks_.backup_made();
}

std::string Sharing::export_for_desk(Command command, const Plan& plan, Date today,
                                     const std::string& whose) {
    Export file = make_export(plan, today, command);
    if (command == Command::share_plan && can_share_) {
        share(std::move(file.name), file.mime, std::move(file.bytes), "Stride Back plan for " + whose, false);
        desk_share_ = true;
        return "Choose how to send " + whose + "'s plan back.";
    }
    files_.download(file.name, file.mime, file.bytes);
    return (command == Command::share_plan ? whose + "'s plan (in a report) saved to your downloads as "
                                           : whose + "'s report saved to your downloads as ") +
           file.name + (command == Command::share_plan ? ": send it back to " + whose + "." : ".");
}

void Sharing::share(std::string name, std::string mime, std::string bytes, const std::string& title,
                    bool plan) {
    shared_name_ = std::move(name);
    shared_bytes_ = std::move(bytes);
    shared_mime_ = std::move(mime);
    shared_plan_ = plan;
    files_.share(shared_name_, shared_mime_, shared_bytes_, title);
}

void Sharing::remind(const Reminder& reminder, std::int64_t now_unix_seconds, AppStatus& status) {
    const std::string name = reminder_file_name(reminder);
    std::string bytes = reminder_ics(reminder, now_unix_seconds);
    const std::string when = day_text(reminder.date) + " at " + reminder.time.text();
    if (can_share_reminders_) {
        share(name, kCalendarMime, std::move(bytes), reminder.title, false);
        status.sharing_notice = "Reminder for " + when + ": choose your calendar to add it.";
        return;
    }
    files_.download(name, kCalendarMime, bytes);
    status.sharing_notice = "Reminder for " + when + " saved as " + name +
                            ": open it to add it to your calendar. Its link brings you back to the question.";
}

void Sharing::refresh(const Plan& plan, AppStatus& status) {
    status.can_share_files = can_share_;
    status.can_share_reminders = can_share_reminders_;
    for (FileEvent& event : files_.take_events()) {
        const bool share_answer = event.kind == FileEvent::Kind::shared ||
                                  event.kind == FileEvent::Kind::share_cancelled ||
                                  event.kind == FileEvent::Kind::share_failed;
        if (desk_ && (share_answer ? desk_share_ : true)) {
            if (share_answer) {
                desk_share_ = false;
                // The share sheet refused: the download still gets the file out (as for the runner).
                if (event.kind == FileEvent::Kind::share_failed)
                    files_.download(shared_name_, shared_mime_, shared_bytes_);
                event.name = shared_name_;
                shared_bytes_.clear();
            }
            desk_(event);
            continue;
        }
        switch (event.kind) {
        case FileEvent::Kind::opened:
            opened(event, plan, status);
            break;
        case FileEvent::Kind::refused:
            status.import_error = event.message;
            break;
        case FileEvent::Kind::shared:
            status.sharing_notice =
                (shared_plan_ ? "Report with your plan shared as " : "Reminder shared as ") + shared_name_ +
                ".";
            if (shared_plan_ && hooks_.backup_made) hooks_.backup_made();
            shared_bytes_.clear();
            break;
        case FileEvent::Kind::share_cancelled:
            shared_bytes_.clear();
            break;
        case FileEvent::Kind::share_failed:
            // The share sheet refused (e.g. too long after the tap): the download still gets the file out.
            files_.download(shared_name_, shared_mime_, shared_bytes_);
            status.sharing_notice = "Sharing did not work (" + event.message + "), so the " +
                                    (shared_plan_ ? "report with your plan" : "reminder") +
                                    " was saved to your downloads as " + shared_name_ + ".";
            if (shared_plan_ && hooks_.backup_made) hooks_.backup_made();
            shared_bytes_.clear();
            break;
        }
    }

    status.update_ready = updates_.ready();
    if (!updating_) return;
    if (status.save == storage::SaveState::NotSaved) {
        updating_ = false;
        status.sharing_notice = "The update waits: your latest change could not be saved (" +
                                status.save_words + "). Export a backup file, then try again.";
    } else if (status.save == storage::SaveState::Saved) {
        updating_ = false;
        if (updates_.apply())
            status.sharing_notice = "Updating…";
        else
            status.sharing_notice = "The new version is no longer waiting. Reload the page to get it.";
    }
}

void Sharing::opened(const FileEvent& file, const Plan& plan, AppStatus& status) {
    incoming_.reset();
    status.import_preview.reset();
    auto loaded = plan_from_file(file.bytes);
    if (!loaded.ok()) {
        status.import_error = file_words(file.name) + ": " + loaded.error().message + " Nothing was changed.";
        return;
    }
    status.import_error.clear();
    status.import_preview = preview_import(plan, loaded.value());
    incoming_ = std::move(loaded).value();
}

} // namespace stride::runtime
