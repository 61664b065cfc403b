#pragma once
// The app's widgets: ImGui widgets laid out for thumbs (full-width, label above the field) that also tell
// the probe what they are and what they hold. Screens use these rather than raw ImGui calls.
//
// [SECTION] text       headings, paragraphs, notes, errors
// [SECTION] buttons    full-width, inline, outlined, and drawn choices ("Side: Left")
// [SECTION] cards      a framed block of content
// [SECTION] forms      typed fields that refuse bad values with a message at the field (never clamp)

#include "core/model/date.hpp"
#include "core/model/enums.hpp"
#include "core/rules/zones.hpp"

#include <imgui.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace stride::ui {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] text
// ---------------------------------------------------------------------------------------------------------

// A screen title in the heading font.
void heading(const char* text, ImFont* font);

// Plain text (printf-style), reported to the probe so tests can read it.
void text(const char* format, ...) IM_FMTARGS(1);

// Wrapped body text.
void paragraph(const std::string& text);

// A field's label above it, wrapped so that large text never cuts it off. Not reported as text: the field
// itself carries the label to the probe and the accessibility mirror.
void field_label(const char* label);

// Quieter text for hints and notes; wraps at the window edge.
void muted_text(const std::string& text);

// A refused value or failed action, in the error colour and in words (never colour alone).
void error_text(const std::string& text);

// A small filled circle in `colour` before a line of text (e.g. a zone or status), then the text.
void dot_text(unsigned int colour, const std::string& text);

// Vertical breathing room between blocks.
void gap(float height = 8.0f);

// ---------------------------------------------------------------------------------------------------------
// [SECTION] buttons
// ---------------------------------------------------------------------------------------------------------

// A full-width button in the accent colour. Returns true on the frame it is clicked or tapped.
bool button(const char* label, bool enabled = true);

// A button as wide as its label (or `width` when > 0), in the accent colour, for use beside other items.
bool inline_button(const char* label, float width = 0.0f);

// An outlined button (secondary actions: edit, delete, cancel). `width` < 0 fills the row.
bool outline_button(const char* label, float width = 0.0f);

// One option of a group, drawn by us: the probe sees "group: option" (value "selected" when chosen), the
// person sees `shown` (or `option` when null). `zone` 0-2 colours it as a pain zone, -1 uses the accent;
// `width` 0 fits the label, < 0 fills the row; `height` 0 is a button's. Returns true when tapped.
bool choice(const char* group, const char* option, bool selected, float width, int zone = -1,
            float height = 0.0f, const char* shown = nullptr);

// The colour index of a zone for choice() and the charts: 0 green, 1 amber, 2 red, -1 waiting (no colour).
int zone_colour(Zone zone);

// A row of equal choices that wraps onto more rows when too narrow; `selected` is the chosen index.
// Returns true when the choice changed.
bool choice_row(const char* group, const std::vector<const char*>& options, int& selected,
                float min_width = 72.0f);

// A yes/no switch drawn as two choices ("group: Yes" / "group: No").
bool yes_no(const char* group, bool& value);

// ---------------------------------------------------------------------------------------------------------
// [SECTION] cards
// ---------------------------------------------------------------------------------------------------------

// A framed block (a one-cell table); `tint` 0 uses the surface colour. When it returns true, end with
// end_card().
bool begin_card(const char* id, unsigned int tint = 0);
void end_card();

// ---------------------------------------------------------------------------------------------------------
// [SECTION] forms
// ---------------------------------------------------------------------------------------------------------

// What a typed field holds between frames: the text as typed and why it was refused ("" when accepted).
struct FieldText {
    std::string text;
    std::string error;
    // Pickers: whether the calendar or clock is open, and which month the calendar shows.
    bool open = false;
    Date month;
};
using FieldBuffers = std::map<unsigned int, FieldText>; // by ImGui item id

// Draws typed fields of one form. Each field keeps the text as typed; a value is written to the model
// only when the whole text is valid, otherwise the field says why under it and valid() turns false, so
// the form's Save refuses. Nothing is clamped: the runner sees what they typed and what is wrong.
class Form {
  public:
    explicit Form(FieldBuffers& buffers) : buffers_(buffers) {}

    // Whole number min..max; with `optional`, an empty field means kNotRecorded (-1).
    bool whole(const char* label, int& value, int min, int max, const char* unit, bool optional = false);
    // Decimal 0..max (comma or point); an empty field means 0 ("not given").
    bool decimal(const char* label, double& value, double max, const char* unit);
    // A distance typed in the runner's unit and kept in km (0 = not given).
    bool distance(const char* label, double& km, DistanceUnit unit);
    // A day chosen, never typed: "Today", "Yesterday" or a calendar ("Another day"). `past` allows only days
    // up to today (what was done); otherwise any day (a race, a starting point).
    bool day(const char* label, Date& value, Date today, bool past = true);
    // A time of day chosen from hours and quarter hours; `optional` offers "No time". `suggestion`, when
    // known, is offered as a one-tap choice ("Same as last time, 17:30") but never filled in by itself.
    bool clock(const char* label, LocalTime& value, bool optional,
               LocalTime suggestion = LocalTime::unknown());
    bool text(const char* label, std::string& value, std::size_t max_characters);
    // A 0-10 pain scale with a typed box beside the label and big choices under it, coloured by `scale`
    // (none: uncoloured, when the zones are not known) and its zone said in words. A pain that is not
    // `optional` starts "not chosen" and keeps the form incomplete until chosen; an optional one is cleared
    // by tapping the chosen number again (kNotRecorded).
    bool pain(const char* label, int& value, const PainScale* scale, bool optional = false);

    // True on the frame the last field finished editing (Enter or focus left it) with a valid value.
    bool committed() const { return committed_; }
    // No field of this form holds a refused value.
    bool valid() const { return problems_ == 0; }
    // Every value the form needs has been given (a required pain is chosen).
    bool complete() const { return missing_ == 0; }

  private:
    struct Range {
        int min, max;
    };
    // The shared body of the typed fields: `shown` is the model's value as text, `accept` checks the text
    // and stores it (returning "" when accepted or the reason when refused); `range` tells assistive
    // technology the whole numbers a field takes.
    bool edit(const char* label, const char* kind, const std::string& shown,
              const std::function<std::string(const std::string&)>& accept, bool label_above = true,
              const Range* range = nullptr);

    FieldBuffers& buffers_;
    int problems_ = 0;
    int missing_ = 0;
    bool committed_ = false;
    float width_ = 0.0f; // of the next typed field (0 = the whole row); the pain scale's box sets it
};

// The 0-10 choices of a pain scale ("group: 0" ... "group: 10"), coloured by `scale` (none: uncoloured), one
// row when wide and 6 + 5 on a phone. Returns the number tapped this frame, or -1.
int pain_choices(const char* group, int selected, const PainScale* scale);

// Text without surrounding spaces; a whole number typed as digits (optional minus), else false.
std::string trimmed(const std::string& text);
bool parse_whole(const std::string& text, long& out);

} // namespace stride::ui
