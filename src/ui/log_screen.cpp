// Log: a run, a strength session, the morning check, or sitting/driving/stretching. Forms start from what
// the runner gives, never from invented values: pains start "not chosen" or "not recorded", and what an
// earlier entry had (the start time) is offered as a suggestion to tap, not filled in. Every typed value is
// checked at its field and Save refuses while one is wrong or the one pain a run needs is not chosen.
// After a save the form gives way to a card saying what was saved and what it means, with a reminder for
// the next-morning answer; a save that looks like one made a moment ago asks first. Entries are edited here.
//
// [SECTION] defaults   filling new-entry drafts
// [SECTION] saving     save buttons, duplicates, the saved card
// [SECTION] forms      one per kind of entry
// [SECTION] screen

#include "ui/screens.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/rules/levels.hpp"
#include "core/words/text.hpp"
#include "core/words/verdict_words.hpp"

#include <imgui.h>

#include <algorithm>
#include <functional>

namespace stride::ui {
namespace {

constexpr double kDuplicateSeconds = 10 * 60; // "a moment ago": a save within this looks like a double tap

// ---------------------------------------------------------------------------------------------------------
// [SECTION] defaults
// ---------------------------------------------------------------------------------------------------------

void fill_drafts(Frame& f) {
    Drafts& d = f.state.drafts;
    if (d.filled && d.day == f.status.today) return;
    const Date today = f.status.today;
    if (d.run.id == 0) {
        // Minutes and run/walk come from the prescribed run, the best guess of what was run (the form says
        // so); every pain, the time and the surface wait for the runner.
        Run run;
        run.minutes =
            f.suggestion.run.minutes > 0 ? f.suggestion.run.minutes : f.plan.settings.first_level_minutes;
        run.run_walk = f.suggestion.run.run_walk;
        run.date = today;
        d.run = run;
    }
    if (d.strength.id == 0) {
        // From the physio's programme when there is one, each exercise to be answered (done, changed or
        // not done) before Save; otherwise the last session's exercises to edit.
        StrengthSession session;
        d.strength_answers.clear();
        d.strength_notes.clear();
        const std::vector<Exercise>& programme = f.plan.prescription.strength_programme;
        if (!programme.empty()) {
            session.exercises = programme;
            for (Exercise& e : session.exercises) {
                d.strength_notes.push_back(e.note);
                e.note.clear(); // the physio's instruction, shown beside it, is not what was done
            }
            d.strength_answers.assign(session.exercises.size(), ExerciseAnswer::not_yet);
        } else if (!f.plan.strength_sessions.empty()) {
            session.exercises = f.plan.strength_sessions.back().exercises;
        }
        if (session.exercises.empty()) session.exercises = {{"Single-leg bridge", 3, 10, 0, ""}};
        session.date = today;
        d.strength = session;
    }
    if (d.check.id == 0) {
        DailyCheck check;
        check.pain_at_rest = kNotRecorded; // chosen, never assumed
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

// The start time of the latest entry of the list, offered as a one-tap suggestion.
template <class Entry> LocalTime last_time(const std::vector<Entry>& list) {
    return list.empty() ? LocalTime::unknown() : list.back().time;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] saving
// ---------------------------------------------------------------------------------------------------------

LogKind kind_of(const Run&) {
    return LogKind::run;
}
LogKind kind_of(const StrengthSession&) {
    return LogKind::strength;
}
LogKind kind_of(const DailyCheck&) {
    return LogKind::daily_check;
}
LogKind kind_of(const Aggravator&) {
    return LogKind::aggravator;
}

// What makes two entries of a kind look like the same one (a double tap saves the same note too).
std::string entry_key(const Run& r) {
    return r.date.iso() + "|" + std::to_string(r.minutes) + "|" + std::to_string(r.pain_during) + "|" +
           r.time.text() + "|" + r.note;
}
std::string entry_key(const StrengthSession& s) {
    return s.date.iso() + "|" + std::to_string(s.exercises.size()) + "|" + s.time.text() + "|" + s.note;
}
std::string entry_key(const DailyCheck& c) {
    return c.date.iso() + "|" + std::to_string(c.pain_at_rest) + "|" + std::to_string(c.task_pain) + "|" +
           c.note;
}
std::string entry_key(const Aggravator& a) {
    return a.date.iso() + "|" + std::to_string(a.sitting_minutes) + "|" + std::to_string(a.driving_minutes) +
           "|" + a.note;
}

std::string entry_words(const Plan&, const Run& r) {
    return "a " + describe_run(r.minutes, r.run_walk) + " run on " + day_words(r.date) + " (pain during " +
           pain_text(r.pain_during) + ")";
}
std::string entry_words(const Plan&, const StrengthSession& s) {
    return "a strength session on " + day_words(s.date);
}
std::string entry_words(const Plan&, const DailyCheck& c) {
    return "a morning check on " + day_words(c.date) + " (pain at rest " + pain_text(c.pain_at_rest) + ")";
}
std::string entry_words(const Plan&, const Aggravator& a) {
    return "sitting and stretching on " + day_words(a.date);
}

// The id apply() will most likely give the next new entry. The action itself carries id 0, so a save that
// another tab's save overtakes is re-applied with a fresh id (the two-tab rebase); the saved card then finds
// its entry by what it holds (find_saved).
EntryId next_id(const Plan& plan) {
    return (EntryId{plan.ids.origin} << 32) | plan.ids.next;
}

// After a save or cancel: the form starts again from the defaults.
template <class Entry> void reset(Frame& f, Entry& draft) {
    draft = Entry{};
    f.state.drafts.filled = false;
    f.state.fields.clear();
}

// Save (or Save changes) and, when editing, Cancel. A new entry that looks like one saved a moment ago is
// held until the runner confirms it.
// `answered` is false while the form waits for something other than its fields (the programme's exercises).
template <class Entry>
void save_buttons(Frame& f, Entry& draft, const Form& form, const char* save_label, const char* needs,
                  bool answered = true) {
    const bool complete = form.complete() && answered;
    if (!form.valid())
        error_text("Fix the fields marked above to save.");
    else if (!complete)
        muted_text(needs);
    const bool editing = draft.id != 0;
    if (button(editing ? "Save changes" : save_label, form.valid() && complete)) {
        UiState& state = f.state;
        const Entry& entry = draft;
        const EntryId id = editing ? entry.id : next_id(f.plan);
        const std::string key = entry_key(entry);
        const double now = ImGui::GetTime();
        const auto same =
            std::find_if(state.recent_saves.begin(), state.recent_saves.end(), [&](const RecentSave& r) {
                return r.kind == kind_of(entry) && r.key == key && now - r.at < kDuplicateSeconds;
            });
        if (!editing && same != state.recent_saves.end()) {
            state.duplicate = AddEntry<Entry>{entry};
            state.duplicate_words = same->words;
            state.duplicate_saved = SavedFeedback{kind_of(entry), id, false, key};
            state.scroll_to_top = true; // the question replaces the form: show it from the top
            return;
        }
        if (editing)
            f.emit(EditEntry<Entry>{entry});
        else
            f.emit(AddEntry<Entry>{entry});
        state.recent_saves.push_back({kind_of(entry), key, entry_words(f.plan, entry), now});
        if (state.recent_saves.size() > 8) state.recent_saves.erase(state.recent_saves.begin());
        state.saved = SavedFeedback{kind_of(entry), id, editing, key};
        state.scroll_to_top = true;
        reset(f, draft);
    }
    if (editing && outline_button("Cancel editing", -1.0f)) reset(f, draft);
    if (editing) mark_last_item_closes();
}

// "This looks like ...: save it again?" in place of the form.
void draw_duplicate(Frame& f) {
    UiState& state = f.state;
    if (!begin_card("duplicate", colours().warning_tint)) return;
    heading("Save it again?", f.look.fonts.section);
    paragraph("This looks like " + state.duplicate_words +
              ", which you saved a moment ago. Save another one the same?");
    if (inline_button("Save it again")) {
        f.out.actions.push_back(*state.duplicate);
        state.saved = state.duplicate_saved;
        switch (state.duplicate_saved.kind) {
        case LogKind::run:
            reset(f, state.drafts.run);
            break;
        case LogKind::strength:
            reset(f, state.drafts.strength);
            break;
        case LogKind::daily_check:
            reset(f, state.drafts.check);
            break;
        case LogKind::aggravator:
            reset(f, state.drafts.aggravator);
            break;
        }
        state.duplicate.reset();
    }
    ImGui::SameLine();
    if (outline_button("Don't save")) state.duplicate.reset();
    end_card();
}

// The entry the saved card is about: by its id, or (when another tab's save gave it another id) the newest
// entry holding what was saved.
template <class Entry> const Entry* find_saved(const Plan& plan, const SavedFeedback& saved) {
    const auto& list = entries<Entry>(plan);
    const auto same = [&](const Entry& e) { return entry_key(e) == saved.key; };
    const auto by_id =
        std::find_if(list.begin(), list.end(), [&](const Entry& e) { return e.id == saved.id; });
    if (by_id != list.end() && (saved.edited || same(*by_id))) return &*by_id;
    const auto newest = std::find_if(list.rbegin(), list.rend(), same);
    return newest == list.rend() ? nullptr : &*newest;
}

// A reminder in the runner's calendar at a time they choose, for the answer the next run waits for.
void reminder_offer(Frame& f, const char* label, const std::function<Reminder(LocalTime)>& make) {
    Form form(f.state.fields);
    form.clock(label, f.state.reminder_time, false);
    const char* words = f.status.can_share_reminders ? "Add the reminder to my calendar (share)"
                                                     : "Add the reminder to my calendar";
    if (outline_button(words, -1.0f)) f.out.reminder = make(f.state.reminder_time);
}

// The card that replaces the form after a save: what was saved and what it means.
void draw_saved(Frame& f) {
    const SavedFeedback saved = *f.state.saved;
    const Plan& plan = f.plan;
    const Settings& s = plan.settings;
    std::optional<Zone> zone;
    std::string title, body;
    switch (saved.kind) {
    case LogKind::run:
        if (const Run* r = find_saved<Run>(plan, saved)) {
            const RunClassification c = classify_run(plan, *r);
            const bool judged = c.zone != Zone::waiting;
            zone = judged ? c.zone : zone_so_far(s, *r);
            title = std::string(saved.edited ? "Run changed: " : "Run saved: ") +
                    describe_run(r->minutes, r->run_walk) + ", " + zone_words(*zone) +
                    (judged ? "." : " so far.");
            if (judged)
                body = c.rule.text;
            else if (c.needs_comparison)
                body = "Today asks one more question: was the next morning worse than your usual morning?";
            else
                body =
                    "Pain during " + pain_text(r->pain_during) + ": " + zone_meaning(PainKind::run, *zone) +
                    ". " +
                    (r->date >= f.status.today
                         ? "Tomorrow morning, tell us how your hamstring feels: your next run waits for it."
                         : "On Today, tell us how your hamstring felt the morning after: your next run waits "
                           "for it.");
        }
        break;
    case LogKind::strength:
        if (const StrengthSession* session = find_saved<StrengthSession>(plan, saved)) {
            title = std::string(saved.edited ? "Strength session changed: " : "Strength session saved: ") +
                    std::to_string(session->exercises.size()) +
                    (session->exercises.size() == 1 ? " exercise." : " exercises.");
            body = "Leave " + std::to_string(s.strength_gap_hours) +
                   " hours before your next run; Today shows when it may be.";
        }
        break;
    case LogKind::daily_check:
        if (const DailyCheck* c = find_saved<DailyCheck>(plan, saved)) {
            const PainScale rest = pain_scale(s, PainKind::rest);
            zone = rest.zone(c->pain_at_rest);
            title = std::string(saved.edited ? "Morning check changed: " : "Morning check saved: ") +
                    "pain at rest " + pain_zone_words(rest, c->pain_at_rest) + ".";
            if (c->task_pain != kNotRecorded) {
                const PainScale task = pain_scale(s, PainKind::task);
                if (task.zone(c->task_pain) != Zone::green) zone = std::max(*zone, task.zone(c->task_pain));
                body = "Daily test " + pain_zone_words(task, c->task_pain) + ".";
            }
        }
        break;
    case LogKind::aggravator:
        if (const Aggravator* a = find_saved<Aggravator>(plan, saved)) {
            title = std::string(saved.edited ? "Changed: " : "Saved: ") + "sitting " +
                    std::to_string(a->sitting_minutes) + " minutes, driving " +
                    std::to_string(a->driving_minutes) + " minutes" +
                    (a->stretched_hamstring ? ", stretched the hamstring." : ".");
            if (a->sitting_minutes + a->driving_minutes >= s.sitting_warning_minutes ||
                a->stretched_hamstring)
                body = "Today has advice about it.";
        }
        break;
    }
    if (title.empty()) { // undone since: nothing to report
        f.state.saved.reset();
        return;
    }
    const Colours& c = colours();
    if (!begin_card("saved", zone ? c.zone_tint[zone_colour(*zone)] : c.surface)) return;
    if (zone)
        dot_text(c.zone[zone_colour(*zone)], title);
    else
        paragraph(title);
    announce("saved card", title); // where a screen reader is: it hears what was saved and what it means
    if (!body.empty()) paragraph(body);
    if (saved.kind == LogKind::run) {
        const Run* r = find_saved<Run>(plan, saved);
        if (r && r->pain_next_morning == kNotRecorded && r->date + 1 >= f.status.today && zone != Zone::red) {
            gap(4.0f);
            reminder_offer(f, "Remind me the morning after at",
                           [&](LocalTime at) { return next_morning_reminder(*r, at, f.status.app_url); });
        }
    }
    gap(4.0f);
    static constexpr const char* kAnother[] = {"Log another run", "Log another strength session",
                                               "Log another morning check",
                                               "Log more sitting and stretching"};
    if (inline_button(kAnother[static_cast<int>(saved.kind)])) f.state.saved.reset();
    ImGui::SameLine();
    if (outline_button("Done: back to Today")) go_to(f.state, Screen::today);
    end_card();
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] forms
// ---------------------------------------------------------------------------------------------------------

void zone_legend_lines(const PainScale& scale) {
    const Colours& c = colours();
    const std::vector<std::string> lines = zone_legend(scale);
    for (const std::string& line : lines) {
        const Zone zone = line.find(" green:") != std::string::npos   ? Zone::green
                          : line.find(" amber:") != std::string::npos ? Zone::amber
                                                                      : Zone::red;
        dot_text(c.zone[zone_colour(zone)], line);
    }
}

constexpr Surface kSurfaces[] = {Surface::road,  Surface::track, Surface::treadmill,
                                 Surface::trail, Surface::grass, Surface::other};

void run_form(Frame& f) {
    Run& r = f.state.drafts.run;
    const Settings& s = f.plan.settings;
    const DistanceUnit unit = f.plan.profile.distance_unit;
    Form form(f.state.fields);
    form.day("Date of the run", r.date, f.status.today);
    form.clock("Start time (optional)", r.time, true,
               r.id == 0 ? last_time(f.plan.runs) : LocalTime::unknown());
    form.whole("Minutes", r.minutes, 1, 600, "minutes");
    if (r.id == 0 && r.minutes == f.suggestion.run.minutes)
        muted_text("Filled in from your level: change it if you ran longer or shorter.");
    if (r.id == 0)
        for (const Advice& warning : check_planned_run(f.plan, f.status.today, r.minutes))
            error_text("Careful: " + warning.rule.text);
    form.distance((std::string("Distance in ") + unit_words(unit) + " (optional)").c_str(), r.distance_km,
                  unit);
    text("Run/walk intervals?");
    bool intervals = !r.run_walk.continuous();
    if (yes_no("Run/walk", intervals))
        r.run_walk = intervals ? RunWalk{s.run_walk_run_minutes, s.run_walk_walk_minutes} : RunWalk{};
    if (intervals) {
        form.whole("Run part, minutes", r.run_walk.run_minutes, 1, 60, "minutes");
        form.whole("Walk part, minutes", r.run_walk.walk_minutes, 1, 60, "minutes");
    }
    gap();
    const PainScale run_scale = pain_scale(s, PainKind::run);
    zone_legend_lines(run_scale);
    form.pain("Worst pain during", r.pain_during, &run_scale);
    form.pain("Pain before the run (optional)", r.pain_before, &run_scale, true);
    form.pain("Pain right after (optional)", r.pain_after, &run_scale, true);
    if (r.id != 0 || r.date < f.status.today) {
        // The next morning is judged against this run's baseline: coloured by it when there is one.
        const RunClassification c = classify_run(f.plan, r, false);
        const PainScale morning = next_morning_scale(c.baseline);
        const PainScale* scale = c.baseline_from == BaselineFrom::none ? nullptr : &morning;
        form.pain("Pain next morning (optional)", r.pain_next_morning, scale, true);
        form.pain("Pain 48 hours later (optional)", r.pain_48h, scale, true);
    }
    text("Surface (optional)");
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
    save_buttons(f, r, form, "Save run", "Choose the worst pain during the run (0 to 10) to save it.");
}

void strength_form(Frame& f) {
    StrengthSession& session = f.state.drafts.strength;
    const Settings& s = f.plan.settings;
    Form form(f.state.fields);
    form.day("Date of the session", session.date, f.status.today);
    form.clock("Time (optional)", session.time, true,
               session.id == 0 ? last_time(f.plan.strength_sessions) : LocalTime::unknown());
    if (!session.time.known())
        muted_text("Without a time the session counts as midday for the " +
                   std::to_string(s.strength_gap_hours) + " hours before a run.");
    Drafts& d = f.state.drafts;
    const bool from_programme = session.id == 0 && d.strength_answers.size() == session.exercises.size() &&
                                !d.strength_answers.empty();
    if (from_programme) muted_text("From your programme: answer each exercise, then save.");
    bool answered = true;
    int remove = -1; // removed after the loop: the list is not changed while it is drawn
    for (std::size_t i = 0; i < session.exercises.size(); ++i) {
        Exercise& e = session.exercises[i];
        const std::string n = "Exercise " + std::to_string(i + 1);
        if (from_programme) {
            ExerciseAnswer& answer = d.strength_answers[i];
            text("%s: %s", n.c_str(), exercise_text(e).c_str());
            if (!d.strength_notes[i].empty()) muted_text(d.strength_notes[i]);
            int chosen = answer == ExerciseAnswer::as_prescribed ? 0
                         : answer == ExerciseAnswer::changed     ? 1
                                                                 : -1;
            if (choice_row(n.c_str(), {"Done", "Changed", "Not done"}, chosen, 96.0f)) {
                if (chosen == 2) remove = static_cast<int>(i);
                answer = chosen == 0 ? ExerciseAnswer::as_prescribed : ExerciseAnswer::changed;
            }
            answered = answered && answer != ExerciseAnswer::not_yet;
            if (answer != ExerciseAnswer::changed) {
                gap();
                continue;
            }
        }
        form.text((n + ", name").c_str(), e.name, 100);
        form.whole((n + ", sets").c_str(), e.sets, 0, 50, "sets");
        form.whole((n + ", repetitions").c_str(), e.reps, 0, 500, "repetitions");
        form.decimal((n + ", weight in kg").c_str(), e.load_kg, 1000, "kg");
        if (!from_programme && outline_button(("Remove exercise " + std::to_string(i + 1)).c_str(), -1.0f))
            remove = static_cast<int>(i);
        gap();
    }
    if (remove >= 0) {
        session.exercises.erase(session.exercises.begin() + remove);
        if (from_programme) {
            d.strength_answers.erase(d.strength_answers.begin() + remove);
            d.strength_notes.erase(d.strength_notes.begin() + remove);
        }
        f.state.fields.clear();
    }
    if (!from_programme && session.exercises.size() < 50 && outline_button("Add an exercise", -1.0f))
        session.exercises.push_back({"", 3, 10, 0, ""});
    const PainScale run_scale = pain_scale(s, PainKind::run);
    form.pain("Pain during the session (optional)", session.pain_during, &run_scale, true);
    form.text("Note", session.note, 2000);
    save_buttons(f, session, form, "Save strength session",
                 "Answer each exercise (Done, Changed or Not done) to save the session.", answered);
}

void check_form(Frame& f) {
    DailyCheck& c = f.state.drafts.check;
    const Settings& s = f.plan.settings;
    Form form(f.state.fields);
    muted_text("Best done each morning, before you warm up.");
    form.day("Date of the check", c.date, f.status.today);
    const PainScale rest = pain_scale(s, PainKind::rest);
    form.pain("Pain at rest", c.pain_at_rest, &rest);
    form.text("Your daily test (the same each day)", c.task, 100);
    const PainScale task = pain_scale(s, PainKind::task);
    form.pain("Pain in the daily test (optional)", c.task_pain, &task, true);
    zone_legend_lines(task);
    form.text("Note", c.note, 2000);
    save_buttons(f, c, form, "Save morning check", "Choose the pain at rest (0 to 10) to save the check.");
}

void aggravator_form(Frame& f) {
    Aggravator& a = f.state.drafts.aggravator;
    Form form(f.state.fields);
    muted_text("Long sitting, driving and hamstring stretches can irritate the tendon.");
    form.day("Date", a.date, f.status.today);
    form.whole("Minutes sitting", a.sitting_minutes, 0, 1440, "minutes");
    form.whole("Minutes driving", a.driving_minutes, 0, 1440, "minutes");
    text("Did you stretch the hamstring?");
    yes_no("Stretched", a.stretched_hamstring);
    form.text("Note", a.note, 2000);
    save_buttons(f, a, form, "Save sitting and stretching", "");
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
    if (list.empty() && !f.state.deleted) return;
    gap(12.0f);
    heading(title, f.look.fonts.section);
    deleted_notice(f);
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
    state.drafts.strength_answers.clear(); // an edit changes what was logged, typed freely
    state.drafts.strength_notes.clear();
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
        f.state.saved.reset();
        f.state.duplicate.reset();
    }
    gap();
    if (f.state.duplicate) {
        draw_duplicate(f);
        return;
    }
    if (f.state.saved) {
        draw_saved(f);
        if (f.state.saved) return;
    }
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
