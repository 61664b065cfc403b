#include "app/app.hpp"

#include "core/plan_file/plan_in_html.hpp"
#include "platform/drag_scroll.hpp"
#include "platform/synthetic_input.hpp"

#include <imgui.h>

#include <cstdio>
#include <string>
#include <utility>

namespace stride {
namespace {

// "#rrggbb" for an ImGui colour.
std::string css_colour(ImU32 colour) {
    char css[8];
    std::snprintf(css, sizeof css, "#%02x%02x%02x", colour & 0xff, (colour >> 8) & 0xff,
                  (colour >> 16) & 0xff);
    return css;
}

} // namespace

App::ImGuiContextOwner::ImGuiContextOwner() : context(ImGui::CreateContext()) {}
App::ImGuiContextOwner::~ImGuiContextOwner() {
    ImGui::DestroyContext(context);
}

App::App()
    : files_(kMaxPlanFileBytes, kMaxImportFileBytes, [this] { platform_.request_frame(); }),
      update_([this] { platform_.request_frame(); }),
      runtime_({clock_, random_, storage_, storage_host_, files_, update_, page_, desk_store_,
                [this] { platform_.request_frame(); }}),
      web_mirror_([this] { platform_.request_frame(); }) {
    font_files_.regular = platform_.page_font(0);
    font_files_.semibold = platform_.page_font(1);
    probe_.attach(*imgui_.context);
    // The page is being hidden or closed: input still queued is applied first, so its change is journaled
    // and handed to storage with the flush (docs/storage.md, "The journal").
    storage_host_.before_flush([this] { platform_.apply_pending_input(); });
}

App::~App() {
    probe_.detach();
}

void App::start() {
    platform_.run([this] { frame(); });
}

void App::frame() {
    if (platform_.update_display()) rebuild_look();
    platform_.new_frame();
    for (const ui::MirrorEffect& scroll : std::exchange(scrolls_, {}))
        platform::scroll_window(scroll.window, scroll.by);
    probe_.begin_frame(++frame_number_);
    runtime_.begin_frame();
    ui::draw(runtime_.view(), ui_state_, look_, requests_);
    float background[3];
    ui::background_colour(look_.dark, look_.more_contrast, background);
    platform_.render(background);
    runtime_.apply(std::exchange(requests_, {}));
    if (ui_state_.text_size_chosen) platform_.set_text_size(std::exchange(ui_state_.text_size_chosen, 0));
    publish();
    update_mirror();
}

void App::rebuild_look() {
    const platform::Display& display = platform_.display();
    ImGuiIO& io = ImGui::GetIO();
    look_.dark = display.dark;
    look_.more_contrast = display.more_contrast;
    look_.touch = display.touch;
    look_.text_size = display.text_size;
    look_.fonts =
        ui::build_fonts(*io.Fonts, font_files_, display.pixel_ratio, display.touch, display.text_size);
    io.FontGlobalScale = 1.0f / display.pixel_ratio;
    ui::apply_style(ImGui::GetStyle(), display.dark, display.touch, display.more_contrast);
    web_mirror_.set_focus_colours(css_colour(ui::colours().accent),
                                  css_colour(ImGui::GetColorU32(ImGuiCol_WindowBg)));
    platform_.reload_fonts();
}

void App::publish() {
    std::vector<platform::TextField> fields;
    for (const ui::ProbeItem& item : probe_.frame().items) {
        if (item.kind == "text-field" || item.kind == "number-field" || item.kind == "field")
            fields.push_back({item.x, item.y, item.width, item.height, item.kind != "text-field"});
    }
    platform_.set_text_fields(std::move(fields));
    platform_.publish_probe(probe_.frame().number, [this] { return ui::probe_to_json(probe_.frame()); });
}

void App::update_mirror() {
    using Kind = ui::MirrorRequest::Kind;
    using PageKind = platform::MirrorPageRequest::Kind;
    static_assert(int(Kind::focus) == int(PageKind::focus) &&
                      int(Kind::activate) == int(PageKind::activate) &&
                      int(Kind::text) == int(PageKind::text) && int(Kind::escape) == int(PageKind::escape),
                  "mirror.js numbers its requests as ui::MirrorRequest::Kind lists them");
    const ui::MirrorDiff& diff = mirror_.update(probe_.frame());
    if (!diff.empty()) web_mirror_.apply(ui::mirror_diff_to_json(diff));
    for (platform::MirrorPageRequest& r : web_mirror_.take_requests())
        mirror_input_.request({static_cast<Kind>(r.kind), std::move(r.key), std::move(r.text)});
    for (const ui::MirrorEffect& e : mirror_input_.next(mirror_, platform_.input_settled())) {
        if (e.kind == ui::MirrorEffect::Kind::scroll) {
            scrolls_.push_back(e);
            platform_.request_frame();
            continue;
        }
        const auto events = e.kind == ui::MirrorEffect::Kind::tap ? platform::tap_events(e.x, e.y)
                            : e.kind == ui::MirrorEffect::Kind::replace_text
                                ? platform::replace_text_events(e.text)
                                : platform::key_events(platform::key::Enter);
        for (const platform::InputEvent& event : events)
            platform_.push(event);
    }
    if (mirror_input_.pending()) platform_.request_frame();
}

} // namespace stride
