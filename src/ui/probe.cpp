#include "ui/probe.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>

namespace stride::ui {
namespace {

Probe* attached_probe(ImGuiContext* context) {
    return context ? static_cast<Probe*>(context->TestEngine) : nullptr;
}

// "Save##plan" shows "Save"; "##Distance" shows nothing, so its hidden part is the only name it has.
std::string visible_label(const char* label) {
    const std::string text = label ? label : "";
    const auto hidden = text.find("##");
    if (hidden == std::string::npos) return text;
    if (hidden > 0) return text.substr(0, hidden);
    return text.substr(text.find_first_not_of('#'));
}

} // namespace

void append_json_string(std::string& out, const std::string& text) {
    out += '"';
    for (const char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

namespace {

// Writes the members of one JSON object in order: {"name":value,...}; the caller closes it.
struct JsonObject {
    std::string& out;
    bool first = true;

    void name(const char* key) {
        out += first ? "{\"" : ",\"";
        first = false;
        out += key;
        out += "\":";
    }
    void text(const char* key, const std::string& value) {
        name(key);
        append_json_string(out, value);
    }
    void number(const char* key, double value) {
        name(key);
        char shown[32];
        std::snprintf(shown, sizeof shown, "%.2f", value);
        out += shown;
    }
    void boolean(const char* key, bool value) {
        name(key);
        out += value ? "true" : "false";
    }
};

// Places `item` at the part of `rect` inside the current window's clip rectangle, or at the whole of `rect`
// (shown = false) when none of it shows; notes the window and its visible area for scrolling it into view.
void place(ImGuiContext& g, const ImRect& rect, ProbeItem& item) {
    ImRect visible = rect;
    ImGuiWindow* window = g.CurrentWindow;
    if (window) visible.ClipWithFull(window->ClipRect);
    item.shown = visible.GetWidth() > 0.0f && visible.GetHeight() > 0.0f;
    const ImRect& at = item.shown ? visible : rect;
    item.x = at.Min.x;
    item.y = at.Min.y;
    item.width = at.GetWidth();
    item.height = at.GetHeight();
    item.top = rect.Min.y;
    item.bottom = rect.Max.y;
    if (!window) return;
    item.window = window->ID;
    item.view_top = window->InnerClipRect.Min.y;
    item.view_bottom = window->InnerClipRect.Max.y;
}

} // namespace

void Probe::attach(ImGuiContext& context) {
    context_ = &context;
    context.TestEngine = this;
    context.TestEngineHookItems = true;
}

void Probe::detach() {
    if (!context_) return;
    context_->TestEngine = nullptr;
    context_->TestEngineHookItems = false;
    context_ = nullptr;
}

void Probe::begin_frame(std::uint64_t number) {
    frame_.number = number;
    frame_.items.clear();
    frame_.log.clear();
    frame_.live.clear();
    navigation_windows_.clear();
}

void Probe::record_item(ImGuiContext& g, unsigned int id, const char* label, int status_flags) {
    const ImGuiLastItemData& last = g.LastItemData;
    // NavRect is the part that reacts to the pointer (a field's box without its side label); clip it to
    // the window so a half-scrolled item reports only what can be touched.
    ProbeItem item;
    place(g, last.ID == id ? last.NavRect : last.Rect, item);
    item.id = id;
    item.label = visible_label(label);
    if (status_flags & ImGuiItemStatusFlags_Checkable) {
        item.kind = "checkbox";
        item.value = (status_flags & ImGuiItemStatusFlags_Checked) ? "true" : "false";
    } else if (status_flags & ImGuiItemStatusFlags_Openable) {
        item.kind = "openable";
        item.value = (status_flags & ImGuiItemStatusFlags_Opened) ? "open" : "closed";
    } else if (last.InFlags & ImGuiItemFlags_Inputable) {
        item.kind = "field"; // text, number, slider or drag: widgets.cpp refines it
    } else {
        item.kind = "button";
    }
    item.active = g.ActiveId == id;
    item.disabled = (last.InFlags & ImGuiItemFlags_Disabled) != 0;
    item.navigation = in_navigation(g);
    frame_.items.push_back(std::move(item));
}

bool Probe::in_navigation(ImGuiContext& g) const {
    if (!g.CurrentWindow) return false;
    const unsigned int root = g.CurrentWindow->RootWindow->ID;
    return std::find(navigation_windows_.begin(), navigation_windows_.end(), root) !=
           navigation_windows_.end();
}

ProbeItem* Probe::last_item(unsigned int id) {
    for (auto it = frame_.items.rbegin(); it != frame_.items.rend(); ++it)
        if (it->id == id && it->kind != "text") return &*it;
    return nullptr;
}

void Probe::record_text(ImGuiContext& g, std::string text, int heading) {
    ProbeItem item;
    place(g, g.LastItemData.Rect, item);
    item.label = std::move(text);
    item.kind = "text";
    item.heading = heading;
    item.navigation = in_navigation(g);
    frame_.items.push_back(std::move(item));
}

void Probe::record_log(std::string line) {
    frame_.log.push_back(std::move(line));
}

const char* Probe::label_of(unsigned int id) const {
    for (const auto& item : frame_.items)
        if (item.id == id && id != 0) return item.label.c_str();
    return nullptr;
}

namespace {
// The item the widget just drew, if a probe is attached and recorded it.
ProbeItem* last_drawn() {
    ImGuiContext* context = ImGui::GetCurrentContext();
    Probe* probe = attached_probe(context);
    return probe ? probe->last_item(context->LastItemData.ID) : nullptr;
}
} // namespace

void describe_last_item(const char* kind, std::string value) {
    if (ProbeItem* item = last_drawn()) {
        item->kind = kind;
        item->value = std::move(value);
    }
}

void report_last_item(const char* label, const char* kind, std::string value, const char* group) {
    ImGuiContext* context = ImGui::GetCurrentContext();
    Probe* probe = attached_probe(context);
    if (!probe) return;
    probe->record_item(*context, context->LastItemData.ID, label, context->LastItemData.StatusFlags);
    ProbeItem* item = probe->last_item(context->LastItemData.ID); // record_item always records it
    item->kind = kind;
    item->value = std::move(value);
    item->group = group;
}

void mark_last_item_invalid(std::string reason) {
    if (ProbeItem* item = last_drawn()) item->invalid = std::move(reason);
}

void mark_last_item_range(int min, int max) {
    if (ProbeItem* item = last_drawn()) {
        item->ranged = true;
        item->min = min;
        item->max = max;
    }
}

void mark_last_item_clipped(float label_width, float inner_width) {
    if (label_width <= inner_width + 0.5f) return;
    if (ProbeItem* item = last_drawn()) item->clipped = true;
}

void mark_last_item_closes() {
    if (ProbeItem* item = last_drawn()) item->closes = true;
}

void describe_last_text(std::string text, int heading) {
    ImGuiContext* context = ImGui::GetCurrentContext();
    if (Probe* probe = attached_probe(context)) probe->record_text(*context, std::move(text), heading);
}

void probe_whole_window(bool navigation) {
    ImGuiContext* context = ImGui::GetCurrentContext();
    Probe* probe = attached_probe(context);
    if (!probe || !context->CurrentWindow) return;
    // ImGui skips the widgets it clips away, and a screen reader must be able to read a whole screen, not
    // only what is scrolled into view. While it logs, ImGui clips nothing (an off-screen widget costs its
    // layout and a few vertices the GPU discards); the window's End() ends the log and empties it.
    ImGui::LogToBuffer(0); // 0: open no tree node for the log
    if (navigation) probe->mark_navigation(context->CurrentWindow->RootWindow->ID);
}

void announce(const char* key, std::string text, bool again) {
    if (Probe* probe = attached_probe(ImGui::GetCurrentContext()))
        probe->add_live({key, std::move(text), again});
}

std::string probe_to_json(const ProbeFrame& frame) {
    std::string out = "{\"frame\":" + std::to_string(frame.number) + ",\"items\":[";
    bool first = true;
    for (const ProbeItem& item : frame.items) {
        if (!item.shown) continue;
        if (!first) out += ',';
        first = false;
        JsonObject object{out};
        object.text("label", item.label);
        object.text("kind", item.kind);
        object.text("value", item.value);
        object.number("x", item.x);
        object.number("y", item.y);
        object.number("width", item.width);
        object.number("height", item.height);
        object.boolean("active", item.active);
        object.boolean("disabled", item.disabled);
        object.boolean("clipped", item.clipped);
        out += '}';
    }
    out += "],\"log\":[";
    for (std::size_t i = 0; i < frame.log.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, frame.log[i]);
    }
    out += "]}";
    return out;
}
} // namespace stride::ui

// ---------------------------------------------------------------------------------------------------------
// The hooks imgui_internal.h declares under IMGUI_ENABLE_TEST_ENGINE (global namespace, fixed signatures).
// ---------------------------------------------------------------------------------------------------------

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, const ImRect&, ImGuiID) {
    // Every item, labelled or not, passes here; only labelled ones (ItemInfo) are worth reporting.
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* context, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
    if (auto* probe = stride::ui::attached_probe(context)) probe->record_item(*context, id, label, flags);
}

void ImGuiTestEngineHook_Log(ImGuiContext* context, const char* format, ...) {
    auto* probe = stride::ui::attached_probe(context);
    if (!probe) return;
    char line[512];
    va_list args;
    va_start(args, format);
    std::vsnprintf(line, sizeof line, format, args);
    va_end(args);
    probe->record_log(line);
}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext* context, ImGuiID id) {
    auto* probe = stride::ui::attached_probe(context);
    return probe ? probe->label_of(id) : nullptr;
}
