#pragma once
// The browser edge: drives Dear ImGui from Emscripten's html5 callbacks (mouse, wheel, touch, keys,
// resize, focus) and draws it with the OpenGL3 backend into a WebGL2 canvas. It handles what Emscripten's
// GLFW port gets wrong on phones: device-pixel ratio, taps, finger scrolling and the on-screen keyboard.
//
// Frames are drawn on demand: input (or a call to request_frame) wakes the loop, which keeps drawing until
// two frames in a row draw the same (draw_settle.hpp) and then stops asking for animation frames, so an
// idle app uses no CPU.
//
// Input is applied in the event that completes it (a tap's touchend, a mouse button's release, a key, typed
// text), in frames that are not drawn (apply_pending_input), so what a tap does, a save included, has
// happened before its event handler returns: a page closed right after gives no later chance (closing the
// browser fires no pagehide). The next animation frame draws the result.
//
// Sections in web_platform.cpp: [context] [frame loop] [display] [input callbacks] [text input] [page].

#include "platform/draw_settle.hpp"
#include "platform/input_queue.hpp"
#include "platform/touch_gesture.hpp"

#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace stride::platform {

// The browser cannot run the app (no WebGL2, ...): the message says so in plain words.
struct PlatformError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Display {
    float width = 0, height = 0; // canvas size in CSS px (ImGui's DisplaySize)
    float pixel_ratio = 1;       // device pixels per CSS px
    bool dark = false;           // prefers-color-scheme: dark
    bool more_contrast = false;  // prefers-contrast: more, or forced colours (Windows high contrast)
    bool touch = false;          // primary pointer is coarse (a finger)
    int text_size = 100;         // percent: the size chosen on this device, else the preferred one
};

// A text or number field drawn last frame: a tap inside it opens the phone keyboard.
struct TextField {
    float x = 0, y = 0, width = 0, height = 0;
    bool numeric = false;
};

class WebPlatform {
  public:
    // Needs a current ImGui context. Creates the WebGL2 context on "#canvas"; throws PlatformError.
    WebPlatform();
    ~WebPlatform();
    WebPlatform(const WebPlatform&) = delete;
    WebPlatform& operator=(const WebPlatform&) = delete;

    // Calls `frame` once per animation frame while the app is awake. A std::exception escaping `frame`
    // stops the loop and shows its message on the page.
    void run(std::function<void()> frame);
    // Something may have changed: draws frames until what they draw settles.
    void request_frame();
    // Runs frames at once, without drawing them, until every queued input event is applied (at most
    // kMaxUndrawnFrames); then asks for a frame to draw. Does nothing inside a frame.
    void apply_pending_input();
    static constexpr int kMaxUndrawnFrames = 64;

    // --- inside a frame, in this order ---
    // Measures the canvas and reads the system settings. Returns true when the pixel ratio, theme, text
    // size or pointer type changed since the last call (fonts and style then need rebuilding, before
    // new_frame).
    bool update_display();
    const Display& display() const { return display_; }
    // Keeps the text size chosen on this device (localStorage) and rebuilds the look with it.
    void set_text_size(int percent);
    // After rebuilding io.Fonts: sends the new font atlas to the GPU.
    void reload_fonts();
    // Feeds this frame's input to ImGui and starts the ImGui frame.
    void new_frame();
    // No input was waiting when this frame started and none is waiting now: what this frame drew shows the
    // consequences of all input so far (the accessibility mirror acts only then).
    bool input_settled() const { return settled_ && queue_.empty(); }
    // Ends the ImGui frame and draws it over `background` (RGB 0..1).
    void render(const float background[3]);
    // Fields on screen this frame, for opening the phone keyboard on the next tap.
    void set_text_fields(std::vector<TextField> fields) { text_fields_ = std::move(fields); }
    // window.strideProbe, for end-to-end tests and the benchmark: `frame` numbers the latest drawn frame
    // and `json` gives its probe (ui::probe_to_json). It runs only when the page reads the probe's items,
    // so an app nobody is testing spends nothing on it.
    void publish_probe(std::uint64_t frame, std::function<std::string()> json);
    // page.js: the published probe as JSON (valid until the next call).
    const char* probe_json();

    // Reads a font the page loader fetched (0 regular, 1 semibold). Throws PlatformError if it is missing.
    std::vector<unsigned char> page_font(int which) const;
    // Shows `message` in place of the app (used when the app cannot continue).
    void show_error(const std::string& message);

    // Entry points for page.js and the html5 callbacks (public so the C callbacks can reach them).
    void on_text(const char* inserted, int deleted);
    void on_text_input_blurred() { text_input_focused_ = false; }
    void on_display_changed() {
        display_dirty_ = true;
        request_frame();
    }
    void on_touch_start(long finger, float x, float y);
    void on_touch_move(long finger, float x, float y);
    void on_touch_end(long finger);
    void on_touch_cancel();
    void push(InputEvent event);
    bool text_input_focused() const { return text_input_focused_; }

  private:
    static int on_animation_frame(double now, void* self);
    // One frame of the app; false if it failed (the page then shows the error).
    bool run_frame(double delta_seconds);
    void schedule_frame(); // the next animation frame, if none is asked for yet
    void install_callbacks();
    bool wants_more_frames() const;

    int context_ = 0; // EMSCRIPTEN_WEBGL_CONTEXT_HANDLE
    std::function<void()> frame_;
    bool frame_requested_ = false;
    bool asleep_ = false; // no frame asked for until input or news (page: window.strideAsleep)
    bool failed_ = false;
    bool in_frame_ = false;
    bool drawing_ = true; // false while apply_pending_input runs frames nobody sees
    double last_frame_ms_ = 0;

    Display display_;
    bool display_dirty_ = true;
    int framebuffer_width_ = 0, framebuffer_height_ = 0;

    InputQueue queue_;
    DrawSettle settle_;
    bool settled_ = false;
    TouchGesture touch_;
    std::vector<TextField> text_fields_;
    std::function<std::string()> probe_source_;
    std::uint64_t probe_frame_ = 0;
    std::string probe_json_;
    bool text_input_focused_ = false;
    bool wanted_text_input_ = false;
    int cursor_ = 0; // ImGuiMouseCursor last shown (0 = arrow, the page's default)
};

// Shows `message` in place of the app, for failures before or outside a WebPlatform (e.g. at start-up).
void show_page_error(const std::string& message);

} // namespace stride::platform
