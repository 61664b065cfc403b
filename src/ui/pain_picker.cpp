// The 0-10 pain scale: big zone-coloured choices for a thumb, a typed box for a keyboard, and the zone in
// words under it (colour is never the only carrier of meaning).

#include "ui/probe.hpp"
#include "ui/widgets.hpp"

#include "core/model/model.hpp"
#include "core/words/text.hpp"
#include "core/words/verdict_words.hpp"

#include <imgui.h>

namespace stride::ui {
namespace {

constexpr float kMinChoiceWidth = 44.0f; // a thumb-sized target (Apple and Android ask for 44-48 px)
constexpr float kTypedBoxWidth = 76.0f;

} // namespace

int pain_choices(const char* group, int selected, const PainScale* scale) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float row = ImGui::GetContentRegionAvail().x;
    const int per_row = row >= 11 * kMinChoiceWidth + 10 * spacing ? 11 : 6;
    const float width = (row - spacing * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    int tapped = -1;
    for (int n = 0; n <= 10; ++n) {
        if (n % per_row != 0) ImGui::SameLine(0.0f, spacing);
        if (choice(group, std::to_string(n).c_str(), selected == n, width,
                   scale ? zone_colour(scale->zone(n)) : -1, ImGui::GetFrameHeight() * 1.15f))
            tapped = n;
    }
    return tapped;
}

bool Form::pain(const char* label, int& value, const PainScale* scale, bool optional) {
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
    const Range range{0, 10}; // a spin button from 0 to 10 in the accessibility mirror
    bool changed = edit(
        label, "number-field", value == kNotRecorded ? "" : std::to_string(value),
        [&](const std::string& raw) -> std::string {
            const std::string typed = trimmed(raw);
            if (typed.empty()) {
                value = kNotRecorded; // cleared: not chosen (required) or not recorded (optional)
                return "";
            }
            long number = 0;
            if (!parse_whole(typed, number) || number < 0 || number > 10)
                return "Pain is 0 to 10 (0 no pain, 10 worst imaginable): " + typed + " is not on the scale.";
            value = static_cast<int>(number);
            return "";
        },
        false, &range);
    width_ = width_before;

    const int tapped = pain_choices(label, value, scale);
    if (tapped >= 0) {
        value = optional && value == tapped ? kNotRecorded : tapped;
        buffers_[ImGui::GetID((std::string("##") + label).c_str())].error.clear();
        changed = true;
    }
    if (value == kNotRecorded) {
        muted_text(optional ? "Not recorded (optional)." : "Not chosen yet: tap a number.");
        if (!optional) ++missing_;
    } else {
        muted_text(scale ? pain_zone_words(*scale, value) : pain_text(value));
    }
    ImGui::PopID();
    return changed;
}

} // namespace stride::ui
