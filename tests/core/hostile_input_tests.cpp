// Hostile and edge-case input (issue 17): numbers the parser cannot read exactly, text that is not UTF-8 or
// holds NUL or control characters, limits that must agree on every way in (plan file, stored plan, stored
// change, import) so that whatever the app accepts it can write and read back, and what reaches a
// spreadsheet, a file name or a terminal.

#include "builders.hpp"

#include "cli/json_output.hpp"
#include "cli/text_output.hpp"
#include "core/changes/plan_delta.hpp"
#include "core/exports/csv.hpp"
#include "core/exports/file_name.hpp"
#include "core/exports/report.hpp"
#include "core/plan_file/json_archive.hpp"
#include "core/plan_file/json_check.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/rules/load_guard.hpp"
#include "core/rules/progression.hpp"
#include "core/words/unicode.hpp"

#include <rapidjson/document.h>

#include <cstdlib>
#include <random>

using namespace stride;
using namespace stride::test;

namespace {

FieldError refusal(const std::string& text) {
    const auto result = plan_from_json(text);
    REQUIRE_FALSE(result.ok());
    return result.error();
}

Plan loaded(const std::string& text) {
    auto result = plan_from_json(text);
    REQUIRE_MESSAGE(result.ok(), (result.ok() ? "" : result.error().message));
    return std::move(result).value();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE_MESSAGE(at != std::string::npos, from);
    return text.replace(at, from.size(), to);
}

// The first run's distance written as `number`.
std::string with_distance(const std::string& number) {
    return replaced(plan_to_json(full_plan()), "\"distance_km\": 2.4", "\"distance_km\": " + number);
}

// The strength session's note (a JSON string body, escapes allowed) written as `body`.
std::string with_note(const std::string& body) {
    return replaced(plan_to_json(full_plan()), "\"note\": \"felt strong\"", "\"note\": \"" + body + "\"");
}

// The same JSON without line breaks and indentation: how another program might write the plan, smaller
// than the app does. (A JSON string never holds a raw line break, so this never touches text.)
std::string unindented(const std::string& json) {
    std::string out;
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] != '\n') {
            out += json[i];
            continue;
        }
        while (i + 1 < json.size() && json[i + 1] == ' ')
            ++i;
    }
    return out;
}

