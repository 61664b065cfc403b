#include "ui/widgets.hpp"

#include "ui/probe.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <cstdarg>
#include <cstdio>

namespace stride::ui {
namespace {

// Text on a filled button must contrast with the fill whatever the theme does to it.
ImVec4 text_on(const ImVec4& fill) {
    const float luminance = 0.2126f * fill.x + 0.7152f * fill.y + 0.0722f * fill.z;
    return luminance < 0.5f ? ImVec4(1, 1, 1, 1) : ImVec4(0.06f, 0.08f, 0.08f, 1);
}

} // namespace

bool button(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Text, text_on(ImGui::GetStyle().Colors[ImGuiCol_Button]));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f); // the fill is edge enough; fields keep theirs
    const bool clicked = ImGui::Button(label, ImVec2(-1.0f, 0.0f));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    describe_last_item("button", "");
    return clicked;
}

bool text_field(const char* label, std::string& text) {
    ImGui::TextUnformatted(label);
    ImGui::PushID(label);
    ImGui::SetNextItemWidth(-1.0f);
    const bool changed = ImGui::InputText((std::string("##") + label).c_str(), &text);
    ImGui::PopID();
    describe_last_item("text-field", text);
    return changed;
}

bool number_field(const char* label, double& value, const char* format) {
    ImGui::TextUnformatted(label);
    ImGui::PushID(label);
    ImGui::SetNextItemWidth(-1.0f);
    // No step buttons: +/- would be tiny targets beside the field, and typing is quicker on a keypad.
    const bool changed = ImGui::InputDouble((std::string("##") + label).c_str(), &value, 0.0, 0.0, format);
    ImGui::PopID();
    char shown[64];
    std::snprintf(shown, sizeof shown, format, value);
    describe_last_item("number-field", shown);
    return changed;
}

void heading(const char* text, ImFont* font) {
    ImGui::PushFont(font);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    describe_last_text(text);
}

void text(const char* format, ...) {
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    ImGui::TextUnformatted(line);
    describe_last_text(line);
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    describe_last_text(text);
}

} // namespace stride::ui
