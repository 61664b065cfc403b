#include "ui/widgets.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"

#include "core/model/model.hpp"
#include "core/words/text.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace stride::ui {
namespace {

// Digits with one optional decimal point or comma (phones in many countries type a comma).
bool parse_decimal(std::string text, double& out) {
    std::replace(text.begin(), text.end(), ',', '.');
    if (text.empty() || text.size() > 12) return false;
    std::size_t points = 0, digits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '.')
            ++points;
        else if (text[i] >= '0' && text[i] <= '9')
            ++digits;
        else if (!(i == 0 && text[i] == '-'))
            return false;
    }
    if (points > 1 || digits == 0) return false;
    out = std::strtod(text.c_str(), nullptr);
    return true;
}

std::string whole_text(int value) {
    return std::to_string(value);
}

std::string decimal_shown(double value) {
    if (value == 0) return "";
    char shown[32];
    std::snprintf(shown, sizeof shown, "%.2f", value);
    std::string text = shown; // drop trailing zeros: 5.50 -> 5.5, 5.00 -> 5
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text;
}

std::size_t utf8_length(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

} // namespace

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// Digits with an optional leading minus; anything else (letters, "1.5", "2e3") is not a whole number.
bool parse_whole(const std::string& text, long& out) {
    if (text.empty() || text.size() > 9) return false;
    std::size_t i = text[0] == '-' ? 1 : 0;
    if (i == text.size()) return false;
    for (std::size_t j = i; j < text.size(); ++j)
        if (text[j] < '0' || text[j] > '9') return false;
    out = std::strtol(text.c_str(), nullptr, 10);
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] text
// ---------------------------------------------------------------------------------------------------------

void heading(const char* text, ImFont* font) {
    // The heading font (screen and app titles) is half as big again as the body; section titles a little.
    // Font sizes compared in the atlas's units (device pixels), not with GetFontSize (CSS pixels).
    const int level = font && font->FontSize > ImGui::GetFont()->FontSize * 1.3f ? 1 : 2;
    ImGui::PushFont(font);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    describe_last_text(text, level);
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

void paragraph(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    describe_last_text(text);
}

void field_label(const char* label) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
}

void muted_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyle().Colors[ImGuiCol_TextDisabled]);
    paragraph(text);
    ImGui::PopStyleColor();
}

void error_text(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colours().error);
    paragraph(text);
    ImGui::PopStyleColor();
}

void dot_text(unsigned int colour, const std::string& text) {
    const float size = ImGui::GetFontSize();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + size * 0.35f, at.y + size * 0.55f), size * 0.3f,
                                                colour);
    ImGui::Indent(size);
    paragraph(text);
    ImGui::Unindent(size);
}

void gap(float height) {
    ImGui::Dummy(ImVec2(1.0f, height));
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] buttons
// ---------------------------------------------------------------------------------------------------------

namespace {
// ImGui::Button, except that a label too long for the button (large text sizes) wraps onto more lines,
// centred, and the button grows taller, rather than being cut off. Same ID either way.
bool framed_button(const char* label, const ImVec2& size) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* end = ImGui::FindRenderedTextEnd(label);
    const float natural = ImGui::CalcTextSize(label, end).x;
    ImVec2 item = ImGui::CalcItemSize(size, natural + style.FramePadding.x * 2, ImGui::GetFrameHeight());
    if (size.x == 0.0f) item.x = std::min(item.x, ImGui::GetContentRegionAvail().x);
    const float inner = item.x - style.FramePadding.x * 2;
    if (natural <= inner + 0.5f) return ImGui::Button(label, size);

    const ImVec2 lines = ImGui::CalcTextSize(label, end, false, inner);
    item.y = std::max(item.y, lines.y + style.FramePadding.y * 2);
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0, 0, 0, 0)); // the label is drawn below, wrapped
    const bool pressed = ImGui::Button(label, item);
    ImGui::PopStyleColor();
    mark_last_item_clipped(lines.x, inner); // only a single word longer than the button is cut off
    ImFont* font = ImGui::GetFont();
    const float px = ImGui::GetFontSize();
    const ImVec2 min = ImGui::GetItemRectMin();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float y = min.y + (item.y - lines.y) * 0.5f;
    for (const char* line = label; line < end; y += px) {
        const char* line_end = font->CalcWordWrapPositionA(px / font->FontSize, line, end, inner);
        if (line_end == line) ++line_end; // at least one character a line
        const float width = font->CalcTextSizeA(px, FLT_MAX, 0.0f, line, line_end).x;
        draw->AddText(font, px, ImVec2(min.x + (item.x - width) * 0.5f, y), ink, line, line_end);
        for (line = line_end; line < end && *line == ' ';)
            ++line;
    }
    return pressed;
}

