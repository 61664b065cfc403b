#include "platform/drag_scroll.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace stride::platform {

void drag_scroll_hovered_window(float pixels) {
    if (pixels == 0.0f) return;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = g.HoveredWindow;
    // Same walk as ImGui's mouse wheel: a child that cannot scroll hands the scroll to its parent.
    while (window && (window->Flags & ImGuiWindowFlags_ChildWindow) && window->ScrollMax.y == 0.0f &&
           window->ParentWindow)
        window = window->ParentWindow;
    if (!window || window->ScrollMax.y == 0.0f) return;
    ImGui::SetScrollY(window, ImClamp(window->Scroll.y + pixels, 0.0f, window->ScrollMax.y));
}

} // namespace stride::platform
