// What the runner reads: one set of traffic lights for every pain, the "How the advice works" page
// written from the settings, and sources a person can look up (never a developer's file name).

#include "builders.hpp"

#include "cli/text_output.hpp"
#include "core/exports/report.hpp"
#include "core/rules/progression.hpp"
#include "core/rules/race_check.hpp"
#include "core/rules/readiness.hpp"
#include "core/rules/summaries.hpp"
#include "core/rules/unlocks.hpp"
#include "core/words/advice_rules.hpp"
#include "core/words/verdict_words.hpp"

#include <algorithm>
#include <vector>

using namespace stride;
using namespace stride::test;

namespace {

const Date kMonday = day("2024-06-03");

// Words meant for developers that must never reach a runner or physio.
void check_for_readers(const std::string& text) {
    CAPTURE(text);
    for (const char* word : {"DOMAIN", "domain.md", ".md", "seed", "Seed", "docs/", "rules.md"})
        CHECK_MESSAGE(text.find(word) == std::string::npos, word);
}

void check_rule(const Rule& rule) {
    check_for_readers(rule.text);
    check_for_readers(rule.source);
    CHECK_FALSE(rule.source.empty());
}

} // namespace

TEST_CASE("one zone function: boundaries of each kind of pain follow the settings") {
    Settings s;
    const PainScale run = pain_scale(s, PainKind::run);
    CHECK(run.zone(2) == Zone::green);
    CHECK(run.zone(3) == Zone::amber);
    CHECK(run.zone(5) == Zone::amber);
    CHECK(run.zone(6) == Zone::red);
    // Pain at rest: readiness needs 0, so 1 is not "green: fine".
    const PainScale rest = pain_scale(s, PainKind::rest);
    CHECK(rest.zone(0) == Zone::green);
    CHECK(rest.zone(1) == Zone::amber);
    CHECK(rest.zone(5) == Zone::amber);
    CHECK(rest.zone(6) == Zone::red);
    // The daily task: 3 copes (green), 4 does not.
    const PainScale task = pain_scale(s, PainKind::task);
    CHECK(task.zone(3) == Zone::green);
    CHECK(task.zone(4) == Zone::amber);
    CHECK(task.zone(6) == Zone::red);
    // The next morning against a baseline of 1: up to 1 settled, 2 a flare-up.
    CHECK(next_morning_scale(1).zone(1) == Zone::green);
    CHECK(next_morning_scale(1).zone(2) == Zone::red);
    // A physio's settings move every boundary.
    s.green_max_pain = 0;
    s.amber_max_pain = 3;
    s.ready_rest_pain_max = 1;
    s.daily_task_max_pain = 5;
    CHECK(pain_scale(s, PainKind::run).zone(1) == Zone::amber);
    CHECK(pain_scale(s, PainKind::run).zone(4) == Zone::red);
    CHECK(pain_scale(s, PainKind::rest).zone(1) == Zone::green);
    CHECK(pain_scale(s, PainKind::rest).zone(4) == Zone::red);
    CHECK(pain_scale(s, PainKind::task).zone(5) == Zone::green);
    CHECK(pain_scale(s, PainKind::task).zone(6) == Zone::red); // task limit above amber: no amber left
}

TEST_CASE("zones in words: the legend and a chosen pain say the same as the zone") {
    const Settings s;
    CHECK(zone_legend(pain_scale(s, PainKind::run)) ==
          std::vector<std::string>{"0-2 green: fine", "3-5 amber: take care, hold the level",
                                   "6-10 red: too much, step back"});
    CHECK(zone_legend(pain_scale(s, PainKind::task)).front() == "0-3 green: the tendon copes");
    CHECK(zone_legend(pain_scale(s, PainKind::rest)).front() == "0 green: fine to run");
    CHECK(pain_zone_words(pain_scale(s, PainKind::task), 3) == "3/10: green, the tendon copes");
    CHECK(pain_zone_words(pain_scale(s, PainKind::rest), 1) == "1/10: amber, rest from running today");
    Settings no_amber;
    no_amber.amber_max_pain = no_amber.green_max_pain;
    CHECK(zone_legend(pain_scale(no_amber, PainKind::run)).size() == 2);
}

TEST_CASE("How the advice works: every setting once, with today's value, its rule and its source") {
    Settings s;
    s.green_max_pain = 1;
    s.physio_agreement_required = 1;
    const auto sections = how_the_advice_works(s);
    std::vector<SettingId> seen;
    for (const AdviceRuleSection& section : sections) {
        CHECK_FALSE(section.title.empty());
        CHECK_FALSE(section.intro.empty());
        check_for_readers(section.intro);
        check_for_readers(section.intro_source);
        for (const AdviceRuleLine& line : section.lines) {
            seen.push_back(line.setting);
            CHECK(line.text.find("{}") == std::string::npos);
            check_for_readers(line.text);
            check_for_readers(line.source);
            CHECK_FALSE(line.source.empty());
            const SettingInfo& info = setting_info(line.setting);
            CHECK(info.group == section.group);
            CHECK(line.text.find(setting_value_words(info, setting_value(s, line.setting))) !=
                  std::string::npos);
            CHECK(line.changed == (setting_value(s, line.setting) != default_setting(line.setting)));
        }
    }
    CHECK(seen.size() == kSettingCount);
    std::sort(seen.begin(), seen.end());
    CHECK(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
    const auto& zones = sections.front().lines.front();
    CHECK(zones.text.find("at most 1/10") != std::string::npos);
    CHECK(zones.changed);
    CHECK(zones.default_words == "2");
    bool physio = false;
    for (const auto& section : sections)
        for (const auto& line : section.lines)
            if (line.setting == SettingId::physio_agreement_required)
                physio = line.text.find("first run: yes.") != std::string::npos;
    CHECK(physio);
}

TEST_CASE("sources name author, year and title, never a file name, wherever a rule is shown") {
    for (const SettingInfo& info : setting_table()) {
        check_for_readers(info.source);
        check_for_readers(info.rule);
        check_for_readers(info.label);
    }
    // Rules across years of a varied history: every suggestion, warning, tip, checklist item and verdict.
    Plan plan = long_history(kMonday + 7 * 60, 60);
    plan.race = {true, "Brighton Half", kMonday + 7 * 80, 21.1};
    for (Date today = kMonday - 10; today <= kMonday + 7 * 60; today = today + 5) {
        const Suggestion s = suggest_next_run(plan, today);
        check_rule(s.rule);
        check_for_readers(s.headline);
        for (const Advice& a : s.warnings)
            check_rule(a.rule);
        for (const Advice& a : s.tips)
            check_rule(a.rule);
        for (const ChecklistResult& item : check_readiness(plan, today).items) {
            check_rule(item.rule);
            check_for_readers(item.next_step);
        }
        check_rule(check_unlocks(plan, today).rule);
        check_rule(check_race(plan, today).rule);
    }
    for (const FlareUp& f : flare_ups(plan, kMonday + 7 * 60))
        check_rule(f.rule);
    for (const Run& r : plan.runs)
        check_rule(classify_run(plan, r).rule);
    // The physio's copies: report and command-line text.
    check_for_readers(report_html(plan, kMonday + 7 * 60));
    check_for_readers(cli::report_text(plan, kMonday + 7 * 60));
    check_for_readers(report_html(make_plan(1), kMonday));
    check_for_readers(cli::suggestion_text(make_plan(1), kMonday));
    check_for_readers(cli::readiness_text(plan, kMonday));
}
