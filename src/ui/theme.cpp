#include "ui/theme.hpp"

#include <imgui.h>

#include <cmath>

namespace stride::ui {
namespace {

constexpr float kBodyTouch = 17.0f;
constexpr float kBodyMouse = 16.0f;
constexpr float kHeadingScale = 1.5f;
constexpr float kSectionScale = 1.15f;

// The characters rasterised into the atlas, the same as the font files keep (src/app/CMakeLists.txt):
// Basic Latin and Latin-1 (the accented letters a runner may type in a note), dashes, curly quotes, bullet,
// ellipsis, arrows, minus, less- and greater-or-equal. Pairs of first and last, ending with 0.
constexpr ImWchar kGlyphs[] = {0x0020, 0x007E, 0x00A0, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022,
                               0x2026, 0x2026, 0x2190, 0x2193, 0x2212, 0x2212, 0x2264, 0x2265, 0};

ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
    return ImVec4(((hex >> 16) & 0xff) / 255.0f, ((hex >> 8) & 0xff) / 255.0f, (hex & 0xff) / 255.0f, alpha);
}

// Every colour of one theme. The pairs the app draws are checked by tests/ui/contrast_tests.cpp: text at
// least 4.5:1 on every background it is drawn on (7:1 in the more-contrast themes), control edges, focus
// ring and chart zone boundaries at least 3:1.
struct Palette {
    unsigned background, surface, text, muted, accent, accent_hover, accent_pressed, border, field;
    unsigned zone[3];      // strong zone colours: selected pain choices, chart points
    unsigned zone_tint[3]; // pale ones behind unselected choices and chart bands
    unsigned on_zone, error, warning_tint;
};

// clang-format off
// Warm paper and deep teal (the app icon's colours) by day; the same teal lifted on charcoal by night; and
// for prefers-contrast: more, black on white and white on black with darker (lighter) zones and edges.
//                            background surface  text      muted     accent    hover     pressed   border    field
constexpr Palette kLight{     0xf4f1ea, 0xfffdf8, 0x1d2a2c, 0x566163, 0x1f6f78, 0x25818b, 0x185a62, 0x857f70, 0xfffdf8,
    /* zones */ {0x2e7d4f, 0x8a5a00, 0xb3261e}, /* tints */ {0xdcefe2, 0xf6e5c3, 0xf7d9d5},
    /* on zone, error, warning */ 0xffffff, 0xa8231b, 0xf6e5c3};
constexpr Palette kDark{      0x15191a, 0x1e2425, 0xe8e4da, 0xa3aba9, 0x4fa3ac, 0x5fb3bc, 0x3f8e96, 0x707a78, 0x242b2c,
    /* zones */ {0x7cc796, 0xe2b458, 0xf29a90}, /* tints */ {0x203a2b, 0x3d3220, 0x442624},
    /* on zone, error, warning */ 0x0e1415, 0xff9a8f, 0x3d3220};
constexpr Palette kLightMore{ 0xffffff, 0xffffff, 0x000000, 0x2b3537, 0x0b4d54, 0x0e5c64, 0x083a40, 0x4a5254, 0xffffff,
    /* zones */ {0x1e5c38, 0x6b4500, 0x8c1c16}, /* tints */ {0xe6f4ea, 0xfbeed4, 0xfbe4e1},
    /* on zone, error, warning */ 0xffffff, 0x8a1a13, 0xfbeed4};
constexpr Palette kDarkMore{  0x000000, 0x0d1011, 0xffffff, 0xd5dbd9, 0x7fd0d8, 0x9ad9e0, 0x66c2cb, 0xa7b0ae, 0x0d1011,
    /* zones */ {0x9fe0b5, 0xf0cc7a, 0xffb8b0}, /* tints */ {0x12291b, 0x2e2410, 0x35191a},
    /* on zone, error, warning */ 0x000000, 0xffb4ab, 0x2e2410};
// clang-format on

const Palette& palette(bool dark, bool more_contrast) {
    if (more_contrast) return dark ? kDarkMore : kLightMore;
    return dark ? kDark : kLight;
}

ImU32 u32(unsigned hex, float alpha = 1.0f) {
    return ImGui::ColorConvertFloat4ToU32(rgb(hex, alpha));
}

Colours make_colours(const Palette& p) {
    Colours c{};
    for (int i = 0; i < 3; ++i) {
        c.zone[i] = u32(p.zone[i]);
        c.zone_tint[i] = u32(p.zone_tint[i]);
    }
    c.on_zone = u32(p.on_zone);
    c.error = u32(p.error);
    c.warning_tint = u32(p.warning_tint);
    c.ink = u32(p.text);
    c.muted = u32(p.muted);
    c.accent = u32(p.accent);
    c.surface = u32(p.surface);
    c.border = u32(p.border);
    return c;
}

// Colour conversion is plain arithmetic: no ImGui context needed.
const Colours kColours[4] = {make_colours(kLight), make_colours(kDark), make_colours(kLightMore),
                             make_colours(kDarkMore)};

} // namespace

