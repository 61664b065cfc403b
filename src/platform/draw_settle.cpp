#include "platform/draw_settle.hpp"

#include <imgui.h>

#include <cstring>

namespace stride::platform {
namespace {

// FNV-1a over 32-bit words: the vertices of a busy screen are a few hundred KB, hashed in well under a
// millisecond.
struct Digest {
    std::uint64_t h = 14695981039346656037ull;

    void word(std::uint32_t w) { h = (h ^ w) * 1099511628211ull; }
    void bytes(const void* data, std::size_t size) {
        const auto* p = static_cast<const unsigned char*>(data);
        std::uint32_t w = 0;
        for (; size >= 4; p += 4, size -= 4) {
            std::memcpy(&w, p, 4);
            word(w);
        }
        w = 0;
        std::memcpy(&w, p, size);
        word(w);
    }
    void real(float f) { bytes(&f, sizeof f); }
};

} // namespace

std::uint64_t draw_digest(const ImDrawData& data) {
    Digest d;
    d.real(data.DisplaySize.x);
    d.real(data.DisplaySize.y);
    d.real(data.FramebufferScale.x);
    d.real(data.FramebufferScale.y);
    for (int i = 0; i < data.CmdListsCount; ++i) {
        const ImDrawList& list = *data.CmdLists[i];
        d.bytes(list.VtxBuffer.Data, static_cast<std::size_t>(list.VtxBuffer.size_in_bytes()));
        d.bytes(list.IdxBuffer.Data, static_cast<std::size_t>(list.IdxBuffer.size_in_bytes()));
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            d.bytes(&cmd.ClipRect, sizeof cmd.ClipRect);
            d.bytes(&cmd.TextureId, sizeof cmd.TextureId);
            d.word(cmd.VtxOffset);
            d.word(cmd.IdxOffset);
            d.word(cmd.ElemCount);
            d.word(cmd.UserCallback != nullptr);
        }
    }
    return d.h;
}

void DrawSettle::drawn(const ImDrawData& data) {
    const std::uint64_t digest = draw_digest(data);
    same_frames_ = digest == last_ ? same_frames_ + 1 : 0;
    last_ = digest;
}

} // namespace stride::platform
