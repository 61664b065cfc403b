// Log: a run, a strength session, the morning check, or sitting/driving/stretching. Forms start from
// sensible defaults (today, the prescribed run, the last entry's surface, time and exercises); every
// typed value is checked at its field and Save refuses while one is wrong. Entries are edited here too.
//
// [SECTION] defaults   filling new-entry drafts
// [SECTION] forms      one per kind of entry
// [SECTION] screen

#include "ui/screens.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace stride::ui {
namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] defaults
// ---------------------------------------------------------------------------------------------------------

void fill_drafts(Frame& f) {
    Drafts& d = f.state.drafts;
    if (d.filled && d.day == f.status.today) return;
    const Date today = f.status.today;
    if (d.run.id == 0) {
        Run run;
        if (!f.plan.runs.empty()) {
            const Run& last = f.plan.runs.back();
            run.time = last.time;
            run.surface = last.surface;
            run.minutes = last.minutes;
            run.run_walk = last.run_walk;
        }
        if (f.suggestion.run.minutes > 0) { // the prescribed run is the best guess of what was run
            run.minutes = f.suggestion.run.minutes;
            run.run_walk = f.suggestion.run.run_walk;
        }
        if (run.minutes == 0) run.minutes = f.plan.settings.first_level_minutes;
        run.date = today;
        d.run = run;
    }
    if (d.strength.id == 0) {
        StrengthSession session;
        if (!f.plan.strength_sessions.empty()) {
            session.exercises = f.plan.strength_sessions.back().exercises;
            session.time = f.plan.strength_sessions.back().time;
        } else {
            session.exercises = f.plan.prescription.strength_programme;
        }
        if (session.exercises.empty()) session.exercises = {{"Single-leg bridge", 3, 10, 0}};
        session.date = today;
        d.strength = session;
    }
    if (d.check.id == 0) {
        DailyCheck check;
        check.task =
            f.plan.daily_checks.empty() ? "Three single-leg bridges" : f.plan.daily_checks.back().task;
        check.date = today;
        d.check = check;
    }
    if (d.aggravator.id == 0) {
        Aggravator aggravator;
        aggravator.date = today;
        d.aggravator = aggravator;
    }
    d.day = today;
    d.filled = true;
}

// After a save or cancel: the form starts again from the defaults.
template <class Entry> void finish(Frame& f, Entry& draft, const char* message) {
    draft = Entry{};
    f.state.drafts.filled = false;
    f.state.fields.clear();
    f.state.saved_message = message;
}

// Save (or Save changes) and, when editing, Cancel. Emits the add or edit.
template <class Entry> void save_buttons(Frame& f, Entry& draft, const Form& form, const char* save_label) {
    if (!form.valid()) error_text("Fix the fields marked above to save.");
    const bool editing = draft.id != 0;
    if (button(editing ? "Save changes" : save_label, form.valid())) {
        if (editing)
            f.emit(EditEntry<Entry>{draft});
        else
            f.emit(AddEntry<Entry>{draft});
        finish(f, draft, editing ? "Entry changed." : "Entry added.");
    }
    if (editing && outline_button("Cancel editing", -1.0f)) finish(f, draft, "");
    if (editing) mark_last_item_closes();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] forms
// ---------------------------------------------------------------------------------------------------------

void zone_legend(const Settings& s) {
    const Colours& c = colours();
    const std::string g = std::to_string(s.green_max_pain), a = std::to_string(s.amber_max_pain);
    dot_text(c.zone[0], "0-" + g + " green: fine");
    dot_text(c.zone[1], std::to_string(s.green_max_pain + 1) + "-" + a + " amber: take care, hold the level");
    dot_text(c.zone[2], std::to_string(s.amber_max_pain + 1) + "-10 red: too much, step back");
}

constexpr Surface kSurfaces[] = {Surface::road,  Surface::track, Surface::treadmill,
                                 Surface::trail, Surface::grass, Surface::other};

