#include "core/changes/plan_delta.hpp"

#include "core/changes/merge.hpp"
#include "core/model/validate.hpp"
#include "core/plan_file/json_archive.hpp" // first: it fixes rapidjson's parse flags
#include "core/plan_file/json_check.hpp"
#include "core/plan_file/plan_file.hpp"
#include "core/plan_file/serialization.hpp"

#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace stride {
namespace {

using IdSet = std::unordered_set<EntryId>;

// `list` with `removed` dropped, `changed` replacing entries of the same id in place and appended otherwise.
template <class Entry>
std::vector<Entry> upserted(const std::vector<Entry>& list, const std::vector<Entry>& changed,
                            const IdSet& removed) {
    std::unordered_map<EntryId, std::size_t> changed_at;
    for (std::size_t i = 0; i < changed.size(); ++i)
        changed_at.emplace(changed[i].id, i);
    std::vector<bool> placed(changed.size(), false);
    std::vector<Entry> out;
    out.reserve(list.size() + changed.size());
    for (const Entry& entry : list) {
        if (removed.count(entry.id)) continue;
        const auto it = changed_at.find(entry.id);
        if (it == changed_at.end()) {
            out.push_back(entry);
        } else if (!placed[it->second]) {
            placed[it->second] = true;
            out.push_back(changed[it->second]);
        }
    }
    for (std::size_t i = 0; i < changed.size(); ++i)
        if (!placed[i]) out.push_back(changed[i]);
    return out;
}

template <class Entry> bool same_ids(const std::vector<Entry>& a, const std::vector<Entry>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id) return false;
    return true;
}

// Fills the delta's list for one kind; false if the lists cannot be diffed by id or the result would
// not come back in `now`'s order.
template <class Entry> bool diff_list(const Plan& base, const Plan& now, PlanDelta& delta) {
    const auto& old_list = entries<Entry>(base);
    const auto& new_list = entries<Entry>(now);
    std::unordered_map<EntryId, const Entry*> old_by_id;
    for (const Entry& entry : old_list)
        if (!old_by_id.emplace(entry.id, &entry).second) return false;

    auto& changed = entries<Entry>(delta.changed);
    IdSet seen;
    for (const Entry& entry : new_list) {
        if (!seen.insert(entry.id).second) return false;
        const auto it = old_by_id.find(entry.id);
        if (it == old_by_id.end() || !(*it->second == entry)) changed.push_back(entry);
    }
    IdSet removed;
    for (const Entry& entry : old_list)
        if (!seen.count(entry.id)) removed.insert(entry.id);
    delta.removed.insert(delta.removed.end(), removed.begin(), removed.end());
    if (changed.empty() && removed.empty()) return same_ids(old_list, new_list);

    // Entries with equal moments keep their list order when sorted, so check the upsert gives `now`'s.
    Plan scratch;
    entries<Entry>(scratch) = upserted(old_list, changed, removed);
    sort_entries(scratch);
    return same_ids(entries<Entry>(scratch), new_list);
}

} // namespace

std::optional<PlanDelta> diff_plans(const Plan& base, const Plan& now) {
    PlanDelta delta;
    delta.changed.profile = now.profile;
    delta.changed.goal = now.goal;
    delta.changed.race = now.race;
    delta.changed.settings = now.settings;
    delta.changed.prescription = now.prescription;
    delta.changed.ids = now.ids;
    bool ok = true;
    for_each_entry_kind([&](auto kind) { ok = ok && diff_list<decltype(kind)>(base, now, delta); });
    if (!ok) return std::nullopt;
    return delta;
}

Plan apply_delta(Plan base, const PlanDelta& delta) {
    const IdSet removed(delta.removed.begin(), delta.removed.end());
    Plan out = delta.changed; // the small parts, whole
    for_each_entry_kind([&](auto kind) {
        using Entry = decltype(kind);
        entries<Entry>(out) = upserted(entries<Entry>(base), entries<Entry>(delta.changed), removed);
    });
    sort_entries(out);
    return out;
}

std::string delta_to_json(const PlanDelta& delta) {
    std::ostringstream out;
    {
        cereal::JSONOutputArchive archive(out,
                                          cereal::JSONOutputArchive::Options(
                                              324, cereal::JSONOutputArchive::Options::IndentChar::space, 0));
        std::uint32_t version = kPlanDeltaVersion;
        archive(cereal::make_nvp("delta_version", version));
        // Saving never modifies the delta; cereal's interface simply takes non-const references.
        serial_detail::io(archive, "changed", const_cast<Plan&>(delta.changed));
        serial_detail::io(archive, "removed", const_cast<std::vector<EntryId>&>(delta.removed));
    }
    return out.str();
}

Expected<Plan> plan_from_delta(Plan base, std::string_view delta_json) {
    // The same checks as a plan file (size, nesting, text, numbers) before cereal reads it.
    const Expected<JsonFacts> facts = check_json(delta_json, kDeltaJson);
    if (!facts) return facts.error();
    const std::uint64_t version = facts.value().version;
    if (!facts.value().version_is_number || version == 0)
        return FieldError{"delta_version", "delta_version must be a whole number from 1 up."};
    if (version > kPlanDeltaVersion)
        return FieldError{"delta_version", "This save was written by a newer version of Stride Back (change "
                                           "format " +
                                               std::to_string(version) + "). Update the app."};
    PlanDelta delta;
    try {
        std::istringstream in{std::string(delta_json)};
        cereal::JSONInputArchive archive(in);
        serial_detail::io(archive, "changed", delta.changed);
        serial_detail::io(archive, "removed", delta.removed, static_cast<double>(kMaxEntriesPerList));
    } catch (const SerializationError& e) {
        return FieldError{e.path(), e.path() + " " + e.what() + "."};
    } catch (const std::exception& e) {
        return FieldError{"", std::string("The saved change could not be read (") + e.what() + ")."};
    }
    // The base was validated when it was read: checking what the delta brings is enough (and does not
    // cost a pass over years of history at start-up). Ids it repeats are caught here too.
    if (auto error = validate(delta.changed, "changed"))
        return FieldError{error->field, error->message + "."};
    Plan plan = apply_delta(std::move(base), delta);
    // What it adds to the base must still fit in a plan file, as for a file read whole.
    if (auto error = check_plan_size(plan, "changed")) return FieldError{error->field, error->message + "."};
    return plan;
}

} // namespace stride
