#include "platform/web/web_platform.hpp"

#include "platform/drag_scroll.hpp"
#include "platform/synthetic_input.hpp"
#include "platform/web/page.hpp"

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

namespace stride::platform {
namespace {

constexpr const char* kCanvas = "#canvas";

WebPlatform& self(void* user_data) {
    return *static_cast<WebPlatform*>(user_data);
}

// DOM buttons are 0 left, 1 middle, 2 right; ImGui's are 0 left, 1 right, 2 middle.
int imgui_button(unsigned short dom_button) {
    return dom_button == 1 ? 2 : dom_button == 2 ? 1 : dom_button;
}

// True when the DOM `key` value is one printable character ("a", "é", "€"), not a name like "Enter".
bool is_character(const char* key) {
    const auto lead = static_cast<unsigned char>(key[0]);
    if (lead < 0x20 || lead == 0x7f) return false;
    const std::size_t length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    return std::strlen(key) == length;
}

bool is_mapped_key(int code) {
    switch (code) {
    case key::Backspace:
    case key::Tab:
    case key::Enter:
    case key::Shift:
    case key::Control:
    case key::Alt:
    case key::Escape:
    case key::PageUp:
    case key::PageDown:
    case key::End:
    case key::Home:
    case key::Left:
    case key::Up:
    case key::Right:
    case key::Down:
    case key::Insert:
    case key::Delete:
    case key::Meta:
        return true;
    default:
        return false;
    }
}

// The CSS cursor that shows what ImGui says the pointer is over (a text field, a resize edge, ...).
const char* css_cursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_None:
        return "none";
    case ImGuiMouseCursor_TextInput:
        return "text";
    case ImGuiMouseCursor_ResizeAll:
        return "move";
    case ImGuiMouseCursor_ResizeNS:
        return "ns-resize";
    case ImGuiMouseCursor_ResizeEW:
        return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW:
        return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE:
        return "nwse-resize";
    case ImGuiMouseCursor_Hand:
        return "pointer";
    case ImGuiMouseCursor_NotAllowed:
        return "not-allowed";
    default:
        return "default";
    }
}

bool is_shortcut_letter(int code) {
    return code == key::A || code == key::C || code == key::X || code == key::Y || code == key::Z;
}

// ---------------------------------------------------------------------------------------------------------
// [input callbacks] Coordinates: the canvas covers the whole viewport from (0,0), so clientX/Y are canvas
// CSS pixels; touches are taken relative to the canvas's box (targetX/Y), because page.js moves the canvas
// up while the on-screen keyboard would cover the field being typed into.
// ---------------------------------------------------------------------------------------------------------

EM_BOOL on_mouse_move(int, const EmscriptenMouseEvent* e, void* user_data) {
    self(user_data).push(pointer_at(static_cast<float>(e->clientX), static_cast<float>(e->clientY)));
    return EM_FALSE;
}

