#pragma once
// The UI probe: what a person would see, for tests. ImGui is compiled with IMGUI_ENABLE_TEST_ENGINE, so
// every labelled widget calls ImGuiTestEngineHook_ItemInfo as it is drawn; probe.cpp implements those hooks
// and records each visible interactive item (label, kind, value, rectangle in CSS pixels). The app publishes
// the finished frame to JavaScript (window.strideProbe); end-to-end tests find items there and click, tap
// and type at their rectangles with real input. Nothing here lets a test change state behind the UI.

#include <cstdint>
#include <string>
#include <vector>

struct ImGuiContext;

namespace stride::ui {

struct ProbeItem {
    unsigned int id = 0; // ImGui ID, stable while the label and its window stay the same
    std::string label;   // visible label; for "##hidden" labels the hidden part
    std::string kind;    // button, checkbox, openable, field, text-field, number-field; "text" = static text
    std::string value;   // what the item holds where known, else ""
    float x = 0, y = 0, width = 0, height = 0; // visible part of the item, CSS pixels from the canvas corner
    bool active = false;                       // being pressed or edited this frame
    bool disabled = false;
};

struct ProbeFrame {
    std::uint64_t number = 0;
    std::vector<ProbeItem> items;
    std::vector<std::string> log; // IMGUI_TEST_ENGINE_LOG lines written during the frame
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
    void describe_last_item(unsigned int id, const char* kind, std::string value);
    void record_text(ImGuiContext& context, std::string text);
    void record_log(std::string line);
    const char* label_of(unsigned int id) const;

  private:
    ImGuiContext* context_ = nullptr;
    ProbeFrame frame_;
};

// Lets a widget wrapper say what the item it just drew is and what it holds, e.g. ("number-field", "42.0").
// Does nothing when no probe is attached.
void describe_last_item(const char* kind, std::string value);

// Reports the item just drawn by a widget that tells the test engine nothing itself (InvisibleButton, used
// for drawn controls such as pain choices and charts), under `label` with its kind and value.
void report_last_item(const char* label, const char* kind, std::string value);

// Records the text item just drawn (ImGui::TextUnformatted and friends report nothing by themselves), so
// tests can read what the screen says. Does nothing when no probe is attached or the text is scrolled away.
void describe_last_text(std::string text);

// JSON for window.strideProbe: {"frame":N,"items":[{"label":..,"kind":..,"value":..,"x":..,...}],"log":[..]}
std::string probe_to_json(const ProbeFrame& frame);

} // namespace stride::ui
