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

namespace {
// Three weeks before an appointment on Wednesday kMonday + 16: a programme of 2 sessions a week, runs with a
// red one, morning checks, drop lunges and a physio visit.
constexpr int kAppointment = 16;
Plan appointment_plan() {
    Plan plan = ready_plan(kMonday - 7);
    plan.prescription.strength_programme = {{"Prone hamstring curl", 3, 10, 22.5, "3 seconds down"},
                                            {"Bridge", 3, 12, 0, ""}};
    plan.settings.strength_sessions_per_week = 2;
    add(plan, run(kMonday, 5, 0, 1, 0, 0));      // week 1: 5 minutes asked
    add(plan, run(kMonday + 2, 8, 0, 1, 0, 0));  // 5 asked, 8 run
    add(plan, run(kMonday + 4, 10, 0, 7, 5, 4)); // red
    add(plan, strength_session(kMonday + 1, at(9)));
    add(plan, strength_session(kMonday + 3, at(9))); // week 1: 2 of 2
    add(plan, strength_session(kMonday + 8, at(9))); // week 2: 1 of 2, finished
    add(plan, morning(kMonday + 7, 1, 2));
    add(plan, morning(kMonday + 8, 2));
    add(plan, morning(kMonday + 14, 0, 1));
    for (const auto& [offset, pain] : {std::pair{-7, 0}, std::pair{5, 3}, std::pair{12, 1}}) {
        ReadinessTest t;
        t.date = kMonday + offset;
        t.item = ReadinessItem::drop_lunge;
        t.pain = pain;
        add(plan, t);
    }
    PhysioEntry visit;
    visit.date = kMonday + 12;
    visit.visa_h = 70;
    visit.puranen_orava = {Finding::negative, kNotRecorded};
    add(plan, visit);
    return plan;
}
} // namespace

TEST_CASE("the report's week by week: runs and strength sessions against the plan, pain and mornings") {
    const std::string html = report_html(appointment_plan(), kMonday + kAppointment);
    CHECK(html.find("Week by week: done against the plan, and pain (latest 6 weeks)") != std::string::npos);
    CHECK(html.find("<b>Strength programme</b>, 2 sessions a week: Prone hamstring curl 3 x 10 at 22.5 kg "
                    "(3 seconds down); Bridge 3 x 12.") != std::string::npos);
    // Newest first; this week so far is not judged; weeks before the first entry are left out.
    CHECK(html.find("<tr class=\"week\"><td class=\"nowrap\">Mon 17 Jun 2024<br>so far</td><td>no "
                    "runs</td><td class=\"strength\">0 of 2</td><td>&ndash;</td><td class=\"nowrap\">1 "
                    "check: 0 / 0</td><td>1</td></tr>") != std::string::npos);
    CHECK(html.find("<tr class=\"week\"><td class=\"nowrap\">Mon 10 Jun 2024</td><td>no runs</td><td "
                    "class=\"strength amber\">1 of 2, fewer than planned</td><td>&ndash;</td><td "
                    "class=\"nowrap\">2 checks: 1.5 / 2</td><td>2</td></tr>") != std::string::npos);
    // Week 1: 5 + 5 + 10 minutes asked (two greens at 5 move the level up to 10), 23 run; the red run told.
    CHECK(html.find("<tr class=\"week\"><td class=\"nowrap\">Mon 3 Jun 2024</td><td>3 runs, 23 min "
                    "(planned 20)</td><td class=\"strength\">2 of 2</td><td>7; <b class=\"red\">1 red "
                    "run</b></td><td class=\"nowrap\">&ndash;</td><td>&ndash;</td></tr>") !=
          std::string::npos);
    // From the week of the first entry (ready_plan's test jog, kMonday - 10), not the six weeks' first.
    CHECK(html.find("<tr class=\"week\"><td class=\"nowrap\">Mon 20 May 2024</td>") != std::string::npos);
    CHECK(count(html, "<tr class=\"week\">") == 5);
}

TEST_CASE("the week-by-week table keeps to its latest weeks however long the history") {
    Plan plan = ready_plan(kMonday);
    for (int i = 0; i < 300; ++i)
        add(plan, run(kMonday + 3 * i, 20, 0, i % 7 == 0 ? 7 : 1, 0, 0));
    const std::string html = report_html(plan, kMonday + 900);
    CHECK(count(html, "<tr class=\"week\">") == kReportAdherenceWeeks);
    CHECK(html.find("No strength programme prescribed.") != std::string::npos);
}

TEST_CASE("the report's morning checks and provocation tests over time, newest first") {
    const std::string html = report_html(appointment_plan(), kMonday + kAppointment);
    CHECK(html.find("<h2>Morning checks (latest 28)</h2><svg") != std::string::npos);
    CHECK(html.find("aria-label=\"Pain at rest and the daily test at each morning check\"") !=
          std::string::npos);
    CHECK(html.find(">green 0<") != std::string::npos); // pain at rest's own zones, in words
    CHECK(html.find(">amber 1-5<") != std::string::npos);
    CHECK(html.find("<h2>Provocation tests over time</h2>") != std::string::npos);
    const auto first = html.find("<tr class=\"test\">");
    REQUIRE(first != std::string::npos);
    const std::string newest =
        "<tr class=\"test\"><td class=\"nowrap\">Sat 15 Jun "
        "2024</td><td>Puranen-Orava</td><td>negative</td></tr>"
        "<tr class=\"test\"><td class=\"nowrap\">Sat 15 Jun 2024</td><td>Drop lunge</td><td>pain 1/10: <span "
        "class=\"amber\">Passed, with caution</span></td></tr><tr class=\"test\"><td class=\"nowrap\">Sat 8 "
        "Jun 2024</td><td>Drop lunge</td><td>pain 3/10: <span class=\"red\">Not yet</span></td></tr>";
    CHECK(html.compare(first, newest.size(), newest) == 0);
    CHECK(count(html, "<tr class=\"test\">") == 5); // ready_plan's lunge, 3 more, the physio's test
    Plan many = appointment_plan();
    for (int i = 0; i < 20; ++i) {
        ReadinessTest t;
        t.date = kMonday + kAppointment;
        t.item = ReadinessItem::drop_lunge;
        t.pain = 0;
        add(many, t);
    }
    CHECK(count(report_html(many, kMonday + kAppointment), "<tr class=\"test\">") == kReportProvocations);
}

TEST_CASE("a report with no morning checks, tests or programme says so in words") {
    const std::string html = report_html(make_plan(1), kMonday);
    CHECK(html.find("No morning checks logged.") != std::string::npos);
    CHECK(html.find("No drop lunge or physio provocation test recorded.") != std::string::npos);
    CHECK(html.find("Nothing logged yet.") != std::string::npos);
}

TEST_CASE("red runs are labelled in words on the pain chart, not by colour alone") {
    Plan plan = ready_plan(kMonday);
    add(plan, run(kMonday, 10, 0, 1, 0, 0));
    add(plan, run(kMonday + 2, 10, 0, 7, 0, 0)); // red, label above the cross
    add(plan, run(kMonday + 4, 10, 0, 9, 0, 0)); // red near the top: label below, clear of the legend
    const std::string html = report_html(plan, kMonday + 6);
    CHECK(count(html, "fill=\"#a12a2a\">red</text>") == 2); // one label per red run
    CHECK(count(html, "<g class=\"verdict red\">") == 3);   // and a cross each (+ the legend's)
}
