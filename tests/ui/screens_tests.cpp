// The screens in real ImGui frames with no window: a headless context with the default font, the probe
// attached, input fed through ImGuiIO, and the emitted actions applied to a Timeline as the app does.

#include "ui/app_ui.hpp"
#include "ui/derived.hpp"
#include "ui/probe.hpp"

#include "core/changes/timeline.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <string>

namespace stride::ui {
namespace {

Date day(const char* iso) {
    return *Date::parse(iso);
}

// One app-like harness: a context, the probe, the plan's timeline, and a frame function.
class Screens {
  public:
    explicit Screens(float width = 390.0f, float height = 844.0f) : timeline_(make_plan(7)) {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(width, height);
        io.IniFilename = nullptr;
        io.KeyMap[ImGuiKey_Backspace] = kBackspace; // ImGui 1.86: keys are indices into KeysDown
        io.KeyMap[ImGuiKey_Enter] = kEnter;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->AddFontDefault();
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h); // builds the atlas; nothing is uploaded anywhere
        look_.fonts.body = look_.fonts.heading = look_.fonts.section = io.Fonts->Fonts[0];
        look_.touch = true;
        apply_style(ImGui::GetStyle(), false, true);
        probe_.attach(*context_);
        status_.today = day("2025-03-03");
    }
    ~Screens() {
        probe_.detach();
        ImGui::DestroyContext(context_);
    }
    Screens(const Screens&) = delete;
    Screens& operator=(const Screens&) = delete;

    // Draws one frame and applies what the screens asked for, as App::frame does.
    void frame() {
        ImGuiIO& io = ImGui::GetIO();
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        probe_.begin_frame(++frame_number_);
        status_.undo_label = timeline_.undo_label();
        status_.redo_label = timeline_.redo_label();
        status_.plan_revision = timeline_.revision();
        Requests requests;
        draw(timeline_.present(), status_, state_, look_, requests);
        ImGui::Render();
        for (const Action& action : requests.actions)
            if (auto error = timeline_.dispatch(action)) status_.action_error = error->message;
        for (Command command : requests.commands) {
            if (command == Command::undo) timeline_.undo();
            if (command == Command::redo) timeline_.redo();
            commands_.push_back(command);
        }
    }

    // An interactive item (not static text) with this label, fully in view.
    const ProbeItem* find(const std::string& label) const {
        const auto& items = probe_.frame().items;
        const auto it = std::find_if(items.begin(), items.end(), [&](const ProbeItem& i) {
            return i.label == label && i.kind != "text" && i.height >= 20;
        });
        return it == items.end() ? nullptr : &*it;
    }
    bool shows_text_containing(const std::string& words) const {
        const auto& items = probe_.frame().items;
        return std::any_of(items.begin(), items.end(), [&](const ProbeItem& i) {
            return i.kind == "text" && i.label.find(words) != std::string::npos;
        });
    }

    // Scrolls the screen with the wheel until the item is in view (the probe lists only what is drawn).
    const ProbeItem* reveal(const std::string& label) {
        ImGuiIO& io = ImGui::GetIO();
        for (int step = 0; step < 200; ++step) {
            frame();
            if (const ProbeItem* item = find(label)) return item;
            io.MousePos = ImVec2(io.DisplaySize.x * 0.5f, 200.0f);
            io.MouseWheel = step < 100 ? -2.0f : 2.0f; // down first, then back up
        }
        return nullptr;
    }

