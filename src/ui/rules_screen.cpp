// "How the advice works": every rule the advice follows in plain words, with its source and the value it
// uses now, written from the setting table (core/words/advice_rules.hpp) so it cannot drift from the rules;
// and the traffic lights of every kind of pain, from the same zone function the rest of the app uses.

#include "ui/screens.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include "core/words/advice_rules.hpp"
#include "core/words/verdict_words.hpp"

#include <imgui.h>

namespace stride::ui {
namespace {

void traffic_lights(Frame& f) {
    const Colours& c = colours();
    heading("The traffic lights", f.look.fonts.section);
    paragraph(
        "Every pain is scored 0 (no pain) to 10 (the worst imaginable) and coloured the same way on every "
        "screen, chart and report:");
    const struct {
        PainKind kind;
        const char* title;
    } kinds[] = {{PainKind::run, "Pain during and right after a run"},
                 {PainKind::rest, "Pain at rest (morning check, checklist)"},
                 {PainKind::task, "The daily test"}};
    for (const auto& k : kinds) {
        text("%s", k.title);
        const PainScale scale = pain_scale(f.plan.settings, k.kind);
        for (Zone zone : {Zone::green, Zone::amber, Zone::red}) {
            const std::string range = zone_range(scale, zone);
            if (range.empty()) continue;
            dot_text(c.zone[zone_colour(zone)],
                     range + " " + zone_words(zone) + ": " + zone_meaning(scale.kind, zone));
        }
    }
    text("The morning after a run");
    dot_text(c.zone[0], "No higher than before the run (or your usual morning): settled.");
    dot_text(c.zone[2], "Higher: the tendon did not settle, so the run is red.");
    muted_text(
        "On the pain chart each run's verdict is marked on its pain during: a tick for green, a diamond "
        "for amber, a cross for red, an open ring while it waits for the next morning.");
}

} // namespace

void draw_rules(Frame& f) {
    screen_header(f, "How the advice works");
    paragraph(
        "Stride Back follows the pain-monitoring model a physio uses for a sore hamstring tendon. These "
        "are all its rules, with the values your plan uses now; your physio can change any of them under "
        "Plan, Settings.");
    gap();
    traffic_lights(f);
    for (const AdviceRuleSection& section : how_the_advice_works(f.plan.settings)) {
        gap(12.0f);
        heading(section.title.c_str(), f.look.fonts.section);
        paragraph(section.intro);
        muted_text("Source: " + section.intro_source);
        for (const AdviceRuleLine& line : section.lines) {
            dot_text(colours().accent, line.text);
            muted_text(
                (line.changed ? "Changed from the default of " + line.default_words + ". " : std::string()) +
                "Source: " + line.source);
        }
    }
    gap(12.0f);
    muted_text(
        "Guidance, not diagnosis: see your physio when the app says so, or whenever something worries you.");
    if (!f.wide && outline_button("Back to the plan", -1.0f)) go_to(f.state, Screen::plan);
}

} // namespace stride::ui
