// Plan and settings: who and what for (name, side, goal, race and the race check), the physio's starting
// point and entries (VISA-H, provocation tests), sharing with the physio, and every setting of the core
// with its default, source and "reset to default".
//
// [SECTION] device    text size on this device (drawn last: a look setting, not the plan)
// [SECTION] plan      profile, goal, race, race check, prescription, strength programme
// [SECTION] physio    VISA-H and provocation tests
// [SECTION] sharing   export, share, report, spreadsheet, import
// [SECTION] settings  the setting table
// [SECTION] screen

#include "ui/screens.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/model/settings.hpp"
#include "core/rules/race_check.hpp"
#include "core/words/advice_rules.hpp"
#include "core/words/text.hpp"

#include <imgui.h>

#include <string>
#include <vector>

namespace stride::ui {
namespace {

constexpr Side kSides[] = {Side::left, Side::right, Side::both};

void fill(Frame& f) {
    Drafts& d = f.state.drafts;
    if (d.plan_filled) return;
    d.profile = f.plan.profile;
    d.goal = f.plan.goal;
    d.race = f.plan.race;
    if (!d.race.planned) d.race.date = f.status.today + 8 * 7;
    d.prescription = f.plan.prescription;
    if (!d.prescription.set) d.prescription.from = f.status.today;
    d.programme = f.plan.prescription.strength_programme;
    d.programme_sessions = f.plan.settings.strength_sessions_per_week;
    if (d.physio.id == 0) { // not an earlier assessment being edited
        d.physio = PhysioEntry{};
        d.physio.date = f.status.today;
    }
    d.plan_filled = true;
}

void saved(Frame& f, const char* message) {
    f.state.drafts.plan_filled = false;
    f.state.fields.clear();
    f.state.saved_message = message;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] device
// ---------------------------------------------------------------------------------------------------------

void text_size_setting(Frame& f) {
    heading("Text size on this device", f.look.fonts.section);
    std::vector<std::string> labels;
    std::vector<const char*> options;
    int chosen = -1;
    for (const int percent : kTextSizes) {
        if (percent == f.look.text_size) chosen = static_cast<int>(labels.size());
        labels.push_back(std::to_string(percent) + "%");
    }
    for (const std::string& label : labels)
        options.push_back(label.c_str());
    if (choice_row("Text size", options, chosen)) f.state.text_size_chosen = kTextSizes[chosen];
    muted_text("Kept in this browser only, not in your plan file.");
}

bool programme_fields(Form& form, std::vector<Exercise>& list, UiState& state) {
    int remove = -1; // removed after the loop: the list is not changed while it is drawn
    bool named = true;
    for (std::size_t i = 0; i < list.size(); ++i) {
        Exercise& e = list[i];
        const std::string n = "Exercise " + std::to_string(i + 1);
        // An exercise just added: its name takes the keyboard, so the physio types at once.
        if (state.focus_exercise == static_cast<int>(i)) {
            ImGui::SetKeyboardFocusHere();
            state.focus_exercise = -1;
        }
        form.text((n + ", name").c_str(), e.name, 100);
        named = named && !trimmed(e.name).empty();
        form.whole((n + ", sets").c_str(), e.sets, 1, 50, "sets");
        form.whole((n + ", repetitions").c_str(), e.reps, 1, 500, "repetitions");
        form.decimal((n + ", weight in kg (0 = body weight)").c_str(), e.load_kg, 1000, "kg");
        form.text((n + ", how to do it (optional)").c_str(), e.note, 200);
        if (outline_button(("Remove exercise " + std::to_string(i + 1) + " from the programme").c_str(),
                           -1.0f))
            remove = static_cast<int>(i);
        gap();
    }
    if (remove >= 0) {
        list.erase(list.begin() + remove);
        state.fields.clear();
    }
    if (list.empty()) muted_text("No exercises yet.");
    if (list.size() < 50 && outline_button("Add an exercise to the programme", -1.0f)) {
        list.push_back({"", 3, 10, 0, ""});
        state.focus_exercise = static_cast<int>(list.size()) - 1;
    }
    return named;
}

namespace {

// ---------------------------------------------------------------------------------------------------------
// [SECTION] plan
// ---------------------------------------------------------------------------------------------------------

void profile_and_goal(Frame& f) {
    Drafts& d = f.state.drafts;
    heading("You and your goal", f.look.fonts.section);
    Form form(f.state.fields);
    form.text("Your name (optional)", d.profile.name, 100);
    text("Painful side");
    int side = -1;
    for (int i = 0; i < 3; ++i)
        if (kSides[i] == d.profile.affected_side) side = i;
    if (choice_row("Side", {"Left", "Right", "Both"}, side)) d.profile.affected_side = kSides[side];
    text("Show distances in");
    const DistanceUnit unit = f.plan.profile.distance_unit;
    int shown_unit = unit == DistanceUnit::miles ? 1 : 0;
    if (choice_row("Distances in", {"km", "miles"}, shown_unit)) {
        // Takes effect at once (it changes only how distances are shown; the file keeps km).
        Profile profile = f.plan.profile;
        profile.distance_unit = shown_unit == 1 ? DistanceUnit::miles : DistanceUnit::km;
        d.profile.distance_unit = profile.distance_unit;
        f.emit(SetProfile{profile});
        f.state.fields.clear();
    }
    form.whole("Goal: one run of this many minutes", d.goal.target_minutes, 5, 600, "minutes");
    form.distance((std::string("Goal distance in ") + unit_words(unit) + " (optional)").c_str(),
                  d.goal.target_km, unit);
    muted_text("Hills and speed work unlock once your runs are pain free at this goal.");
    if (!form.valid()) error_text("Fix the fields marked above to save.");
    if (button("Save name, side and goal", form.valid())) {
        f.emit(SetProfile{d.profile});
        f.emit(SetGoal{d.goal});
        saved(f, "Name, side and goal saved.");
    }
}

void race(Frame& f) {
    Drafts& d = f.state.drafts;
    heading("Race", f.look.fonts.section);
    text("Planning a race?");
    yes_no("Race planned", d.race.planned);
    Form form(f.state.fields);
    if (d.race.planned) {
        form.text("Race name", d.race.name, 100);
        form.day("Race date", d.race.date, f.status.today, false);
        const DistanceUnit unit = f.plan.profile.distance_unit;
        form.distance((std::string("Race distance in ") + unit_words(unit)).c_str(), d.race.distance_km,
                      unit);
        if (d.race.distance_km <= 0) muted_text("Give the distance to check whether the race fits.");
    }
    if (!form.valid()) error_text("Fix the fields marked above to save.");
    if (button("Save race", form.valid())) {
        f.emit(SetRace{d.race});
        saved(f, "Race saved.");
    }
    const RaceCheck check = check_race(f.plan, f.status.today);
    if (!check.planned) return;
    if (begin_card("race check", check.fits ? colours().zone_tint[0] : colours().warning_tint)) {
        heading(check.fits ? "The race fits" : "Not enough time", f.look.fonts.section);
        paragraph(check.message);
        for (const RaceWeek& w : check.weeks)
            dot_text(colours().muted, "Week of " + day_words(w.week_start) + ": long run " +
                                          std::to_string(w.long_run_minutes) + " minutes");
        muted_text(check.rule.text + " Source: " + check.rule.source);
        end_card();
    }
}

void prescription(Frame& f) {
    Prescription& p = f.state.drafts.prescription;
    heading("Physio's starting point", f.look.fonts.section);
    muted_text("When your physio sets a starting level, runs count from that date at that level.");
    text("Use a starting point?");
    yes_no("Starting point", p.set);
    Form form(f.state.fields);
    if (p.set) {
        form.day("Starting from", p.from, f.status.today, false);
        form.whole("Starting level, minutes", p.level_minutes, 0, 600, "minutes");
        form.whole("Run part of run/walk, minutes (0 = continuous)", p.run_walk.run_minutes, 0, 60,
                   "minutes");
        form.whole("Walk part of run/walk, minutes", p.run_walk.walk_minutes, 0, 60, "minutes");
        form.text("Physio's note", p.note, 2000);
    }
    if (!form.valid()) error_text("Fix the fields marked above to save.");
    if (button("Save starting point", form.valid())) {
        Prescription starting = p;
        starting.strength_programme = f.plan.prescription.strength_programme; // saved on its own below
        f.emit(SetPrescription{starting});
        saved(f, "Starting point saved.");
    }
}

// The physio's strength programme: each exercise's name, sets, repetitions, load and how to do it, and the
// sessions a week that adherence counts against (the setting strength_sessions_per_week). The runner sees
// it on Today and logs each session against it.
void strength_programme(Frame& f) {
    Drafts& d = f.state.drafts;
    std::vector<Exercise>& list = d.programme;
    heading("Strength programme", f.look.fonts.section);
    muted_text("Set with your physio. Today shows it, and each session is logged against it.");
    Form form(f.state.fields);
    const SettingInfo& per_week = setting_info(SettingId::strength_sessions_per_week);
    form.whole("Sessions a week", d.programme_sessions, per_week.min_value, per_week.max_value, "sessions");
    const bool named = programme_fields(form, list, f.state);
    if (!form.valid())
        error_text("Fix the fields marked above to save.");
    else if (!named)
        error_text("Give each exercise a name to save the programme.");
    if (button("Save strength programme", form.valid() && named)) {
        Prescription p = f.plan.prescription;
        p.strength_programme = list;
        for (Exercise& e : p.strength_programme)
            e.name = trimmed(e.name);
        f.emit(SetPrescription{p});
        if (d.programme_sessions != f.plan.settings.strength_sessions_per_week)
            f.emit(ChangeSetting{SettingId::strength_sessions_per_week, d.programme_sessions});
        saved(f, "Strength programme saved.");
    }
    // Said where the physio is looking too (the screen's top says it as well).
    if (f.state.saved_message == "Strength programme saved.") muted_text("Saved: Today shows the programme.");
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] physio
// ---------------------------------------------------------------------------------------------------------

void provocation(Form& form, const char* name, ProvocationResult& r, const Settings& s) {
    text("%s", name);
    int finding = static_cast<int>(r.finding);
    if (choice_row(name, {"Not done", "Negative", "Positive"}, finding, 96.0f))
        r.finding = static_cast<Finding>(finding);
    form.whole((std::string(name) + ": pain 0 to 10 (optional)").c_str(), r.pain, 0, 10, "", true);
    (void)s;
}

void physio(Frame& f) {
    PhysioEntry& e = f.state.drafts.physio;
    heading("Physio's measures", f.look.fonts.section);
    muted_text("For your physio: the VISA-H score (0 to 100, 100 = no symptoms) and the provocation tests.");
    scroll_here_if_asked(f.state);
    const bool editing = e.id != 0;
    if (editing) text("Editing the assessment of %s", day_words(e.date).c_str());
    Form form(f.state.fields);
    form.day("Date of the assessment", e.date, f.status.today);
    form.whole("VISA-H score (optional)", e.visa_h, 0, 100, "", true);
    provocation(form, "Puranen-Orava test", e.puranen_orava, f.plan.settings);
    provocation(form, "Bent-knee stretch test", e.bent_knee_stretch, f.plan.settings);
    provocation(form, "Modified bent-knee stretch test", e.modified_bent_knee_stretch, f.plan.settings);
    form.text("Physio's note on the assessment", e.note, 2000);
    if (!form.valid()) error_text("Fix the fields marked above to save.");
    if (button(editing ? "Save changes to the assessment" : "Save physio's measures", form.valid())) {
        if (editing)
            f.emit(EditEntry<PhysioEntry>{e});
        else
            f.emit(AddEntry<PhysioEntry>{e});
        e = PhysioEntry{}; // the form starts again as a new assessment
        saved(f, editing ? "Assessment changed." : "Physio's measures saved.");
    }
    if (editing && outline_button("Cancel editing the assessment", -1.0f)) {
        e = PhysioEntry{};
        f.state.drafts.plan_filled = false;
        f.state.fields.clear();
    }
    for (auto it = f.plan.physio_entries.rbegin(); it != f.plan.physio_entries.rend(); ++it)
        entry_row(f, *it);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] sharing
// ---------------------------------------------------------------------------------------------------------

void sharing(Frame& f) {
    heading("Share with your physio", f.look.fonts.section);
    muted_text("Your plan lives only in this browser. It never leaves this device unless you export it.");
    if (button("Export the plan file")) f.command(Command::export_plan);
    if (f.status.can_share_files && button("Share the plan file")) f.command(Command::share_plan);
    if (outline_button("Physio report (printable page)", -1.0f)) f.command(Command::export_report);
    if (outline_button("Spreadsheet of the logs (CSV)", -1.0f)) f.command(Command::export_csv);
    if (outline_button("Import a plan file", -1.0f)) f.command(Command::pick_import_file);
    if (!f.status.storage_persisted && outline_button("Ask the browser to keep the data", -1.0f))
        f.command(Command::request_persistence);
    gap();
    muted_text("Are you a physio? The physio desk holds your runners' plan files, apart from this plan.");
    if (outline_button("Open the physio desk", -1.0f)) open_desk(f);
}

// ---------------------------------------------------------------------------------------------------------
// [SECTION] settings
// ---------------------------------------------------------------------------------------------------------

void setting_row(Frame& f, const SettingInfo& info) {
    const int current = setting_value(f.plan.settings, info.id);
    const int fallback = default_setting(info.id);
    int value = current;
    Form form(f.state.fields);
    const std::string label = std::string(info.label) + " (" + info.unit + ")";
    form.whole(label.c_str(), value, info.min_value, info.max_value, info.unit);
    // Changed when the field is left (Enter, or a tap elsewhere): one undo step per setting, not per key.
    if (form.committed() && value != current) f.emit(ChangeSetting{info.id, value});
    muted_text("Default " + std::to_string(fallback) + ", allowed " + std::to_string(info.min_value) +
               " to " + std::to_string(info.max_value) + ". Source: " + info.source);
    if (current != fallback && outline_button(("Reset to default##" + std::string(info.key)).c_str()))
        f.emit(ResetSetting{info.id});
    gap(6.0f);
}

void settings(Frame& f) {
    heading("Settings", f.look.fonts.section);
    muted_text(
        "Every limit the advice uses. Change them with your physio; each says where its default comes from.");
    if (outline_button("How the advice works: every rule in plain words", -1.0f))
        go_to(f.state, Screen::rules);
    SettingGroup group = SettingGroup::race;
    bool open = false, first = true;
    for (const SettingInfo& info : setting_table()) {
        if (first || info.group != group) {
            group = info.group;
            first = false;
            open = ImGui::CollapsingHeader(setting_group_words(group), ImGuiTreeNodeFlags_DefaultOpen);
        }
        if (open) setting_row(f, info);
    }
    gap();
    if (outline_button("Reset all settings to their defaults", -1.0f)) f.emit(ResetAllSettings{});
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// [SECTION] screen
// ---------------------------------------------------------------------------------------------------------

void edit_entry(UiState& state, const PhysioEntry& entry) {
    go_to(state, Screen::plan);
    state.drafts.physio = entry;
    state.scroll_to_form = true;
    state.fields.clear(); // a value refused in the form before is not this entry's
}

void draw_plan(Frame& f) {
    screen_header(f, "Plan and settings");
    fill(f);
    if (!f.state.saved_message.empty()) text("%s", f.state.saved_message.c_str());
    profile_and_goal(f);
    gap(16.0f);
    race(f);
    gap(16.0f);
    sharing(f);
    gap(16.0f);
    prescription(f);
    gap(16.0f);
    strength_programme(f);
    gap(16.0f);
    physio(f);
    gap(16.0f);
    settings(f);
    gap(16.0f);
    text_size_setting(f); // a look setting of this device, after the plan's own
    gap(16.0f);
    if (!f.wide && outline_button("About Stride Back", -1.0f)) go_to(f.state, Screen::about);
}

void draw_about(Frame& f) {
    screen_header(f, "About Stride Back");
    heading("Guidance, not diagnosis", f.look.fonts.section);
    paragraph(
        "Stride Back helps you return to running with proximal hamstring tendinopathy (a sore hamstring "
        "tendon at the sit bone) by the pain-monitoring model your physio uses. It suggests; it does not "
        "examine you or diagnose anything.");
    heading("When to see your physio", f.look.fonts.section);
    paragraph(
        "See your physio if you have pain at rest several mornings in a row, two flare-ups within two "
        "weeks, pain that wakes you at night, numbness or pins and needles down the leg, or anything that "
        "worries you. The app tells you when its rules say so.");
    heading("Where your data lives", f.look.fonts.section);
    paragraph(
        "Only in this browser, on this device. There is no account and no server: nothing leaves the "
        "device unless you export or share the plan file yourself. Export a backup now and then: clearing "
        "the browser's data deletes it.");
    heading("Sources", f.look.fonts.section);
    for (const char* reference : {source::goom, source::qa, source::silbernagel, source::goom_jospt,
                                  source::magnusson, source::freckleton, source::runsafe})
        dot_text(colours().muted, reference);
    paragraph("Each piece of advice names its rule and source behind \"Why this advice?\"; \"How the advice "
              "works\" lists them all.");
    if (outline_button("How the advice works", -1.0f)) go_to(f.state, Screen::rules);
    if (!f.wide && outline_button("Back to the plan", -1.0f)) go_to(f.state, Screen::plan);
}

} // namespace stride::ui