    // A click at the middle of the item: press on one frame, release on the next.
    void click(const std::string& label) {
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

    static constexpr int kBackspace = 8, kEnter = 13;

    void press_key(int key) {
        ImGuiIO& io = ImGui::GetIO();
        io.KeysDown[key] = true;
        frame();
        io.KeysDown[key] = false;
        frame();
    }

    void type_into(const std::string& label, const std::string& text) {
        click(label);
        ImGuiIO& io = ImGui::GetIO();
        for (int i = 0; i < 6; ++i) {
            press_key(kBackspace);
            frame();
        }
        io.AddInputCharactersUTF8(text.c_str());
        frame();
        frame();
    }

    // Replaces the plan, as opening stored data does.
    void load(Plan plan) { timeline_.reset(std::move(plan)); }
    const Plan& plan() const { return timeline_.present(); }
    AppStatus& status() { return status_; }
    UiState& state() { return state_; }

  private:
    ImGuiContext* context_ = nullptr;
    Probe probe_;
    Timeline timeline_;
    AppStatus status_;
    UiState state_;
    Look look_;
    std::vector<Command> commands_;
    std::uint64_t frame_number_ = 0;
};

void onboard(Screens& s) {
    s.frame();
    REQUIRE(s.shows_text_containing("Welcome to Stride Back"));
    s.click("Side: Right");
    s.click("Continue");
    s.click("Continue to the readiness checklist");
}

// `count` runs every other day up to the harness's today, all green but the first (red: pain 8 during).
Plan years_of_runs(int count) {
    Plan plan = make_plan(7);
    plan.profile.affected_side = Side::right;
    for (int i = 0; i < count; ++i) {
        Run r;
        r.id = (EntryId{plan.ids.origin} << 32) | plan.ids.next++;
        r.date = day("2025-03-02") - 2 * (count - 1 - i);
        r.minutes = 20;
        r.pain_during = i == 0 ? 8 : 1;
        r.pain_next_morning = 0;
        plan.runs.push_back(r);
    }
    return plan;
}

} // namespace

TEST_CASE("onboarding sets the side and goal through actions and opens the readiness checklist") {
    Screens s;
    onboard(s);
    CHECK(s.plan().profile.affected_side == Side::right);
    CHECK(s.plan().goal.target_minutes == 30);
    CHECK(s.state().screen == Screen::readiness);
    CHECK(s.shows_text_containing("Not ready to run yet"));
}

TEST_CASE("a checklist result is recorded with one tap on the pain scale and changes the item's status") {
    Screens s;
    onboard(s);
    CHECK(s.shows_text_containing("No pain at rest: Not tested"));
    s.click("Record rest pain");
    const ProbeItem* save = s.reveal("Save result");
    REQUIRE(save);
    CHECK(save->disabled); // no pain chosen yet: nothing to save
    s.click("Pain at rest: 0");
    s.click("Save result");
    REQUIRE(s.plan().readiness_tests.size() == 1);
    CHECK(s.plan().readiness_tests[0].item == ReadinessItem::rest_pain);
    CHECK(s.plan().readiness_tests[0].pain == 0);
    CHECK(s.shows_text_containing("No pain at rest: Passed"));
}

TEST_CASE("typed values out of range or not numbers are refused at the field and block saving") {
    Screens s;
    onboard(s);
    s.click("Tab: Log");
    s.type_into("Worst pain during", "11");
    CHECK(s.shows_text_containing("11 is not on the scale"));
    s.type_into("Minutes", "-5");
    CHECK(s.shows_text_containing("-5 is not allowed"));
    s.type_into("Distance in km (optional)", "abc");
    CHECK(s.shows_text_containing("\"abc\" is not a number"));
    const ProbeItem* save = s.reveal("Save run");
    REQUIRE(save);
    CHECK(save->disabled);
    s.click("Save run");
    CHECK(s.plan().runs.empty());
    // Fixed values are accepted and the run is saved as typed.
    s.type_into("Worst pain during", "3");
    s.type_into("Minutes", "12");
    s.type_into("Distance in km (optional)", "1.5");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    CHECK(s.plan().runs[0].pain_during == 3);
    CHECK(s.plan().runs[0].minutes == 12);
    CHECK(s.plan().runs[0].distance_km == doctest::Approx(1.5));
}

TEST_CASE("the next-morning question is answered with one tap and a red run turns Today to a step back") {
    Screens s;
    onboard(s);
    s.click("Tab: Log");
    s.click("Worst pain during: 1");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    s.status().today = day("2025-03-04");
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Yesterday's run"));
    s.click("Pain this morning: 0");
    CHECK(s.plan().runs[0].pain_next_morning == 0);
    s.click("Tab: Log");
    s.click("Worst pain during: 8");
    s.click("Save run");
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Step back"));
    CHECK(s.shows_text_containing("Your last run was red"));
}

TEST_CASE("a deleted entry comes back with undo") {
    Screens s;
    onboard(s);
    s.click("Tab: Log");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    s.click("Tab: History");
    s.click("Delete");
    CHECK(s.plan().runs.empty());
    s.click("Undo");
    CHECK(s.plan().runs.size() == 1);
}

TEST_CASE("a setting changes when its field is left, and reset to default restores it") {
    Screens s(1280.0f, 800.0f);
    onboard(s);
    s.click("Tab: Plan");
    s.type_into("Highest pain during a run that is still green (/10)", "1");
    s.press_key(Screens::kEnter);
    s.frame();
    CHECK(s.plan().settings.green_max_pain == 1);
    s.click("Reset to default");
    CHECK(s.plan().settings.green_max_pain == 2);
}

TEST_CASE("what the screens derive from the plan is kept between frames and redone at once after a change") {
    Screens s;
    onboard(s);
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Not ready to run yet"));
    const Derived* kept = s.state().derived.get();
    s.frame();
    s.frame();
    CHECK(s.state().derived.get() == kept); // nothing changed: nothing recomputed

    // A new entry shows on the next frame, on Today and in the history list.
    s.click("Tab: Log");
    s.click("Save run");
    REQUIRE(s.plan().runs.size() == 1);
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Tomorrow morning, log how your hamstring feels"));
    s.click("Tab: History");
    REQUIRE(s.reveal("Delete")); // the run's row
    CHECK(s.shows_text_containing("Zone: waiting"));

    // So does an undo.
    s.click("Undo");
    CHECK(s.plan().runs.empty());
    CHECK_FALSE(s.reveal("Delete"));
    s.click("Tab: Today");
    CHECK(s.shows_text_containing("Not ready to run yet"));

    // And a new day, with the plan unchanged.
    s.click("Redo");
    REQUIRE(s.plan().runs.size() == 1);
    CHECK(s.shows_text_containing("Tomorrow morning, log how your hamstring feels"));
    kept = s.state().derived.get();
    s.status().today = day("2025-03-04");
    s.frame();
    CHECK(s.state().derived.get() != kept);
    CHECK(s.shows_text_containing("How did your hamstring feel the morning after your run on"));
}

namespace {
// Taps the first (leftmost) point of the chart with this title and returns what the chart then says.
std::string tap_first_point(Screens& s, const std::string& title) {
    const ProbeItem* chart = s.reveal(title);
    REQUIRE_MESSAGE(chart, "no chart " << title);
    CHECK(chart->kind == "chart");
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(chart->x + 36.0f, chart->y + chart->height * 0.5f); // just right of the y axis
    s.frame();
    io.MouseDown[0] = true;
    s.frame();
    io.MouseDown[0] = false;
    s.frame();
    chart = s.find(title);
    REQUIRE(chart);
    return chart->value;
}
} // namespace

TEST_CASE("years of entries are charted as merged points that keep the worst value, told in words on a tap") {
    Screens s;
    Plan plan = years_of_runs(1500);
    for (int i = 0; i < 300; ++i) { // curl tests, the first with the weaker leg at a third of the stronger
        ReadinessTest curl;
        curl.id = (EntryId{plan.ids.origin} << 32) | plan.ids.next++;
        curl.date = day("2025-03-02") - (300 - i);
        curl.item = ReadinessItem::hamstring_curl;
        curl.left = i == 0 ? 10 : 29;
        curl.right = 30;
        plan.readiness_tests.push_back(curl);
    }
    s.load(plan);
    s.click("Tab: History");
    const std::string pain = tap_first_point(s, "Pain with each run");
    CAPTURE(pain);
    CHECK(pain.find(" runs; the highest: ") != std::string::npos); // one point stands for several runs
    CHECK(pain.find("during 8/10") != std::string::npos);          // the red run is not averaged away
    CHECK(s.shows_text_containing("the highest: "));
    const std::string strength = tap_first_point(s, "Strength: weaker leg as % of the stronger");
    CAPTURE(strength);
    CHECK(strength.find(" tests; the lowest: ") != std::string::npos); // for strength, low is the worry
    CHECK(strength.find(": 33%") != std::string::npos);
}

} // namespace stride::ui