const Colours& theme_colours(bool dark, bool more_contrast) {
    return kColours[(more_contrast ? 2 : 0) + (dark ? 1 : 0)];
}

const Colours& colours() {
    // The theme whose background the style has: the page's, or the surface's in windows drawn on it (the side
    // bar and tab bar push WindowBg = ChildBg). The four themes' backgrounds and surfaces are all distinct.
    const ImU32 background = ImGui::ColorConvertFloat4ToU32(ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    for (bool more : {false, true})
        for (bool dark : {false, true})
            if (u32(palette(dark, more).background) == background ||
                u32(palette(dark, more).surface) == background)
                return theme_colours(dark, more);
    return theme_colours(false, false);
}

ImVec4 text_on(const ImVec4& fill) {
    // WCAG relative luminance; the text is whichever of the two inks has the higher contrast ratio.
    const auto linear = [](float c) {
        return c <= 0.04045f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f);
    };
    const auto luminance = [&](const ImVec4& c) {
        return 0.2126f * linear(c.x) + 0.7152f * linear(c.y) + 0.0722f * linear(c.z);
    };
    const ImVec4 white(1, 1, 1, 1), ink(0.06f, 0.08f, 0.08f, 1);
    const float fill_luminance = luminance(fill);
    const float on_white = 1.05f / (fill_luminance + 0.05f);
    const float on_ink = (fill_luminance + 0.05f) / (luminance(ink) + 0.05f);
    return on_white >= on_ink ? white : ink;
}

Fonts build_fonts(ImFontAtlas& atlas, FontFiles& files, float pixel_ratio, bool touch, int text_size) {
    atlas.Clear();
    const float body =
        (touch ? kBodyTouch : kBodyMouse) * static_cast<float>(text_size) / 100.0f * pixel_ratio;
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false; // FontFiles owns the bytes and outlives the atlas
    config.GlyphRanges = kGlyphs;
    // Already at device resolution: on a 2x or 3x screen a glyph's sub-pixel position no longer shows, and
    // rasterising each glyph once instead of twice halves the atlas work of the first frame.
    config.OversampleH = pixel_ratio >= 2.0f ? 1 : 2;
    config.OversampleV = 1;
    Fonts fonts;
    fonts.body = atlas.AddFontFromMemoryTTF(files.regular.data(), static_cast<int>(files.regular.size()),
                                            body, &config);
    fonts.heading = atlas.AddFontFromMemoryTTF(files.semibold.data(), static_cast<int>(files.semibold.size()),
                                               body * kHeadingScale, &config);
    fonts.section = atlas.AddFontFromMemoryTTF(files.semibold.data(), static_cast<int>(files.semibold.size()),
                                               body * kSectionScale, &config);
    return fonts;
}

