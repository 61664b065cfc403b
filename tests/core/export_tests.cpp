// What the app exports for a physio: the HTML report, the CSV log and their file names.

#include "builders.hpp"

#include "core/exports/csv.hpp"
#include "core/exports/file_name.hpp"
#include "core/exports/report.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/words/text.hpp"

#include <algorithm>

using namespace stride;
using namespace stride::test;

namespace {

const Date kMonday = day("2024-06-03");
constexpr const char* kHostile = "<script>window.pwned = 1</script> & \"quoted\" 'single'";

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

// A small RFC 4180 reader, written independently of the writer: rows of fields; quoted fields may hold
// commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, in_quotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                in_quotes = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            REQUIRE_MESSAGE(field.empty(), "a quote inside an unquoted field");
            in_quotes = quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
            quoted = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(field);
            field.clear();
            quoted = false;
            rows.emplace_back();
            ++i;
        } else {
            REQUIRE_MESSAGE((c != '\n' && c != '\r'), "a bare line break outside quotes");
            field += c;
        }
    }
    REQUIRE_FALSE(in_quotes);
    REQUIRE(field.empty());
    REQUIRE(!quoted);
    REQUIRE(rows.back().empty()); // the last line ends with CRLF
    rows.pop_back();
    return rows;
}

Plan plan_with_hostile_text() {
    Plan plan = ready_plan(kMonday);
    plan.profile.name = kHostile;
    Run red = run(kMonday + 2, 10, 0, 8, 6, 5);
    red.note = kHostile;
    add(plan, run(kMonday, 5, 0, 1, 0, 0));
    add(plan, red);
    return plan;
}

} // namespace

TEST_CASE("html_escape replaces every character that could start markup or end an attribute") {
    CHECK(html_escape(kHostile) ==
          "&lt;script&gt;window.pwned = 1&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;");
    CHECK(html_escape("plain words") == "plain words");
}

TEST_CASE("the report escapes every text a person wrote and holds no script or outside resource") {
    const std::string html = report_html(plan_with_hostile_text(), kMonday + 4);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find(" src=") == std::string::npos);
    CHECK(html.find(" href=") == std::string::npos);
    CHECK(html.find("url(") == std::string::npos);
    // The name in the title and heading, the note of the red run in the flare-ups.
    CHECK(count(html, "&lt;script&gt;window.pwned = 1&lt;/script&gt; &amp; &quot;quoted&quot;") >= 3);
    CHECK(html.find("Runner's note: &lt;script&gt;") != std::string::npos);
}

TEST_CASE("the report has every section the physio needs, with zones labelled in words") {
    Plan plan = plan_with_hostile_text();
    plan.profile.name = "Sam";
    PhysioEntry visit;
    visit.date = kMonday + 3;
    visit.visa_h = 64;
    add(plan, visit);
    const std::string html = report_html(plan, kMonday + 4);
    for (const char* heading :
         {"Status and next step", "Readiness checklist", "Pain with each run", "Weekly minutes", "VISA-H",
          "Strength symmetry", "Flare-ups (red runs): 1", "Settings in force"})
        CHECK_MESSAGE(html.find(heading) != std::string::npos, heading);
    CHECK(html.find(">green 0-2<") != std::string::npos);
    CHECK(html.find(">amber 3-5<") != std::string::npos);
    CHECK(html.find(">red 6-10<") != std::string::npos);
    CHECK(html.find(">64<") != std::string::npos); // the VISA-H point is labelled with its score
    CHECK(html.find("Every setting is at its default") != std::string::npos);
    CHECK(html.find("@page { size: A4") != std::string::npos);
}

