// The input queue frame by frame, against a real Dear ImGui 1.86 button (no renderer): what each frame
// hands ImGui, that a tap is taken in two frames (pointer and press, then release) and never lost, and when
// the drawing settles (platform/draw_settle.hpp) so the app may stop asking for frames.

#include "platform/draw_settle.hpp"
#include "platform/input_queue.hpp"
#include "platform/synthetic_input.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <string>

namespace stride::platform {
namespace {

constexpr float kButtonX = 100, kButtonY = 100, kButtonW = 100, kButtonH = 50;
constexpr float kInsideX = kButtonX + 50, kInsideY = kButtonY + 25;

// One ImGui context with one full-screen window holding one button; frame() runs a frame the way the web
// shell does (the queue's share first, then NewFrame) and says whether the button was pressed.
class OneButton {
  public:
    OneButton() : context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = ImVec2(400, 300);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        map_keys(io);
    }
    ~OneButton() { ImGui::DestroyContext(context_); }
    OneButton(const OneButton&) = delete;
    OneButton& operator=(const OneButton&) = delete;

    bool frame() {
        ImGui::SetCurrentContext(context_);
        queue.apply_frame(ImGui::GetIO());
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("screen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        ImGui::SetCursorScreenPos(ImVec2(kButtonX, kButtonY));
        const bool pressed = ImGui::Button("Save", ImVec2(kButtonW, kButtonH));
        ImGui::Text("%s", text.c_str());
        ImGui::End();
        ImGui::Render();
        settle.drawn(*ImGui::GetDrawData());
        return pressed;
    }
    void push(const std::vector<InputEvent>& events) {
        for (const InputEvent& e : events)
            queue.push(e);
    }
    ImGuiIO& io() { return ImGui::GetIO(); }

    InputQueue queue;
    DrawSettle settle;
    std::string text = "ready";

  private:
    ImGuiContext* context_;
};

bool pointer_is_gone(const ImGuiIO& io) {
    return !ImGui::IsMousePosValid(&io.MousePos);
}

} // namespace

TEST_CASE("a tap whose events arrive together is taken in two frames: pointer and press, then release") {
    OneButton ui;
    ui.frame();
    ui.push(tap_events(kInsideX, kInsideY));

    CHECK_FALSE(ui.frame()); // frame 1: the pointer moves onto the button and presses it, together
    CHECK(ui.io().MousePos.x == kInsideX);
    CHECK(ui.io().MousePos.y == kInsideY);
    CHECK(ui.io().MouseDown[0]);

    CHECK(ui.frame()); // frame 2: the release; the button reports the click in this frame
    CHECK_FALSE(ui.io().MouseDown[0]);
    CHECK(ui.io().MousePos.x == kInsideX); // still where it was released, so the release lands on the button

    CHECK_FALSE(ui.frame()); // frame 3: the finger has gone
    CHECK(pointer_is_gone(ui.io()));
    CHECK(ui.queue.empty());
}

TEST_CASE("a press never shares a frame with its release, nor a move with the press before it") {
    OneButton ui;
    ui.frame();
    ui.push({pointer_at(kInsideX, kInsideY), left_button(true), pointer_at(10, 10), left_button(false)});
    ui.frame();
    CHECK(ui.io().MouseDown[0]);
    CHECK(ui.io().MousePos.x == kInsideX); // the move after the press waits
    CHECK_FALSE(ui.queue.empty());
    ui.frame();
    CHECK(ui.io().MousePos.x == 10); // the move, and the release where it moved to
    CHECK_FALSE(ui.io().MouseDown[0]);
    CHECK(ui.queue.empty());
}

TEST_CASE("no tap is lost: taps queued in one frame each click, one after the other") {
    OneButton ui;
    ui.frame();
    for (int i = 0; i < 3; ++i)
        ui.push(tap_events(kInsideX, kInsideY));
    int clicks = 0, frames = 0;
    while (!ui.queue.empty() && frames < 20) {
        clicks += ui.frame() ? 1 : 0;
        ++frames;
    }
    CHECK(clicks == 3);
    CHECK(frames == 7); // pointer and press, release; each next tap's pointer and press ride with the leave
}

TEST_CASE("a tap beside the button clicks nothing, though its press rides with its move") {
    OneButton ui;
    ui.frame();
    ui.push(tap_events(kButtonX - 20, kInsideY));
    int clicks = 0;
    for (int i = 0; i < 4; ++i)
        clicks += ui.frame() ? 1 : 0;
    CHECK(clicks == 0);
}

TEST_CASE("a key's press and release come in consecutive frames, and text waits for a key before it") {
    OneButton ui;
    ui.frame();
    ui.push(key_events(key::Backspace));
    InputEvent typed;
    typed.kind = InputEvent::Kind::Text;
    typed.text = "a";
    ui.queue.push(typed);
    ui.frame();
    CHECK(ui.io().KeysDown[key::Backspace]);
    ui.frame();
    CHECK_FALSE(ui.io().KeysDown[key::Backspace]);
    CHECK_FALSE(ui.queue.empty()); // the text: not in the frame of a key change
    ui.frame();
    CHECK(ui.queue.empty());
}

TEST_CASE("wheel steps of one frame add up and are taken in that frame") {
    OneButton ui;
    ui.frame();
    InputEvent wheel;
    wheel.kind = InputEvent::Kind::Wheel;
    wheel.y = -1;
    ui.queue.push(wheel);
    ui.queue.push(wheel);
    ui.queue.apply_frame(ui.io());
    CHECK(ui.io().MouseWheel == doctest::Approx(-2));
    CHECK(ui.queue.empty());
    ui.io().MouseWheel = 0;
}

TEST_CASE("drawing settles two frames after the last change and a change or wake-up unsettles it") {
    OneButton ui;
    for (int i = 0; i < 4; ++i)
        ui.frame();
    CHECK(ui.settle.settled()); // nothing changes: the app may sleep

    ui.text = "saved";
    ui.frame();
    CHECK_FALSE(ui.settle.settled()); // this frame drew something new
    ui.frame();
    CHECK_FALSE(ui.settle.settled()); // once the same: another frame might still differ
    ui.frame();
    CHECK(ui.settle.settled()); // twice the same

    ui.settle.disturb(); // input or news: draw until settled again
    CHECK_FALSE(ui.settle.settled());
}

TEST_CASE("after a tap the app draws until the button's look has come to rest, then stops") {
    OneButton ui;
    for (int i = 0; i < 4; ++i)
        ui.frame();
    ui.push(tap_events(kInsideX, kInsideY));
    ui.settle.disturb();
    int frames = 0;
    while ((!ui.queue.empty() || !ui.settle.settled()) && frames < 30) {
        ui.frame();
        ++frames;
    }
    // press (pressed look), release (hovered look), pointer gone (plain look), then twice the same.
    CHECK(frames == 5);
}

TEST_CASE("the draw digest tells frames apart by what they draw") {
    OneButton ui;
    ui.frame();
    const std::uint64_t before = draw_digest(*ImGui::GetDrawData());
    ui.frame();
    CHECK(draw_digest(*ImGui::GetDrawData()) == before);
    ui.text = "readz";
    ui.frame();
    CHECK(draw_digest(*ImGui::GetDrawData()) != before);
}

} // namespace stride::platform
