#include "platform/touch_gesture.hpp"

#include <cmath>

namespace stride::platform {
namespace {

// Once the finger lifts there is no pointer: without this the last tapped button would stay highlighted.
InputEvent pointer_gone() {
    InputEvent gone;
    gone.kind = InputEvent::Kind::MouseMove;
    gone.x = gone.y = -1e30f;
    return gone;
}

InputEvent left_button(bool down) {
    InputEvent e;
    e.kind = InputEvent::Kind::MouseButton;
    e.code = 0;
    e.down = down;
    return e;
}

} // namespace

void TouchGesture::start(long finger, float x, float y, InputQueue& queue) {
    if (active_) return; // a second finger: pinches and multi-finger gestures are not used
    active_ = true;
    dragging_ = false;
    finger_ = finger;
    start_x_ = x;
    start_y_ = y;
    last_y_ = y;
    // Hover the spot first so a drag scrolls the window under the finger.
    InputEvent move;
    move.kind = InputEvent::Kind::MouseMove;
    move.x = x;
    move.y = y;
    queue.push(move);
}

void TouchGesture::move(long finger, float x, float y, InputQueue& queue) {
    if (!active_ || finger != finger_) return;
    if (!dragging_ && std::hypot(x - start_x_, y - start_y_) < kSlop) return;
    dragging_ = true;
    InputEvent scroll;
    scroll.kind = InputEvent::Kind::DragScroll;
    scroll.y = last_y_ - y;
    last_y_ = y;
    queue.push(scroll);
}

bool TouchGesture::end(long finger, InputQueue& queue) {
    if (!active_ || finger != finger_) return false;
    active_ = false;
    const bool tap = !dragging_;
    if (tap) {
        queue.push(left_button(true));
        queue.push(left_button(false));
    }
    queue.push(pointer_gone());
    return tap;
}

void TouchGesture::cancel(InputQueue& queue) {
    if (!active_) return;
    active_ = false;
    queue.push(pointer_gone());
}

} // namespace stride::platform