EM_BOOL on_mouse_button(int type, const EmscriptenMouseEvent* e, void* user_data) {
    WebPlatform& platform = self(user_data);
    const bool down = type == EMSCRIPTEN_EVENT_MOUSEDOWN;
    if (down) {
        // A mouse click anywhere ends phone-keyboard typing (tablets with a mouse, desktop touch screens).
        if (platform.text_input_focused()) stride_page_blur_text_input();
        platform.push(pointer_at(static_cast<float>(e->clientX), static_cast<float>(e->clientY)));
    }
    InputEvent button;
    button.kind = InputEvent::Kind::MouseButton;
    button.code = imgui_button(e->button);
    button.down = down;
    platform.push(button);
    if (!down) platform.apply_pending_input(); // the click has happened once this handler returns
    return down ? EM_TRUE : EM_FALSE; // no text selection or focus change from pressing on the canvas
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void* user_data) {
    // One ImGui wheel step is one mouse notch: ~100 px in pixel mode, 3 lines in line mode.
    const double per_step = e->deltaMode == DOM_DELTA_PIXEL  ? 100.0
                            : e->deltaMode == DOM_DELTA_LINE ? 3.0
                                                             : 1.0;
    // ImGui scrolls the window under the pointer, and a browser sends no mousemove for a pointer that has
    // not moved since the page loaded (a reload with the mouse at rest): the wheel event says where it is.
    WebPlatform& platform = self(user_data);
    platform.push(pointer_at(static_cast<float>(e->mouse.clientX), static_cast<float>(e->mouse.clientY)));
    InputEvent wheel;
    wheel.kind = InputEvent::Kind::Wheel;
    wheel.x = static_cast<float>(-e->deltaX / per_step);
    wheel.y = static_cast<float>(-e->deltaY / per_step);
    platform.push(wheel);
    return EM_TRUE; // the page itself never scrolls or zooms
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void* user_data) {
    WebPlatform& platform = self(user_data);
    for (int i = 0; i < e->numTouches; ++i) {
        const EmscriptenTouchPoint& t = e->touches[i];
        if (!t.isChanged) continue;
        const auto x = static_cast<float>(t.targetX), y = static_cast<float>(t.targetY);
        switch (type) {
        case EMSCRIPTEN_EVENT_TOUCHSTART:
            platform.on_touch_start(t.identifier, x, y);
            break;
        case EMSCRIPTEN_EVENT_TOUCHMOVE:
            platform.on_touch_move(t.identifier, x, y);
            break;
        case EMSCRIPTEN_EVENT_TOUCHEND:
            platform.on_touch_end(t.identifier);
            break;
        default:
            platform.on_touch_cancel();
            break;
        }
    }
    return EM_TRUE; // no emulated mouse events, no browser scrolling or zooming of the canvas
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void* user_data) {
    WebPlatform& platform = self(user_data);
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const int code = static_cast<int>(e->keyCode);
    const bool shortcut = e->ctrlKey || e->metaKey;
    const bool character = down && !shortcut && is_character(e->key);
    // While the hidden input has focus it receives characters and deletions itself, as input events.
    if (platform.text_input_focused() && (character || code == key::Backspace || code == key::Delete))
        return EM_FALSE;
    // Ctrl+V is left to the browser: its paste event carries the clipboard text (page.js).
    if (shortcut && code == key::V) return EM_FALSE;

    bool handled = false;
    if (is_mapped_key(code) || (is_shortcut_letter(code) && (shortcut || !down))) {
        if (!(down && e->repeat)) platform.push(key_change(code, down)); // ImGui repeats held keys itself
        handled = true;
    }
    if (character) {
        InputEvent text;
        text.kind = InputEvent::Kind::Text;
        text.text = e->key;
        platform.push(text);
        handled = true;
    }
    if (handled) platform.apply_pending_input();
    return handled ? EM_TRUE : EM_FALSE;
}

EM_BOOL on_blur(int, const EmscriptenFocusEvent*, void* user_data) {
    InputEvent release;
    release.kind = InputEvent::Kind::ReleaseAll;
    self(user_data).push(release);
    return EM_FALSE;
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void* user_data) {
    self(user_data).on_display_changed();
    return EM_FALSE;
}

