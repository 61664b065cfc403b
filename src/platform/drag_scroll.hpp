#pragma once
// Dear ImGui 1.86 scrolls only with the mouse wheel and scrollbars; a finger drags the content instead.

namespace stride::platform {

// Scrolls the window under the pointer (or the nearest enclosing window that can scroll) by `pixels`
// (positive = content moves up). Call after ImGui::NewFrame(), which decides what is hovered.
void drag_scroll_hovered_window(float pixels);

} // namespace stride::platform
