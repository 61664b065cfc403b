#pragma once
// The app: owns the ImGui context, the browser platform and the UI's state, and runs one frame at a time.
//
// A frame, in order (App::frame):
//   1. platform.update_display()  canvas size, pixel ratio, theme; fonts and style rebuilt when they change
//   2. platform.new_frame()       this frame's share of the input, then ImGui::NewFrame()
//   3. ui::draw(...)              screens read state and queue the user's requests
//   4. platform.render()          ImGui::Render() and WebGL drawing
//   5. apply_requests()           the screens' Actions applied with the core's apply() after drawing, so
//                                 nothing changes while it is drawn; then storage saves a changed plan
//   6. publish()                  the probe (what was drawn) goes to the page for tests and the keyboard
// Before step 3, another tab's newer save (if any) replaces the plan (PlanStorage::follow_other_tabs).

#include "app/plan_storage.hpp"
#include "app/sharing.hpp"
#include "core/changes/timeline.hpp"
#include "platform/web/web_platform.hpp"
#include "ui/app_ui.hpp"
#include "ui/probe.hpp"
#include "ui/theme.hpp"

#include <cstdint>

struct ImGuiContext;

namespace stride {

class App {
  public:
    App();
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Starts drawing; frames then run on demand until the page closes.
    void start();
    // After a backup file was exported successfully: restarts the backup reminder's count.
    void note_backup_made();

  private:
    // The ImGui context must exist before the platform (which configures it) and outlive it.
    struct ImGuiContextOwner {
        ImGuiContextOwner();
        ~ImGuiContextOwner();
        ImGuiContext* context;
    };

    void frame();
    void rebuild_look();
    void refresh_status();
    void apply_requests();
    void run_command(ui::Command command);
    void publish();

    ImGuiContextOwner imgui_;
    platform::WebPlatform platform_;
    ui::Probe probe_;
    ui::FontFiles font_files_;
    ui::Look look_;
    PlanStorage storage_; // before timeline_: the first plan comes from storage
    Timeline timeline_;
    Sharing sharing_; // export, import, share and "update now" (docs/sharing.md)
    ui::AppStatus status_;
    ui::UiState ui_state_;
    ui::Requests requests_;
    std::uint64_t frame_number_ = 0;
};

} // namespace stride
