#include "core/words/verdict_words.hpp"

#include "core/words/text.hpp"

#include <algorithm>

namespace stride {

const char* zone_words(Zone zone) {
    switch (zone) {
    case Zone::green:
        return "green";
    case Zone::amber:
        return "amber";
    case Zone::red:
        return "red";
    case Zone::waiting:
        return "waiting for the next morning";
    }
    return "";
}

const char* zone_meaning(PainKind kind, Zone zone) {
    if (zone == Zone::waiting) return zone_words(zone);
    const int z = static_cast<int>(zone); // green, amber, red
    static constexpr const char* kRun[] = {"fine", "take care, hold the level", "too much, step back"};
    static constexpr const char* kRest[] = {"fine to run", "rest from running today",
                                            "rest today, and see your physio if it stays"};
    static constexpr const char* kTask[] = {"the tendon copes", "not coping today: rest from running",
                                            "rest today, and see your physio if it stays"};
    static constexpr const char* kLunge[] = {"passes", "passes with caution", "not yet"};
    static constexpr const char* kMorning[] = {"settled", "settled", "higher than before: a flare-up"};
    switch (kind) {
    case PainKind::run:
        return kRun[z];
    case PainKind::rest:
        return kRest[z];
    case PainKind::task:
        return kTask[z];
    case PainKind::lunge:
        return kLunge[z];
    case PainKind::next_morning:
        return kMorning[z];
    }
    return "";
}

std::string pain_zone_words(const PainScale& scale, int pain) {
    const Zone zone = scale.zone(pain);
    return pain_text(pain) + ": " + zone_words(zone) + ", " + zone_meaning(scale.kind, zone);
}

std::string zone_range(const PainScale& scale, Zone zone) {
    int from = 0, to = 10;
    switch (zone) {
    case Zone::green:
        to = scale.green_max;
        break;
    case Zone::amber:
        from = scale.green_max + 1;
        to = scale.amber_max;
        break;
    case Zone::red:
        from = scale.amber_max + 1;
        break;
    case Zone::waiting:
        return "";
    }
    to = std::min(to, 10);
    if (to < from) return "";
    return from == to ? std::to_string(from) : std::to_string(from) + "-" + std::to_string(to);
}

std::vector<std::string> zone_legend(const PainScale& scale) {
    std::vector<std::string> out;
    for (Zone zone : {Zone::green, Zone::amber, Zone::red}) {
        const std::string range = zone_range(scale, zone);
        if (!range.empty())
            out.push_back(range + " " + zone_words(zone) + ": " + zone_meaning(scale.kind, zone));
    }
    return out;
}

const char* status_words(const ChecklistResult& item) {
    switch (item.status) {
    case ItemStatus::pass:
        return item.caution ? "Passed, with caution" : "Passed";
    case ItemStatus::not_yet:
        return "Not yet";
    case ItemStatus::not_tested:
        return "Not tested";
    }
    return "";
}

const char* provocation_test_words(ProvocationTest test) {
    switch (test) {
    case ProvocationTest::drop_lunge:
        return "Drop lunge";
    case ProvocationTest::puranen_orava:
        return "Puranen-Orava";
    case ProvocationTest::bent_knee_stretch:
        return "Bent-knee stretch";
    case ProvocationTest::modified_bent_knee_stretch:
        return "Modified bent-knee stretch";
    }
    return "";
}

std::string provocation_result_words(const ProvocationResult& r) {
    std::string words = r.finding == Finding::positive   ? "positive"
                        : r.finding == Finding::negative ? "negative"
                                                         : "";
    if (r.pain != kNotRecorded) words += (words.empty() ? "pain " : ", pain ") + pain_text(r.pain);
    return words;
}

const char* suggestion_words(SuggestionKind kind) {
    switch (kind) {
    case SuggestionKind::not_ready:
        return "Not ready to run yet";
    case SuggestionKind::wait_for_response:
        return "Waiting for the morning after";
    case SuggestionKind::rest:
        return "Rest today";
    case SuggestionKind::progress:
    case SuggestionKind::hold:
        return "Run today";
    case SuggestionKind::step_back:
        return "Step back";
    case SuggestionKind::see_physio:
        return "See your physio";
    }
    return "";
}

} // namespace stride
