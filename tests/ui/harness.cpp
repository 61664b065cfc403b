#include "harness.hpp"

#include "core/plan_file/plan_file.hpp"
#include "platform/drag_scroll.hpp"
#include "platform/synthetic_input.hpp"
#include "storage/record.hpp"
#include "ui/theme.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <functional>
#include <utility>

namespace stride {

Date day(const char* iso) {
    return *Date::parse(iso);
}

namespace ui::test {

void store_plan(platform::FakeBrowser& browser, const Plan& plan) {
    const std::uint64_t generation =
        browser.storage().records().empty() ? 1 : browser.storage().records().rbegin()->first + 1;
    browser.storage().records()[generation] = storage::encode_record(
        {generation, browser.clock().now_ms(), "an earlier visit", plan_to_json(plan)});
}

Screens::Screens(float width, float height, std::optional<Plan> stored)
    : owned_browser_(std::make_unique<platform::FakeBrowser>()), browser_(owned_browser_.get()) {
    if (stored) store_plan(*browser_, *stored);
    start(width, height);
}

Screens::Screens(platform::FakeBrowser& browser, float width, float height) : browser_(&browser) {
    start(width, height);
}

void Screens::start(float width, float height) {
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(width, height);
    io.IniFilename = nullptr;
    platform::map_keys(io); // ImGui 1.86: keys are indices into KeysDown (kBackspace, kEnter among them)
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    // The default font at the app's three sizes (body, heading 1.5x, section 1.15x), so headings are told
    // apart by size as in the app.
    for (float size : {13.0f, 19.5f, 15.0f}) {
        ImFontConfig config;
        config.SizePixels = size;
        io.Fonts->AddFontDefault(&config);
    }
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // builds the atlas; nothing is uploaded anywhere
    look_.fonts.body = io.Fonts->Fonts[0];
    look_.fonts.heading = io.Fonts->Fonts[1];
    look_.fonts.section = io.Fonts->Fonts[2];
    look_.touch = true;
    apply_style(ImGui::GetStyle(), false, true);
    probe_.attach(*context_);
    tab_ = &browser_->open_tab();
    runtime_ = std::make_unique<runtime::Runtime>(tab_->ports());
}

Screens::~Screens() {
    runtime_.reset();
    browser_->close_tab(*tab_);
    ImGui::SetCurrentContext(context_);
    probe_.detach();
    ImGui::DestroyContext(context_);
}

void Screens::frame() {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    const bool settled = queue_.empty();
    queue_.apply_frame(io);
    ImGui::NewFrame();
    for (const MirrorEffect& scroll : std::exchange(scrolls_, {}))
        platform::scroll_window(scroll.window, scroll.by);
    probe_.begin_frame(++frame_number_);
    runtime_->begin_frame();
    Requests requests;
    draw(runtime_->view(), state_, look_, requests);
    ImGui::Render();
    runtime_->apply(std::move(requests));
    mirror_diff_ = &mirror_.update(probe_.frame());
    announcements_.insert(announcements_.end(), mirror_diff_->announce.begin(), mirror_diff_->announce.end());
    // The page moves its focus when told, if its focus is in the mirror, and says where it went.
    if (!mirror_diff_->focus.empty() && !mirror_.focused().empty())
        mirror_input_.request({MirrorRequest::Kind::focus, mirror_diff_->focus, ""});
    for (const MirrorEffect& e : mirror_input_.next(mirror_, settled)) {
        if (e.kind == MirrorEffect::Kind::scroll) {
            scrolls_.push_back(e);
            continue;
        }
        const auto events = e.kind == MirrorEffect::Kind::tap ? platform::tap_events(e.x, e.y)
                            : e.kind == MirrorEffect::Kind::replace_text
                                ? platform::replace_text_events(e.text)
                                : platform::key_events(platform::key::Enter);
        for (const platform::InputEvent& event : events)
            queue_.push(event);
    }
}

void Screens::ask(MirrorRequest request) {
    mirror_input_.request(std::move(request));
    for (int i = 0; i < 60 && (mirror_input_.pending() || !queue_.empty() || !scrolls_.empty()); ++i)
        frame();
    frame(); // the frame after the last input's actions were applied
    frame();
}

const MirrorNode& Screens::node(Role role, const std::string& name, const std::string& group) {
    const MirrorNode* found = mirror_.find(role, name, group);
    REQUIRE_MESSAGE(found, "no " << role_name(role) << " named \"" << name << "\"");
    return *found;
}

void Screens::activate(Role role, const std::string& name, const std::string& group) {
    ask({MirrorRequest::Kind::activate, node(role, name, group).key, ""});
}

void Screens::type(Role role, const std::string& name, const std::string& text) {
    const std::string key = node(role, name).key;
    ask({MirrorRequest::Kind::focus, key, ""});
    ask({MirrorRequest::Kind::text, key, text});
}

const ProbeItem* Screens::find(const std::string& label) const {
    const auto& items = probe_.frame().items;
    const auto it = std::find_if(items.begin(), items.end(), [&](const ProbeItem& i) {
        return i.shown && i.label == label && i.kind != "text" && i.height >= 20;
    });
    return it == items.end() ? nullptr : &*it;
}

bool Screens::shows_text_containing(const std::string& words) const {
    const auto& items = probe_.frame().items;
    return std::any_of(items.begin(), items.end(), [&](const ProbeItem& i) {
        return i.shown && i.kind == "text" && i.label.find(words) != std::string::npos;
    });
}

const ProbeItem* Screens::reveal(const std::string& label) {
    const ProbeItem* item = nullptr;
    scroll_until([&] { return (item = find(label)) != nullptr; });
    return item;
}

bool Screens::reveal_text(const std::string& words) {
    return scroll_until([&] { return shows_text_containing(words); });
}

bool Screens::scroll_until(const std::function<bool()>& shown) {
    for (int step = 0; step < 200; ++step) {
        frame();
        if (shown()) return true;
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = ImVec2(io.DisplaySize.x * 0.5f, 200.0f);
        io.MouseWheel = step < 100 ? -2.0f : 2.0f; // down first, then back up
    }
    return false;
}

void Screens::click(const std::string& label) {
    const ProbeItem* item = reveal(label);
    REQUIRE_MESSAGE(item, "not on screen: " << label);
    const float x = item->x + item->width * 0.5f, y = item->y + item->height * 0.5f;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(x, y);
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    frame(); // the frame after the actions were applied
}

void Screens::press_key(int key) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[key] = true;
    frame();
    io.KeysDown[key] = false;
    frame();
}

void Screens::type_into(const std::string& label, const std::string& text) {
    click(label);
    for (int i = 0; i < 6; ++i) {
        press_key(kBackspace);
        frame();
    }
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frame();
    frame();
}

} // namespace ui::test
} // namespace stride
