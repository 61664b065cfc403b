#include "core/changes/actions.hpp"
#include "core/changes/merge.hpp"
#include "core/model/validate.hpp"
#include "core/plan_file/plan_file.hpp"

#include <algorithm>

namespace stride {
namespace {

FieldError missing_entry(const char* kind, EntryId id) {
    return {"id", std::string("There is no ") + kind + " with id " + std::to_string(id) +
                      " (it may have been deleted already)."};
}

template <class Entry> Expected<Plan> add(const Plan& plan, Entry entry) {
    if (auto e = validate(entry)) return *e;
    Plan next = plan;
    auto& list = entries<Entry>(next);
    if (entry.id == 0) {
        entry.id = (EntryId{next.ids.origin} << 32) | next.ids.next;
        ++next.ids.next;
    } else if (std::any_of(list.begin(), list.end(), [&](const Entry& e) { return e.id == entry.id; })) {
        return FieldError{"id", std::string("Another ") + EntryTraits<Entry>::kind + " already has id " +
                                    std::to_string(entry.id) + "."};
    }
    list.push_back(std::move(entry));
    sort_entries(next);
    return next;
}

template <class Entry> Expected<Plan> edit(const Plan& plan, const Entry& entry) {
    if (auto e = validate(entry)) return *e;
    Plan next = plan;
    auto& list = entries<Entry>(next);
    const auto found =
        std::find_if(list.begin(), list.end(), [&](const Entry& e) { return e.id == entry.id; });
    if (found == list.end()) return missing_entry(EntryTraits<Entry>::kind, entry.id);
    *found = entry;
    sort_entries(next);
    return next;
}

template <class Entry> Expected<Plan> remove(const Plan& plan, EntryId id) {
    Plan next = plan;
    auto& list = entries<Entry>(next);
    const auto found = std::find_if(list.begin(), list.end(), [&](const Entry& e) { return e.id == id; });
    if (found == list.end()) return missing_entry(EntryTraits<Entry>::kind, id);
    list.erase(found);
    return next;
}

Expected<Plan> with_settings(const Plan& plan, const Settings& settings) {
    if (auto e = validate(settings)) return *e;
    Plan next = plan;
    next.settings = settings;
    return next;
}

template <class Part, class Member>
Expected<Plan> with_part(const Plan& plan, const Part& part, Member member) {
    if (auto e = validate(part)) return *e;
    Plan next = plan;
    next.*member = part;
    return next;
}

// One step per action type; the entry actions share one template per verb.
template <class E> Expected<Plan> step(const Plan& plan, const AddEntry<E>& a) {
    return add(plan, a.entry);
}
template <class E> Expected<Plan> step(const Plan& plan, const EditEntry<E>& a) {
    return edit(plan, a.entry);
}
template <class E> Expected<Plan> step(const Plan& plan, const DeleteEntry<E>& a) {
    return remove<E>(plan, a.id);
}

Expected<Plan> step(const Plan& plan, const ChangeSetting& a) {
    if (static_cast<std::size_t>(a.id) >= kSettingCount) return FieldError{"settings", "unknown setting"};
    Settings s = plan.settings;
    s.*(setting_info(a.id).field) = a.value;
    return with_settings(plan, s);
}
Expected<Plan> step(const Plan& plan, const ResetSetting& a) {
    if (static_cast<std::size_t>(a.id) >= kSettingCount) return FieldError{"settings", "unknown setting"};
    Settings s = plan.settings;
    s.*(setting_info(a.id).field) = default_setting(a.id);
    return with_settings(plan, s);
}
Expected<Plan> step(const Plan& plan, const ResetAllSettings&) {
    return with_settings(plan, Settings{});
}
Expected<Plan> step(const Plan& plan, const SetProfile& a) {
    return with_part(plan, a.profile, &Plan::profile);
}
Expected<Plan> step(const Plan& plan, const SetGoal& a) {
    return with_part(plan, a.goal, &Plan::goal);
}
Expected<Plan> step(const Plan& plan, const SetRace& a) {
    return with_part(plan, a.race, &Plan::race);
}
Expected<Plan> step(const Plan& plan, const SetPrescription& a) {
    return with_part(plan, a.prescription, &Plan::prescription);
}
Expected<Plan> step(const Plan& plan, const ImportMerge& a) {
    if (auto e = validate(a.incoming)) return *e;
    // An id present on both sides is the same entry, so the merged lists keep unique ids.
    return merge_plans(plan, a.incoming);
}

template <class E> std::string words(const AddEntry<E>&) {
    return std::string("add ") + EntryTraits<E>::kind;
}
template <class E> std::string words(const EditEntry<E>&) {
    return std::string("edit ") + EntryTraits<E>::kind;
}
template <class E> std::string words(const DeleteEntry<E>&) {
    return std::string("delete ") + EntryTraits<E>::kind;
}
std::string words(const ChangeSetting& a) {
    return std::string("change ") + setting_info(a.id).label;
}
std::string words(const ResetSetting& a) {
    return std::string("reset ") + setting_info(a.id).label;
}
std::string words(const ResetAllSettings&) {
    return "reset all settings";
}
std::string words(const SetProfile&) {
    return "change profile";
}
std::string words(const SetGoal&) {
    return "change target";
}
std::string words(const SetRace&) {
    return "change race";
}
std::string words(const SetPrescription&) {
    return "change prescription";
}
std::string words(const ImportMerge&) {
    return "import plan file";
}

} // namespace

Expected<Plan> apply(const Plan& plan, const Action& action) {
    Expected<Plan> next = std::visit([&](const auto& a) { return step(plan, a); }, action);
    // Whatever the change (an import merge most of all), the plan must still fit in a plan file: a plan that
    // did not could be neither exported nor read back from storage.
    if (next && check_plan_size(next.value()))
        return FieldError{"plan", "This would make the plan larger than the " + megabytes(kMaxPlanFileBytes) +
                                      " a plan file may hold, so it was not done. Delete entries you no "
                                      "longer need first."};
    return next;
}

std::string describe_action(const Action& action) {
    return std::visit([](const auto& a) { return words(a); }, action);
}

} // namespace stride
