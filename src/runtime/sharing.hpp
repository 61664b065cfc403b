#pragma once
// Sharing and updates, the runtime's side (docs/sharing.md, docs/publishing.md): runs the commands
// export_plan, share_plan, export_report, export_csv, pick_import_file, confirm_import, cancel_import and
// update_now, and the calendar reminders, and fills AppStatus's import preview / error, can_share_files,
// can_share_reminders, update_ready and sharing_notice.
//
// Import: a picked or dropped file is checked by the core (plan_from_json) and compared with the plan
// (preview_import); nothing changes until the runner confirms, which queues an ImportMerge action, so the
// import is applied, saved and undone like any other change.
// Update: "update now" first has storage write any unsaved change, waits until the save indicator says
// saved, and only then lets the new version take over (the page reloads into it).

#include "core/model/model.hpp"
#include "runtime/ports.hpp"
#include "runtime/view.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace stride::runtime {

class Sharing {
  public:
    struct Hooks {
        std::function<void()> backup_made;   // a plan file left the device (downloaded or shared)
        std::function<void()> flush_storage; // write any unsaved change now
    };
    Sharing(Files& files, Updates& updates, Hooks hooks);

    // Runs `command` if it is a sharing or update command and ignores any other. Actions it
    // queues (a confirmed import) go to `next`, applied after the next frame.
    void run(Command command, const Plan& plan, AppStatus& status, std::vector<Action>& next);
    // A calendar reminder (.ics, core/exports/calendar.hpp): shared where the browser can share a calendar
    // file (phones hand it to their calendar), else downloaded; `now_unix_seconds` stamps it.
    void remind(const Reminder& reminder, std::int64_t now_unix_seconds, AppStatus& status);
    // Before drawing each frame, after the save state is filled: files that arrived, share answers, the
    // update state and a waiting update.
    void refresh(const Plan& plan, AppStatus& status);

    // While set (the physio desk is open), opened and refused files go to `desk` instead of the runner's
    // import, and so do the answers to the desk's own shares. An empty function gives them back.
    void route_to_desk(std::function<void(const FileEvent&)> desk) { desk_ = std::move(desk); }
    // A runner's plan from the physio desk, made as the runner's own export makes it: `command` is
    // export_report (downloaded) or share_plan (the report holding the plan: shared where the browser can,
    // else downloaded). No backup of this device's plan is noted. Returns what happened, in words (a share's
    // answer comes later, to the desk).
    std::string export_for_desk(Command command, const Plan& plan, Date today, const std::string& whose);

  private:
    void opened(const FileEvent& file, const Plan& plan, AppStatus& status);
    void export_file(const Plan& plan, Date today, Command command, AppStatus& status);
    // Opens the share sheet on a file, kept for the fallback download; `plan`: it holds the runner's plan.
    void share(std::string name, std::string mime, std::string bytes, const std::string& title, bool plan);

    Files& files_;
    Updates& updates_;
    Hooks hooks_;
    bool can_share_ = false;
    bool can_share_reminders_ = false; // a .ics file can go through the share sheet
    std::optional<Plan> incoming_;     // the checked file waiting for confirm_import
    bool updating_ = false;            // update_now accepted; waits for storage to say saved
    std::string shared_name_;          // the file in the share sheet, for the fallback download
    std::string shared_bytes_;
    std::string shared_mime_;
    bool shared_plan_ = false; // the plan file (a backup left the device) rather than a reminder
    bool desk_share_ = false;  // the share sheet holds a runner's plan from the physio desk
    std::function<void(const FileEvent&)> desk_;
};

} // namespace stride::runtime
