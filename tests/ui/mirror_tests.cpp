// The accessibility mirror (ui/mirror.hpp, ui/mirror_input.hpp) on real frames of the screens: the roles,
// names, values and states an assistive technology finds, the changes sent to the page from one frame to
// the next, focus and announcements, and whole journeys driven only by role and name.

#include "harness.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

namespace stride::ui {
namespace {

using test::Screens;

std::vector<std::string> names_in(const Mirror& mirror, const MirrorNode& group) {
    std::vector<std::string> out;
    for (const MirrorNode& n : mirror.nodes())
        if (n.parent == group.key) out.push_back(n.name);
    return out;
}

// Whether something said began with `start` (a saved card's title, whose end gives the verdict).
bool announced_start(const Screens& s, const std::string& start) {
    const auto& said = s.announcements();
    return std::any_of(said.begin(), said.end(),
                       [&](const std::string& w) { return w.rfind(start, 0) == 0; });
}

void onboard_by_role(Screens& s) {
    s.frame();
    s.activate(Role::radio, "Right", "Side");
    s.activate(Role::button, "Continue");
    s.activate(Role::button, "Continue to the readiness checklist");
}

TEST_CASE("onboarding in the mirror: a title, words in reading order, a radio group and a disabled button") {
    Screens s;
    s.frame();
    s.frame();
    const Mirror& m = s.mirror();
    const MirrorNode& title = s.node(Role::heading, "Welcome to Stride Back");
    CHECK(title.level == 1);
    CHECK(title.parent == "main");
    CHECK(s.node(Role::heading, "Which side is painful?").level == 2);
    CHECK(s.node(Role::text, "Guidance, not diagnosis: it does not replace your physio. Your data stays in "
                             "this browser.")
              .parent == "main");
    const MirrorNode* side = m.find(Role::radiogroup, "Side");
    REQUIRE(side);
    CHECK(names_in(m, *side) == std::vector<std::string>{"Left", "Right", "Both"});
    CHECK(s.node(Role::radio, "Left", "Side").checked == 0);
    CHECK(s.node(Role::button, "Continue").disabled);
    CHECK(m.find(Role::navigation, "") == nullptr); // no navigation before onboarding ends

    // Reading order is drawing order: the title before the question before its choices.
    const auto at = [&](const std::string& key) {
        return std::find_if(m.nodes().begin(), m.nodes().end(),
                            [&](const MirrorNode& n) { return n.key == key; }) -
               m.nodes().begin();
    };
    CHECK(at(title.key) < at(s.node(Role::heading, "Which side is painful?").key));
    CHECK(at(s.node(Role::heading, "Which side is painful?").key) < at(side->key));

    s.activate(Role::radio, "Left", "Side");
    CHECK(s.node(Role::radio, "Left", "Side").checked == 1);
    CHECK_FALSE(s.node(Role::button, "Continue").disabled);
}

TEST_CASE("a refused value makes its field invalid, pointing at the words that say why") {
    Screens s;
    s.frame();
    s.activate(Role::radio, "Left", "Side");
    s.activate(Role::button, "Continue");
    const MirrorNode& goal = s.node(Role::spinbutton, "Goal: one run of this many minutes");
    CHECK(goal.value == "30");
    CHECK(goal.ranged);
    CHECK(goal.min == 5);
    CHECK(goal.max == 600);
    CHECK(s.node(Role::textbox, "Goal distance in km (optional)").numeric);
    CHECK_FALSE(s.node(Role::textbox, "Your name (optional)").numeric);

    s.type(Role::spinbutton, "Goal: one run of this many minutes", "700");
    const MirrorNode& refused = s.node(Role::spinbutton, "Goal: one run of this many minutes");
    CHECK(refused.value == "700");
    CHECK(refused.invalid == "Goal: one run of this many minutes must be from 5 to 600 minutes: 700 is not "
                             "allowed.");
    const MirrorNode* why = s.mirror().find(refused.described_by);
    REQUIRE(why);
    CHECK(why->role == Role::text);
    CHECK(why->name == refused.invalid);
    CHECK(s.node(Role::button, "Continue to the readiness checklist").disabled);

    s.type(Role::spinbutton, "Goal: one run of this many minutes", "45");
    CHECK(s.node(Role::spinbutton, "Goal: one run of this many minutes").invalid.empty());
    s.type(Role::textbox, "Your name (optional)", "");
    s.activate(Role::button, "Continue to the readiness checklist");
    CHECK(s.plan().goal.target_minutes == 45);
}

TEST_CASE("after onboarding: a navigation landmark with the screens as tabs, the screen title as heading 1") {
    Screens s;
    onboard_by_role(s);
    const Mirror& m = s.mirror();
    const MirrorNode* tabs = m.find(Role::tablist, "Screens");
    REQUIRE(tabs);
    CHECK(tabs->parent == "navigation");
    CHECK(names_in(m, *tabs) == std::vector<std::string>{"Today", "Checklist", "Log", "History", "Plan"});
    CHECK(s.node(Role::tab, "Checklist").checked == 1);
    CHECK(s.node(Role::heading, "Readiness checklist").level == 1);
    s.activate(Role::tab, "Log");
    CHECK(s.node(Role::tab, "Log").checked == 1);
    CHECK(s.node(Role::tab, "Checklist").checked == 0);
    CHECK(s.node(Role::heading, "Log").level == 1);
    const MirrorNode* kinds = m.find(Role::radiogroup, "Log");
    REQUIRE(kinds);
    CHECK(names_in(m, *kinds) ==
          std::vector<std::string>{"Run", "Strength", "Morning check", "Sitting and stretching"});
}

TEST_CASE("only what changed goes to the page: nothing for an unchanged frame, positions for a scroll") {
    Screens s;
    onboard_by_role(s);
    s.activate(Role::tab, "Plan");
    s.frame();
    s.frame();
    CHECK(s.mirror_diff().empty());
    CHECK(mirror_diff_to_json(s.mirror_diff()) ==
          R"({"remove":[],"create":[],"change":[],"order":[],"focus":"","announce":[]})");

    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(195.0f, 300.0f);
    io.MouseWheel = -1.0f;
    s.frame();
    const MirrorDiff& d = s.mirror_diff();
    CHECK(d.removed.empty());
    CHECK(d.created.empty());
    REQUIRE_FALSE(d.changed.empty());
    const std::string json = mirror_diff_to_json(d);
    // Scrolled items change their place and whether they show, nothing else.
    for (const char* field : {"\"n\":", "\"r\":", "\"v\":", "\"p\":"})
        CHECK(json.find(field) == std::string::npos);
    CHECK(json.find("\"y\":") != std::string::npos);
}

TEST_CASE("items scrolled out of view are in the mirror, and pressing one scrolls it into view first") {
    Screens s;
    onboard_by_role(s);
    s.activate(Role::tab, "Log");
    const MirrorNode& save = s.node(Role::button, "Save run");
    CHECK_FALSE(save.shown); // far below the phone screen
    CHECK_FALSE(s.find("Save run"));
    s.activate(Role::radio, "7", "Worst pain during");
    CHECK(s.node(Role::radio, "7", "Worst pain during").checked == 1);
    s.activate(Role::radio, "1", "Pain before the run (optional)");
    s.activate(Role::radio, "2", "Pain right after (optional)");
    s.activate(Role::button, "Save run");
    REQUIRE(s.plan().runs.size() == 1);
    CHECK(s.plan().runs[0].pain_during == 7);
    CHECK(s.plan().runs[0].pain_before == 1);
    CHECK(s.node(Role::button, "Log another run").shown); // the saved card, in view where the form was
}

TEST_CASE("a new runner through the mirror alone: onboarding, a logged run, announcements, Today's advice") {
    Screens s;
    onboard_by_role(s);
    CHECK(s.plan().profile.affected_side == Side::right);
    s.activate(Role::tab, "Log");
    s.type(Role::spinbutton, "Minutes", "12");
    s.activate(Role::radio, "0", "Pain before the run (optional)");
    s.activate(Role::radio, "2", "Worst pain during");
    s.activate(Role::radio, "1", "Pain right after (optional)");
    s.activate(Role::radio, "Track", "Surface");
    s.activate(Role::button, "Save run");
    REQUIRE(s.plan().runs.size() == 1);
    const Run& run = s.plan().runs[0];
    CHECK(run.minutes == 12);
    CHECK(run.pain_during == 2);
    CHECK(run.surface == Surface::track);
    CHECK(announced_start(s, "Run saved: 12 minutes"));

    s.activate(Role::tab, "Today");
    CHECK(s.node(Role::heading, "Today").level == 1);
    // The advice: its title and the suggestion in words, readable in order.
    const auto& nodes = s.mirror().nodes();
    const bool waiting = std::any_of(nodes.begin(), nodes.end(), [](const MirrorNode& n) {
        return n.role == Role::heading && n.name == "Waiting for the morning after";
    });
    CHECK(waiting);
    s.activate(Role::button, "Why this advice?");
    CHECK(s.mirror().find(Role::button, "Hide the reason"));
}

TEST_CASE("what a save says is announced, for each save; a new suggestion too; nothing at start") {
    Screens s;
    s.frame();
    CHECK(s.mirror_diff().announce.empty()); // the first frame is not news
    onboard_by_role(s);
    CHECK(s.announcements().empty());
    s.activate(Role::tab, "Log");
    s.activate(Role::radio, "Morning check", "Log");
    s.activate(Role::radio, "1", "Pain at rest");
    s.activate(Role::button, "Save morning check");
    REQUIRE_FALSE(s.announcements().empty());
    CHECK(s.announcements()[0].rfind("Morning check saved: pain at rest 1/10", 0) == 0);
    s.forget_announcements();
    s.activate(Role::button, "Log another morning check");
    s.activate(Role::radio, "2", "Pain at rest");
    s.activate(Role::button, "Save morning check");
    CHECK(announced_start(s, "Morning check saved: pain at rest 2/10"));

    s.forget_announcements();
    s.activate(Role::button, "Log another morning check");
    s.activate(Role::radio, "Run", "Log");
    s.activate(Role::radio, "8", "Worst pain during");
    s.activate(Role::radio, "0", "Pain before the run (optional)");
    s.activate(Role::radio, "8", "Pain right after (optional)");
    s.activate(Role::button, "Save run");
    // The save, then the suggestion it changed (a red run: Today now says wait for the morning after).
    REQUIRE(s.announcements().size() == 2);
    CHECK(s.announcements()[0].rfind("Run saved: ", 0) == 0);
    CHECK(s.announcements()[1] == s.runtime().view().figures.suggestion().headline);
}

TEST_CASE("focus moves to what took the place of a node that went, and follows ImGui's into a field") {
    Screens s;
    onboard_by_role(s);
    s.activate(Role::tab, "Today");
    const std::string why = s.node(Role::button, "Why this advice?").key;
    s.ask({MirrorRequest::Kind::focus, why, ""});
    s.ask({MirrorRequest::Kind::activate, why, ""});
    // The button's words changed, so it is another item: the focus went on to it.
    CHECK(s.mirror().focused() == s.node(Role::button, "Hide the reason").key);

    // Escape presses what closes the open reason; the focus lands on the button that replaced it.
    s.ask({MirrorRequest::Kind::escape, s.mirror().focused(), ""});
    CHECK(s.mirror().find(Role::button, "Why this advice?"));
    CHECK(s.mirror().focused() == s.node(Role::button, "Why this advice?").key);

    // A field tapped with a finger takes the page's focus while the page's focus is in the mirror.
    s.activate(Role::tab, "Plan");
    s.click("Your name (optional)");
    CHECK(s.mirror().focused() == s.node(Role::textbox, "Your name (optional)").key);

    // When a whole step goes, the focus goes to the screen's title.
    Screens fresh;
    fresh.frame();
    fresh.activate(Role::radio, "Left", "Side");
    fresh.activate(Role::button, "Continue");
    const std::string go = fresh.node(Role::button, "Continue to the readiness checklist").key;
    fresh.ask({MirrorRequest::Kind::focus, go, ""});
    fresh.ask({MirrorRequest::Kind::activate, go, ""});
    CHECK(fresh.mirror().focused() == fresh.node(Role::heading, "Readiness checklist").key);
}

TEST_CASE("Escape closes what is open nearest the focus, and nothing when nothing is open") {
    Screens s;
    onboard_by_role(s);
    s.activate(Role::button, "Record rest pain");
    CHECK(s.mirror().find(Role::radiogroup, "Pain at rest"));
    s.ask({MirrorRequest::Kind::escape, s.node(Role::radio, "3", "Pain at rest").key, ""});
    CHECK_FALSE(s.mirror().find(Role::radiogroup, "Pain at rest"));
    CHECK(s.plan().readiness_tests.empty());
    const std::size_t before = s.mirror().nodes().size();
    s.ask({MirrorRequest::Kind::escape, "", ""});
    CHECK(s.mirror().nodes().size() == before);
}

TEST_CASE("leaving a text box for a button ends its editing and keeps the text, as a tap elsewhere does") {
    Screens s;
    onboard_by_role(s);
    s.activate(Role::tab, "Plan");
    const std::string name = s.node(Role::textbox, "Your name (optional)").key;
    s.ask({MirrorRequest::Kind::focus, name, ""});
    CHECK(s.mirror().find(name)->active);
    s.ask({MirrorRequest::Kind::text, name, "Robin"});
    s.ask({MirrorRequest::Kind::focus, s.node(Role::button, "Save name, side and goal").key, ""});
    CHECK_FALSE(s.mirror().find(name)->active);
    CHECK(s.mirror().find(name)->value == "Robin");
    s.activate(Role::button, "Save name, side and goal");
    CHECK(s.plan().profile.name == "Robin");
}

TEST_CASE(
    "the text size on this device: a radio group on onboarding and Plan; a choice asks the app to keep it") {
    Screens s;
    s.frame();
    const MirrorNode* sizes = s.mirror().find(Role::radiogroup, "Text size");
    REQUIRE(sizes);
    CHECK(names_in(s.mirror(), *sizes) == std::vector<std::string>{"100%", "125%", "150%", "175%", "200%"});
    CHECK(s.node(Role::radio, "100%", "Text size").checked == 1); // the look's size (the harness: 100)
    s.activate(Role::radio, "150%", "Text size");
    CHECK(s.state().text_size_chosen == 150);
    CHECK(s.plan().profile.affected_side == Side::not_set); // a look setting: nothing in the plan changed

    s.state().text_size_chosen = 0;
    onboard_by_role(s);
    s.activate(Role::tab, "Plan");
    s.activate(Role::radio, "200%", "Text size");
    CHECK(s.state().text_size_chosen == 200);
}

} // namespace
} // namespace stride::ui
