#pragma once
// The physio desk, the runtime's side (docs/storage.md "The physio desk", docs/screens.md "Physio desk"):
// the plan files a physio opened, one per runner, and the physio's alert thresholds, kept in their own
// storage (DeskStore) apart from the runner's plan on the same device. Opening the desk never reads or
// changes the runner's plan or history; the runner's screens never read the desk.
//
// Files opened while the desk is open (the picker with several files, or dropped on the page) come to the
// desk, not to the runner's import. A file from a runner already on the desk (the same installation origin
// and name) replaces that runner's plan. A runner's adjusted plan goes back the way the runner's own export
// goes: the report holding the plan, shared where the browser can share it, else downloaded.

#include "core/changes/actions.hpp"
#include "core/plan_file/desk_file.hpp"
#include "core/rules/caseload.hpp"
#include "runtime/ports.hpp"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace stride::runtime {

class Sharing;

struct DeskStatus {
    bool open = false;
    std::vector<CaseloadRow> rows; // one per runner, most urgent first
    std::string notice;            // what the last thing done did, in words; "" when none
    std::string error;             // a file refused, a desk that could not be read or saved; "" when none
    bool can_undo_remove = false;  // the notice says a runner was removed, and undo_remove puts them back
};

struct DeskRequest {
    enum class Kind {
        open,          // show the desk (reads its storage the first time)
        close,         // back to the runner's screens
        pick_files,    // the file picker, several files at once
        dismiss,       // clears notice and error
        remove_runner, // takes `runner` off the desk
        undo_remove,   // puts the runner removed last back, until anything else is done
        change_plan,   // applies `actions` to `runner`'s plan (the core's apply)
        export_report, // `runner`'s report, downloaded (as the runner's "Physio report")
        send_back,     // `runner`'s plan as the report holding it, shared or downloaded
        set_alert,     // `alert` = `value`
        reset_alerts,  // every alert threshold to its default
    };
    Kind kind = Kind::open;
    std::size_t runner = 0; // the runner's place in Desk::runners
    std::vector<Action> actions;
    AlertSettingId alert = AlertSettingId::red_run_days;
    int value = 0;
};

class PhysioDesk {
  public:
    PhysioDesk(DeskStore& store, Files& files, Sharing& sharing);

    // Files that arrived while the desk is open (Sharing routes them here) and the share sheet's answers
    // for the desk's own shares.
    void take_file(const FileEvent& file);
    void apply(const std::vector<DeskRequest>& requests, Date today);
    // Before drawing: the rows for today.
    void refresh(Date today);

    const Desk& desk() const { return desk_; }
    const DeskStatus& status() const { return status_; }

  private:
    void open();
    void run(const DeskRequest& request, Date today);
    void save();

    DeskStore& store_;
    Files& files_;
    Sharing& sharing_;
    Desk desk_;
    DeskStatus status_;
    std::vector<std::string> added_; // runners added by the files of the latest pick, said together
    // The runner removed last and their place, kept until anything else is done: a tap on Remove is undone
    // from the notice instead of asking first (the desk has no other undo).
    std::optional<std::pair<std::size_t, DeskRunner>> removed_;
    bool added_changed_ = false;
    bool loaded_ = false;
    bool changed_ = true; // the rows need computing again
    Date rows_day_;
};

} // namespace stride::runtime
