#include "platform/drag_scroll.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace stride::platform {
namespace {

void scroll(ImGuiWindow* window, float pixels) {
    // Same walk as ImGui's mouse wheel: a child that cannot scroll hands the scroll to its parent.
    while (window && (window->Flags & ImGuiWindowFlags_ChildWindow) && window->ScrollMax.y == 0.0f &&
           window->ParentWindow)
        window = window->ParentWindow;
    if (!window || window->ScrollMax.y == 0.0f) return;
    ImGui::SetScrollY(window, ImClamp(window->Scroll.y + pixels, 0.0f, window->ScrollMax.y));
}

} // namespace

void drag_scroll_hovered_window(float pixels) {
    if (pixels == 0.0f) return;
    scroll(ImGui::GetCurrentContext()->HoveredWindow, pixels);
}

void scroll_window(unsigned int window_id, float pixels) {
    if (pixels != 0.0f) scroll(ImGui::FindWindowByID(window_id), pixels);
}

} // namespace stride::platform
