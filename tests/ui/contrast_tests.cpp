// Contrast measured, not chosen by hand: every pair of colours the app draws, read from the theme tables
// (ui::apply_style and ui::theme_colours) in the light and dark themes and their more-contrast twins,
// against WCAG 2.2: text 4.5:1 (1.4.3; 7:1 in the more-contrast themes, 1.4.6), control edges, the focus
// ring, chart zone boundaries and chart marks 3:1 (1.4.11).

#include "ui/theme.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <cmath>
#include <string>
#include <vector>

namespace stride::ui {
namespace {

double channel(float c) {
    return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const ImVec4& c) {
    return 0.2126 * channel(c.x) + 0.7152 * channel(c.y) + 0.0722 * channel(c.z);
}

double contrast(const ImVec4& a, const ImVec4& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

ImVec4 colour(unsigned int packed) {
    return ImGui::ColorConvertU32ToFloat4(packed);
}

struct Named {
    const char* name;
    ImVec4 colour;
};

struct Theme {
    bool dark, more;
    ImGuiStyle style;
    const Colours& c;
    std::string name() const {
        return std::string(dark ? "dark" : "light") + (more ? ", more contrast" : "");
    }
};

Theme theme(bool dark, bool more) {
    Theme t{dark, more, ImGuiStyle(), theme_colours(dark, more)};
    apply_style(t.style, dark, false, more);
    return t;
}

std::vector<Theme> every_theme() {
    return {theme(false, false), theme(true, false), theme(false, true), theme(true, true)};
}

// Everything text is drawn on: the window, cards and side bar, fields, zone tints (choices, bands, the red
// and green cards) and warnings.
std::vector<Named> text_backgrounds(const Theme& t) {
    const ImVec4* s = t.style.Colors;
    return {{"window", s[ImGuiCol_WindowBg]},         {"card or side bar", s[ImGuiCol_ChildBg]},
            {"field", s[ImGuiCol_FrameBg]},           {"surface", colour(t.c.surface)},
            {"green tint", colour(t.c.zone_tint[0])}, {"amber tint", colour(t.c.zone_tint[1])},
            {"red tint", colour(t.c.zone_tint[2])},   {"warning", colour(t.c.warning_tint)}};
}

void check_at_least(double minimum, const Theme& t, const Named& front, const Named& back) {
    const double ratio = contrast(front.colour, back.colour);
    const std::string pair =
        t.name() + ": " + front.name + " on " + back.name + " is " + std::to_string(ratio) + ":1";
    INFO(pair);
    CHECK(ratio >= minimum);
}

TEST_CASE("every text and background pair reaches 4.5:1, and 7:1 in the more-contrast themes") {
    for (const Theme& t : every_theme()) {
        const double minimum = t.more ? 7.0 : 4.5;
        const ImVec4* s = t.style.Colors;
        for (const Named& text :
             {Named{"text", s[ImGuiCol_Text]}, Named{"muted text", s[ImGuiCol_TextDisabled]},
              Named{"chart ink", colour(t.c.ink)}, Named{"chart labels", colour(t.c.muted)},
              Named{"error", colour(t.c.error)}})
            for (const Named& back : text_backgrounds(t))
                check_at_least(minimum, t, text, back);
        // Filled buttons, selected choices and tabs: their text on every state of the fill.
        for (const ImGuiCol fill : {ImGuiCol_Button, ImGuiCol_ButtonHovered, ImGuiCol_ButtonActive})
            check_at_least(minimum, t, {"button text", text_on(s[fill])}, {"button", s[fill]});
        check_at_least(minimum, t, {"selected choice text", text_on(colour(t.c.accent))},
                       {"selected choice", colour(t.c.accent)});
        for (int zone = 0; zone < 3; ++zone)
            check_at_least(minimum, t, {"text on a zone", colour(t.c.on_zone)},
                           {"zone", colour(t.c.zone[zone])});
    }
}

TEST_CASE("control edges, the focus ring, chart zone boundaries and chart marks reach 3:1") {
    for (const Theme& t : every_theme()) {
        const ImVec4* s = t.style.Colors;
        const std::vector<Named> around = {{"window", s[ImGuiCol_WindowBg]},
                                           {"card or side bar", s[ImGuiCol_ChildBg]},
                                           {"field", s[ImGuiCol_FrameBg]}};
        for (const Named& back : around) {
            // Fields, unselected choices and cards are outlined in the border colour; outlined buttons in
            // the muted text colour; filled buttons are their own edge.
            check_at_least(3.0, t, {"border", s[ImGuiCol_Border]}, back);
            check_at_least(3.0, t, {"outlined button edge", s[ImGuiCol_TextDisabled]}, back);
            check_at_least(3.0, t, {"filled button", s[ImGuiCol_Button]}, back);
            check_at_least(3.0, t, {"selected choice outline", colour(t.c.ink)}, back);
        }
        // The keyboard's focus ring (drawn by the page in the accent colour, with a gap of the window
        // colour) against the window, the side bar and the button it surrounds.
        for (const Named& back : around)
            check_at_least(3.0, t, {"focus ring", colour(t.c.accent)}, back);
        // Chart bands are pale zone tints: the line between two of them, and every mark drawn on them.
        for (int zone = 0; zone < 3; ++zone) {
            const Named band{"zone band", colour(t.c.zone_tint[zone])};
            check_at_least(3.0, t, {"zone boundary", colour(t.c.muted)}, band);
            for (const Named& mark :
                 {Named{"ink marks", colour(t.c.ink)}, Named{"accent marks", colour(t.c.accent)},
                  Named{"amber marks", colour(t.c.zone[1])}})
                check_at_least(3.0, t, mark, band);
        }
    }
}

TEST_CASE("colours() follows the theme apply_style set, including the more-contrast ones") {
    ImGuiContext* context = ImGui::CreateContext();
    for (const Theme& t : every_theme()) {
        apply_style(ImGui::GetStyle(), t.dark, true, t.more);
        CHECK(&colours() == &theme_colours(t.dark, t.more));
        // Inside the side bar and the tab bar, drawn on the surface colour (navigation.cpp).
        ImGui::GetStyle().Colors[ImGuiCol_WindowBg] = ImGui::GetStyle().Colors[ImGuiCol_ChildBg];
        CHECK(&colours() == &theme_colours(t.dark, t.more));
    }
    ImGui::DestroyContext(context);
}

} // namespace
} // namespace stride::ui