// A plan whose plan file takes just under `bytes` (within one run's size): runs with long notes, one a day.
Plan plan_of_about(std::size_t bytes, std::uint32_t origin) {
    Plan plan = make_plan(origin);
    Run r = run(day("1950-01-01"), 30, 0, 1, 0, 0);
    r.note = std::string(1900, 'n');
    r.id = (EntryId{origin} << 32) | 1;
    plan.runs.push_back(r);
    const std::size_t one = plan_file_bytes(plan); // the first run also carries the class versions
    r.date = r.date + 1;
    r.id += 1;
    plan.runs.push_back(r);
    const std::size_t per_run = plan_file_bytes(plan) - one;
    const std::size_t count = 2 + (bytes - plan_file_bytes(plan)) / per_run;
    for (std::size_t i = 2; i < count; ++i) {
        r.date = r.date + 1;
        r.id = (EntryId{origin} << 32) | (i + 1);
        plan.runs.push_back(r);
    }
    plan.ids.next = static_cast<std::uint32_t>(count + 1);
    return plan;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("numbers rapidjson would misread, or read outside its tables, are refused naming the field") {
    const char* cases[] = {
        "184467440737095516155",           // 2^64-1 then a digit: read as 1.7e-18
        "18446744073709551615.5",          // read as 2.2e-19
        "0.0000000000000000000000000000",  // zero with 28 decimals: read as 1.1e-47
        "0e-30",                           // zero with a far exponent: same path
        "1.2345678901234567e-340",         // past the cached powers of ten: reads outside the table
        "19319990209.22380274287316e-346", // the same, found by a differential run
        "1.23456789012345678",             // 18 significant digits: rounded before it is read
        "1e400",                           // too large for a double
    };
    for (const std::string number : cases) {
        CAPTURE(number);
        const FieldError e = refusal(with_distance(number));
        CHECK(e.field == "plan.runs[0].distance_km");
        CHECK(e.message.find("plan.runs[0].distance_km is not a number this app can read exactly") == 0);
    }
}

TEST_CASE("NaN and other JSON errors name the field they are in") {
    for (const char* bad : {"NaN", "Infinity", "-Infinity", "2.", "1e", "--1", "0x10"}) {
        CAPTURE(bad);
        const FieldError e = refusal(with_distance(bad));
        CHECK(e.field == "plan.runs[0].distance_km");
        CHECK(e.message.find("plan.runs[0].distance_km is not valid JSON") == 0);
        CHECK(e.message.find("character") != std::string::npos);
    }
    // In a list, the index.
    const std::string text = plan_to_json(full_plan());
    CHECK(refusal(replaced(text, "\"load_kg\": 40.5", "\"load_kg\": nan")).field ==
          "plan.strength_sessions[0].exercises[1].load_kg");
}

TEST_CASE("every number a JSON writer gives in shortest form is read, and read exactly") {
    // The app's own writer: the smallest positive double, sums that are not tidy decimals, big ids.
    Plan plan = full_plan();
    plan.runs[0].distance_km = 5e-324;
    plan.strength_sessions[0].exercises[0].load_kg = 0.1 + 0.2;
    plan.readiness_tests[0].left = 999.99999999999989;
    plan.runs[0].id = kMaxEntryId;
    CHECK(loaded(plan_to_json(plan)) == plan);

    for (const char* good :
         {"0", "0.0", "-0", "0e0", "0.000000e+00", "2.4", "2.40", "24e-1", "1e2", "0.30000000000000004",
          "4.9406564584124654e-324", "12345678901234567", "1000000000000000000000", "0.000012345678901234567",
          "1e300", "9007199254740991"})
        CHECK_MESSAGE(!number_problem(good), good);

    // A differential check against the C library on numbers the rule lets through: rapidjson reads each
    // exactly (a longer run of this found the rule; docs/fuzzing.md).
    std::mt19937_64 random(17);
    int checked = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string number = std::to_string(random() % 1000000000000000000ull);
        number.insert(1 + random() % (number.size()), ".");
        if (number.back() == '.') number += '5';
        number += "e" + std::to_string(static_cast<int>(random() % 660) - 340);
        if (number_problem(number)) continue;
        rapidjson::Document document;
        const std::string list = "[" + number + "]";
        document.Parse(list.c_str());
        REQUIRE_FALSE(document.HasParseError());
        CHECK_MESSAGE(document[0].GetDouble() == std::strtod(number.c_str(), nullptr), number);
        ++checked;
    }
    CHECK(checked > 2000);
}

TEST_CASE("entry ids stay below 2^53, and an id of 2^64 is refused in plain words") {
    const std::string text = plan_to_json(full_plan());
    const std::string id = "\"id\": 53021371269121";
    CHECK(loaded(replaced(text, id, "\"id\": 9007199254740991")).runs[0].id == kMaxEntryId);
    for (const char* big : {"9007199254740992", "9007199254740993", "18446744073709551615",
                            "18446744073709551616", "100000000000000000000"}) {
        CAPTURE(big);
        const FieldError e = refusal(replaced(text, id, std::string("\"id\": ") + big));
        CHECK(e.field == "plan.runs[0].id");
        CHECK(e.message.find("plan.runs[0].id") == 0);
        CHECK(e.message.find("rapidjson") == std::string::npos);
        CHECK(e.message.find("assertion") == std::string::npos);
    }
    // Out of an int's range in a whole-number field: plain words too.
    const FieldError e = refusal(replaced(text, "\"minutes\": 15", "\"minutes\": 4294967311"));
    CHECK(e.message.find("rapidjson") == std::string::npos);
}

// ---------------------------------------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("text that is not UTF-8 is refused naming the field") {
    const char* cases[] = {"felt \xFF\xFE strong", "\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                           "cut \xE2\x82"};
    for (const char* body : cases) {
        CAPTURE(body);
        const FieldError e = refusal(with_note(body));
        CHECK(e.field == "plan.strength_sessions[0].note");
        CHECK(e.message.find("is not UTF-8 text") != std::string::npos);
    }
    // A lone surrogate written as an escape decodes to no character at all.
    CHECK(refusal(with_note("\\udc00")).field == "plan.strength_sessions[0].note");
    // Real characters of every length load.
    CHECK(loaded(with_note("caf\xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x8F\x83 \\u00e9 \\ud83c\\udfc3"))
              .strength_sessions[0]
              .note == "caf\xC3\xA9 \xE2\x9C\x93 \xF0\x9F\x8F\x83 \xC3\xA9 \xF0\x9F\x8F\x83");
}