TEST_CASE("each run on the report's pain chart shows its verdict by colour and shape, and in words") {
    Plan plan = ready_plan(kMonday);
    add(plan, run(kMonday, 10, 0, 1, 0, 0));                                      // green
    add(plan, run(kMonday + 2, 10, 0, 4, 0, 0));                                  // amber
    add(plan, run(kMonday + 4, 10, kNotRecorded, 7, kNotRecorded, kNotRecorded)); // red by pain during
    add(plan, run(kMonday + 6, 10, 0, 1, 0, kNotRecorded));                       // waiting
    const std::string html = report_html(plan, kMonday + 6);
    for (const char* zone : {"green", "amber", "red", "waiting"})
        CHECK_MESSAGE(count(html, std::string("<g class=\"verdict ") + zone + "\">") == 2, zone); // + legend
    // The red run: a red cross with its words, and "red" in the runs table.
    CHECK(html.find("<g class=\"verdict red\"><title>Fri 7 Jun 2024: red, pain during 7/10</title><line") !=
          std::string::npos);
    CHECK(html.find("stroke=\"#a12a2a\" stroke-width=\"2\"") != std::string::npos);
    CHECK(html.find("<td class=\"red\">red</td>") != std::string::npos);
    CHECK(html.find("<tr class=\"run\"><td class=\"nowrap\">Fri 7 Jun 2024</td><td class=\"nowrap\">10 "
                    "min</td><td>&ndash; / 7 / "
                    "&ndash; / &ndash;</td>") != std::string::npos); // not recorded, never a made-up 0
    // The zones of every kind of pain, in words, from the settings.
    CHECK(html.find("Pain at rest: 0 green: fine to run; 1-5 amber: rest from running today") !=
          std::string::npos);
    CHECK(html.find("Daily test: 0-3 green: the tendon copes") != std::string::npos);
}

TEST_CASE("the report gives distances in the runner's unit") {
    Plan plan = ready_plan(kMonday);
    Run r = run(kMonday, 30, 0, 1, 0, 0);
    r.distance_km = 8.04672; // 5 miles
    add(plan, r);
    plan.profile.distance_unit = DistanceUnit::miles;
    const std::string html = report_html(plan, kMonday + 1);
    CHECK(html.find("30 min, 5 miles") != std::string::npos);
    plan.profile.distance_unit = DistanceUnit::km;
    CHECK(report_html(plan, kMonday + 1).find("30 min, 8 km") != std::string::npos);
}

TEST_CASE("the report lists settings the physio changed, with the default next to them") {
    const auto loaded = plan_from_json(read_fixture("plan-v1.json"));
    REQUIRE(loaded.ok());
    const std::string html = report_html(loaded.value(), day("2025-03-01"));
    CHECK(html.find("Stride Back report for Sam &quot;Quotes&quot; &lt;b&gt;") != std::string::npos);
    CHECK(html.find("<td><b>1</b> /10</td><td>2 /10</td>") != std::string::npos); // green limit 1, default 2
    CHECK(html.find("Brighton Half") != std::string::npos);
}

