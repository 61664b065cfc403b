// The 0-10 pain scale: big zone-coloured choices for a thumb, a typed box for a keyboard, and the zone in
// words under it (colour is never the only carrier of meaning).

#include "ui/probe.hpp"
#include "ui/widgets.hpp"

#include "core/model/model.hpp"

#include <imgui.h>

namespace stride::ui {
namespace {

constexpr const char* kZoneWords[3] = {"green: fine", "amber: take care", "red: too much"};
constexpr float kMinChoiceWidth = 44.0f; // a thumb-sized target (Apple and Android ask for 44-48 px)
constexpr float kTypedBoxWidth = 76.0f;

} // namespace

int zone_index(int pain, int green_max, int amber_max) {
    return pain <= green_max ? 0 : pain <= amber_max ? 1 : 2;
}

const char* zone_word(int pain, int green_max, int amber_max) {
    return kZoneWords[zone_index(pain, green_max, amber_max)];
}

int pain_choices(const char* group, int selected, int green_max, int amber_max) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float row = ImGui::GetContentRegionAvail().x;
    const int per_row = row >= 11 * kMinChoiceWidth + 10 * spacing ? 11 : 6;
    const float width = (row - spacing * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    int tapped = -1;
    for (int n = 0; n <= 10; ++n) {
        if (n % per_row != 0) ImGui::SameLine(0.0f, spacing);
        if (choice(group, std::to_string(n).c_str(), selected == n, width,
                   zone_index(n, green_max, amber_max), ImGui::GetFrameHeight() * 1.15f))
            tapped = n;
    }
    return tapped;
}

bool Form::pain(const char* label, int& value, int green_max, int amber_max, bool optional) {
    ImGui::PushID(label);
    // The label on the left, a small typed box on the right: quicker with a keyboard.
    const float avail = ImGui::GetContentRegionAvail().x;
    const float start = ImGui::GetCursorPosX();
    ImGui::AlignTextToFramePadding();
    ImGui::PushTextWrapPos(start + avail - kTypedBoxWidth - 12.0f);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    describe_last_text(label);
    ImGui::SameLine(start + avail - kTypedBoxWidth);
    const float width_before = width_;
    width_ = kTypedBoxWidth;
    const Range scale{0, 10};
    bool changed = edit(
        label, "number-field", value == kNotRecorded ? "" : std::to_string(value),
        [&](const std::string& raw) -> std::string {
            const std::string typed = trimmed(raw);
            if (typed.empty()) {
                if (optional) {
                    value = kNotRecorded;
                    return "";
                }
                return "Tap a number or type one from 0 to 10.";
            }
            long number = 0;
            if (!parse_whole(typed, number) || number < 0 || number > 10)
                return "Pain is 0 to 10 (0 no pain, 10 worst imaginable): " + typed + " is not on the scale.";
            value = static_cast<int>(number);
            return "";
        },
        false, &scale);
    width_ = width_before;

    const int tapped = pain_choices(label, value, green_max, amber_max);
    if (tapped >= 0) {
        value = optional && value == tapped ? kNotRecorded : tapped;
        buffers_[ImGui::GetID((std::string("##") + label).c_str())].error.clear();
        changed = true;
    }
    if (value == kNotRecorded)
        muted_text(optional ? "Not recorded (optional)." : "Not chosen yet.");
    else
        muted_text(std::to_string(value) + "/10: " + zone_word(value, green_max, amber_max));
    ImGui::PopID();
    return changed;
}

} // namespace stride::ui
