#include "platform/touch_gesture.hpp"

#include "platform/synthetic_input.hpp"

#include <cmath>

namespace stride::platform {

void TouchGesture::start(long finger, float x, float y, InputQueue& queue) {
    if (active_) {
        // A second finger: a pinch, which zooms the page (the browser's, web/style.css), so the first
        // finger neither taps nor scrolls.
        cancel(queue);
        return;
    }
    active_ = true;
    dragging_ = false;
    finger_ = finger;
    start_x_ = x;
    start_y_ = y;
    last_y_ = y;
    // Hover the spot first so a drag scrolls the window under the finger.
    queue.push(pointer_at(x, y));
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
