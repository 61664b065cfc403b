// The physio desk: the runners whose plan files the physio opened, one row each, most urgent first, each
// saying in plain words why it is flagged; from a row, that runner's report and plan editor (the green
// ceiling, the level, the strength programme) with "Save and send back"; and the physio's alert settings.
// It draws in place of the runner's screens and reads only the desk (runtime/desk.hpp).
//
// [SECTION] caseload  the rows, opening files, the alert settings
// [SECTION] editor    one runner's plan: what the physio changes most, on one screen
// [SECTION] screen

#include "ui/screens.hpp"

#include "ui/probe.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/model/settings.hpp"
#include "core/rules/summaries.hpp"
#include "core/words/text.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace stride::ui {
namespace {

using runtime::DeskRequest;
using K = DeskRequest::Kind;

constexpr float kDeskWidth = 880.0f; // a caseload reads as a list: a little wider than a form

void request(Frame& f, K kind, std::size_t runner = 0) {
    DeskRequest r;
    r.kind = kind;
    r.runner = runner;
    f.desk_request(std::move(r));
}

// The colour of a row's most urgent alert: red for a verdict, a red run or pain; amber for logging and
// adherence; green when nothing is flagged. Always said in words beside it, never by colour alone.
unsigned int alert_colour(const CaseloadRow& row) {
    if (row.alerts.empty()) return colours().zone[0];
    return row.alerts.front().kind <= AlertKind::rising_pain ? colours().zone[2] : colours().zone[1];
}

void desk_notices(Frame& f) {
    const runtime::DeskStatus& s = f.desk_status;
    if (!s.error.empty() && notice("desk error", colours().zone_tint[2], s.error, "Dismiss##desk error") == 1)
        request(f, K::dismiss);
    if (s.notice.empty()) return;
    const int pressed = notice("desk notice", colours().surface, s.notice, "Dismiss##desk notice",
                               s.can_undo_remove ? "Undo##desk remove" : nullptr);
    if (pressed == 1) request(f, K::dismiss);
    if (pressed == 2) request(f, K::undo_remove);
}

void open_editor(Frame& f, std::size_t runner) {
    request(f, K::dismiss); // what the caseload said is not about this runner's plan
    f.state.desk.runner = runner;
    f.state.desk.filled = false;
    f.state.fields.clear();
    f.state.scroll_to_top = true;
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] caseload
// ---------------------------------------------------------------------------------------------------------

void caseload_row(Frame& f, const CaseloadRow& row) {
    const DeskRunner& runner = f.desk.runners[row.runner];
    ImGui::PushID(static_cast<int>(row.runner));
    if (begin_card("runner")) {
        heading(row.name.c_str(), f.look.fonts.section);
        if (row.alerts.empty()) dot_text(alert_colour(row), "Nothing flagged.");
        for (const Alert& alert : row.alerts)
            dot_text(alert.kind == row.alerts.front().kind ? alert_colour(row) : colours().muted,
                     alert.reason);
        const std::string& file = runner.file_name;
        muted_text("From " + (file.empty() ? std::string("a file without a name") : file) + ".");
        // Side by side on a desktop; one under the other on a phone, where long names would not fit.
        const float width = f.wide ? 0.0f : -1.0f;
        if (f.wide ? inline_button(("Adjust " + row.name + "'s plan").c_str())
                   : button(("Adjust " + row.name + "'s plan").c_str()))
            open_editor(f, row.runner);
        if (f.wide) ImGui::SameLine();
        if (outline_button(("Report for " + row.name).c_str(), width))
            request(f, K::export_report, row.runner);
        if (f.wide) ImGui::SameLine();
        if (outline_button(("Remove " + row.name + " from the desk").c_str(), width))
            request(f, K::remove_runner, row.runner);
        end_card();
    }
    ImGui::PopID();
}

void alert_settings(Frame& f) {
    if (!ImGui::CollapsingHeader("Alert settings (yours, on this device)")) return;
    muted_text("What flags a runner. They are your settings on this device, not in any runner's plan file.");
    for (const AlertSettingInfo& info : alert_setting_table()) {
        const int current = alert_setting_value(f.desk.alerts, info.id);
        int value = current;
        Form form(f.state.fields);
        form.whole((std::string(info.label) + " (" + info.unit + ")").c_str(), value, info.min_value,
                   info.max_value, info.unit);
        if (form.committed() && value != current) {
            DeskRequest r;
            r.kind = K::set_alert;
            r.alert = info.id;
            r.value = value;
            f.desk_request(std::move(r));
        }
        muted_text("Default " + std::to_string(default_alert_setting(info.id)) + ", allowed " +
                   std::to_string(info.min_value) + " to " + std::to_string(info.max_value) +
                   ". Source: " + info.source);
        gap(6.0f);
    }
    if (outline_button("Reset the alert settings to their defaults", -1.0f)) {
        request(f, K::reset_alerts);
        f.state.fields.clear();
    }
}

void caseload(Frame& f) {
    heading("Physio desk", f.look.fonts.heading);
    muted_text("Your runners' plan files, kept in this browser apart from any runner's own plan. Nothing "
               "leaves this device unless you send a plan back.");
    if (outline_button("Back to my own plan", -1.0f)) {
        request(f, K::close);
        go_to(f.state, Screen::plan);
        return;
    }
    gap();
    if (button("Open plan files")) request(f, K::pick_files);
    muted_text(
        "Choose several at once, or drop them on this page. A newer file from the same runner replaces "
        "the older one.");
    desk_notices(f);
    const std::vector<CaseloadRow>& rows = f.desk_status.rows;
    gap();
    if (rows.empty()) {
        paragraph("No runners yet. Open the plan files (or reports holding a plan) your runners sent you.");
    } else {
        int flagged = 0;
        for (const CaseloadRow& row : rows)
            flagged += row.alerts.empty() ? 0 : 1;
        text("%s", (count_words(rows.size(), "runner") + ", " + std::to_string(flagged) +
                    " flagged. Most urgent first.")
                       .c_str());
        for (const CaseloadRow& row : rows)
            caseload_row(f, row);
    }
    gap(16.0f);
    alert_settings(f);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] editor
// ---------------------------------------------------------------------------------------------------------

void fill(Frame& f, const Plan& plan) {
    DeskDrafts& d = f.state.desk;
    if (d.filled) return;
    const LevelState level = current_level(plan, f.status.today);
    d.green_max_pain = plan.settings.green_max_pain;
    d.level_minutes = level.minutes;
    d.run_walk = level.run_walk;
    d.programme = plan.prescription.strength_programme;
    d.sessions = plan.settings.strength_sessions_per_week;
    d.note = plan.prescription.note;
    d.filled = true;
}

// The changes the drafts make to `plan`, as the runner's own Plan screen would make them.
std::vector<Action> changes(const Plan& plan, const DeskDrafts& d, Date today, int level_now,
                            const RunWalk& run_walk_now) {
    std::vector<Action> out;
    if (d.green_max_pain != plan.settings.green_max_pain)
        out.emplace_back(ChangeSetting{SettingId::green_max_pain, d.green_max_pain});
    if (d.sessions != plan.settings.strength_sessions_per_week)
        out.emplace_back(ChangeSetting{SettingId::strength_sessions_per_week, d.sessions});
    Prescription p = plan.prescription;
    const bool level_changed = d.level_minutes != level_now ||
                               d.run_walk.run_minutes != run_walk_now.run_minutes ||
                               d.run_walk.walk_minutes != run_walk_now.walk_minutes;
    if (level_changed) { // a new starting point today: runs count from today at this level
        p.set = true;
        p.from = today;
        p.level_minutes = d.level_minutes;
        p.run_walk = d.run_walk;
    }
    p.strength_programme = d.programme;
    for (Exercise& e : p.strength_programme)
        e.name = trimmed(e.name);
    p.note = d.note;
    if (level_changed || !(p.strength_programme == plan.prescription.strength_programme) ||
        p.note != plan.prescription.note)
        out.emplace_back(SetPrescription{p});
    return out;
}

void editor(Frame& f, std::size_t index) {
    const DeskRunner& runner = f.desk.runners[index];
    const Plan& plan = runner.plan;
    const std::string name = runner_words(runner);
    DeskDrafts& d = f.state.desk;
    fill(f, plan);
    if (outline_button("Back to the caseload", -1.0f)) {
        d.runner.reset();
        f.state.fields.clear();
        f.state.scroll_to_top = true;
        return;
    }
    heading((name + "'s plan").c_str(), f.look.fonts.heading);
    for (const CaseloadRow& row : f.desk_status.rows)
        if (row.runner == index)
            for (const Alert& alert : row.alerts)
                dot_text(alert_colour(row), alert.reason);
    const LevelState level = current_level(plan, f.status.today);
    Form form(f.state.fields);

    heading("Pain and level", f.look.fonts.section);
    const SettingInfo& green = setting_info(SettingId::green_max_pain);
    form.whole((std::string(green.label) + " (/10)").c_str(), d.green_max_pain, green.min_value,
               green.max_value, "/10");
    muted_text("Now " + std::to_string(plan.settings.green_max_pain) + "/10. Source: " + green.source);
    form.whole("Level: next run, minutes", d.level_minutes, 1, 600, "minutes");
    form.whole("Run part of run/walk, minutes (0 = continuous)", d.run_walk.run_minutes, 0, 60, "minutes");
    form.whole("Walk part of run/walk, minutes", d.run_walk.walk_minutes, 0, 60, "minutes");
    muted_text("Now " + describe_run(level.minutes, level.run_walk) +
               ". A new level starts from today: runs count from today at this level.");

    heading("Strength programme", f.look.fonts.section);
    const SettingInfo& per_week = setting_info(SettingId::strength_sessions_per_week);
    form.whole("Sessions a week", d.sessions, per_week.min_value, per_week.max_value, "sessions");
    const bool named = programme_fields(form, d.programme, f.state);
    form.text("Note to the runner (optional)", d.note, 2000);

    gap();
    if (!form.valid())
        error_text("Fix the fields marked above to save.");
    else if (!named)
        error_text("Give each exercise a name to save the programme.");
    const bool ok = form.valid() && named;
    const std::vector<Action> made = changes(plan, d, f.status.today, level.minutes, level.run_walk);
    if (button(("Save and send back to " + name).c_str(), ok)) {
        DeskRequest r;
        r.kind = K::change_plan;
        r.runner = index;
        r.actions = made;
        f.desk_request(std::move(r));
        request(f, K::send_back, index);
        d.filled = false;
        f.state.fields.clear();
    }
    if (ok && outline_button("Save without sending", -1.0f)) {
        DeskRequest r;
        r.kind = K::change_plan;
        r.runner = index;
        r.actions = made;
        f.desk_request(std::move(r));
        d.filled = false;
        f.state.fields.clear();
    }
    desk_notices(f); // where the physio is looking after Save
    if (outline_button(("Report for " + name).c_str(), -1.0f)) request(f, K::export_report, index);
    muted_text(
        "Sending makes the report holding the plan, as the runner's own export does: shared where this "
        "browser can share files, otherwise saved to your downloads to send by email or message. The "
        "runner opens it with Import a plan file and sees each change before it applies.");
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] screen
// ---------------------------------------------------------------------------------------------------------

void open_desk(Frame& f) {
    go_to(f.state, Screen::desk);
    f.state.desk = DeskDrafts{};
    request(f, K::open);
}

void draw_desk(Frame& f) {
    begin_content(f, kDeskWidth, false);
    const std::optional<std::size_t> runner = f.state.desk.runner;
    if (runner && *runner < f.desk.runners.size())
        editor(f, *runner);
    else
        caseload(f);
    end_content();
}

} // namespace stride::ui
