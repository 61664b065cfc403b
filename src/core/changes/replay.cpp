#include "core/changes/replay.hpp"

#include "core/model/validate.hpp"

#include <algorithm>
#include <map>
#include <type_traits>
#include <unordered_map>

namespace stride {
namespace {

template <class T> struct IsAdd : std::false_type {};
template <class E> struct IsAdd<AddEntry<E>> : std::true_type {};
template <class T> struct IsEdit : std::false_type {};
template <class E> struct IsEdit<EditEntry<E>> : std::true_type {};
template <class T> struct Deleted { using Entry = void; };
template <class E> struct Deleted<DeleteEntry<E>> { using Entry = E; };

template <class Entry> bool has_entry(const Plan& plan, EntryId id) {
    const auto& list = entries<Entry>(plan);
    return std::any_of(list.begin(), list.end(), [id](const Entry& e) { return e.id == id; });
}

template <class Entry> void diff_list(const Plan& before, const Plan& after, std::vector<Action>& out) {
    std::unordered_map<EntryId, const Entry*> old_by_id;
    for (const Entry& entry : entries<Entry>(before))
        old_by_id.emplace(entry.id, &entry);
    std::unordered_map<EntryId, bool> kept;
    for (const Entry& entry : entries<Entry>(after)) {
        kept[entry.id] = true;
        const auto old = old_by_id.find(entry.id);
        if (old == old_by_id.end())
            out.push_back(AddEntry<Entry>{entry});
        else if (!(*old->second == entry))
            out.push_back(EditEntry<Entry>{entry});
    }
    for (const Entry& entry : entries<Entry>(before))
        if (!kept.count(entry.id)) out.push_back(DeleteEntry<Entry>{entry.id});
}

// Makes the actions one by one, following added entries whose ids had to change.
class Replayer {
  public:
    explicit Replayer(Plan plan) { result_.plan = std::move(plan); }

    void run(const std::vector<Action>& actions) {
        for (std::size_t i = 0; i < actions.size(); ++i) {
            if (std::holds_alternative<ChangeSetting>(actions[i])) {
                std::size_t end = i;
                while (end < actions.size() && std::holds_alternative<ChangeSetting>(actions[end]))
                    ++end;
                settings(actions, i, end);
                i = end - 1;
            } else {
                std::visit([this](const auto& a) { one(a); }, actions[i]);
            }
        }
    }
    Replayed take() { return std::move(result_); }

  private:
    EntryId followed(EntryId id) const {
        const auto found = renamed_.find(id);
        return found == renamed_.end() ? id : found->second;
    }

    // Applies `action`; `as_made` is what `applied` records (an added entry with the id it got).
    bool made(const Action& action, const Action& as_made) {
        Expected<Plan> next = stride::apply(result_.plan, action);
        if (!next) {
            result_.failed.push_back(describe_action(action) + ": " + next.error().message);
            return false;
        }
        result_.plan = std::move(next).value();
        result_.applied.push_back(as_made);
        return true;
    }
    bool made(const Action& action) { return made(action, action); }

    template <class A> void one(A action) {
        if constexpr (IsAdd<A>::value) {
            add(std::move(action));
        } else if constexpr (IsEdit<A>::value) {
            action.entry.id = followed(action.entry.id);
            if (!has_entry<decltype(action.entry)>(result_.plan, action.entry.id))
                result_.failed.push_back(describe_action(action) + ": it was deleted in the meantime");
            else
                made(action);
        } else if constexpr (!std::is_void_v<typename Deleted<A>::Entry>) {
            action.id = followed(action.id);
            if (has_entry<typename Deleted<A>::Entry>(result_.plan, action.id)) made(action); // else: gone
        } else {
            made(action);
        }
    }

    // An id that is free is kept (and the plan's next id moves past it, so no later entry takes it); a
    // taken one is replaced by the plan's next id, and later actions on the entry follow it.
    template <class Entry> void add(AddEntry<Entry> action) {
        const EntryId wanted = followed(action.entry.id);
        const bool fresh = wanted == 0 || has_entry<Entry>(result_.plan, wanted);
        const EntryId given = fresh ? next_entry_id(result_.plan.ids) : wanted;
        AddEntry<Entry> as_made = action;
        as_made.entry.id = given;
        action.entry.id = fresh ? 0 : wanted;
        if (!made(action, as_made)) return;
        IdSource& ids = result_.plan.ids;
        if (!fresh && (wanted >> 32) == ids.origin && static_cast<std::uint32_t>(wanted) >= ids.next)
            ids.next = static_cast<std::uint32_t>(wanted) + 1;
        if (wanted != 0 && given != wanted) renamed_[wanted] = given;
    }

    void settings(const std::vector<Action>& actions, std::size_t begin, std::size_t end) {
        Settings changed = result_.plan.settings;
        for (std::size_t i = begin; i < end; ++i) {
            const auto& change = std::get<ChangeSetting>(actions[i]);
            if (static_cast<std::size_t>(change.id) < kSettingCount)
                changed.*(setting_info(change.id).field) = change.value;
        }
        if (auto error = validate(changed)) {
            for (std::size_t i = begin; i < end; ++i)
                result_.failed.push_back(describe_action(actions[i]) + ": " + error->message);
            return;
        }
        result_.plan.settings = changed;
        for (std::size_t i = begin; i < end; ++i)
            result_.applied.push_back(actions[i]);
    }

    Replayed result_;
    std::map<EntryId, EntryId> renamed_;
};

} // namespace

Action with_next_id(const Plan& plan, Action action) {
    std::visit(
        [&plan](auto& a) {
            if constexpr (IsAdd<std::decay_t<decltype(a)>>::value)
                if (a.entry.id == 0) a.entry.id = next_entry_id(plan.ids);
        },
        action);
    return action;
}

Action with_id_cleared(Action action) {
    std::visit(
        [](auto& a) {
            if constexpr (IsAdd<std::decay_t<decltype(a)>>::value) a.entry.id = 0;
        },
        action);
    return action;
}

std::vector<Action> diff_actions(const Plan& before, const Plan& after) {
    std::vector<Action> out;
    for_each_entry_kind([&](auto kind) { diff_list<decltype(kind)>(before, after, out); });
    for (const SettingInfo& info : setting_table())
        if (before.settings.*(info.field) != after.settings.*(info.field))
            out.push_back(ChangeSetting{info.id, after.settings.*(info.field)});
    if (!(before.profile == after.profile)) out.push_back(SetProfile{after.profile});
    if (!(before.goal == after.goal)) out.push_back(SetGoal{after.goal});
    if (!(before.race == after.race)) out.push_back(SetRace{after.race});
    if (!(before.prescription == after.prescription)) out.push_back(SetPrescription{after.prescription});
    return out;
}

Replayed replay_actions(Plan plan, const std::vector<Action>& actions) {
    Replayer replayer(std::move(plan));
    replayer.run(actions);
    return replayer.take();
}

} // namespace stride