void apply_style(ImGuiStyle& style, bool dark, bool touch, bool more_contrast) {
    style = ImGuiStyle();
    const Palette& p = palette(dark, more_contrast);

    style.WindowPadding = ImVec2(20, 20);
    style.FramePadding = touch ? ImVec2(14, 14) : ImVec2(10, 7); // touch: 17 px text + 28 = 45 px targets
    style.ItemSpacing = touch ? ImVec2(12, 14) : ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.ScrollbarSize = touch ? 6.0f : 12.0f;
    style.GrabMinSize = touch ? 24.0f : 12.0f;
    style.WindowBorderSize = 0.0f;
    style.FrameBorderSize = 1.0f;
    style.WindowRounding = 0.0f;
    style.ChildRounding = 8.0f;
    style.FrameRounding = 10.0f;
    style.PopupRounding = 8.0f;
    style.ScrollbarRounding = 6.0f;
    style.GrabRounding = 10.0f;
    style.SelectableTextAlign = ImVec2(0.0f, 0.5f); // list rows are button-tall: centre their text
    style.TouchExtraPadding = touch ? ImVec2(4, 4) : ImVec2(0, 0);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = rgb(p.text);
    c[ImGuiCol_TextDisabled] = rgb(p.muted);
    c[ImGuiCol_WindowBg] = rgb(p.background);
    c[ImGuiCol_ChildBg] = rgb(p.surface);
    c[ImGuiCol_PopupBg] = rgb(p.surface);
    c[ImGuiCol_Border] = rgb(p.border);
    c[ImGuiCol_BorderShadow] = rgb(0, 0.0f);
    c[ImGuiCol_FrameBg] = rgb(p.field);
    c[ImGuiCol_FrameBgHovered] = rgb(p.field);
    c[ImGuiCol_FrameBgActive] = rgb(p.field);
    c[ImGuiCol_TitleBg] = rgb(p.surface);
    c[ImGuiCol_TitleBgActive] = rgb(p.surface);
    c[ImGuiCol_TitleBgCollapsed] = rgb(p.surface);
    c[ImGuiCol_MenuBarBg] = rgb(p.surface);
    c[ImGuiCol_ScrollbarBg] = rgb(p.background, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = rgb(p.muted, 0.35f);
    c[ImGuiCol_ScrollbarGrabHovered] = rgb(p.muted, 0.5f);
    c[ImGuiCol_ScrollbarGrabActive] = rgb(p.muted, 0.65f);
    c[ImGuiCol_CheckMark] = rgb(p.accent);
    c[ImGuiCol_SliderGrab] = rgb(p.accent);
    c[ImGuiCol_SliderGrabActive] = rgb(p.accent_pressed);
    c[ImGuiCol_Button] = rgb(p.accent);
    c[ImGuiCol_ButtonHovered] = rgb(p.accent_hover);
    c[ImGuiCol_ButtonActive] = rgb(p.accent_pressed);
    c[ImGuiCol_Header] = rgb(p.accent, 0.12f);
    c[ImGuiCol_HeaderHovered] = rgb(p.accent, 0.18f);
    c[ImGuiCol_HeaderActive] = rgb(p.accent, 0.26f);
    c[ImGuiCol_Separator] = rgb(p.border);
    c[ImGuiCol_SeparatorHovered] = rgb(p.accent);
    c[ImGuiCol_SeparatorActive] = rgb(p.accent);
    c[ImGuiCol_ResizeGrip] = rgb(p.border, 0.0f);
    c[ImGuiCol_ResizeGripHovered] = rgb(p.accent, 0.5f);
    c[ImGuiCol_ResizeGripActive] = rgb(p.accent);
    c[ImGuiCol_Tab] = rgb(p.surface);
    c[ImGuiCol_TabHovered] = rgb(p.accent, 0.18f);
    c[ImGuiCol_TabActive] = rgb(p.accent, 0.26f);
    c[ImGuiCol_TableBorderStrong] = rgb(p.border); // card edges
    c[ImGuiCol_TableBorderLight] = rgb(p.border);
    c[ImGuiCol_TextSelectedBg] = rgb(p.accent, 0.3f);
    c[ImGuiCol_NavHighlight] = rgb(p.accent);
    c[ImGuiCol_ModalWindowDimBg] = rgb(0x000000, 0.35f);
}

void background_colour(bool dark, bool more_contrast, float out[3]) {
    const ImVec4 colour = rgb(palette(dark, more_contrast).background);
    out[0] = colour.x;
    out[1] = colour.y;
    out[2] = colour.z;
}

} // namespace stride::ui
