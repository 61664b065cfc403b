#pragma once
// Input the app makes itself, queued with the browser's and applied the same way: the finger's tap
// (touch_gesture.cpp) and what the accessibility mirror performs (ui/mirror_input.hpp): a tap at an item,
// a key, a field's whole text replaced.

#include "platform/input_queue.hpp"

#include <string>
#include <vector>

namespace stride::platform {

InputEvent pointer_at(float x, float y);
// No pointer at all, as after a finger lifts: no item stays highlighted under it.
InputEvent pointer_gone();
InputEvent left_button(bool down);
InputEvent key_change(int code, bool down);

// The pointer moves to (x, y), presses, releases and goes away.
std::vector<InputEvent> tap_events(float x, float y);
// A key (a DOM keyCode, see input_queue.hpp) pressed and released.
std::vector<InputEvent> key_events(int code);
// In the field being edited: Ctrl+A selects all, then `text` is typed over it (Backspace when empty).
std::vector<InputEvent> replace_text_events(const std::string& text);

} // namespace stride::platform
