#include "core/words/verdict_words.hpp"

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
