// The app's fonts (ui::build_fonts) with Debian's Inter: every character the app's words use is in the
// atlas, not only Dear ImGui's default Latin range, so "Saving…" never draws as "Saving?".

#include "ui/theme.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <fstream>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

namespace stride::ui {
namespace {

std::vector<unsigned char> read_font(const char* name) {
    std::ifstream in(std::string(STRIDE_INTER_DIR) + "/" + name, std::ios::binary);
    REQUIRE(in);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST_CASE("build_fonts rasterises the punctuation and accented letters the app draws, at every size") {
    FontFiles files{read_font("Inter-Regular.otf"), read_font("Inter-SemiBold.otf")};
    for (float ratio : {1.0f, 3.0f}) {
        ImFontAtlas atlas;
        const Fonts fonts = build_fonts(atlas, files, ratio, ratio > 1.0f);
        REQUIRE(atlas.Build());
        for (ImFont* font : {fonts.body, fonts.heading, fonts.section}) {
            // ellipsis, curly quotes, en dash, middle dot, e acute, less-or-equal
            for (ImWchar c : {0x2026, 0x201C, 0x201D, 0x2013, 0x00B7, 0x00E9, 0x2264}) {
                CAPTURE(ratio);
                CAPTURE(c);
                CHECK(font->FindGlyphNoFallback(c) != nullptr);
            }
        }
    }
}

} // namespace
} // namespace stride::ui
