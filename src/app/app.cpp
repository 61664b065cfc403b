#include "app/app.hpp"

#include "core/plan_file/plan_file.hpp"

#include <imgui.h>

#include <utility>

namespace stride {

App::ImGuiContextOwner::ImGuiContextOwner() : context(ImGui::CreateContext()) {}
App::ImGuiContextOwner::~ImGuiContextOwner() {
    ImGui::DestroyContext(context);
}

App::App()
    : files_(kMaxPlanFileBytes, [this] { platform_.request_frame(); }),
      update_([this] { platform_.request_frame(); }),
      runtime_({clock_, random_, storage_, storage_host_, files_, update_,
                [this] { platform_.request_frame(); }}) {
    font_files_.regular = platform_.page_font(0);
    font_files_.semibold = platform_.page_font(1);
    probe_.attach(*imgui_.context);
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
    probe_.begin_frame(++frame_number_);
    runtime_.begin_frame();
    ui::draw(runtime_.view(), ui_state_, look_, requests_);
    float background[3];
    ui::background_colour(look_.dark, look_.more_contrast, background);
    platform_.render(background);
    runtime_.apply(std::exchange(requests_, {}));
    publish();
}

void App::rebuild_look() {
    const platform::Display& display = platform_.display();
    ImGuiIO& io = ImGui::GetIO();
    look_.dark = display.dark;
    look_.more_contrast = display.more_contrast;
    look_.touch = display.touch;
    look_.fonts = ui::build_fonts(*io.Fonts, font_files_, display.pixel_ratio, display.touch);
    io.FontGlobalScale = 1.0f / display.pixel_ratio;
    ui::apply_style(ImGui::GetStyle(), display.dark, display.touch, display.more_contrast);
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

} // namespace stride
