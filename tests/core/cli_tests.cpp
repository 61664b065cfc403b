// The command-line tool's parsing and output formats (exit codes are checked by cli_exit_codes.cmake).

#include "builders.hpp"

#include "cli/command_line.hpp"
#include "cli/json_output.hpp"
#include "cli/text_output.hpp"
#include "core/plan_file/json_archive.hpp"
#include "core/rules/progression.hpp"

#include <rapidjson/document.h>

using namespace stride;
using namespace stride::test;

TEST_CASE("the command line: commands, options and usage errors") {
    auto p = cli::parse_command_line({"next", "plan.json", "--today", "2024-06-03", "--json"});
    REQUIRE(p.command);
    CHECK(p.command->verb == cli::Verb::next);
    CHECK(p.command->plan_path == "plan.json");
    CHECK(p.command->today == day("2024-06-03"));
    CHECK(p.command->json);
    CHECK(cli::parse_command_line({"check", "p"}).command->verb == cli::Verb::check);
    CHECK(cli::parse_command_line({"report", "p", "--today", "2024-01-01"}).command->verb ==
          cli::Verb::report);
    CHECK(cli::parse_command_line({"validate", "p"}).command->verb == cli::Verb::validate);
    CHECK(cli::parse_command_line({}).error == "no command given");
    CHECK(cli::parse_command_line({"run", "p"}).error == "unknown command 'run'");
    CHECK(cli::parse_command_line({"next"}).error == "next needs a plan file");
    CHECK(cli::parse_command_line({"next", "p", "--today"}).error.find("needs a date") != std::string::npos);
    CHECK(cli::parse_command_line({"next", "p", "--today", "2024-02-30"}).error.find("YYYY-MM-DD") !=
          std::string::npos);
    CHECK(cli::parse_command_line({"check", "p", "--json"}).error.find("unknown option") == 0);
    CHECK(cli::parse_command_line({"validate", "p", "--today", "2024-01-01"}).error.find("unknown option") ==
          0);
    CHECK(cli::parse_command_line({"next", "a", "b"}).error == "more than one plan file given");
}

TEST_CASE("next --json carries the documented fields") {
    Plan plan = ready_plan(day("2024-06-03"));
    add(plan, strength_session(day("2024-06-03"), at(18)));
    const Date today = day("2024-06-04");
    const std::string text = cli::suggestion_json(suggest_next_run(plan, today), today);
    rapidjson::Document doc;
    doc.Parse(text.c_str());
    REQUIRE_FALSE(doc.HasParseError());
    CHECK(std::string(doc["format"].GetString()) == "stride-cli.next/1");
    CHECK(std::string(doc["today"].GetString()) == "2024-06-04");
    // Strength work at 18:00 yesterday: the first run may be done from 18:00 today.
    CHECK(std::string(doc["kind"].GetString()) == "progress");
    CHECK_FALSE(doc["rest_today"].GetBool());
    CHECK(std::string(doc["rule"]["source"].GetString()).find("Goom") != std::string::npos);
    const auto& run = doc["run"];
    CHECK(run["minutes"].GetInt() == 5);
    CHECK(run["run_walk"].IsNull());
    CHECK(run["flat_and_easy"].GetBool());
    CHECK(std::string(run["earliest"].GetString()) == "2024-06-04");
    CHECK(std::string(run["earliest_time"].GetString()) == "18:00");
    CHECK(std::string(run["change"].GetString()) == "start");
    CHECK(doc["waiting_for_run"].IsNull());
    REQUIRE(doc["warnings"].IsArray());
    CHECK(std::string(doc["warnings"][0]["kind"].GetString()) == "strength_spacing");
    CHECK(doc["tips"].IsArray());
}

TEST_CASE("check and report texts show the checklist, status and history") {
    Plan plan = ready_plan(day("2024-06-03"));
    plan.profile.name = "Robin";
    add(plan, run(day("2024-06-03"), 5, 0, 7, 4, 3));
    plan.settings.spike_percent = 15;
    const std::string check = cli::readiness_text(plan, day("2024-06-04"));
    CHECK(check.find("[Passed] No pain at rest") != std::string::npos);
    CHECK(check.find("Ready to start running.") != std::string::npos);
    const std::string report = cli::report_text(plan, day("2024-06-04"));
    CHECK(report.find("Stride Back report for Robin") == 0);
    CHECK(report.find("Your last run was red") != std::string::npos);
    CHECK(report.find("2024-06-03  5 min  0/7/4/3/-  red") != std::string::npos);
    CHECK(report.find("FLARE-UPS (red runs)\n  2024-06-03 (big)") != std::string::npos);
    CHECK(report.find("hamstring_curl: left 30, right 28 (93%)") != std::string::npos);
    CHECK(report.find("(default 10)") != std::string::npos);
}
