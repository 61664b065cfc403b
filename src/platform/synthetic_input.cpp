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

std::vector<InputEvent> tap_events(float x, float y) {
    return {pointer_at(x, y), left_button(true), left_button(false), pointer_gone()};
}

std::vector<InputEvent> key_events(int code) {
    return {key_change(code, true), key_change(code, false)};
}

std::vector<InputEvent> replace_text_events(const std::string& text) {
    std::vector<InputEvent> out = {key_change(key::Control, true), key_change(key::A, true),
                                   key_change(key::A, false), key_change(key::Control, false)};
    if (text.empty()) {
        const auto backspace = key_events(key::Backspace);
        out.insert(out.end(), backspace.begin(), backspace.end());
        return out;
    }
    InputEvent typed;
    typed.kind = InputEvent::Kind::Text;
    typed.text = text;
    out.push_back(std::move(typed));
    return out;
}

} // namespace stride::platform
