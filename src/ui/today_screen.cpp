// Today: the morning card (the next-morning question and the morning check in one), the next run in one
// sentence coloured like its verdict, why (behind a tap), warnings and tips, and the disclaimer (said once,
// here). A reminder link (#answer) opens the app here, on the question.

#include "ui/screens.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/rules/levels.hpp"
#include "core/words/adherence_words.hpp"
#include "core/words/text.hpp"
#include "core/words/verdict_words.hpp"

#include <imgui.h>

#include <algorithm>

namespace stride::ui {
namespace {

using stride::PendingQuestion;

const Run* find_run(const Plan& plan, EntryId id) {
    const auto it =
        std::find_if(plan.runs.begin(), plan.runs.end(), [&](const Run& r) { return r.id == id; });
    return it == plan.runs.end() ? nullptr : &*it;
}

const DailyCheck* check_on(const Plan& plan, Date day) {
    const auto it = std::find_if(plan.daily_checks.rbegin(), plan.daily_checks.rend(),
                                 [&](const DailyCheck& c) { return c.date == day; });
    return it == plan.daily_checks.rend() ? nullptr : &*it;
}

void draw_suggestion(Frame& f) {
    const Suggestion& s = f.suggestion;
    const Colours& c = colours();
    // The card takes the colour of its verdict: a red run's step back is red, never amber.
    if (!begin_card("suggestion", s.zone ? c.zone_tint[zone_colour(*s.zone)] : c.surface)) return;
    heading(suggestion_words(s.kind), f.look.fonts.section);
    if (s.zone) muted_text(std::string("Traffic light: ") + zone_words(*s.zone));
    paragraph(s.headline);
    if (!s.rest_today && s.kind != SuggestionKind::not_ready && s.kind != SuggestionKind::see_physio) {
        std::string how = s.run.hills_allowed ? "Hills allowed" : "Keep it flat";
        how += s.run.speed_allowed ? ", speed work allowed." : " and easy: no speed work yet.";
        muted_text(how);
    }
    // Waiting for tomorrow morning's answer: a reminder can go in the runner's calendar.
    if (s.kind == SuggestionKind::wait_for_response && s.waiting_for) {
        const Run* run = find_run(f.plan, *s.waiting_for);
        if (run && run->pain_next_morning == kNotRecorded && run->date >= f.status.today) {
            Form form(f.state.fields);
            form.clock("Remind me tomorrow morning at", f.state.reminder_time, false);
            if (outline_button(f.status.can_share_reminders ? "Add the reminder to my calendar (share)"
                                                            : "Add the reminder to my calendar",
                               -1.0f))
                f.out.reminder = next_morning_reminder(*run, f.state.reminder_time, f.status.app_url);
        }
    }
    if (outline_button(f.state.show_reason ? "Hide the reason" : "Why this advice?"))
        f.state.show_reason = !f.state.show_reason;
    if (f.state.show_reason) mark_last_item_closes();
    if (f.state.show_reason) {
        paragraph(s.rule.text);
        muted_text("Source: " + s.rule.source);
        if (outline_button("How the advice works##reason", -1.0f)) go_to(f.state, Screen::rules);
    }
    end_card();
}

// The scale a next-morning answer is judged on, when the run has a baseline (none: uncoloured).
std::optional<PainScale> answer_scale(const Plan& plan, const PendingQuestion& q) {
    if (q.kind == PendingQuestion::Kind::run_next_morning) {
        const RunClassification c = classify_run(plan, q.run, false);
        if (c.baseline_from == BaselineFrom::none) return std::nullopt;
        return next_morning_scale(c.baseline);
    }
    // The test jog: no rise above the rest-pain limit (docs/rules.md section 1).
    return next_morning_scale(plan.settings.ready_rest_pain_max);
}

// One card for the morning: the question the next run waits for and the morning check, answered with one
// tap. The answer to the morning after yesterday's run is also this morning's check (pain at rest), saved as
// two entries so each can be edited on its own; the daily test follows, optional.
void draw_question(Frame& f, const PendingQuestion& q) {
    if (!begin_card("question")) return;
    heading("Morning check-in", f.look.fonts.section);
    paragraph(q.question);
    const Date today = f.status.today;
    if (q.kind == PendingQuestion::Kind::run_comparison) {
        muted_text(
            "There is no pain before the run and no recent morning check to compare it with, so the app "
            "asks you instead of guessing.");
        int answer = -1;
        if (button("Yes, more than usual")) answer = 1;
        if (outline_button("No, about usual or less", -1.0f)) answer = 0;
        if (answer >= 0) {
            f.emit(q.answer(answer));
            f.state.answered_run = q.run.id;
        }
        end_card();
        return;
    }
    const bool also_check = q.kind == PendingQuestion::Kind::run_next_morning && q.run.date + 1 == today &&
                            !check_on(f.plan, today);
    if (also_check)
        muted_text(
            "Tap the pain at rest, 0 to 10 (0 no pain). One answer for both: it is saved as this run's "
            "next-morning pain and as this morning's check.");
    else
        muted_text("Tap one number: 0 is no pain, 10 the worst imaginable.");
    const std::optional<PainScale> scale = answer_scale(f.plan, q);
    if (scale)
        for (const std::string& line : zone_legend(*scale))
            muted_text(line);
    const int answer = pain_choices("Pain this morning", kNotRecorded, scale ? &*scale : nullptr);
    if (answer >= 0) {
        f.emit(q.answer(answer));
        f.state.answered_run = q.kind == PendingQuestion::Kind::run_next_morning ? q.run.id : 0;
        if (also_check) {
            DailyCheck check;
            check.date = today;
            check.pain_at_rest = answer;
            check.task =
                f.plan.daily_checks.empty() ? "Three single-leg bridges" : f.plan.daily_checks.back().task;
            f.emit(AddEntry<DailyCheck>{check});
            f.state.asking_daily_test = true;
        }
        f.state.saved_message = "Thank you: " + std::to_string(answer) + "/10 logged.";
    }
    end_card();
}

// After an answer: what it means for the run, and (for this morning's check) the daily test.
void draw_answered(Frame& f) {
    const Run* run = find_run(f.plan, f.state.answered_run);
    const Colours& c = colours();
    if (run && run->pain_next_morning != kNotRecorded) {
        const RunClassification judged = classify_run(f.plan, *run);
        if (judged.zone != Zone::waiting && begin_card("answered", c.zone_tint[zone_colour(judged.zone)])) {
            dot_text(c.zone[zone_colour(judged.zone)],
                     "Your run of " + day_words(run->date) + ": " + zone_words(judged.zone) + ".");
            paragraph(judged.rule.text);
            end_card();
        }
    }
    const DailyCheck* check = f.state.asking_daily_test ? check_on(f.plan, f.status.today) : nullptr;
    if (!check || check->task_pain != kNotRecorded) return;
    if (!begin_card("daily test")) return;
    paragraph("Your daily test (" + check->task +
              "): how much pain? Optional, and best done at the same time each "
              "day.");
    const PainScale task = pain_scale(f.plan.settings, PainKind::task);
    for (const std::string& line : zone_legend(task))
        muted_text(line);
    const int answer = pain_choices("Daily test this morning", kNotRecorded, &task);
    if (answer >= 0) {
        DailyCheck edited = *check;
        edited.task_pain = answer;
        f.emit(EditEntry<DailyCheck>{edited});
        f.state.asking_daily_test = false;
        f.state.saved_message = "Daily test " + pain_zone_words(task, answer) + ".";
    }
    if (outline_button("Skip the daily test", -1.0f)) f.state.asking_daily_test = false;
    end_card();
}

void draw_advice(Frame& f) {
    const Colours& c = colours();
    for (const Advice& warning : f.suggestion.warnings) {
        if (!begin_card(("warning " + std::string(enum_name(warning.kind))).c_str(), c.warning_tint))
            continue;
        heading("Warning", f.look.fonts.section);
        paragraph(warning.rule.text);
        muted_text("Source: " + warning.rule.source);
        end_card();
    }
    for (const Advice& tip : f.suggestion.tips)
        dot_text(c.accent, "Tip: " + tip.rule.text);
}

// This week's runs: minutes done against what their levels asked for, in encouraging words (none before the
// week's first run).
void draw_week_runs(Frame& f) {
    const std::string words = runs_week_runner_words(f.figures.adherence().back());
    if (words.empty() || !begin_card("this week's runs")) return;
    paragraph(words);
    end_card();
}

// The physio's strength programme, this week's sessions against it (in encouraging words), and one tap to
// log today's session from it.
void draw_strength(Frame& f) {
    const std::vector<Exercise>& programme = f.plan.prescription.strength_programme;
    if (programme.empty() || !begin_card("strength programme")) return;
    heading("Strength programme", f.look.fonts.section);
    const std::string week = strength_week_words(f.figures.adherence().back());
    if (!week.empty()) paragraph(week);
    for (const Exercise& e : programme) {
        dot_text(colours().accent, exercise_text(e));
        if (!e.note.empty()) muted_text(e.note);
    }
    const bool done_today = std::any_of(f.plan.strength_sessions.begin(), f.plan.strength_sessions.end(),
                                        [&](const StrengthSession& s) { return s.date == f.status.today; });
    if (done_today) muted_text("Today's session is logged.");
    if (outline_button(done_today ? "Log another strength session" : "Log today's strength session", -1.0f)) {
        go_to(f.state, Screen::log);
        f.state.log_kind = LogKind::strength;
    }
    end_card();
}

} // namespace

void draw_today(Frame& f) {
    screen_header(f, "Today");
    if (!f.state.saved_message.empty()) text("%s", f.state.saved_message.c_str());
    // The open question first: answering it is what the next suggestion waits for.
    const auto& questions = f.figures.questions();
    if (!questions.empty()) draw_question(f, questions.front());
    draw_answered(f);
    draw_suggestion(f);
    draw_advice(f);
    draw_week_runs(f);
    draw_strength(f);
    gap();
    if (f.suggestion.kind == SuggestionKind::not_ready) {
        if (button("Open the readiness checklist")) go_to(f.state, Screen::readiness);
    } else if (button("Log a run")) {
        go_to(f.state, Screen::log);
        f.state.log_kind = LogKind::run;
    }
    if (!check_on(f.plan, f.status.today) && outline_button("Log this morning's check", -1.0f)) {
        go_to(f.state, Screen::log);
        f.state.log_kind = LogKind::daily_check;
    }
    gap(12.0f);
    muted_text("Stride Back gives guidance, not a diagnosis. See your physio if you have pain at rest for "
               "several days, two flare-ups close together, or anything that worries you.");
    if (outline_button("How the advice works", -1.0f)) go_to(f.state, Screen::rules);
    if (!f.wide && outline_button("About Stride Back", -1.0f)) go_to(f.state, Screen::about);
}

} // namespace stride::ui
