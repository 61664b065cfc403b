#pragma once
// Look and feel: fonts and colours. ImGui works in CSS pixels; fonts are rasterised at the screen's
// device-pixel ratio and scaled back so text is sharp on every phone, and touch screens get larger
// targets (Apple and Android both ask for about 44-48 CSS px).

#include <vector>

struct ImFont;
struct ImFontAtlas;
struct ImGuiStyle;
struct ImVec4;

namespace stride::ui {

// Font files as bytes (Inter, from Debian's fonts-inter, subset at build time). The caller keeps them alive
// as long as the atlas, which only borrows them.
struct FontFiles {
    std::vector<unsigned char> regular;
    std::vector<unsigned char> semibold;
};

struct Fonts {
    ImFont* body = nullptr;    // default font, 17 CSS px on touch screens, 16 otherwise
    ImFont* heading = nullptr; // screen titles
    ImFont* section = nullptr; // titles of cards and sections, semibold a little above body size
};

// Text size on this device, in percent of the app's body text (17 CSS px on touch screens, 16 otherwise):
// the choices the Plan screen offers. A look setting, not a clinical one: kept in this browser (page.js),
// never in the plan file, so a physio opening a runner's file sees their own size.
constexpr int kTextSizes[] = {100, 125, 150, 175, 200};

struct Look {
    Fonts fonts;
    int text_size = 100;        // percent, one of kTextSizes
    bool dark = false;          // follows the system's prefers-color-scheme
    bool more_contrast = false; // prefers-contrast: more (or forced colours): the more-contrast theme
    bool touch = false; // coarse pointer: bigger targets, thinner scrollbars (fingers drag the content)
};

// Clears `atlas` and adds the app's fonts at `text_size` percent, rasterised for `pixel_ratio` (device
// pixels per CSS pixel). The caller sets io.FontGlobalScale = 1 / pixel_ratio so text is laid out in CSS
// pixels but drawn from glyphs made at device resolution.
Fonts build_fonts(ImFontAtlas& atlas, FontFiles& files, float pixel_ratio, bool touch, int text_size = 100);

// Replaces `style` with the calm light or dark theme (or its more-contrast twin), sized for touch or mouse.
void apply_style(ImGuiStyle& style, bool dark, bool touch, bool more_contrast = false);

// The colour behind everything (canvas clear colour), as RGB 0..1.
void background_colour(bool dark, bool more_contrast, float rgb[3]);

// Text drawn on a filled button or choice: white or near-black, whichever stands out from the fill.
ImVec4 text_on(const ImVec4& fill);

// Colours with a meaning beyond the style: the pain zones, warnings and errors, chart ink. Each pair is
// chosen so its text reaches 4.5:1 contrast in every theme (tests/ui/contrast_tests.cpp); meaning is always
// in words as well.
struct Colours {
    unsigned int zone[3];      // strong green, amber, red (selected pain, chart points), ImU32
    unsigned int zone_tint[3]; // pale versions behind unselected choices and chart bands
    unsigned int on_zone;      // text on a strong zone colour
    unsigned int error;        // text of a refused value
    unsigned int warning_tint; // behind warnings
    unsigned int ink;          // chart lines and labels
    unsigned int muted;        // gridlines, axis labels
    unsigned int accent;       // selected tab, chart series
    unsigned int surface;      // cards
    unsigned int border;
};
// The colours of the theme apply_style() set last (read from the style's window background).
const Colours& colours();
// The colours of one theme.
const Colours& theme_colours(bool dark, bool more_contrast);

} // namespace stride::ui
