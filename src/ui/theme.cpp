#include "ui/theme.hpp"

#include <imgui.h>

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

struct Palette {
    unsigned background, surface, text, muted, accent, accent_hover, accent_pressed, on_accent, border, field;
};

// Warm paper and deep teal (the app icon's colours) by day; the same teal lifted on charcoal by night.
constexpr Palette kLight{0xf4f1ea, 0xfffdf8, 0x1d2a2c, 0x5b6668, 0x1f6f78,
                         0x25818b, 0x185a62, 0xffffff, 0xd8d2c4, 0xfffdf8};
constexpr Palette kDark{0x15191a, 0x1e2425, 0xe8e4da, 0xa3aba9, 0x4fa3ac,
                        0x5fb3bc, 0x3f8e96, 0x0e1415, 0x36403f, 0x242b2c};

// Zone colours: strong ones carry text in `on_zone`, tints carry the theme's body text.
constexpr unsigned kLightZone[3] = {0x2e7d4f, 0x8a5a00, 0xb3261e};
constexpr unsigned kLightZoneTint[3] = {0xdcefe2, 0xf6e5c3, 0xf7d9d5};
constexpr unsigned kDarkZone[3] = {0x7cc796, 0xe2b458, 0xf29a90};
constexpr unsigned kDarkZoneTint[3] = {0x203a2b, 0x3d3220, 0x442624};

ImU32 u32(unsigned hex, float alpha = 1.0f) {
    return ImGui::ColorConvertFloat4ToU32(rgb(hex, alpha));
}

Colours make_colours(bool dark) {
    const Palette& p = dark ? kDark : kLight;
    Colours c{};
    for (int i = 0; i < 3; ++i) {
        c.zone[i] = u32(dark ? kDarkZone[i] : kLightZone[i]);
        c.zone_tint[i] = u32(dark ? kDarkZoneTint[i] : kLightZoneTint[i]);
    }
    c.on_zone = u32(dark ? 0x0e1415 : 0xffffff);
    c.error = u32(dark ? 0xff9a8f : 0xa8231b);
    c.warning_tint = u32(dark ? 0x3d3220 : 0xf6e5c3);
    c.ink = u32(p.text);
    c.muted = u32(p.muted);
    c.accent = u32(p.accent);
    c.surface = u32(p.surface);
    c.border = u32(p.border);
    return c;
}

const Colours kLightColours = make_colours(false); // colour conversion is plain arithmetic: no context needed
const Colours kDarkColours = make_colours(true);

} // namespace

const Colours& colours() {
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    return (bg.x + bg.y + bg.z) < 1.5f ? kDarkColours : kLightColours;
}

Fonts build_fonts(ImFontAtlas& atlas, FontFiles& files, float pixel_ratio, bool touch) {
    atlas.Clear();
    const float body = (touch ? kBodyTouch : kBodyMouse) * pixel_ratio;
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

void apply_style(ImGuiStyle& style, bool dark, bool touch) {
    style = ImGuiStyle();
    const Palette& p = dark ? kDark : kLight;

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

void background_colour(bool dark, float out[3]) {
    const ImVec4 colour = rgb((dark ? kDark : kLight).background);
    out[0] = colour.x;
    out[1] = colour.y;
    out[2] = colour.z;
}

} // namespace stride::ui
