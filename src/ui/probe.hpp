#pragma once
// The UI probe: what a person would see, for tests and for the accessibility mirror. ImGui is compiled with
// IMGUI_ENABLE_TEST_ENGINE, so every labelled widget calls ImGuiTestEngineHook_ItemInfo as it is drawn;
// probe.cpp implements those hooks and records each interactive item (label, kind, value, rectangle in CSS
// pixels) and, through the widgets, the text around them. The app publishes the finished frame to
// JavaScript (window.strideProbe); end-to-end tests find items there and click, tap and type at their
// rectangles with real input. Nothing here lets a test change state behind the UI.
//
// The probe also records what the accessibility mirror (ui/mirror.hpp) needs: items scrolled out of view
// (ImGui is told not to clip the app's windows, probe_whole_window, so a screen reader can read a whole
// screen), the
// group of a choice, a field's refusal, headings, what Escape closes, the navigation windows and the words
// worth announcing when they change.

#include <cstdint>
#include <string>
#include <vector>

struct ImGuiContext;

namespace stride::ui {

struct ProbeItem {
    unsigned int id = 0; // ImGui ID, stable while the label and its window stay the same
    std::string label;   // visible label; for "##hidden" labels the hidden part
    std::string kind;    // button, checkbox, openable, field, text-field, number-field, choice, chart;
                         // "text" = static text
    std::string value;   // what the item holds where known, else ""
    // The visible part of the item (CSS pixels from the canvas corner) when `shown`; the whole item when it
    // is scrolled out of its window.
    float x = 0, y = 0, width = 0, height = 0;
    bool shown = true;   // some of it is inside its window's visible area
    bool active = false; // being pressed or edited this frame
    bool disabled = false;

    // For the mirror.
    float top = 0, bottom = 0;           // the whole item, vertically (CSS px)
    float view_top = 0, view_bottom = 0; // the visible area of its window
    unsigned int window = 0;             // ImGui ID of the window that scrolls it
    bool navigation = false;             // drawn in a window marked as the app's navigation
    std::string group;                   // a choice's group ("Side" for "Side: Left"), else ""
    std::string invalid;                 // a field's refusal of what was typed, else ""
    int heading = 0;                     // text: 1 screen or app title, 2 section title, 0 not a heading
    bool ranged = false;                 // a whole-number field from `min` to `max`
    int min = 0, max = 0;
    bool closes = false;  // activating it closes what is open (Escape does it)
    bool clipped = false; // its label is wider than the item, so part of it is cut off (large text sizes)
};

// Words the mirror announces (politely) when they change: a saved message, a refusal, the suggestion.
struct LiveText {
    std::string key; // what the words are about; a change of the words under one key is announced
    std::string text;
    bool again = false; // announce it even if the words have not changed (said again, e.g. a second save)
};

struct ProbeFrame {
    std::uint64_t number = 0;
    std::vector<ProbeItem> items; // in the order drawn, which is the reading order
    std::vector<std::string> log; // IMGUI_TEST_ENGINE_LOG lines written during the frame
    std::vector<LiveText> live;
};

class Probe {
  public:
    // Routes the ImGui context's test-engine hooks to this probe. The probe must outlive the attachment.
    void attach(ImGuiContext& context);
    void detach();
    // Call once per frame after ImGui::NewFrame(), before any widget is drawn.
    void begin_frame(std::uint64_t number);
    const ProbeFrame& frame() const { return frame_; }

    // Hook entry points (called from probe.cpp's ImGuiTestEngineHook_* functions).
    void record_item(ImGuiContext& context, unsigned int id, const char* label, int status_flags);
    void record_text(ImGuiContext& context, std::string text, int heading);
    void record_log(std::string line);
    const char* label_of(unsigned int id) const;
    // The item recorded last with this ImGui ID, if any (widgets describe it further).
    ProbeItem* last_item(unsigned int id);
    void add_live(LiveText live) { frame_.live.push_back(std::move(live)); }
    void mark_navigation(unsigned int root_window) { navigation_windows_.push_back(root_window); }

  private:
    bool in_navigation(ImGuiContext& context) const;

    ImGuiContext* context_ = nullptr;
    ProbeFrame frame_;
    std::vector<unsigned int> navigation_windows_; // this frame's
};

// Lets a widget wrapper say what the item it just drew is and what it holds, e.g. ("number-field", "42.0").
// Does nothing when no probe is attached (as do all the functions below).
void describe_last_item(const char* kind, std::string value);

// Reports the item just drawn by a widget that tells the test engine nothing itself (InvisibleButton, used
// for drawn controls such as pain choices and charts), under `label` with its kind and value; `group`
// names the choice group it belongs to.
void report_last_item(const char* label, const char* kind, std::string value, const char* group = "");

// The field just drawn refused what was typed, for this reason.
void mark_last_item_invalid(std::string reason);
// The field just drawn takes whole numbers from min to max.
void mark_last_item_range(int min, int max);
// The button just drawn closes what is open (a reason shown, a form, a notice): Escape presses it.
void mark_last_item_closes();
// The control just drawn could not show all of its label (`label_width` and the inner width, CSS px).
void mark_last_item_clipped(float label_width, float inner_width);

// Records the text item just drawn (ImGui::TextUnformatted and friends report nothing by themselves), so
// tests and the mirror can read what the screen says; `heading` 1 or 2 makes it a heading of that level.
void describe_last_text(std::string text, int heading = 0);

// Call right after ImGui::Begin() of each of the app's windows: the probe then sees all of its items, also
// those scrolled out of view. `navigation`: the window holds the app's navigation (the mirror makes it a
// landmark and its choices tabs).
void probe_whole_window(bool navigation = false);

// Words to announce when they change under `key`, or with `again` even when they have not (an empty text
// announces nothing).
void announce(const char* key, std::string text, bool again = false);

// JSON for window.strideProbe: {"frame":N,"items":[{"label":..,"kind":..,"value":..,"x":..,...}],"log":[..]}
// with the items on screen only, as a person sees them.
std::string probe_to_json(const ProbeFrame& frame);

// Writes `text` as a JSON string (quoted and escaped) at the end of `out`.
void append_json_string(std::string& out, const std::string& text);

} // namespace stride::ui
