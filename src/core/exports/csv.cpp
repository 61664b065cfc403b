#include "core/exports/csv.hpp"

#include "core/rules/run_classification.hpp"
#include "core/words/text.hpp"

#include <algorithm>
#include <array>
#include <tuple>
#include <vector>

namespace stride {
namespace {

// The columns, in order. Each entry kind fills the ones that apply to it.
enum Column {
    date,
    time,
    kind,
    id,
    minutes,
    distance_km,
    run_minutes,
    walk_minutes,
    pain_before,
    pain_during,
    pain_after,
    pain_next_morning,
    pain_48h,
    next_morning_worse,
    zone,
    surface,
    hills,
    speed_work,
    effort,
    pain_at_rest,
    task_pain,
    task,
    sitting_minutes,
    driving_minutes,
    stretched_hamstring,
    visa_h,
    puranen_orava,
    bent_knee_stretch,
    modified_bent_knee_stretch,
    test,
    test_pain,
    left,
    right,
    pain_24h,
    agreed,
    exercises,
    note,
    column_count
};

constexpr std::array<const char*, column_count> kHeader = {"date",
                                                           "time",
                                                           "kind",
                                                           "id",
                                                           "minutes",
                                                           "distance_km",
                                                           "run_minutes",
                                                           "walk_minutes",
                                                           "pain_before",
                                                           "pain_during",
                                                           "pain_after",
                                                           "pain_next_morning",
                                                           "pain_48h",
                                                           "next_morning_worse",
                                                           "zone",
                                                           "surface",
                                                           "hills",
                                                           "speed_work",
                                                           "effort",
                                                           "pain_at_rest",
                                                           "task_pain",
                                                           "task",
                                                           "sitting_minutes",
                                                           "driving_minutes",
                                                           "stretched_hamstring",
                                                           "visa_h",
                                                           "puranen_orava",
                                                           "bent_knee_stretch",
                                                           "modified_bent_knee_stretch",
                                                           "test",
                                                           "test_pain",
                                                           "left",
                                                           "right",
                                                           "pain_24h",
                                                           "agreed",
                                                           "exercises",
                                                           "note"};

struct Row {
    Date day;
    LocalTime at;
    std::array<std::string, column_count> cells;
};

std::string number(int value) {
    return value == kNotRecorded ? "" : std::to_string(value);
}
std::string yes_no(bool value) {
    return value ? "yes" : "no";
}
std::string finding(const ProvocationResult& result) {
    if (result.finding == Finding::not_done) return "";
    std::string out = enum_name(result.finding);
    if (result.pain != kNotRecorded) out += " (pain " + pain_text(result.pain) + ")";
    return out;
}
std::string exercise_list(const std::vector<Exercise>& list) {
    std::string out;
    for (const Exercise& e : list)
        out += (out.empty() ? "" : "; ") + exercise_text(e);
    return out;
}

// A spreadsheet reads a long number as a number: it shows 5.30214E+13 and keeps only 15 digits, so the id
// would no longer match the plan file's. "#" in front makes it text everywhere; the digits are the id.
std::string id_text(EntryId entry) {
    return "#" + std::to_string(entry);
}

Row start_row(Date day, LocalTime at, const char* words, EntryId entry, const std::string& text) {
    Row row;
    row.day = day;
    row.at = at;
    row.cells[date] = day.iso();
    row.cells[time] = at.text();
    row.cells[kind] = csv_text_field(words);
    row.cells[id] = id_text(entry);
    row.cells[note] = csv_text_field(text);
    return row;
}

Row row_for(const Plan& plan, const Run& r) {
    Row row = start_row(r.date, r.time, EntryTraits<Run>::kind, r.id, r.note);
    auto& c = row.cells;
    c[minutes] = std::to_string(r.minutes);
    c[distance_km] = r.distance_km > 0 ? decimal_text(r.distance_km) : "";
    if (!r.run_walk.continuous()) {
        c[run_minutes] = std::to_string(r.run_walk.run_minutes);
        c[walk_minutes] = std::to_string(r.run_walk.walk_minutes);
    }
    c[pain_before] = number(r.pain_before);
    c[pain_during] = number(r.pain_during);
    c[pain_after] = number(r.pain_after);
    c[pain_next_morning] = number(r.pain_next_morning);
    c[pain_48h] = number(r.pain_48h);
    c[next_morning_worse] = r.next_morning_worse == Answer::not_asked ? "" : enum_name(r.next_morning_worse);
    c[zone] = enum_name(classify_run(plan, r, false).zone);
    c[surface] = r.surface == Surface::not_set ? "" : enum_name(r.surface);
    c[hills] = yes_no(r.hills);
    c[speed_work] = yes_no(r.speed_work);
    c[effort] = number(r.effort);
    return row;
}

Row row_for(const Plan&, const StrengthSession& s) {
    Row row = start_row(s.date, s.time, EntryTraits<StrengthSession>::kind, s.id, s.note);
    row.cells[pain_during] = number(s.pain_during);
    row.cells[exercises] = csv_text_field(exercise_list(s.exercises));
    return row;
}

Row row_for(const Plan&, const DailyCheck& d) {
    Row row = start_row(d.date, LocalTime::unknown(), EntryTraits<DailyCheck>::kind, d.id, d.note);
    row.cells[pain_at_rest] = number(d.pain_at_rest);
    row.cells[task_pain] = number(d.task_pain);
    row.cells[task] = csv_text_field(d.task);
    return row;
}

Row row_for(const Plan&, const Aggravator& a) {
    Row row = start_row(a.date, LocalTime::unknown(), EntryTraits<Aggravator>::kind, a.id, a.note);
    row.cells[sitting_minutes] = std::to_string(a.sitting_minutes);
    row.cells[driving_minutes] = std::to_string(a.driving_minutes);
    row.cells[stretched_hamstring] = yes_no(a.stretched_hamstring);
    return row;
}

Row row_for(const Plan&, const PhysioEntry& p) {
    Row row = start_row(p.date, LocalTime::unknown(), EntryTraits<PhysioEntry>::kind, p.id, p.note);
    row.cells[visa_h] = number(p.visa_h);
    row.cells[puranen_orava] = csv_text_field(finding(p.puranen_orava));
    row.cells[bent_knee_stretch] = csv_text_field(finding(p.bent_knee_stretch));
    row.cells[modified_bent_knee_stretch] = csv_text_field(finding(p.modified_bent_knee_stretch));
    return row;
}

Row row_for(const Plan&, const ReadinessTest& t) {
    Row row = start_row(t.date, LocalTime::unknown(), EntryTraits<ReadinessTest>::kind, t.id, t.note);
    auto& c = row.cells;
    c[test] = enum_name(t.item);
    c[test_pain] = number(t.pain);
    if (t.item == ReadinessItem::hamstring_curl || t.item == ReadinessItem::single_leg_bridge) {
        c[left] = decimal_text(t.left);
        c[right] = decimal_text(t.right);
    }
    if (t.item == ReadinessItem::test_jog) {
        c[minutes] = std::to_string(t.minutes);
        c[pain_24h] = number(t.pain_24h);
        c[pain_48h] = number(t.pain_48h);
    }
    if (t.item == ReadinessItem::physio_agreement) c[agreed] = yes_no(t.agreed);
    return row;
}

void write_line(std::string& out, const std::array<std::string, column_count>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += cells[i];
    }
    out += "\r\n";
}

} // namespace