TEST_CASE("a long history keeps the report to its recent part") {
    Plan plan = ready_plan(kMonday);
    for (int i = 0; i < 300; ++i)
        add(plan, run(kMonday + 3 * i, 20, 0, i % 7 == 0 ? 7 : 1, 0, 0));
    const std::string html = report_html(plan, kMonday + 900);
    // Each run of the pain chart has its verdict mark (and the legend one of each zone).
    CHECK(count(html, "<g class=\"verdict ") == kReportRuns + 4);
    CHECK(count(html, "<tr class=\"run\">") == kReportRunRows); // the runs table under it
    CHECK(html.find("earlier not shown") != std::string::npos);
    CHECK(html.size() < 120'000);
}

TEST_CASE("a plan with no entries still makes a readable report") {
    const std::string html = report_html(make_plan(1), kMonday);
    CHECK(count(html, "No runs logged yet.") == 2);
    CHECK(html.find("Not recorded.") != std::string::npos);
    CHECK(html.find("Flare-ups (red runs): 0") != std::string::npos);
}

TEST_CASE("the CSV has a header and one row per entry of every kind, oldest first, with ISO dates") {
    Plan plan = full_plan();
    add(plan, run(day("2020-01-05"), 12, 0, 1, 0, 0));
    std::size_t entries_in_plan = 0;
    for_each_entry_kind([&](auto kind) { entries_in_plan += entries<decltype(kind)>(plan).size(); });

    const std::string csv = log_to_csv(plan);
    REQUIRE(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    const auto rows = parse_csv(csv.substr(3));
    REQUIRE(rows.size() == entries_in_plan + 1);
    const auto& header = rows[0];
    CHECK(header.front() == "date");
    CHECK(header.back() == "note");
    for (std::size_t i = 1; i < rows.size(); ++i) {
        REQUIRE(rows[i].size() == header.size());
        CHECK(Date::parse(rows[i][0]).has_value());
        if (i > 1) CHECK(rows[i - 1][0] <= rows[i][0]);
    }
    CHECK(rows[1][0] == "2020-01-05");
    CHECK(rows[1][2] == "run");
    CHECK(rows[1][4] == "12"); // minutes
    // Every id exactly as in the plan, as text a spreadsheet keeps (never 5.30214E+13).
    std::vector<std::string> ids;
    for_each_entry_kind([&](auto kind) {
        for (const auto& e : entries<decltype(kind)>(plan))
            ids.push_back("#" + std::to_string(e.id));
    });
    CHECK(header[3] == "id");
    for (std::size_t i = 1; i < rows.size(); ++i) {
        CHECK(std::find(ids.begin(), ids.end(), rows[i][3]) != ids.end());
        CHECK((std::stoull(rows[i][3].substr(1)) >> 32) == plan.ids.origin);
    }
    // The kind column holds one of the six kinds, so a filter on it picks one kind.
    for (std::size_t i = 1; i < rows.size(); ++i) {
        bool known = false;
        for_each_entry_kind(
            [&](auto kind) { known = known || rows[i][2] == EntryTraits<decltype(kind)>::kind; });
        CHECK_MESSAGE(known, rows[i][2]);
    }
}

TEST_CASE("CSV fields with commas, quotes, line breaks and formula starts survive a standard reader") {
    Plan plan = make_plan(1);
    DailyCheck check = morning(kMonday, 0);
    check.note = "sore, then \"fine\"\r\nnext line";
    check.task = "=HYPERLINK(\"http://example.invalid\")";
    add(plan, check);
    const auto rows = parse_csv(log_to_csv(plan).substr(3));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1].back() == "sore, then \"fine\"\r\nnext line");
    const auto task = std::find(rows[0].begin(), rows[0].end(), "task") - rows[0].begin();
    CHECK(rows[1][static_cast<std::size_t>(task)] == "'=HYPERLINK(\"http://example.invalid\")");
    CHECK(csv_text_field("-5") == "'-5");
    CHECK(csv_text_field("plain") == "plain");
}

TEST_CASE("not-recorded values are empty cells, not -1") {
    Plan plan = make_plan(1);
    add(plan, run(kMonday, 10, 0, 1, 0, kNotRecorded));
    const auto rows = parse_csv(log_to_csv(plan).substr(3));
    const auto column = std::find(rows[0].begin(), rows[0].end(), "pain_next_morning") - rows[0].begin();
    CHECK(rows[1][static_cast<std::size_t>(column)].empty());
    CHECK(log_to_csv(plan).find("-1") == std::string::npos);
}

TEST_CASE("export file names carry the runner's name and the date") {
    Plan plan = make_plan(1);
    CHECK(export_file_name(plan, kMonday, "plan", "json") == "stride-back-plan-2024-06-03.json");
    plan.profile.name = "Sam \"Quotes\" <b>";
    CHECK(export_file_name(plan, kMonday, "report", "html") ==
          "sam-quotes-b-stride-back-report-2024-06-03.html");
    plan.profile.name = "  Zoë / Ødegård  ";
    CHECK(export_file_name(plan, kMonday, "log", "csv") == "zoë-Ødegård-stride-back-log-2024-06-03.csv");
    plan.profile.name = std::string(30, 'a') + " " + std::string(30, 'b') + "../..";
    const std::string name = export_file_name(plan, kMonday, "plan", "json");
    CHECK(name == std::string(30, 'a') + "-" + std::string(9, 'b') + "-stride-back-plan-2024-06-03.json");
    CHECK(name.find('/') == std::string::npos);
}
