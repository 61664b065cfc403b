#include "core/rules/questions.hpp"

#include "core/rules/levels.hpp"
#include "core/rules/run_classification.hpp"
#include "core/words/text.hpp"

namespace stride {

Action PendingQuestion::answer(int pain) const {
    if (kind == Kind::run_next_morning || kind == Kind::run_comparison) {
        Run edited = run;
        if (kind == Kind::run_next_morning)
            edited.pain_next_morning = pain;
        else
            edited.next_morning_worse = pain != 0 ? Answer::yes : Answer::no;
        return EditEntry<Run>{edited};
    }
    ReadinessTest edited = jog;
    (kind == Kind::jog_24h ? edited.pain_24h : edited.pain_48h) = pain;
    return EditEntry<ReadinessTest>{edited};
}

std::vector<PendingQuestion> pending_questions(const Plan& plan, Date today) {
    std::vector<PendingQuestion> out;
    for (auto it = plan.runs.rbegin(); it != plan.runs.rend() && it->date >= today - kRecentQuestionDays;
         ++it) {
        if (it->date >= today) continue;
        PendingQuestion q;
        q.run = *it;
        const std::string what = "(" + describe_run(it->minutes, it->run_walk) + ")";
        const std::string run_words = it->date + 1 == today
                                          ? "Yesterday's run " + what
                                          : "Your run on " + day_text(it->date) + " " + what;
        if (it->pain_next_morning == kNotRecorded) {
            q.question = it->date + 1 == today
                             ? run_words + ": how does your hamstring feel this morning, at rest?"
                             : run_words + ": how did your hamstring feel the morning after?";
        } else if (classify_run(plan, *it, false).needs_comparison) {
            q.kind = PendingQuestion::Kind::run_comparison;
            q.question = run_words + ": the morning after, your pain was " +
                         pain_text(it->pain_next_morning) +
                         ". Is that more than you usually have in the morning?";
        } else {
            continue;
        }
        out.push_back(std::move(q));
    }
    for (auto it = plan.readiness_tests.rbegin(); it != plan.readiness_tests.rend(); ++it) {
        if (it->item != ReadinessItem::test_jog || it->date > today) continue;
        PendingQuestion q;
        q.jog = *it;
        if (it->pain_24h == kNotRecorded && today >= it->date + 1) {
            q.kind = PendingQuestion::Kind::jog_24h;
            q.question =
                "Your test jog on " + day_text(it->date) + ": how much pain now, about 24 hours later?";
        } else if (it->pain_24h != kNotRecorded && it->pain_48h == kNotRecorded && today >= it->date + 2) {
            q.kind = PendingQuestion::Kind::jog_48h;
            q.question =
                "Your test jog on " + day_text(it->date) + ": how much pain now, about 48 hours later?";
        } else {
            break; // only the latest test jog counts
        }
        out.push_back(std::move(q));
        break;
    }
    return out;
}

} // namespace stride
