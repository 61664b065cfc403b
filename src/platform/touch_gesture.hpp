#pragma once
// Turns one finger's touch into pointer events: a tap is one click where the finger landed; a drag (past
// a few pixels of slop) scrolls the content under the finger and clicks nothing. Browsers' own mouse
// emulation gets both wrong for a canvas (double clicks, clicks after scrolls, a pointer left pressed). A
// second finger ends the gesture: two fingers pinch-zoom the page, which the browser does.

#include "platform/input_queue.hpp"

namespace stride::platform {

class TouchGesture {
  public:
    // CSS px a finger may wander before a touch counts as a drag rather than a tap.
    static constexpr float kSlop = 10.0f;

    void start(long finger, float x, float y, InputQueue& queue);
    void move(long finger, float x, float y, InputQueue& queue);
    // Returns true if the touch was a tap (a click was queued at (start_x, start_y)).
    bool end(long finger, InputQueue& queue);
    void cancel(InputQueue& queue);

    bool active() const { return active_; }
    float start_x() const { return start_x_; }
    float start_y() const { return start_y_; }

  private:
    bool active_ = false;
    bool dragging_ = false;
    long finger_ = 0;
    float start_x_ = 0, start_y_ = 0, last_y_ = 0;
};

} // namespace stride::platform
