#pragma once
// When the app may stop drawing. After input Dear ImGui can need a few more frames to finish what it
// shows (a popup is hidden in its first frame, a window fits its content over two, a scroll request
// lands in the next frame), and it says nothing about when it is done. DrawSettle compares what each
// frame drew with the frame before: once kSameFrames frames in a row drew exactly the same, another frame
// would too, so the app sleeps until the next input or wake-up instead of drawing for a fixed time.

#include <cstdint>

struct ImDrawData;

namespace stride::platform {

// A digest of everything a frame sends to the GPU: vertices, indices, draw commands, display size.
std::uint64_t draw_digest(const ImDrawData& data);

class DrawSettle {
  public:
    static constexpr int kSameFrames = 2;

    // After ImGui::Render(): notes what this frame drew.
    void drawn(const ImDrawData& data);
    // Input or news arrived: what is drawn may change, so the app draws until it settles again.
    void disturb() { same_frames_ = 0; }
    bool settled() const { return same_frames_ >= kSameFrames; }

  private:
    std::uint64_t last_ = 0;
    int same_frames_ = 0;
};

} // namespace stride::platform
