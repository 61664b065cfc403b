// The first run: which side hurts and what the runner is working back to, then on to the readiness
// checklist. A physio opening the app to look at a runner's file can import it straight away instead.

#include "ui/screens.hpp"

#include "ui/widgets.hpp"

#include "core/words/text.hpp"

#include <imgui.h>

namespace stride::ui {
namespace {

constexpr Side kSides[] = {Side::left, Side::right, Side::both};

bool plan_is_empty(const Plan& plan) {
    bool empty = true;
    for_each_entry_kind([&](auto kind) { empty = empty && entries<decltype(kind)>(plan).empty(); });
    return empty;
}

} // namespace

bool needs_onboarding(const Plan& plan, const UiState& state) {
    return !state.onboarding_done && plan.profile.affected_side == Side::not_set && plan_is_empty(plan);
}

void draw_onboarding(Frame& f) {
    Drafts& d = f.state.drafts;
    heading("Welcome to Stride Back", f.look.fonts.heading);
    paragraph("A step-by-step way back to running with a sore hamstring tendon (proximal hamstring "
              "tendinopathy): short runs, judged by how the tendon answers the next morning.");
    muted_text("Guidance, not diagnosis: it does not replace your physio. Your data stays in this browser.");
    gap(12.0f);
    if (f.state.onboarding_step == 0) {
        heading("Which side is painful?", f.look.fonts.section);
        int side = -1;
        for (int i = 0; i < 3; ++i)
            if (kSides[i] == d.profile.affected_side) side = i;
        if (choice_row("Side", {"Left", "Right", "Both"}, side)) d.profile.affected_side = kSides[side];
        gap();
        if (button("Continue", side >= 0)) {
            f.state.onboarding_step = 1;
            f.state.fields.clear();
        }
    } else {
        heading("What are you working back to?", f.look.fonts.section);
        Form form(f.state.fields);
        form.whole("Goal: one run of this many minutes", d.goal.target_minutes, 5, 600, "minutes");
        text("Show distances in");
        int unit = d.profile.distance_unit == DistanceUnit::miles ? 1 : 0;
        if (choice_row("Distances in", {"km", "miles"}, unit)) {
            d.profile.distance_unit = unit == 1 ? DistanceUnit::miles : DistanceUnit::km;
            f.state.fields.clear();
        }
        const DistanceUnit shown = d.profile.distance_unit;
        form.distance((std::string("Goal distance in ") + unit_words(shown) + " (optional)").c_str(),
                      d.goal.target_km, shown);
        form.text("Your name (optional)", d.profile.name, 100);
        muted_text("You can change these later under Plan.");
        if (!form.valid()) error_text("Fix the fields marked above to continue.");
        if (button("Continue to the readiness checklist", form.valid())) {
            f.emit(SetProfile{d.profile});
            f.emit(SetGoal{d.goal});
            f.state.onboarding_done = true;
            go_to(f.state, Screen::readiness);
        }
        if (outline_button("Back", -1.0f)) f.state.onboarding_step = 0;
    }
    gap(24.0f);
    muted_text("A plan file from your physio?");
    if (outline_button("Import a plan file", -1.0f)) f.command(Command::pick_import_file);
    muted_text("A physio with your runners' plan files?");
    if (outline_button("Open the physio desk", -1.0f)) open_desk(f);
    gap(24.0f);
    text_size_setting(f);
    draw_notices(f); // an import picked from here is previewed here
}

} // namespace stride::ui
