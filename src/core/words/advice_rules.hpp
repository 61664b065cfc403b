#pragma once
// "How the advice works": every rule the advice follows, in plain words, with its source and the value it
// uses now. Written from the setting table (each setting's rule sentence, core/model/settings.cpp) plus
// one paragraph per group for the rules that have no number, so the page can never drift from the rules.

#include "core/model/settings.hpp"

#include <string>
#include <vector>

namespace stride {

struct AdviceRuleLine {
    SettingId setting;
    std::string text;          // the rule with today's value in it
    std::string source;        // author, year, title
    bool changed = false;      // the value differs from the default (a physio changed it)
    std::string default_words; // "2/10"-style default, for "(default ...)" when changed
};

struct AdviceRuleSection {
    SettingGroup group;
    std::string title;
    std::string intro; // the group's rules that have no setting
    std::string intro_source;
    std::vector<AdviceRuleLine> lines; // one per setting of the group, in table order
};

std::vector<AdviceRuleSection> how_the_advice_works(const Settings& settings);

// "Pain zones", "Readiness checklist", ...
const char* setting_group_words(SettingGroup group);

} // namespace stride
