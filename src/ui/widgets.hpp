#pragma once
// The app's widgets: ImGui widgets laid out for thumbs (full-width, label above the field) that also tell
// the probe what they are and what they hold. Screens use these rather than raw ImGui calls.

#include <imgui.h>

#include <string>

namespace stride::ui {

// A full-width button in the accent colour. Returns true on the frame it is clicked or tapped.
bool button(const char* label);

// A labelled one-line text field; the label is drawn above it. Returns true when the text changed.
bool text_field(const char* label, std::string& text);

// A labelled number field (phones show a number keypad). `format` is printf-style, e.g. "%.1f".
// Returns true when the value changed.
bool number_field(const char* label, double& value, const char* format);

// A screen title in the heading font.
void heading(const char* text, ImFont* font);

// Plain text (printf-style), reported to the probe so tests can read it.
void text(const char* format, ...) IM_FMTARGS(1);

// Quieter text for hints and notes; wraps at the window edge.
void muted_text(const char* text);

} // namespace stride::ui
