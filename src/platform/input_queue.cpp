#include "platform/input_queue.hpp"

#include <imgui.h>

#include <bitset>
#include <utility>

namespace stride::platform {

void map_keys(ImGuiIO& io) {
    const std::pair<ImGuiKey, int> map[] = {
        {ImGuiKey_Tab, key::Tab},
        {ImGuiKey_LeftArrow, key::Left},
        {ImGuiKey_RightArrow, key::Right},
        {ImGuiKey_UpArrow, key::Up},
        {ImGuiKey_DownArrow, key::Down},
        {ImGuiKey_PageUp, key::PageUp},
        {ImGuiKey_PageDown, key::PageDown},
        {ImGuiKey_Home, key::Home},
        {ImGuiKey_End, key::End},
        {ImGuiKey_Insert, key::Insert},
        {ImGuiKey_Delete, key::Delete},
        {ImGuiKey_Backspace, key::Backspace},
        {ImGuiKey_Space, key::Space},
        {ImGuiKey_Enter, key::Enter},
        {ImGuiKey_Escape, key::Escape},
        {ImGuiKey_KeyPadEnter, key::Enter},
        {ImGuiKey_A, key::A},
        {ImGuiKey_C, key::C},
        {ImGuiKey_V, key::V},
        {ImGuiKey_X, key::X},
        {ImGuiKey_Y, key::Y},
        {ImGuiKey_Z, key::Z},
    };
    for (const auto& [imgui_key, code] : map)
        io.KeyMap[imgui_key] = code;
}

float InputQueue::apply_frame(ImGuiIO& io) {
    bool clicked = false, typed = false;
    std::bitset<512> keys_changed;
    float drag_scroll = 0.0f;

    while (!events_.empty()) {
        const InputEvent& e = events_.front();
        bool apply = true;
        switch (e.kind) {
        case InputEvent::Kind::MouseMove:
            // The pointer stays where it was pressed (or released) until ImGui has seen the button.
            apply = !clicked;
            if (apply) io.MousePos = ImVec2(e.x, e.y);
            break;
        case InputEvent::Kind::MouseButton:
            // A press rides with the move before it: ImGui 1.86 reads the new position in NewFrame before
            // it decides what is hovered and clicked. A release waits one frame after its press, or ImGui
            // would see neither.
            apply = !clicked && e.code >= 0 && e.code < IM_ARRAYSIZE(io.MouseDown);
            if (apply) {
                io.MouseDown[e.code] = e.down;
                clicked = true;
            }
            break;
        case InputEvent::Kind::Wheel:
            io.MouseWheel += e.y;
            io.MouseWheelH += e.x;
            break;
        case InputEvent::Kind::Key:
            apply = e.code >= 0 && e.code < IM_ARRAYSIZE(io.KeysDown) && !typed &&
                    !keys_changed.test(static_cast<std::size_t>(e.code));
            if (apply) {
                io.KeysDown[e.code] = e.down;
                keys_changed.set(static_cast<std::size_t>(e.code));
                if (e.code == key::Shift) io.KeyShift = e.down;
                if (e.code == key::Control) io.KeyCtrl = e.down;
                if (e.code == key::Alt) io.KeyAlt = e.down;
                if (e.code == key::Meta) io.KeySuper = e.down;
            }
            break;
        case InputEvent::Kind::Text:
            // Characters queue up inside ImGui, but must not overtake a key (Backspace, Enter) before them.
            apply = keys_changed.none();
            if (apply) {
                io.AddInputCharactersUTF8(e.text.c_str());
                typed = true;
            }
            break;
        case InputEvent::Kind::DragScroll:
            drag_scroll += e.y;
            break;
        case InputEvent::Kind::ReleaseAll:
            apply = !clicked && keys_changed.none();
            if (apply) {
                for (bool& down : io.MouseDown)
                    down = false;
                for (bool& down : io.KeysDown)
                    down = false;
                io.KeyShift = io.KeyCtrl = io.KeyAlt = io.KeySuper = false;
                clicked = true;
            }
            break;
        }
        if (!apply) break;
        events_.pop_front();
    }
    return drag_scroll;
}

} // namespace stride::platform