bool accent_button(const char* label, const ImVec2& size) {
    ImGui::PushStyleColor(ImGuiCol_Text, text_on(ImGui::GetStyle().Colors[ImGuiCol_Button]));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f); // the fill is edge enough; fields keep theirs
    const bool clicked = framed_button(label, size);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    describe_last_item("button", "");
    return clicked;
}
} // namespace

bool button(const char* label, bool enabled) {
    ImGui::BeginDisabled(!enabled);
    const bool clicked = accent_button(label, ImVec2(-1.0f, 0.0f));
    ImGui::EndDisabled();
    return clicked;
}

bool inline_button(const char* label, float width) {
    return accent_button(label, ImVec2(width, 0.0f));
}

bool outline_button(const char* label, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleColor(ImGuiCol_Button, style.Colors[ImGuiCol_FrameBg]);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, style.Colors[ImGuiCol_Header]);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, style.Colors[ImGuiCol_HeaderActive]);
    ImGui::PushStyleColor(ImGuiCol_Border, style.Colors[ImGuiCol_TextDisabled]);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    const bool clicked = framed_button(label, ImVec2(width, 0.0f));
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    describe_last_item("button", "");
    return clicked;
}

int zone_colour(Zone zone) {
    return zone == Zone::waiting ? -1 : static_cast<int>(zone);
}

bool choice(const char* group, const char* option, bool selected, float width, int zone, float height,
            const char* shown) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const Colours& c = colours();
    const char* visible = shown ? shown : option;
    const ImVec2 label_size = ImGui::CalcTextSize(visible);
    const float w = width > 0   ? width
                    : width < 0 ? ImGui::GetContentRegionAvail().x
                                : label_size.x + style.FramePadding.x * 2;
    const float h = height > 0 ? height : ImGui::GetFrameHeight();
    const std::string id = std::string(group) + ": " + option;
    const bool pressed = ImGui::InvisibleButton(id.c_str(), ImVec2(w, h));
    report_last_item(id.c_str(), "choice", selected ? "selected" : "", group);
    mark_last_item_clipped(label_size.x, w);

    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImU32 fill, ink;
    if (zone >= 0) {
        fill = selected ? c.zone[zone] : c.zone_tint[zone];
        ink = selected ? c.on_zone : c.ink;
    } else {
        fill = selected ? c.accent : c.surface;
        ink = selected ? ImGui::ColorConvertFloat4ToU32(text_on(ImGui::ColorConvertU32ToFloat4(c.accent)))
                       : c.ink;
    }
    // Inside BeginDisabled the style's alpha is lowered: our own colours fade with it, so a choice that
    // cannot be taken (a day after today) looks it.
    const auto faded = [&](ImU32 colour) {
        const ImU32 a = static_cast<ImU32>(((colour >> IM_COL32_A_SHIFT) & 0xFF) * style.Alpha);
        return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
    };
    fill = faded(fill);
    ink = faded(ink);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, fill, style.FrameRounding);
    if (ImGui::IsItemActive()) draw->AddRectFilled(min, max, IM_COL32(0, 0, 0, 40), style.FrameRounding);
    // Selection is shown by a thick outline too, not by colour alone.
    if (selected)
        draw->AddRect(min, max, faded(c.ink), style.FrameRounding, 0, 3.0f);
    else
        draw->AddRect(min, max, faded(c.border), style.FrameRounding, 0, 1.0f);
    const ImVec2 at(min.x + (w - label_size.x) * 0.5f, min.y + (h - label_size.y) * 0.5f);
    draw->PushClipRect(min, max, true);
    draw->AddText(at, ink, visible);
    draw->PopClipRect();
    return pressed;
}

bool choice_row(const char* group, const std::vector<const char*>& options, int& selected, float min_width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.5f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const int count = static_cast<int>(options.size());
    // Never narrower than the widest label (large text sizes): fewer per row rather than cut-off words.
    for (const char* option : options)
        min_width = std::max(min_width, ImGui::CalcTextSize(option).x + ImGui::GetStyle().FramePadding.x * 2);
    const int fit = std::max(1, static_cast<int>((avail + spacing) / (min_width + spacing)));
    const int rows = (count + fit - 1) / fit;
    const int per_row = (count + rows - 1) / rows; // balance the rows: 6 + 5, not 7 + 4
    const float width = (avail - spacing * static_cast<float>(per_row - 1)) / static_cast<float>(per_row);
    bool changed = false;
    for (int i = 0; i < count; ++i) {
        if (i % per_row != 0) ImGui::SameLine(0.0f, spacing);
        if (choice(group, options[static_cast<std::size_t>(i)], i == selected, width) && i != selected) {
            selected = i;
            changed = true;
        }
    }
    return changed;
}

