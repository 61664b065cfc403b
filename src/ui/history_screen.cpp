// History: the charts, the flare-ups, and every entry (newest first) with edit and delete. A deleted
// entry leaves a notice in its place with "Undo delete" (and Undo at the top of the screen).

#include "ui/screens.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/rules/levels.hpp"
#include "core/rules/summaries.hpp"
#include "core/words/text.hpp"
#include "core/words/verdict_words.hpp"

#include <imgui.h>

#include <algorithm>
#include <functional>
#include <variant>

namespace stride::ui {
namespace {

std::string pain_or_blank(int pain) {
    return pain == kNotRecorded ? "not recorded" : std::to_string(pain) + "/10";
}

std::string summary(const Plan& plan, const Run& r) {
    std::string s = "Run, " + day_words(r.date) + ": " + describe_run(r.minutes, r.run_walk);
    if (r.distance_km > 0) s += ", " + distance_text(r.distance_km, plan.profile.distance_unit);
    s += ". Pain before " + pain_or_blank(r.pain_before) + ", during " + pain_or_blank(r.pain_during) +
         ", after " + pain_or_blank(r.pain_after) + ", next morning " + pain_or_blank(r.pain_next_morning) +
         ". Zone: " + zone_words(classify_run(plan, r, false).zone) + ".";
    return s;
}

std::string summary(const Plan&, const StrengthSession& session) {
    std::string s = "Strength, " + day_words(session.date) + ":";
    for (std::size_t i = 0; i < session.exercises.size(); ++i) {
        s += (i ? ", " : " ") + exercise_text(session.exercises[i]);
    }
    if (session.pain_during != kNotRecorded) s += ". Pain " + pain_or_blank(session.pain_during);
    return s + ".";
}

std::string summary(const Plan&, const DailyCheck& c) {
    std::string s = "Morning check, " + day_words(c.date) + ": pain at rest " + pain_or_blank(c.pain_at_rest);
    if (c.task_pain != kNotRecorded)
        s += ", " + (c.task.empty() ? "daily test" : c.task) + " " + pain_or_blank(c.task_pain);
    return s + ".";
}

std::string summary(const Plan&, const Aggravator& a) {
    return "Sitting and stretching, " + day_words(a.date) + ": sitting " + std::to_string(a.sitting_minutes) +
           " minutes, driving " + std::to_string(a.driving_minutes) + " minutes" +
           (a.stretched_hamstring ? ", stretched the hamstring." : ".");
}

std::string summary(const Plan&, const ReadinessTest& t) {
    std::string s = "Checklist, " + day_words(t.date) + ": ";
    switch (t.item) {
    case ReadinessItem::rest_pain:
        return s + "pain at rest " + pain_or_blank(t.pain) + ".";
    case ReadinessItem::drop_lunge:
        return s + "drop lunge, pain " + pain_or_blank(t.pain) + ".";
    case ReadinessItem::hamstring_curl:
        return s + "hamstring curl, left " + decimal_text(t.left) + " kg, right " + decimal_text(t.right) +
               " kg.";
    case ReadinessItem::single_leg_bridge:
        return s + "single-leg bridge, left " + decimal_text(t.left) + ", right " + decimal_text(t.right) +
               " reps.";
    case ReadinessItem::test_jog:
        return s + "test jog " + std::to_string(t.minutes) + " minutes, pain " + pain_or_blank(t.pain) +
               ", 24 hours later " + pain_or_blank(t.pain_24h) + ", 48 hours later " +
               pain_or_blank(t.pain_48h) + ".";
    case ReadinessItem::physio_agreement:
        return s + (t.agreed ? "your physio agreed." : "your physio advised waiting.");
    }
    return s;
}

std::string summary(const Plan&, const PhysioEntry& e) {
    std::string s = "Physio, " + day_words(e.date) + ":";
    if (e.visa_h != kNotRecorded) s += " VISA-H " + std::to_string(e.visa_h) + ".";
    const auto test = [&](ProvocationTest name, const ProvocationResult& r) {
        if (r.finding == Finding::not_done && r.pain == kNotRecorded) return;
        s += std::string(" ") + provocation_test_words(name) + ": " + provocation_result_words(r) + ".";
    };
    test(ProvocationTest::puranen_orava, e.puranen_orava);
    test(ProvocationTest::bent_knee_stretch, e.bent_knee_stretch);
    test(ProvocationTest::modified_bent_knee_stretch, e.modified_bent_knee_stretch);
    return s;
}

// A run's words carry its verdict; the dot before them shows it in the same colour as everywhere else.
void summary_line(const Plan& plan, const Run& r) {
    const Zone zone = classify_run(plan, r, false).zone;
    dot_text(zone == Zone::waiting ? colours().muted : colours().zone[zone_colour(zone)], summary(plan, r));
}
template <class Entry> void summary_line(const Plan& plan, const Entry& e) {
    paragraph(summary(plan, e));
}

// The row: words, then Edit (it opens the entry's form) and Delete. A deleted entry leaves a notice
// in its place with "Undo delete" (deleted_notice), where the thumb already is.
template <class Entry> void row(Frame& f, const Entry& e, const std::function<void()>& edit) {
    ImGui::PushID(static_cast<int>(e.id & 0x7fffffff));
    ImGui::PushID(static_cast<int>(e.id >> 32));
    summary_line(f.plan, e);
    if (!e.note.empty()) muted_text("Note: " + e.note);
    if (edit) {
        if (outline_button("Edit")) edit();
        ImGui::SameLine();
    }
    if (outline_button("Delete")) {
        f.emit(DeleteEntry<Entry>{e.id});
        f.state.deleted = DeletedEntry{e.id, e.date, summary(f.plan, e)};
    }
    ImGui::Separator();
    ImGui::PopID();
    ImGui::PopID();
}

// The entry is back (undone) or something else was done since: the notice has nothing left to undo.
bool deleted_still_undoable(const Frame& f) {
    if (!f.state.deleted) return false;
    if (f.status.undo_label.rfind("delete", 0) != 0) return false;
    bool present = false;
    for_each_entry_kind([&](auto kind) {
        for (const auto& e : entries<decltype(kind)>(f.plan))
            present = present || e.id == f.state.deleted->id;
    });
    return !present;
}

} // namespace

void entry_row(Frame& f, const Run& e) {
    row(f, e, [&] { edit_entry(f.state, e); });
}
void entry_row(Frame& f, const StrengthSession& e) {
    row(f, e, [&] { edit_entry(f.state, e); });
}
void entry_row(Frame& f, const DailyCheck& e) {
    row(f, e, [&] { edit_entry(f.state, e); });
}
void entry_row(Frame& f, const Aggravator& e) {
    row(f, e, [&] { edit_entry(f.state, e); });
}
void entry_row(Frame& f, const ReadinessTest& e) {
    row(f, e, [&] { edit_entry(f.state, e); });
}
void entry_row(Frame& f, const PhysioEntry& e) {
    row(f, e, [&] { edit_entry(f.state, e); });
}

void deleted_notice(Frame& f) {
    if (!deleted_still_undoable(f)) {
        f.state.deleted.reset();
        return;
    }
    if (!begin_card("deleted", colours().warning_tint)) return;
    paragraph("Deleted: " + f.state.deleted->words);
    if (inline_button("Undo delete")) {
        f.command(Command::undo);
        f.state.deleted.reset();
    }
    end_card();
}

void draw_history(Frame& f) {
    screen_header(f, "History");
    if (!f.state.saved_message.empty()) text("%s", f.state.saved_message.c_str());
    draw_history_charts(f);

    const auto& flares = f.figures.series().flares;
    if (!flares.empty()) {
        heading("Flare-ups", f.look.fonts.section);
        for (const FlareUp& flare : flares)
            dot_text(colours().zone[2],
                     day_words(flare.date) + (flare.big ? ": a big flare-up. " : ": ") + flare.rule.text);
    }

    // Every entry, newest first, listed once per change of the plan (runtime/figures.hpp); deletes apply
    // after the frame.
    const std::vector<runtime::ListedEntry>& all = f.figures.entries();
    gap(12.0f);
    heading("All entries", f.look.fonts.section);
    if (all.empty()) muted_text("Nothing logged yet. Runs, checks and tests you log appear here.");
    const std::size_t shown = std::min(all.size(), static_cast<std::size_t>(f.state.history_shown));
    // The notice of a deleted entry sits where the entry was: before the first entry older than it.
    bool notice_drawn = !f.state.deleted;
    for (std::size_t i = 0; i < shown; ++i) {
        if (!notice_drawn && all[i].date <= f.state.deleted->date) {
            deleted_notice(f);
            notice_drawn = true;
        }
        std::visit([&f](const auto* entry) { entry_row(f, *entry); }, all[i].entry);
    }
    if (!notice_drawn) deleted_notice(f);
    if (shown < all.size() && outline_button("Show older entries", -1.0f)) f.state.history_shown += 20;
}

} // namespace stride::ui
