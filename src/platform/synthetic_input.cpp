#include "platform/synthetic_input.hpp"

namespace stride::platform {

InputEvent pointer_at(float x, float y) {
    InputEvent e;
    e.kind = InputEvent::Kind::MouseMove;
    e.x = x;
    e.y = y;
    return e;
}

InputEvent pointer_gone() {
    return pointer_at(-1e30f, -1e30f);
}

InputEvent left_button(bool down) {
    InputEvent e;
    e.kind = InputEvent::Kind::MouseButton;
    e.code = 0;
    e.down = down;
    return e;
}

InputEvent key_change(int code, bool down) {
    InputEvent e;
    e.kind = InputEvent::Kind::Key;
    e.code = code;
    e.down = down;
    return e;
}

void queue_tap(InputQueue& queue, float x, float y) {
    queue.push(pointer_at(x, y));
    queue.push(left_button(true));
    queue.push(left_button(false));
    queue.push(pointer_gone());
}

void queue_key(InputQueue& queue, int code) {
    queue.push(key_change(code, true));
    queue.push(key_change(code, false));
}

void queue_replace_text(InputQueue& queue, const std::string& text) {
    queue.push(key_change(key::Control, true));
    queue_key(queue, key::A);
    queue.push(key_change(key::Control, false));
    if (text.empty()) {
        queue_key(queue, key::Backspace);
        return;
    }
    InputEvent typed;
    typed.kind = InputEvent::Kind::Text;
    typed.text = text;
    queue.push(std::move(typed));
}

} // namespace stride::platform
