#pragma once
// The app: the thin wasm shell. It owns the ImGui context, the browser platform and the browser's side of
// every runtime port, and drives the Runtime (src/runtime) one frame at a time.
//
// A frame, in order (App::frame):
//   1. platform.update_display()  canvas size, pixel ratio, theme; fonts and style rebuilt when they change
//   2. platform.new_frame()       this frame's share of the input, then ImGui::NewFrame()
//   3. runtime.begin_frame()      another tab's newer save, files that arrived, the update flow, status
//   4. ui::draw(runtime.view())   screens read the runtime's view and queue the user's requests
//   5. platform.render()          ImGui::Render() and WebGL drawing
//   6. runtime.apply(requests)    the requests applied after drawing, so nothing changes while it is drawn;
//                                 then storage saves a changed plan
//   7. publish()                  the probe (what was drawn) goes to the page for tests and the keyboard,
//                                 the accessibility mirror's changes to its elements (docs/accessibility.md),
//                                 and what was asked of the mirror is done with real input

#include "platform/web/clock.hpp"
#include "platform/web/desk_store.hpp"
#include "platform/web/files.hpp"
#include "platform/web/mirror.hpp"
#include "platform/web/page_links.hpp"
#include "platform/web/random.hpp"
#include "platform/web/update.hpp"
#include "platform/web/web_platform.hpp"
#include "platform/web/web_storage.hpp"
#include "runtime/runtime.hpp"
#include "ui/app_ui.hpp"
#include "ui/mirror.hpp"
#include "ui/mirror_input.hpp"
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

  private:
    // The ImGui context must exist before the platform (which configures it) and outlive it.
    struct ImGuiContextOwner {
        ImGuiContextOwner();
        ~ImGuiContextOwner();
        ImGuiContext* context;
    };

    void frame();
    void rebuild_look();
    void publish();
    // The accessibility mirror after a frame: its changes to the page, then the next thing asked of it.
    void update_mirror();

    ImGuiContextOwner imgui_;
    platform::WebPlatform platform_;
    // The runtime's ports, in the browser.
    platform::WebClock clock_;
    platform::WebRandom random_;
    platform::WebStorageBackend storage_;
    platform::WebStorageHost storage_host_;
    platform::WebFiles files_;
    platform::WebUpdate update_;
    platform::WebPage page_;
    platform::WebDeskStore desk_store_;
    runtime::Runtime runtime_;

    ui::Probe probe_;
    platform::WebMirror web_mirror_;
    ui::Mirror mirror_;
    ui::MirrorInput mirror_input_;
    std::vector<ui::MirrorEffect> scrolls_; // done before the next frame draws
    ui::FontFiles font_files_;
    ui::Look look_;
    ui::UiState ui_state_;
    ui::Requests requests_;
    std::uint64_t frame_number_ = 0;
};

} // namespace stride
