#include "core/words/advice_rules.hpp"

#include "core/words/sources.hpp"

namespace stride {
namespace {

struct Intro {
    const char* text;
    const char* source;
};

Intro intro(SettingGroup group) {
    switch (group) {
    case SettingGroup::pain_zones:
        return {
            "Each run is judged by the pain during it, right after it and the next morning, from 0 (no pain) "
            "to 10 (the worst imaginable). The next morning is compared with the pain before the run, or "
            "with your usual morning pain when that is higher or the pain before was not recorded: the "
            "middle value of your latest 7 morning checks from the 14 days up to the run. With neither, "
            "the app asks whether the morning was worse than usual. The next run waits for that answer: "
            "the tendon often reacts 24 to 48 hours later. A pain you did not record is never counted as 0.",
            source::silbernagel};
    case SettingGroup::readiness:
        return {
            "Before the first run every item of the checklist must pass: no pain at rest, a pain-free drop "
            "lunge, equal strength left and right, and a short test jog that settles over the next 24 and "
            "48 hours. A test jog that does not settle is not your fault: back to strength work, then test "
            "again in a week or two.",
            source::goom};
    case SettingGroup::levels:
        return {
            "You progress by time, not by distance: a level is the length of one run. Green runs move you "
            "up, amber runs hold you, a red run steps you back. A run shorter than your level does not count "
            "towards going up.",
            source::goom};
    case SettingGroup::spacing:
        return {"Rest and spacing decide when the next run may be: after a red run, after strength work and "
                "early in the ladder. A run or session logged without a time counts as midday.",
                source::goom};
    case SettingGroup::spike_and_unlocks:
        return {
            "Any run longer than your level is warned about: picking a distance out of thin air is a common "
            "way to flare the tendon. Hills and speed work wait until your runs are pain free at your goal.",
            source::goom};
    case SettingGroup::race:
        return {
            "A race is checked against a gradual long-run build-up with no speed work. A red run is never "
            "hidden to keep a race plan on track: there will always be more races.",
            source::qa};
    }
    return {"", ""};
}

} // namespace

const char* setting_group_words(SettingGroup group) {
    switch (group) {
    case SettingGroup::pain_zones:
        return "Pain zones";
    case SettingGroup::readiness:
        return "Readiness checklist";
    case SettingGroup::levels:
        return "Levels";
    case SettingGroup::spacing:
        return "Rest and spacing";
    case SettingGroup::spike_and_unlocks:
        return "Spikes, hills and speed";
    case SettingGroup::race:
        return "Race check";
    }
    return "";
}

std::vector<AdviceRuleSection> how_the_advice_works(const Settings& settings) {
    std::vector<AdviceRuleSection> out;
    for (const SettingInfo& info : setting_table()) {
        if (out.empty() || out.back().group != info.group) {
            const Intro words = intro(info.group);
            out.push_back({info.group, setting_group_words(info.group), words.text, words.source, {}});
        }
        const int value = setting_value(settings, info.id);
        const int fallback = default_setting(info.id);
        out.back().lines.push_back({info.id, setting_rule_words(info, value), info.source, value != fallback,
                                    setting_value_words(info, fallback)});
    }
    return out;
}

} // namespace stride
