#pragma once
// The app's screens. draw() runs once per frame between ImGui::NewFrame() and ImGui::Render(): it reads
// state and returns what the user asked for; it never changes saved data itself (the app applies the
// requests after the frame, so nothing a screen is drawing changes under it).
//
// For now there is one placeholder screen that proves the platform: title, disclaimer, a tap counter, a
// text and a number field that echo what was typed, and a long list to scroll. Real screens go in their own
// files (e.g. ui/today_screen.cpp) and are chosen here.

#include "ui/theme.hpp"

#include <string>

namespace stride::ui {

// Scratch state of the screens: input buffers, which screen is open. Never saved.
struct UiState {
    int taps = 0;           // placeholder: counts presses of the "Count a tap" button
    std::string name;       // placeholder text field
    double distance_km = 0; // placeholder number field
};

void draw(UiState& state, const Look& look);

} // namespace stride::ui
