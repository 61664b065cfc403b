// Today: the next run in one sentence, why (behind a tap), yesterday's next-morning question, warnings
// and tips, and the disclaimer (said once, here).

#include "ui/screens.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/rules/levels.hpp"
#include "core/words/verdict_words.hpp"

#include <imgui.h>

namespace stride::ui {
namespace {

unsigned int kind_tint(SuggestionKind kind) {
    const Colours& c = colours();
    switch (kind) {
    case SuggestionKind::progress:
    case SuggestionKind::hold:
        return c.zone_tint[0];
    case SuggestionKind::step_back:
        return c.zone_tint[1];
    case SuggestionKind::see_physio:
        return c.zone_tint[2];
    default:
        return c.surface;
    }
}

void draw_suggestion(Frame& f) {
    const Suggestion& s = f.suggestion;
    if (!begin_card("suggestion", kind_tint(s.kind))) return;
    heading(suggestion_words(s.kind), f.look.fonts.section);
    paragraph(s.headline);
    if (!s.rest_today && s.kind != SuggestionKind::not_ready && s.kind != SuggestionKind::see_physio) {
        std::string how = s.run.hills_allowed ? "Hills allowed" : "Keep it flat";
        how += s.run.speed_allowed ? ", speed work allowed." : " and easy: no speed work yet.";
        muted_text(how);
    }
    if (outline_button(f.state.show_reason ? "Hide the reason" : "Why this advice?"))
        f.state.show_reason = !f.state.show_reason;
    if (f.state.show_reason) mark_last_item_closes();
    if (f.state.show_reason) {
        paragraph(s.rule.text);
        muted_text("Source: " + s.rule.source);
    }
    end_card();
}

void draw_question(Frame& f, const PendingQuestion& q) {
    if (!begin_card("question")) return;
    heading("Morning check-in", f.look.fonts.section);
    paragraph(q.question);
    muted_text("Tap one number: 0 is no pain, 10 the worst imaginable.");
    const Settings& s = f.plan.settings;
    // One tap records it: the choices go straight into an edit of the entry.
    const int answer = pain_choices("Pain this morning", kNotRecorded, s.green_max_pain, s.amber_max_pain);
    if (answer >= 0) {
        f.emit(q.answer(answer));
        f.state.saved_message = "Thank you: " + std::to_string(answer) + "/10 logged.";
    }
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

} // namespace

Action PendingQuestion::answer(int pain) const {
    if (kind == Kind::run_next_morning) {
        Run edited = run;
        edited.pain_next_morning = pain;
        return EditEntry<Run>{edited};
    }
    ReadinessTest edited = jog;
    (kind == Kind::jog_24h ? edited.pain_24h : edited.pain_48h) = pain;
    return EditEntry<ReadinessTest>{edited};
}

std::vector<PendingQuestion> pending_questions(const Plan& plan, Date today) {
    std::vector<PendingQuestion> out;
    for (auto it = plan.runs.rbegin(); it != plan.runs.rend(); ++it) {
        if (it->date >= today || it->pain_next_morning != kNotRecorded) continue;
        PendingQuestion q;
        q.run = *it;
        const std::string what = "(" + describe_run(it->minutes, it->run_walk) + ")";
        q.question = it->date + 1 == today
                         ? "Yesterday's run " + what + ": how does your hamstring feel this morning, at rest?"
                         : "Your run on " + day_words(it->date) + " " + what +
                               ": how did your hamstring feel the morning after?";
        out.push_back(std::move(q));
    }
    for (auto it = plan.readiness_tests.rbegin(); it != plan.readiness_tests.rend(); ++it) {
        if (it->item != ReadinessItem::test_jog || it->date > today) continue;
        PendingQuestion q;
        q.jog = *it;
        if (it->pain_24h == kNotRecorded && today >= it->date + 1) {
            q.kind = PendingQuestion::Kind::jog_24h;
            q.question =
                "Your test jog on " + day_words(it->date) + ": how much pain now, about 24 hours later?";
        } else if (it->pain_24h != kNotRecorded && it->pain_48h == kNotRecorded && today >= it->date + 2) {
            q.kind = PendingQuestion::Kind::jog_48h;
            q.question =
                "Your test jog on " + day_words(it->date) + ": how much pain now, about 48 hours later?";
        } else {
            break; // only the latest test jog counts
        }
        out.push_back(std::move(q));
        break;
    }
    return out;
}

void draw_today(Frame& f) {
    screen_header(f, "Today");
    if (!f.state.saved_message.empty()) text("%s", f.state.saved_message.c_str());
    // The open question first: answering it is what the next suggestion waits for.
    const auto questions = pending_questions(f.plan, f.status.today);
    if (!questions.empty()) draw_question(f, questions.front());
    draw_suggestion(f);
    draw_advice(f);
    gap();
    if (f.suggestion.kind == SuggestionKind::not_ready) {
        if (button("Open the readiness checklist")) go_to(f.state, Screen::readiness);
    } else if (button("Log a run")) {
        go_to(f.state, Screen::log);
        f.state.log_kind = LogKind::run;
    }
    if (outline_button("Log this morning's check", -1.0f)) {
        go_to(f.state, Screen::log);
        f.state.log_kind = LogKind::daily_check;
    }
    gap(12.0f);
    muted_text("Stride Back gives guidance, not a diagnosis. See your physio if you have pain at rest for "
               "several days, two flare-ups close together, or anything that worries you.");
    if (!f.wide && outline_button("About Stride Back", -1.0f)) go_to(f.state, Screen::about);
}

} // namespace stride::ui
