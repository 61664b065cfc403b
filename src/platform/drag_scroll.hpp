#pragma once
// Dear ImGui 1.86 scrolls only with the mouse wheel and scrollbars; a finger drags the content instead, and
// the accessibility mirror brings the item a keyboard or screen reader is on into view.

namespace stride::platform {

// Scrolls the window under the pointer (or the nearest enclosing window that can scroll) by `pixels`
// (positive = content moves up). Call after ImGui::NewFrame(), which decides what is hovered.
void drag_scroll_hovered_window(float pixels);

// Scrolls the window with this ImGui ID (or the nearest enclosing one that can scroll) by `pixels`. Call
// after ImGui::NewFrame() and before the window is drawn; an unknown window is left alone.
void scroll_window(unsigned int window_id, float pixels);

} // namespace stride::platform
