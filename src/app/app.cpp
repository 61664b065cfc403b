#include "app/app.hpp"

#include "platform/web/web_storage.hpp" // wall_clock_ms

#include <imgui.h>

#include <utility>

namespace stride {

App::ImGuiContextOwner::ImGuiContextOwner() : context(ImGui::CreateContext()) {}
App::ImGuiContextOwner::~ImGuiContextOwner() {
    ImGui::DestroyContext(context);
}

App::App()
    : storage_(platform_), timeline_(storage_.open([this] { return platform_.random(kMaxOrigin); })),
      sharing_({[this] { note_backup_made(); }, [this] { storage_.flush(); },
                [this] { platform_.request_frame(); }}) {
    status_.start_notice = storage_.take_start_notice();
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
    storage_.follow_other_tabs(timeline_, status_);
    refresh_status();
    if (platform_.take_answer_link()) ui::open_answer(ui_state_);
    ui::draw(timeline_.present(), status_, ui_state_, look_, requests_);
    platform_.set_badge(ui::waiting_questions(ui_state_));
    float background[3];
    ui::background_colour(look_.dark, background);
    platform_.render(background);
    apply_requests();
    publish();
}

void App::rebuild_look() {
    const platform::Display& display = platform_.display();
    ImGuiIO& io = ImGui::GetIO();
    look_.dark = display.dark;
    look_.touch = display.touch;
    look_.fonts = ui::build_fonts(*io.Fonts, font_files_, display.pixel_ratio, display.touch);
    io.FontGlobalScale = 1.0f / display.pixel_ratio;
    ui::apply_style(ImGui::GetStyle(), display.dark, display.touch);
    platform_.reload_fonts();
}

void App::refresh_status() {
    status_.today = platform_.today();
    if (status_.app_url.empty()) status_.app_url = platform_.app_url();
    status_.plan_revision = timeline_.revision();
    status_.undo_label = timeline_.undo_label();
    status_.redo_label = timeline_.redo_label();
    storage_.fill(status_);
    sharing_.refresh(timeline_.present(), status_); // after fill: a waiting update needs the save state
}

void App::note_backup_made() {
    storage_.note_backup_made(platform_.today());
}

void App::apply_requests() {
    // Taken out first: running a request may queue more (e.g. a confirmed import becomes an action).
    ui::Requests requests = std::exchange(requests_, {});
    std::vector<Action> applied; // kept until saved, to re-apply on top of another tab's save
    for (Action& action : requests.actions) {
        if (auto error = timeline_.dispatch(action))
            status_.action_error = error->message;
        else
            applied.push_back(std::move(action));
    }
    for (ui::Command command : requests.commands)
        run_command(command);
    if (requests.reminder) sharing_.remind(*requests.reminder, platform::wall_clock_ms() / 1000, status_);
    if (requests.actions.empty() && requests.commands.empty()) {
        if (requests.reminder) platform_.request_frame(); // show the notice
        return;
    }
    // Commands (undo, redo, ...) may have changed the plan in ways the actions alone do not repeat.
    storage_.save_if_changed(timeline_.present(), std::move(applied), requests.commands.empty());
    platform_.request_frame();
}

void App::run_command(ui::Command command) {
    switch (command) {
    case ui::Command::undo:
        timeline_.undo();
        break;
    case ui::Command::redo:
        timeline_.redo();
        break;
    case ui::Command::request_persistence:
        storage_.request_persistence();
        break;
    case ui::Command::dismiss_notice:
        status_.action_error.clear();
        status_.start_notice.clear();
        status_.import_error.clear();
        status_.sharing_notice.clear();
        break;
    default:
        // Export, import, share and update (src/app/sharing.cpp).
        sharing_.run(command, timeline_.present(), status_, requests_);
        break;
    }
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