EM_BOOL on_context_lost(int, const void*, void* user_data) {
    self(user_data).show_error("The graphics system was reset by the browser. Reload the page to continue.");
    return EM_TRUE;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [context]
// ---------------------------------------------------------------------------------------------------------

WebPlatform::WebPlatform() {
    EmscriptenWebGLContextAttributes attributes;
    emscripten_webgl_init_context_attributes(&attributes);
    attributes.majorVersion = 2;
    attributes.minorVersion = 0;
    attributes.alpha = EM_FALSE;
    attributes.depth = EM_FALSE;
    attributes.stencil = EM_FALSE;
    attributes.antialias = EM_FALSE; // ImGui anti-aliases its own shapes
    // Emscripten would otherwise ask the browser for every WebGL extension at start-up (a tenth of a second
    // in SwiftShader); the ImGui backend draws with WebGL 2 alone.
    attributes.enableExtensionsByDefault = EM_FALSE;
    context_ = emscripten_webgl_create_context(kCanvas, &attributes);
    if (context_ <= 0)
        throw PlatformError(
            "This browser could not start WebGL 2, which Stride Back needs to draw its screens. "
            "Try an up-to-date Chrome, Firefox or Safari, with hardware acceleration turned on.");
    emscripten_webgl_make_context_current(context_);

    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "stride_web";
    io.IniFilename = nullptr;              // nothing about window layout is worth saving
    io.ConfigInputTextCursorBlink = false; // a blinking caret would keep the app drawing while idle
    io.SetClipboardTextFn = [](void*, const char* text) { stride_page_copy_text(text); };
    map_keys(io);
    if (!ImGui_ImplOpenGL3_Init("#version 300 es"))
        throw PlatformError("This browser's WebGL 2 could not compile the app's drawing code.");

    stride_page_install(this);
    install_callbacks();
}

WebPlatform::~WebPlatform() {
    emscripten_html5_remove_all_event_listeners();
    ImGui_ImplOpenGL3_Shutdown();
    emscripten_webgl_destroy_context(context_);
}

void WebPlatform::install_callbacks() {
    const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_mousedown_callback(kCanvas, this, EM_FALSE, on_mouse_button);
    // Moves and releases are followed on the whole window so a drag that leaves the canvas ends cleanly.
    emscripten_set_mouseup_callback(window, this, EM_FALSE, on_mouse_button);
    emscripten_set_mousemove_callback(window, this, EM_FALSE, on_mouse_move);
    emscripten_set_wheel_callback(kCanvas, this, EM_FALSE, on_wheel);
    emscripten_set_touchstart_callback(kCanvas, this, EM_FALSE, on_touch);
    emscripten_set_touchmove_callback(kCanvas, this, EM_FALSE, on_touch);
    emscripten_set_touchend_callback(kCanvas, this, EM_FALSE, on_touch);
    emscripten_set_touchcancel_callback(kCanvas, this, EM_FALSE, on_touch);
    emscripten_set_keydown_callback(window, this, EM_FALSE, on_key);
    emscripten_set_keyup_callback(window, this, EM_FALSE, on_key);
    emscripten_set_blur_callback(window, this, EM_FALSE, on_blur);
    emscripten_set_resize_callback(window, this, EM_FALSE, on_resize);
    emscripten_set_webglcontextlost_callback(kCanvas, this, EM_FALSE, on_context_lost);
}

// ---------------------------------------------------------------------------------------------------------
// [frame loop] Frames are requested one at a time, only while something may change on screen.
// ---------------------------------------------------------------------------------------------------------

void WebPlatform::run(std::function<void()> frame) {
    frame_ = std::move(frame);
    request_frame();
}

void WebPlatform::request_frame() {
    settle_.disturb();
    schedule_frame();
}

void WebPlatform::schedule_frame() {
    if (frame_requested_ || failed_ || !frame_) return;
    frame_requested_ = true;
    if (std::exchange(asleep_, false)) stride_page_set_asleep(-1);
    emscripten_request_animation_frame(&WebPlatform::on_animation_frame, this);
}

int WebPlatform::on_animation_frame(double now, void* user_data) {
    WebPlatform& platform = self(user_data);
    platform.frame_requested_ = false;
    if (platform.failed_) return EM_FALSE;
    // After an idle spell the gap is long; ImGui only needs time to move forward sensibly.
    const double elapsed =
        platform.last_frame_ms_ > 0 ? (now - platform.last_frame_ms_) / 1000.0 : 1.0 / 60.0;
    platform.last_frame_ms_ = now;
    if (!platform.run_frame(elapsed)) return EM_FALSE;
    if (platform.wants_more_frames()) {
        platform.schedule_frame();
    } else {
        platform.asleep_ = true;
        stride_page_set_asleep(static_cast<double>(platform.probe_frame_));
    }
    return EM_FALSE;
}

bool WebPlatform::run_frame(double delta_seconds) {
    ImGui::GetIO().DeltaTime = static_cast<float>(std::clamp(delta_seconds, 1.0 / 1000.0, 1.0 / 10.0));
    in_frame_ = true;
    try {
        frame_();
    } catch (const std::exception& error) {
        in_frame_ = false;
        show_error(std::string("Something went wrong inside the app (") + error.what() +
                   "). Reload the page to start again.");
        return false;
    }
    in_frame_ = false;
    return true;
}

void WebPlatform::apply_pending_input() {
    if (in_frame_ || failed_ || !frame_) return;
    drawing_ = false;
    for (int i = 0; i < kMaxUndrawnFrames && !queue_.empty() && !failed_; ++i)
        run_frame(1.0 / 60.0);
    drawing_ = true;
    request_frame();
}

bool WebPlatform::wants_more_frames() const {
    if (!queue_.empty() || !settle_.settled()) return true;
    // Held keys and buttons repeat and drag inside ImGui, which needs frames to see time pass.
    const ImGuiIO& io = ImGui::GetIO();
    return std::any_of(std::begin(io.MouseDown), std::end(io.MouseDown), [](bool d) { return d; }) ||
           std::any_of(std::begin(io.KeysDown), std::end(io.KeysDown), [](bool d) { return d; });
}

// ---------------------------------------------------------------------------------------------------------
// [display] Canvas backing store = CSS size x devicePixelRatio, so every device pixel is drawn.
// ---------------------------------------------------------------------------------------------------------

bool WebPlatform::update_display() {
    double css_width = 0, css_height = 0;
    emscripten_get_element_css_size(kCanvas, &css_width, &css_height);
    const auto ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const int width = std::max(1, static_cast<int>(std::lround(css_width * ratio)));
    const int height = std::max(1, static_cast<int>(std::lround(css_height * ratio)));
    if (width != framebuffer_width_ || height != framebuffer_height_) {
        emscripten_set_canvas_element_size(kCanvas, width, height);
        framebuffer_width_ = width;
        framebuffer_height_ = height;
    }

    bool look_changed = ratio != display_.pixel_ratio;
    display_.width = static_cast<float>(std::max(css_width, 1.0));
    display_.height = static_cast<float>(std::max(css_height, 1.0));
    display_.pixel_ratio = ratio;
    if (display_dirty_) {
        const bool dark = stride_page_prefers_dark() != 0, touch = stride_page_coarse_pointer() != 0;
        const bool more_contrast = stride_page_prefers_more_contrast() != 0;
        const int text_size = stride_page_text_size();
        look_changed = look_changed || dark != display_.dark || touch != display_.touch ||
                       more_contrast != display_.more_contrast || text_size != display_.text_size ||
                       !ImGui::GetIO().Fonts->IsBuilt();
        display_.dark = dark;
        display_.more_contrast = more_contrast;
        display_.text_size = text_size;
        display_.touch = touch;
        display_dirty_ = false;
    }

    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(display_.width, display_.height);
    io.DisplayFramebufferScale = ImVec2(width / display_.width, height / display_.height);
    return look_changed;
}

void WebPlatform::set_text_size(int percent) {
    stride_page_store_text_size(percent);
    on_display_changed();
}

void WebPlatform::reload_fonts() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void WebPlatform::new_frame() {
    settled_ = queue_.empty();
    const float drag = queue_.apply_frame(ImGui::GetIO());
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    drag_scroll_hovered_window(drag);
}

void WebPlatform::render(const float background[3]) {
    ImGui::Render();
    settle_.drawn(*ImGui::GetDrawData());
    if (!drawing_) return; // a frame applying input at once: the next animation frame draws
    emscripten_webgl_make_context_current(context_);
    glViewport(0, 0, framebuffer_width_, framebuffer_height_);
    glClearColor(background[0], background[1], background[2], 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    const ImGuiMouseCursor cursor = ImGui::GetMouseCursor();
    if (cursor != cursor_) stride_page_set_cursor(css_cursor(cursor));
    cursor_ = cursor;

    // Close the phone keyboard once its field stops being edited (Enter, Escape, a tap elsewhere).
    const bool wants_text = ImGui::GetIO().WantTextInput;
    if (wanted_text_input_ && !wants_text && text_input_focused_) stride_page_blur_text_input();
    wanted_text_input_ = wants_text;
}

void WebPlatform::publish_probe(std::uint64_t frame, std::function<std::string()> json) {
    probe_source_ = std::move(json);
    probe_frame_ = frame;
    stride_page_publish_probe(this, static_cast<double>(frame));
}

const char* WebPlatform::probe_json() {
    probe_json_ = probe_source_ ? probe_source_() : std::string();
    return probe_json_.c_str();
}

// ---------------------------------------------------------------------------------------------------------
// [text input] Touch and phone keyboard.
// ---------------------------------------------------------------------------------------------------------

void WebPlatform::push(InputEvent event) {
    queue_.push(std::move(event));
    request_frame();
}

void WebPlatform::on_touch_start(long finger, float x, float y) {
    touch_.start(finger, x, y, queue_);
    request_frame();
}

void WebPlatform::on_touch_move(long finger, float x, float y) {
    touch_.move(finger, x, y, queue_);
    request_frame();
}

void WebPlatform::on_touch_end(long finger) {
    const float x = touch_.start_x(), y = touch_.start_y();
    const bool tap = touch_.end(finger, queue_);
    request_frame();
    if (tap) {
        // Browsers open the on-screen keyboard only for a focus() made inside a touch handler, so decide
        // now, from where the fields were last drawn (what the finger aimed at), before the tap is applied.
        const auto field = std::find_if(text_fields_.begin(), text_fields_.end(), [&](const TextField& f) {
            return x >= f.x && x < f.x + f.width && y >= f.y && y < f.y + f.height;
        });
        if (field != text_fields_.end()) {
            stride_page_focus_text_input(field->x, field->y, field->width, field->height,
                                         field->numeric ? 1 : 0);
            text_input_focused_ = true;
        } else if (text_input_focused_) {
            stride_page_blur_text_input();
        }
    }
    apply_pending_input();
}

void WebPlatform::on_touch_cancel() {
    touch_.cancel(queue_);
    request_frame();
}

void WebPlatform::on_text(const char* inserted, int deleted) {
    for (int i = 0; i < deleted; ++i) {
        push(key_change(key::Backspace, true));
        push(key_change(key::Backspace, false));
    }
    if (inserted && *inserted) {
        InputEvent text;
        text.kind = InputEvent::Kind::Text;
        text.text = inserted;
        push(text);
    }
    apply_pending_input();
}

// ---------------------------------------------------------------------------------------------------------
// [page]
// ---------------------------------------------------------------------------------------------------------

std::vector<unsigned char> WebPlatform::page_font(int which) const {
    const int size = stride_page_font_size(which);
    if (size <= 0)
        throw PlatformError("The app's font did not arrive. Check your connection and reload the page.");
    std::vector<unsigned char> bytes(static_cast<std::size_t>(size));
    stride_page_font_copy(which, bytes.data());
    return bytes;
}

void WebPlatform::show_error(const std::string& message) {
    failed_ = true;
    show_page_error(message);
}

void show_page_error(const std::string& message) {
    stride_page_show_error(message.c_str());
}

} // namespace stride::platform

// Called from page.js (see page.hpp); `platform` is the pointer handed to stride_page_install.
extern "C" {
EMSCRIPTEN_KEEPALIVE void stride_page_text_input(void* platform, const char* inserted, int deleted) {
    static_cast<stride::platform::WebPlatform*>(platform)->on_text(inserted, deleted);
}
EMSCRIPTEN_KEEPALIVE void stride_page_text_input_blurred(void* platform) {
    static_cast<stride::platform::WebPlatform*>(platform)->on_text_input_blurred();
}
EMSCRIPTEN_KEEPALIVE void stride_page_display_changed(void* platform) {
    static_cast<stride::platform::WebPlatform*>(platform)->on_display_changed();
}
EMSCRIPTEN_KEEPALIVE void stride_page_wake(void* platform) {
    static_cast<stride::platform::WebPlatform*>(platform)->request_frame();
}
EMSCRIPTEN_KEEPALIVE const char* stride_page_probe_json(void* platform) {
    return static_cast<stride::platform::WebPlatform*>(platform)->probe_json();
}
}