TEST_CASE("a NUL in text is refused instead of cutting the text short") {
    FieldError e = refusal(with_note("Sam\\u0000<script>"));
    CHECK(e.field == "plan.strength_sessions[0].note");
    CHECK(e.message.find("NUL") != std::string::npos);
    // What follows a NUL no longer escapes the length limit.
    CHECK(refusal(with_note("x\\u0000" + std::string(10u * 1024u * 1024u, 'y'))).field ==
          "plan.strength_sessions[0].note");
    // Nor can a member name carry one (cereal compares names as C strings: "note\u0000x" is "note").
    e = refusal(replaced(with_note("ok"), "\"note\": \"ok\"", "\"note\\u0000x\": \"y\", \"note\": \"ok\""));
    CHECK(e.field == "plan.strength_sessions[0]");
}

TEST_CASE("control characters other than tab and line breaks are refused in text, on load and in changes") {
    CHECK(refusal(with_note("\\u001b[2J")).field == "plan.strength_sessions[0].note");
    CHECK(refusal(with_note("\xC2\x9B"
                            "31m"))
              .field == "plan.strength_sessions[0].note"); // C1 CSI
    CHECK(loaded(with_note("tab\\tline\\nbreak\\r\\n")).strength_sessions[0].note == "tab\tline\nbreak\r\n");

    Plan plan = full_plan();
    Profile profile = plan.profile;
    profile.name = "Sam\x1b[31m";
    const auto changed = apply(plan, SetProfile{profile});
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().field == "name");
}

TEST_CASE("text limits count characters, not bytes") {
    std::string accents;
    for (int i = 0; i < 2000; ++i)
        accents += "\xC3\xA9";
    CHECK(loaded(with_note(accents)).strength_sessions[0].note == accents);
    const FieldError e = refusal(with_note(accents + "\xC3\xA9"));
    CHECK(e.field == "plan.strength_sessions[0].note");
    CHECK(e.message.find("at most 2000 characters") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------------------
// Limits that agree
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("the size limit message shows a file one byte over as over") {
    std::string text = plan_to_json(full_plan());
    text.append(kMaxPlanFileBytes + 1 - text.size(), ' ');
    const FieldError e = refusal(text);
    CHECK(e.message.find("(just over 32 MB; the limit is 32 MB)") != std::string::npos);
    CHECK(megabytes(kMaxPlanFileBytes + 110000) == "32.1 MB");
    CHECK(megabytes(2306867) == "2.2 MB");
}

TEST_CASE("the largest plan the loader accepts exports a file the loader accepts") {
    // Just inside the limit: written, it fits, and it reads back as the same plan.
    const Plan largest = plan_of_about(kMaxPlanFileBytes, 5);
    const std::string file = plan_to_json(largest);
    REQUIRE(file.size() <= kMaxPlanFileBytes);
    CHECK(file.size() > kMaxPlanFileBytes - 4096);
    CHECK(plan_file_bytes(largest) == file.size());
    CHECK(plan_file_bytes_at_most(largest) >= file.size());
    CHECK(loaded(file) == largest);

    // One run more no longer fits the app's own format, so it is refused however small another program
    // wrote it (before, a file like this loaded and its own export was refused as too large).
    Run extra = largest.runs.back();
    extra.date = extra.date + 1;
    extra.id += 1;
    Plan over = largest;
    over.runs.push_back(extra);
    over.ids.next += 1;
    const std::string compact = unindented(plan_to_json(over));
    REQUIRE(compact.size() < kMaxPlanFileBytes);
    const FieldError e = refusal(compact);
    CHECK(e.field == "plan");
    CHECK(e.message.find("plan is too large") == 0);

    // Nor can a change take the plan past it.
    const auto added = apply(largest, AddEntry<Run>{extra});
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().field == "plan");
    CHECK(added.error().message.find("larger than the 32 MB a plan file may hold") != std::string::npos);

    // A stored change has the same limit (before, a delta could bring any number of runs).
    const auto delta = diff_plans(largest, over);
    REQUIRE(delta.has_value());
    const auto through_delta = plan_from_delta(largest, delta_to_json(*delta));
    REQUIRE_FALSE(through_delta.ok());
    CHECK(through_delta.error().message.find("changed is too large") == 0);
}

TEST_CASE("the size bound holds for entries with every number at its widest") {
    // Each entry kind at its widest outside its text: 16-digit ids, 17-digit decimals, the longest words.
    Plan plan = full_plan();
    const double wide = 123.45678901234567;
    const EntryId id = kMaxEntryId;
    for (Run& r : plan.runs) {
        r.id = id - 1;
        r.distance_km = wide;
        r.surface = Surface::treadmill;
        r.pain_next_morning = r.pain_48h = r.effort = kNotRecorded;
    }
    for (StrengthSession& s : plan.strength_sessions) {
        s.id = id - 2;
        for (Exercise& e : s.exercises)
            e.load_kg = wide;
    }
    for (ReadinessTest& t : plan.readiness_tests) {
        t.id = id - 3;
        t.item = ReadinessItem::physio_agreement;
        t.left = t.right = wide;
    }
    plan.daily_checks[0].id = id - 4;
    plan.aggravators[0].id = id - 5;
    plan.physio_entries[0].id = id - 6;
    const std::size_t one = plan_file_bytes(plan);
    // A second entry of each kind (and exercise) costs what the bound allows for one, with room to spare.
    Plan two = plan;
    for_each_entry_kind([&](auto kind) {
        using Entry = decltype(kind);
        auto& list = entries<Entry>(two);
        Entry copy = list.front();
        copy.id -= 100;
        list.push_back(copy);
    });
    const std::size_t added_items = 6 + plan.strength_sessions[0].exercises.size();
    std::size_t added_text = 0;
    for_each_entry_kind([&](auto kind) { added_text += entries<decltype(kind)>(plan).front().note.size(); });
    added_text += plan.daily_checks[0].task.size();
    for (const Exercise& e : plan.strength_sessions[0].exercises)
        added_text += e.name.size();
    CHECK(plan_file_bytes(two) - one < added_items * 1024 / 2 + added_text * 6);
    CHECK(plan_file_bytes(two) <= plan_file_bytes_at_most(two));
}

TEST_CASE("an import whose merge would not fit in a plan file is refused") {
    const Plan mine = plan_of_about(kMaxPlanFileBytes * 6 / 10, 1);
    const Plan theirs = plan_of_about(kMaxPlanFileBytes * 6 / 10, 2);
    const auto merged = apply(mine, ImportMerge{theirs});
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().field == "plan");
}