std::string csv_text_field(std::string_view text) {
    // A spreadsheet may split a cell again on any common separator (";" in many European locales, tab,
    // "|") or line break, so a formula character is neutralised at the start of every such piece, not only
    // of the cell: "x;=2*3" becomes "x;'=2*3".
    const auto starts_formula = [](char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    };
    const auto separator = [](char c) {
        return c == ',' || c == ';' || c == '\t' || c == '|' || c == '\r' || c == '\n';
    };
    std::string value;
    value.reserve(text.size() + 1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (starts_formula(text[i]) && (i == 0 || separator(text[i - 1]))) value += '\'';
        value += text[i];
    }
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string quoted = "\"";
    for (char c : value) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string log_to_csv(const Plan& plan) {
    std::vector<Row> rows;
    for_each_entry_kind([&](auto kind) {
        for (const auto& entry : entries<decltype(kind)>(plan)) {
            rows.push_back(row_for(plan, entry));
        }
    });
    // Oldest first across kinds; within a day, timed entries by time, untimed ones at midday; equal
    // moments keep plan-file order.
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        return std::make_tuple(a.day, a.at.minutes_or_midday()) <
               std::make_tuple(b.day, b.at.minutes_or_midday());
    });
    std::string out = "\xEF\xBB\xBF"; // UTF-8 byte-order mark
    std::array<std::string, column_count> header;
    std::copy(kHeader.begin(), kHeader.end(), header.begin());
    write_line(out, header);
    for (const Row& row : rows)
        write_line(out, row.cells);
    return out;
}

} // namespace stride
