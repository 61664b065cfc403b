#pragma once
// The app in one tab, for native tests of the screens: a headless ImGui context with the default font and
// the probe attached, and the app's Runtime on a fake browser (src/platform/native). frame() runs one frame
// the way the app's shell does (runtime.begin_frame, ui::draw of runtime.view(), runtime.apply), with no
// renderer: draw data is built and discarded. Input goes through ImGuiIO at items the probe found.
//
// Several Screens may share one FakeBrowser (two tabs); each frame makes its own ImGui context current.
//
// Each frame also updates the accessibility mirror (ui/mirror.hpp) and performs what was asked of it
// (ui/mirror_input.hpp) with real input through an InputQueue, as the web shell does, so tests can drive
// the screens as a screen reader or keyboard would: by role and name.

#include "platform/input_queue.hpp"
#include "platform/native/fake_browser.hpp"
#include "runtime/runtime.hpp"
#include "ui/app_ui.hpp"
#include "ui/mirror.hpp"
#include "ui/mirror_input.hpp"
#include "ui/probe.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

struct ImGuiContext;

namespace stride {

Date day(const char* iso);

namespace ui::test {

class Screens {
  public:
    // A new browser profile, with `stored` as its one stored generation if given; the clock's day is
    // 2025-03-03. Phone size unless told otherwise.
    explicit Screens(float width = 390.0f, float height = 844.0f, std::optional<Plan> stored = std::nullopt);
    // Another tab of `browser`.
    Screens(platform::FakeBrowser& browser, float width = 390.0f, float height = 844.0f);
    ~Screens();
    Screens(const Screens&) = delete;
    Screens& operator=(const Screens&) = delete;

    // Draws one frame and applies what the screens asked for, as the app does.
    void frame();

    // An interactive item (not static text) with this label, in view.
    const ProbeItem* find(const std::string& label) const;
    bool shows_text_containing(const std::string& words) const;
    // Scrolls the screen with the wheel until the item is in view (the probe lists only what is drawn).
    const ProbeItem* reveal(const std::string& label);
    // Scrolls likewise until a text containing `words` is in view.
    bool reveal_text(const std::string& words);
    // A click at the middle of the item: press on one frame, release on the next.
    void click(const std::string& label);

    static constexpr int kBackspace = 8, kEnter = 13;
    void press_key(int key);
    void type_into(const std::string& label, const std::string& text);

    // The mirror of the last frame and what changed in it; every announcement since the last forget, and
    // where the page's focus would be (the harness moves it when the mirror says so, as mirror.js does).
    const Mirror& mirror() const { return mirror_; }
    const MirrorDiff& mirror_diff() const { return *mirror_diff_; }
    const std::vector<std::string>& announcements() const { return announcements_; }
    void forget_announcements() { announcements_.clear(); }
    const ProbeFrame& probe() const { return probe_.frame(); }
    // Asks the mirror, as the page would, and runs frames until it is done and drawn.
    void ask(MirrorRequest request);
    // The node an assistive technology would find by role and name (REQUIREs it), activated or typed into.
    const MirrorNode& node(Role role, const std::string& name, const std::string& group = "");
    void activate(Role role, const std::string& name, const std::string& group = "");
    void type(Role role, const std::string& name, const std::string& text);

    const Plan& plan() const { return runtime_->plan(); }
    runtime::Runtime& runtime() { return *runtime_; }
    UiState& state() { return state_; }
    platform::FakeBrowser& browser() { return *browser_; }
    platform::FakeBrowser::Tab& tab() { return *tab_; }

  private:
    void start(float width, float height);
    // Frames with the wheel turning (down, then back up) until `shown` says so.
    bool scroll_until(const std::function<bool()>& shown);

    std::unique_ptr<platform::FakeBrowser> owned_browser_;
    platform::FakeBrowser* browser_;
    platform::FakeBrowser::Tab* tab_ = nullptr;
    ImGuiContext* context_ = nullptr;
    Probe probe_;
    platform::InputQueue queue_;
    Mirror mirror_;
    const MirrorDiff* mirror_diff_ = nullptr;
    MirrorInput mirror_input_;
    std::vector<MirrorEffect> scrolls_; // performed before the next frame draws
    std::vector<std::string> announcements_;
    Look look_;
    UiState state_;
    std::unique_ptr<runtime::Runtime> runtime_;
    std::uint64_t frame_number_ = 0;
};

// `plan` as generation 1 of `browser`, as an earlier visit would have stored it.
void store_plan(platform::FakeBrowser& browser, const Plan& plan);

} // namespace ui::test
} // namespace stride