bool yes_no(const char* group, bool& value) {
    int index = value ? 0 : 1;
    const bool changed = choice_row(group, {"Yes", "No"}, index);
    value = index == 0;
    return changed;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] cards
// ---------------------------------------------------------------------------------------------------------

bool begin_card(const char* id, unsigned int tint) {
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(14.0f, 12.0f));
    if (!ImGui::BeginTable(id, 1, ImGuiTableFlags_BordersOuter | ImGuiTableFlags_PadOuterX)) {
        ImGui::PopStyleVar();
        return false;
    }
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, tint ? tint : colours().surface);
    return true;
}

void end_card() {
    ImGui::EndTable();
    ImGui::PopStyleVar();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] forms
// ---------------------------------------------------------------------------------------------------------

bool Form::edit(const char* label, const char* kind, const std::string& shown,
                const std::function<std::string(const std::string&)>& accept, bool label_above,
                const Range* range) {
    if (label_above) field_label(label);
    const std::string id_label = std::string("##") + label; // the probe names the field by its label
    const ImGuiID id = ImGui::GetID(id_label.c_str());
    FieldText& field = buffers_[id];
    // While the runner types, the text is theirs; otherwise the field shows the model (e.g. a default).
    if (ImGui::GetActiveID() != id && field.error.empty()) field.text = shown;
    ImGui::SetNextItemWidth(width_ > 0 ? width_ : -1.0f);
    bool changed = false;
    if (ImGui::InputText(id_label.c_str(), &field.text)) {
        field.error = accept(field.text);
        changed = field.error.empty();
    }
    // On leaving the field the text is read again: callers that keep no copy of the value between frames
    // (settings) get it on this frame.
    committed_ = false;
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        field.error = accept(field.text);
        committed_ = field.error.empty();
    }
    describe_last_item(kind, field.text);
    mark_last_item_invalid(field.error);
    if (range) mark_last_item_range(range->min, range->max);
    if (!field.error.empty()) {
        error_text(field.error);
        ++problems_;
    }
    return changed;
}

bool Form::whole(const char* label, int& value, int min, int max, const char* unit, bool optional) {
    const std::string shown = optional && value == kNotRecorded ? "" : whole_text(value);
    const Range allowed{min, max};
    return edit(
        label, "number-field", shown,
        [&](const std::string& raw) -> std::string {
            const std::string typed = trimmed(raw);
            const std::string range = std::to_string(min) + " to " + std::to_string(max) + " " + unit;
            if (typed.empty()) {
                if (optional) {
                    value = kNotRecorded;
                    return "";
                }
                return std::string(label) + ": type a number from " + range + ".";
            }
            long number = 0;
            if (!parse_whole(typed, number))
                return "\"" + typed + "\" is not a whole number. Use digits only, from " + range + ".";
            if (number < min || number > max)
                return std::string(label) + " must be from " + range + ": " + typed + " is not allowed.";
            value = static_cast<int>(number);
            return "";
        },
        true, &allowed);
}

bool Form::decimal(const char* label, double& value, double max, const char* unit) {
    return edit(label, "number-field", decimal_shown(value), [&](const std::string& raw) -> std::string {
        const std::string typed = trimmed(raw);
        if (typed.empty()) {
            value = 0;
            return "";
        }
        double number = 0;
        if (!parse_decimal(typed, number))
            return "\"" + typed + "\" is not a number. Use digits and a point, e.g. 2.5.";
        if (number < 0 || number > max)
            return std::string(label) + " must be from 0 to " + decimal_shown(max) + " " + unit + ": " +
                   typed + " is not allowed.";
        value = number;
        return "";
    });
}

bool Form::distance(const char* label, double& km, DistanceUnit unit) {
    double shown = km_in(unit, km);
    // Kilometres are shown back in the runner's unit to two decimals, so an untouched field keeps its value.
    const bool changed = decimal(label, shown, km_in(unit, kMaxKm), unit_words(unit));
    if (changed) km = km_from(unit, shown);
    return changed;
}

bool Form::text(const char* label, std::string& value, std::size_t max_characters) {
    return edit(label, "text-field", value, [&](const std::string& typed) -> std::string {
        // Text keeps its spaces: only the length is checked.
        if (utf8_length(typed) > max_characters)
            return "Too long: at most " + std::to_string(max_characters) + " characters.";
        value = typed;
        return "";
    });
}

} // namespace stride::ui
