#include "core/changes/merge.hpp"

#include "core/words/text.hpp"

#include <algorithm>
#include <map>

namespace stride {
namespace {

template <class Entry> std::int64_t moment(const Entry& e) {
    if constexpr (std::is_same_v<Entry, Run> || std::is_same_v<Entry, StrengthSession>)
        return minutes_since_epoch(e.date, e.time);
    else
        return minutes_since_epoch(e.date, LocalTime::unknown());
}

template <class Entry> EntryKindChanges compare_kind(const Plan& local, const Plan& incoming) {
    EntryKindChanges changes{EntryTraits<Entry>::kind, EntryTraits<Entry>::key, {}, {}, 0};
    std::map<EntryId, const Entry*> mine;
    for (const Entry& e : entries<Entry>(local))
        mine[e.id] = &e;
    for (const Entry& e : entries<Entry>(incoming)) {
        const auto found = mine.find(e.id);
        if (found == mine.end())
            changes.added.push_back(e.id);
        else if (!(*found->second == e))
            changes.changed.push_back(e.id);
    }
    std::map<EntryId, bool> theirs;
    for (const Entry& e : entries<Entry>(incoming))
        theirs[e.id] = true;
    for (const Entry& e : entries<Entry>(local))
        if (!theirs.count(e.id)) ++changes.kept;
    return changes;
}

template <class Entry> void merge_kind(Plan& merged, const Plan& incoming) {
    auto& list = entries<Entry>(merged);
    std::map<EntryId, std::size_t> index;
    for (std::size_t i = 0; i < list.size(); ++i)
        index[list[i].id] = i;
    for (const Entry& e : entries<Entry>(incoming)) {
        const auto found = index.find(e.id);
        if (found == index.end())
            list.push_back(e);
        else
            list[found->second] = e;
    }
}

} // namespace

bool ImportPreview::changes_anything() const {
    if (!settings.empty() || profile_changed || goal_changed || race_changed || prescription_changed)
        return true;
    return std::any_of(entries.begin(), entries.end(),
                       [](const EntryKindChanges& k) { return !k.added.empty() || !k.changed.empty(); });
}

std::vector<std::string> ImportPreview::lines() const {
    std::vector<std::string> out;
    for (const SettingChange& s : settings) {
        const SettingInfo& info = setting_info(s.id);
        out.push_back(std::string(info.label) + ": " + std::to_string(s.from) + " -> " +
                      std::to_string(s.to) + " " + info.unit);
    }
    if (profile_changed) out.push_back("Name or affected side changed");
    if (goal_changed) out.push_back("Target run changed");
    if (race_changed) out.push_back("Race goal changed");
    if (programme_changed)
        out.push_back("Strength programme changed: now " + count_words(programme_exercises, "exercise"));
    if (starting_point_changed) out.push_back("Starting point (starting level, run/walk or note) changed");
    for (const EntryKindChanges& k : entries) {
        if (!k.added.empty()) out.push_back(count_words(k.added.size(), k.kind) + " added");
        if (!k.changed.empty()) out.push_back(count_words(k.changed.size(), k.kind) + " changed");
    }
    if (out.empty()) out.push_back("Nothing to change: this file holds nothing new");
    return out;
}

ImportPreview preview_import(const Plan& local, const Plan& incoming) {
    ImportPreview preview;
    for (const SettingInfo& info : setting_table()) {
        const int from = local.settings.*(info.field), to = incoming.settings.*(info.field);
        if (from != to) preview.settings.push_back({info.id, from, to});
    }
    preview.profile_changed = !(local.profile == incoming.profile);
    preview.goal_changed = !(local.goal == incoming.goal);
    preview.race_changed = !(local.race == incoming.race);
    preview.prescription_changed = !(local.prescription == incoming.prescription);
    preview.programme_changed =
        !(local.prescription.strength_programme == incoming.prescription.strength_programme);
    preview.programme_exercises = incoming.prescription.strength_programme.size();
    Prescription local_start = local.prescription, incoming_start = incoming.prescription;
    local_start.strength_programme.clear();
    incoming_start.strength_programme.clear();
    preview.starting_point_changed = !(local_start == incoming_start);
    for_each_entry_kind(
        [&](auto kind) { preview.entries.push_back(compare_kind<decltype(kind)>(local, incoming)); });
    return preview;
}

Plan merge_plans(const Plan& local, const Plan& incoming) {
    Plan merged = local;
    merged.profile = incoming.profile;
    merged.goal = incoming.goal;
    merged.race = incoming.race;
    merged.settings = incoming.settings;
    merged.prescription = incoming.prescription;
    for_each_entry_kind([&](auto kind) { merge_kind<decltype(kind)>(merged, incoming); });
    // Keep this device's origin; skip past any of its own ids that the incoming copy already used
    // (e.g. a newer backup from this same device).
    for_each_entry_kind([&](auto kind) {
        for (const auto& e : entries<decltype(kind)>(incoming))
            if ((e.id >> 32) == merged.ids.origin)
                merged.ids.next =
                    std::max<std::uint32_t>(merged.ids.next, static_cast<std::uint32_t>(e.id) + 1);
    });
    sort_entries(merged);
    return merged;
}

void sort_entries(Plan& plan) {
    for_each_entry_kind([&](auto kind) {
        using Entry = decltype(kind);
        auto& list = entries<Entry>(plan);
        std::stable_sort(list.begin(), list.end(),
                         [](const Entry& a, const Entry& b) { return moment(a) < moment(b); });
    });
}

} // namespace stride
