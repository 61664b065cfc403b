#pragma once
// Browser input arrives as events, several per animation frame; Dear ImGui 1.86 only reads the input
// state once per frame. A press and release in the same frame would be lost, and a move after a press
// would drag from where the finger landed. InputQueue keeps the events in order and feeds them to ImGui a
// frame at a time, deferring an event to the next frame only when it would collide with one already
// applied (the "trickle" that ImGui 1.87 later built in). A tap whose events arrive together is taken in
// two frames: pointer and press, then release (its action runs in that frame); the pointer then leaves in
// a third.

#include <deque>
#include <string>

struct ImGuiIO;

namespace stride::platform {

struct InputEvent {
    enum class Kind {
        MouseMove,   // x, y: pointer position in CSS px (far negative = no pointer, e.g. after a tap)
        MouseButton, // code: 0 left, 1 right, 2 middle; down
        Wheel,       // x, y: wheel steps (positive y = scroll up, as ImGui expects)
        Key,  // code: index into io.KeysDown (DOM keyCode); down. Shift/Ctrl/Alt/Meta codes set modifiers
        Text, // text: UTF-8 characters typed
        DragScroll, // y: pixels a finger dragged the content by (positive = content moves up)
        ReleaseAll, // the page lost focus: nothing can stay held
    };
    Kind kind = Kind::MouseMove;
    float x = 0, y = 0;
    int code = 0;
    bool down = false;
    std::string text;
};

// DOM keyCodes used as io.KeysDown indices (ImGui 1.86 lets the backend choose them).
namespace key {
constexpr int Backspace = 8, Tab = 9, Enter = 13, Shift = 16, Control = 17, Alt = 18, Escape = 27, Space = 32,
              PageUp = 33, PageDown = 34, End = 35, Home = 36, Left = 37, Up = 38, Right = 39, Down = 40,
              Insert = 45, Delete = 46, A = 65, C = 67, V = 86, X = 88, Y = 89, Z = 90, Meta = 91;
}

// Points io.KeyMap at the codes above. Call once after creating the ImGui context.
void map_keys(ImGuiIO& io);

class InputQueue {
  public:
    void push(InputEvent event) { events_.push_back(std::move(event)); }
    bool empty() const { return events_.empty(); }

    // Applies this frame's share of the events to `io` (call before ImGui::NewFrame). Returns the finger
    // drag distance to scroll by this frame, which the caller applies after NewFrame.
    float apply_frame(ImGuiIO& io);

  private:
    std::deque<InputEvent> events_;
};

} // namespace stride::platform