void run_form(Frame& f) {
    Run& r = f.state.drafts.run;
    const Settings& s = f.plan.settings;
    Form form(f.state.fields);
    form.date("Date of the run", r.date);
    form.time("Start time (optional)", r.time);
    form.whole("Minutes", r.minutes, 1, 600, "minutes");
    if (r.id == 0)
        for (const Advice& warning : check_planned_run(f.plan, f.status.today, r.minutes))
            error_text("Careful: " + warning.rule.text);
    form.decimal("Distance in km (optional)", r.distance_km, 500, "km");
    text("Run/walk intervals?");
    bool intervals = !r.run_walk.continuous();
    if (yes_no("Run/walk", intervals))
        r.run_walk = intervals ? RunWalk{s.run_walk_run_minutes, s.run_walk_walk_minutes} : RunWalk{};
    if (intervals) {
        form.whole("Run part, minutes", r.run_walk.run_minutes, 1, 60, "minutes");
        form.whole("Walk part, minutes", r.run_walk.walk_minutes, 1, 60, "minutes");
    }
    gap();
    zone_legend(s);
    form.pain("Pain before", r.pain_before, s.green_max_pain, s.amber_max_pain);
    form.pain("Worst pain during", r.pain_during, s.green_max_pain, s.amber_max_pain);
    form.pain("Pain right after", r.pain_after, s.green_max_pain, s.amber_max_pain);
    if (r.id != 0 || r.date < f.status.today) {
        form.pain("Pain next morning", r.pain_next_morning, s.green_max_pain, s.amber_max_pain, true);
        form.pain("Pain 48 hours later", r.pain_48h, s.green_max_pain, s.amber_max_pain, true);
    }
    text("Surface");
    int surface = -1;
    for (int i = 0; i < 6; ++i)
        if (kSurfaces[i] == r.surface) surface = i;
    if (choice_row("Surface", {"Road", "Track", "Treadmill", "Trail", "Grass", "Other"}, surface, 96.0f))
        r.surface = kSurfaces[surface];
    text("Hills?");
    yes_no("Hills", r.hills);
    text("Speed work?");
    yes_no("Speed work", r.speed_work);
    form.whole("Effort, 0 to 10 (optional)", r.effort, 0, 10, "", true);
    form.text("Note", r.note, 2000);
    save_buttons(f, r, form, "Save run");
}

void strength_form(Frame& f) {
    StrengthSession& session = f.state.drafts.strength;
    const Settings& s = f.plan.settings;
    Form form(f.state.fields);
    form.date("Date of the session", session.date);
    form.time("Time (optional)", session.time);
    int remove = -1; // removed after the loop: the list is not changed while it is drawn
    for (std::size_t i = 0; i < session.exercises.size(); ++i) {
        Exercise& e = session.exercises[i];
        const std::string n = "Exercise " + std::to_string(i + 1);
        form.text((n + ", name").c_str(), e.name, 100);
        form.whole((n + ", sets").c_str(), e.sets, 0, 50, "sets");
        form.whole((n + ", repetitions").c_str(), e.reps, 0, 500, "repetitions");
        form.decimal((n + ", weight in kg").c_str(), e.load_kg, 1000, "kg");
        if (outline_button(("Remove exercise " + std::to_string(i + 1)).c_str(), -1.0f))
            remove = static_cast<int>(i);
        gap();
    }
    if (remove >= 0) {
        session.exercises.erase(session.exercises.begin() + remove);
        f.state.fields.clear();
    }
    if (session.exercises.size() < 50 && outline_button("Add an exercise", -1.0f))
        session.exercises.push_back({"", 3, 10, 0});
    form.pain("Pain during the session (optional)", session.pain_during, s.green_max_pain, s.amber_max_pain,
              true);
    form.text("Note", session.note, 2000);
    save_buttons(f, session, form, "Save strength session");
}