TEST_CASE("a stored change gets the same checks as a plan file") {
    const Plan base = full_plan();
    Plan now = base;
    now.runs[0].note = "edited";
    const auto delta = diff_plans(base, now);
    REQUIRE(delta.has_value());
    const std::string json = delta_to_json(*delta);
    REQUIRE(plan_from_delta(base, json).ok());

    const auto refused = [&](const std::string& text) {
        const auto result = plan_from_delta(base, text);
        REQUIRE_FALSE(result.ok());
        return result.error();
    };
    // Size, before anything is parsed.
    FieldError e = refused(json + std::string(kMaxPlanFileBytes, ' '));
    CHECK(e.message.find("This saved change is too large") == 0);
    // Text and numbers, naming the field.
    e = refused(replaced(json, "\"note\": \"edited\"", "\"note\": \"ed\\u0000ited\""));
    CHECK(e.field == "changed.runs[0].note");
    e = refused(replaced(json, "\"note\": \"edited\"", "\"note\": \"ed\xFFited\""));
    CHECK(e.field == "changed.runs[0].note");
    e = refused(replaced(json, "\"distance_km\": 2.4", "\"distance_km\": 184467440737095516155"));
    CHECK(e.field == "changed.runs[0].distance_km");
    e = refused(replaced(json, "\"id\": 53021371269121", "\"id\": 9007199254740992"));
    CHECK(e.field == "changed.runs[0].id");
    // Nesting, without overflowing the stack.
    e = refused("{\"delta_version\": 1, \"changed\": " + std::string(100000, '[') + std::string(100000, ']') +
                "}");
    CHECK(e.message.find("nests deeper") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------------------
// What goes out: report, CSV, file names, terminal
// ---------------------------------------------------------------------------------------------------------

TEST_CASE("the report grows at most linearly: the weekly chart keeps to ten grid lines") {
    const auto grid_lines = [](const std::string& html) {
        std::size_t n = 0;
        for (auto at = html.find("stroke=\"#d5d9db\""); at != std::string::npos;
             at = html.find("stroke=\"#d5d9db\"", at + 1))
            ++n;
        return n;
    };
    Plan plan = make_plan(3);
    const Date today = day("2024-06-09");
    for (int i = 0; i < 2000; ++i) { // 1.2 million minutes in one week
        Run r = run(day("2024-06-03"), 600, 0, 0, 0, 0);
        r.id = 1000 + static_cast<EntryId>(i);
        plan.runs.push_back(r);
    }
    const std::string html = report_html(plan, today);
    // Pain chart 6, VISA-H none, weekly chart at most 11 (0 and ten steps).
    CHECK(grid_lines(html) <= 6 + 11);
    CHECK(html.size() < 64 * 1024);

    // An ordinary week keeps its steps of 20 minutes.
    Plan small = make_plan(3);
    small.runs.push_back(run(day("2024-06-03"), 30, 0, 0, 0, 0));
    small.runs.back().id = 1;
    CHECK(report_html(small, today).find(">20</text>") != std::string::npos);
}

TEST_CASE("weekly sums of minutes do not overflow") {
    Plan plan = make_plan(3);
    plan.settings.weekly_increase_percent = 50;
    // 30,000 green runs of 600 minutes in one week: 18 million minutes, times 150% is past 2^31.
    for (int i = 0; i < 30000; ++i) {
        Run r = run(day("2024-06-03"), 600, 0, 0, 0, 0, 0);
        r.id = 1 + static_cast<EntryId>(i);
        plan.runs.push_back(r);
    }
    CHECK(week_minutes(plan, day("2024-06-03"), day("2024-06-09")) == 18'000'000);
    CHECK(symptom_free_baseline(plan, day("2024-06-10")) == 18'000'000);
    CHECK(weekly_cap(plan, day("2024-06-10")) == 27'000'000);
}

TEST_CASE("CSV: a formula character after any common separator is neutralised") {
    CHECK(csv_text_field("x;=2*3") == "x;'=2*3");
    CHECK(csv_text_field("a|@SUM(A1)") == "a|'@SUM(A1)");
    CHECK(csv_text_field("a\t+1") == "a\t'+1");
    CHECK(csv_text_field("=1,=2") == "\"'=1,'=2\"");
    CHECK(csv_text_field("line\n-cmd") == "\"line\n'-cmd\"");
    // Ordinary text is left alone.
    CHECK(csv_text_field("pain 3-4, then 2") == "\"pain 3-4, then 2\"");
    CHECK(csv_text_field("x; = 2") == "x; = 2");
}

TEST_CASE("export file names carry no control or direction-override characters") {
    Plan plan = make_plan(1);
    plan.profile.name = "evil\xE2\x80\xAE"
                        "fdp.exe"; // U+202E: would display as "evilexe.pdf"
    CHECK(export_file_name(plan, day("2024-06-03"), "plan", "json") ==
          "evil-fdp-exe-stride-back-plan-2024-06-03.json");
    plan.profile.name = "Zo\xC3\xAB\xE2\x80\x8F\xC2\x85\xEF\xBB\xBF\xFF"
                        "B"; // RLM, NEL (C1), BOM, a stray byte
    CHECK(export_file_name(plan, day("2024-06-03"), "log", "csv") ==
          "zo\xC3\xAB-b-stride-back-log-2024-06-03.csv");
}

TEST_CASE("stride-cli's output carries no control or direction-override characters") {
    Plan plan = ready_plan(day("2024-06-03"));
    plan.profile.name = "Sam\xE2\x80\xAE\x1b[2J";
    plan.race.planned = true;
    plan.race.name = "Half\xE2\x81\xA6 \x1b]0;owned\x07";
    plan.race.date = day("2024-09-01");
    plan.race.distance_km = 21.1;
    const Date today = day("2024-06-03");
    for (const std::string& out : {cli::report_text(plan, today), cli::readiness_text(plan, today),
                                   cli::suggestion_text(plan, today)}) {
        CHECK(out.find('\x1b') == std::string::npos);
        CHECK(out.find('\x07') == std::string::npos);
        CHECK(out.find("\xE2\x80\xAE") == std::string::npos);
        CHECK(out.find("\xE2\x81\xA6") == std::string::npos);
        CHECK(control_at(out) == std::string::npos);
    }
    CHECK(cli::report_text(plan, today).find("Sam\xEF\xBF\xBD") != std::string::npos);
    // --json: everything beyond ASCII escaped, so the same text arrives without steering the terminal.
    const std::string json = cli::suggestion_json(suggest_next_run(plan, today), today);
    for (char c : json)
        CHECK(static_cast<unsigned char>(c) < 0x80);
    CHECK(printable("a\rb\r\nc\x1b") == "a\nb\nc\xEF\xBF\xBD");
    CHECK(excerpt(std::string(100, 'x')).size() == 43);
}
