// The readiness checklist before the first run: each test with how to do it, its last result and date,
// pass / not yet / not tested, a form to record a new result, and the verdict with what to do next.

#include "ui/screens.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/words/verdict_words.hpp"

#include <imgui.h>

#include <algorithm>

namespace stride::ui {
namespace {

const char* how_to(ChecklistItem item) {
    switch (item) {
    case ChecklistItem::rest_pain:
        return "Sit or lie still for a few minutes, then rate the pain where the hamstring meets the sit "
               "bone, "
               "0 to 10.";
    case ChecklistItem::drop_lunge:
        return "Stand tall with the painful leg in front. Drop quickly into a lunge with no weights, then "
               "rate "
               "the pain in the buttock, 0 to 10.";
    case ChecklistItem::strength_symmetry:
        return "Either the prone hamstring curl: the heaviest weight you can lift 10 times (kg), each leg. "
               "Or, "
               "without equipment, the single-leg bridge: knee bent 30 to 40 degrees, repetitions until you "
               "tire, each leg.";
    case ChecklistItem::test_jog:
        return "Jog 5 to 10 minutes, easy, on the flat (a treadmill is fine) and rate the worst pain during "
               "it. "
               "Today asks again about 24 and 48 hours later.";
    case ChecklistItem::physio_agreement:
        return "Ask your physio whether you are ready to start running.";
    }
    return "";
}

// Short, distinct button words for each item (the item titles are too long for a phone button).
const char* record_label(ChecklistItem item) {
    switch (item) {
    case ChecklistItem::rest_pain:
        return "Record rest pain";
    case ChecklistItem::drop_lunge:
        return "Record drop lunge";
    case ChecklistItem::strength_symmetry:
        return "Record strength";
    case ChecklistItem::test_jog:
        return "Record test jog";
    case ChecklistItem::physio_agreement:
        return "Record physio's answer";
    }
    return "";
}

unsigned int status_colour(ItemStatus status) {
    const Colours& c = colours();
    return status == ItemStatus::pass ? c.zone[0] : status == ItemStatus::not_yet ? c.zone[2] : c.muted;
}

ReadinessItem first_test(ChecklistItem item) {
    switch (item) {
    case ChecklistItem::rest_pain:
        return ReadinessItem::rest_pain;
    case ChecklistItem::drop_lunge:
        return ReadinessItem::drop_lunge;
    case ChecklistItem::strength_symmetry:
        return ReadinessItem::single_leg_bridge; // needs no equipment
    case ChecklistItem::test_jog:
        return ReadinessItem::test_jog;
    case ChecklistItem::physio_agreement:
        return ReadinessItem::physio_agreement;
    }
    return ReadinessItem::rest_pain;
}

// The result form of one checklist item (the draft's `item` says which test).
void draw_result_form(Frame& f, ChecklistItem item) {
    ReadinessTest& t = f.state.drafts.readiness;
    const Settings& s = f.plan.settings;
    scroll_here_if_asked(f.state);
    if (t.id != 0) text("Editing the result of %s", day_words(t.date).c_str());
    Form form(f.state.fields);
    form.day("Date of the test", t.date, f.status.today);
    const PainScale rest = pain_scale(s, PainKind::rest), lunge = pain_scale(s, PainKind::lunge),
                    run = pain_scale(s, PainKind::run);
    switch (item) {
    case ChecklistItem::rest_pain:
        form.pain("Pain at rest", t.pain, &rest);
        break;
    case ChecklistItem::drop_lunge:
        form.pain("Pain in the drop lunge", t.pain, &lunge);
        break;
    case ChecklistItem::strength_symmetry: {
        int which = t.item == ReadinessItem::hamstring_curl ? 0 : 1;
        if (choice_row("Strength test", {"Hamstring curl (kg)", "Single-leg bridge (reps)"}, which, 140.0f))
            t.item = which == 0 ? ReadinessItem::hamstring_curl : ReadinessItem::single_leg_bridge;
        const bool curl = t.item == ReadinessItem::hamstring_curl;
        form.decimal(curl ? "Left leg, kg" : "Left leg, repetitions", t.left, 1000,
                     curl ? "kg" : "repetitions");
        form.decimal(curl ? "Right leg, kg" : "Right leg, repetitions", t.right, 1000,
                     curl ? "kg" : "repetitions");
        break;
    }
    case ChecklistItem::test_jog:
        form.whole("Minutes jogged", t.minutes, 1, 600, "minutes");
        muted_text("Filled in with the shortest test jog: change it to the minutes you jogged.");
        muted_text("The test is " + std::to_string(s.test_jog_min_minutes) + " to " +
                   std::to_string(s.test_jog_max_minutes) + " minutes: start small.");
        form.pain("Worst pain during the jog", t.pain, &run);
        break;
    case ChecklistItem::physio_agreement:
        text("Has your physio agreed you can start running?");
        yes_no("Physio agrees", t.agreed);
        break;
    }
    form.text("Note about the test", t.note, 2000);
    const bool complete = form.valid() && form.complete();
    if (!form.valid())
        error_text("Fix the fields marked above to save this result.");
    else if (!complete)
        muted_text("Choose the pain from 0 to 10 to save this result.");
    const bool editing = t.id != 0; // an earlier result opened from History
    if (button(editing ? "Save changes to the result" : "Save result", complete)) {
        if (editing)
            f.emit(EditEntry<ReadinessTest>{t});
        else
            f.emit(AddEntry<ReadinessTest>{t});
        f.state.recording.reset();
        f.state.fields.clear();
        f.state.saved_message = editing ? "Result changed." : "Result added.";
        if (!editing && t.item == ReadinessItem::test_jog) f.state.saved_jog = t.date;
    }
    if (outline_button("Cancel##result", -1.0f)) {
        f.state.recording.reset();
        f.state.fields.clear();
    }
    mark_last_item_closes();
}

void draw_item(Frame& f, const ChecklistResult& r) {
    if (!begin_card(r.label.c_str())) return;
    ImGui::PushID(r.label.c_str());
    ImGui::PushFont(f.look.fonts.section);
    dot_text(status_colour(r.status), r.label + ": " + status_words(r) + (r.required ? "" : " (optional)"));
    ImGui::PopFont();
    muted_text(how_to(r.item));
    if (r.tested_on) paragraph("Last result, " + day_words(*r.tested_on) + ": " + r.detail + ".");
    if (!r.next_step.empty()) paragraph("Next: " + r.next_step);
    const bool open = f.state.recording && *f.state.recording == first_test(r.item);
    if (open) {
        draw_result_form(f, r.item);
    } else if (outline_button(record_label(r.item), -1.0f)) {
        ReadinessTest draft; // id 0: a new result
        draft.item = first_test(r.item);
        draft.date = f.status.today;
        draft.pain = kNotRecorded; // chosen, never assumed
        draft.minutes = r.item == ChecklistItem::test_jog ? f.plan.settings.test_jog_min_minutes : 0;
        f.state.drafts.readiness = draft;
        f.state.recording = draft.item;
        f.state.fields.clear();
        f.state.saved_message.clear();
    }
    ImGui::PopID();
    end_card();
}

// After a test jog: its answers come 24 and 48 hours later, so they can go in the runner's calendar.
void jog_reminders(Frame& f) {
    if (!f.state.saved_jog) return;
    const auto jog = std::find_if(
        f.plan.readiness_tests.rbegin(), f.plan.readiness_tests.rend(), [&](const ReadinessTest& t) {
            return t.item == ReadinessItem::test_jog && t.date == *f.state.saved_jog;
        });
    if (jog == f.plan.readiness_tests.rend() || jog->pain_24h != kNotRecorded) return;
    if (!begin_card("jog reminders")) return;
    paragraph("Test jog saved. The tendon answers over the next 24 to 48 hours: Today asks you then. Add "
              "reminders to your calendar?");
    Form form(f.state.fields);
    form.clock("Remind me at", f.state.reminder_time, false);
    for (int hours : {24, 48}) {
        const std::string label = "Add the " + std::to_string(hours) + "-hour reminder";
        if (outline_button(label.c_str(), -1.0f))
            f.out.reminder = test_jog_reminder(*jog, hours, f.state.reminder_time, f.status.app_url);
    }
    if (outline_button("No reminders", -1.0f)) f.state.saved_jog.reset();
    end_card();
}

} // namespace

void edit_entry(UiState& state, const ReadinessTest& test) {
    go_to(state, Screen::readiness);
    state.drafts.readiness = test;
    // Its item's form: both strength tests are recorded under the one symmetry item.
    state.recording =
        test.item == ReadinessItem::hamstring_curl ? ReadinessItem::single_leg_bridge : test.item;
    state.scroll_to_form = true;
    state.fields.clear(); // a value refused in the form before is not this entry's
}

void draw_readiness(Frame& f) {
    screen_header(f, "Readiness checklist");
    const Readiness& r = f.readiness;
    const bool running = !f.plan.runs.empty();
    if (begin_card("verdict", r.ready ? colours().zone_tint[0] : colours().surface)) {
        heading(r.ready ? "Ready for your first run" : "Not ready to run yet", f.look.fonts.section);
        if (!r.ready) paragraph("Next: " + r.next_step);
        muted_text(r.rule.text);
        if (running) muted_text("You have started running: the checklist no longer decides your runs.");
        if (r.ready && button("See today's run")) go_to(f.state, Screen::today);
        end_card();
    }
    if (!f.state.saved_message.empty()) text("%s", f.state.saved_message.c_str());
    jog_reminders(f);
    for (const ChecklistResult& item : r.items)
        draw_item(f, item);
}

} // namespace stride::ui