void check_form(Frame& f) {
    DailyCheck& c = f.state.drafts.check;
    const Settings& s = f.plan.settings;
    Form form(f.state.fields);
    muted_text("Best done each morning, before you warm up.");
    form.date("Date of the check", c.date);
    form.pain("Pain at rest", c.pain_at_rest, s.green_max_pain, s.amber_max_pain);
    form.text("Your daily test (the same each day)", c.task, 100);
    form.pain("Pain in the daily test (optional)", c.task_pain, s.daily_task_max_pain, s.amber_max_pain,
              true);
    muted_text("0 to " + std::to_string(s.daily_task_max_pain) +
               " in the daily test means the tendon copes with its load; more means it does not.");
    form.text("Note", c.note, 2000);
    save_buttons(f, c, form, "Save morning check");
}

void aggravator_form(Frame& f) {
    Aggravator& a = f.state.drafts.aggravator;
    Form form(f.state.fields);
    muted_text("Long sitting, driving and hamstring stretches can irritate the tendon.");
    form.date("Date", a.date);
    form.whole("Minutes sitting", a.sitting_minutes, 0, 1440, "minutes");
    form.whole("Minutes driving", a.driving_minutes, 0, 1440, "minutes");
    text("Did you stretch the hamstring?");
    yes_no("Stretched", a.stretched_hamstring);
    form.text("Note", a.note, 2000);
    save_buttons(f, a, form, "Save sitting and stretching");
}

// The log screen with the form of `kind` holding a copy of the entry (its id makes Save an edit).
template <class Entry>
void open_for_edit(UiState& state, LogKind kind, Entry Drafts::*draft, const Entry& entry) {
    go_to(state, Screen::log);
    state.log_kind = kind;
    state.drafts.*draft = entry;
}

template <class Entry> void recent(Frame& f, const char* title) {
    const auto& list = entries<Entry>(f.plan);
    if (list.empty()) return;
    gap(12.0f);
    heading(title, f.look.fonts.section);
    int shown = 0;
    for (auto it = list.rbegin(); it != list.rend() && shown < 5; ++it, ++shown)
        entry_row(f, *it);
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] screen
// ---------------------------------------------------------------------------------------------------------

void edit_entry(UiState& state, const Run& run) {
    open_for_edit(state, LogKind::run, &Drafts::run, run);
}
void edit_entry(UiState& state, const StrengthSession& session) {
    open_for_edit(state, LogKind::strength, &Drafts::strength, session);
}
void edit_entry(UiState& state, const DailyCheck& check) {
    open_for_edit(state, LogKind::daily_check, &Drafts::check, check);
}
void edit_entry(UiState& state, const Aggravator& aggravator) {
    open_for_edit(state, LogKind::aggravator, &Drafts::aggravator, aggravator);
}

void draw_log(Frame& f) {
    screen_header(f, "Log");
    fill_drafts(f);
    int kind = static_cast<int>(f.state.log_kind);
    if (choice_row("Log", {"Run", "Strength", "Morning check", "Sitting and stretching"}, kind, 150.0f)) {
        f.state.log_kind = static_cast<LogKind>(kind);
        f.state.fields.clear();
        f.state.saved_message.clear();
    }
    if (!f.state.saved_message.empty()) text("%s", f.state.saved_message.c_str());
    gap();
    switch (f.state.log_kind) {
    case LogKind::run:
        if (f.state.drafts.run.id != 0)
            text("Editing the run of %s", day_words(f.state.drafts.run.date).c_str());
        run_form(f);
        recent<Run>(f, "Recent runs");
        break;
    case LogKind::strength:
        strength_form(f);
        recent<StrengthSession>(f, "Recent strength sessions");
        break;
    case LogKind::daily_check:
        check_form(f);
        recent<DailyCheck>(f, "Recent morning checks");
        break;
    case LogKind::aggravator:
        aggravator_form(f);
        recent<Aggravator>(f, "Recent sitting and stretching");
        break;
    }
}

} // namespace stride::ui
