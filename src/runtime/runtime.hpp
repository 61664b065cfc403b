#pragma once
// Runtime: the app's state machine without a browser. It owns the plan's timeline (undo, redo), keeps the
// plan in storage and follows other tabs (PlanStorage), runs sharing, import and the update flow (Sharing),
// and holds what the screens read (View: the plan, AppStatus, Figures). It reaches the world only through
// Ports (runtime/ports.hpp), so the same code runs in the browser (src/app, src/platform/web) and in
// native tests with fakes (src/platform/native).
//
// One frame, as the shell drives it:
//   begin_frame()   another tab's newer save, files that arrived, share answers, the update flow; then the
//                   status and the figures are brought up to date
//   view()          what the screens draw from
//   apply(requests) the screens' actions applied with the core's apply() after drawing, so nothing changes
//                   while it is drawn; then commands (undo, redo, export, import, ...); then a changed
//                   plan is saved
// Between frames the ports' answers arrive (storage commits, page events) and Ports::wake asks for a frame.

#include "core/changes/timeline.hpp"
#include "runtime/desk.hpp"
#include "runtime/figures.hpp"
#include "runtime/plan_storage.hpp"
#include "runtime/ports.hpp"
#include "runtime/sharing.hpp"
#include "runtime/view.hpp"

#include <memory>
#include <vector>

namespace stride::runtime {

class Runtime {
  public:
    // Opens the stored plan (or a fresh one) at once: the page preloaded what storage holds.
    explicit Runtime(Ports ports);
    Runtime(const Runtime&) = delete;
    Runtime& operator=(const Runtime&) = delete;

    void begin_frame();
    View view() const { return {timeline_.present(), status_, *figures_, desk_.desk(), desk_.status()}; }
    // Applies the frame's requests (after drawing it) and saves a changed plan.
    void apply(Requests requests);

    const Plan& plan() const { return timeline_.present(); }
    const AppStatus& status() const { return status_; }
    // Kept between frames while the plan's revision and the day are the same (shared, so a reader can
    // tell whether they were computed again).
    std::shared_ptr<const Figures> figures() const { return figures_; }

  private:
    void refresh_status();
    void run_command(Command command);

    Ports ports_;
    PlanStorage storage_; // before timeline_: the first plan comes from storage
    Timeline timeline_;
    Sharing sharing_; // export, import, share and "update now" (docs/sharing.md)
    PhysioDesk desk_; // the physio's caseload, in its own storage (runtime/desk.hpp)
    AppStatus status_;
    std::vector<Action> next_; // queued by a command (a confirmed import): applied with the next frame's
    std::shared_ptr<const Figures> figures_;
    int badge_ = -1; // the count last shown on the app icon
};

} // namespace stride::runtime
