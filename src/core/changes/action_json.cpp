#include "core/changes/action_json.hpp"

#include "core/plan_file/json_archive.hpp" // first: it fixes rapidjson's parse flags
#include "core/plan_file/serialization.hpp"

#include <stdexcept>
#include <string>

namespace stride {
namespace {

using Out = cereal::JSONOutputArchive;
using In = cereal::JSONInputArchive;

// One action as one object (see the header).
struct ActionRef {
    Action* action;
};

void say(Out& ar, const char* verb) {
    std::string what = verb;
    ar(cereal::make_nvp("do", what));
}

std::string setting_key(SettingId id) {
    if (static_cast<std::size_t>(id) >= kSettingCount) throw std::logic_error("unknown setting");
    return setting_info(id).key;
}

template <class Entry> void entry_action(Out& ar, const char* verb, Entry entry) {
    say(ar, verb);
    std::string list = EntryTraits<Entry>::key;
    serial_detail::io(ar, "list", list);
    serial_detail::io(ar, "entry", entry);
}

template <class Part> void part_action(Out& ar, const char* verb, const char* name, Part part) {
    say(ar, verb);
    serial_detail::io(ar, name, part);
}

template <class E> void write(Out& ar, const AddEntry<E>& a) {
    entry_action(ar, "add", a.entry);
}
template <class E> void write(Out& ar, const EditEntry<E>& a) {
    entry_action(ar, "edit", a.entry);
}
template <class E> void write(Out& ar, const DeleteEntry<E>& a) {
    say(ar, "delete");
    std::string list = EntryTraits<E>::key;
    EntryId id = a.id;
    serial_detail::io(ar, "list", list);
    serial_detail::io(ar, "id", id);
}
void write(Out& ar, const ChangeSetting& a) {
    say(ar, "change_setting");
    std::string key = setting_key(a.id);
    int value = a.value;
    serial_detail::io(ar, "setting", key);
    serial_detail::io(ar, "value", value);
}
void write(Out& ar, const ResetSetting& a) {
    say(ar, "reset_setting");
    std::string key = setting_key(a.id);
    serial_detail::io(ar, "setting", key);
}
void write(Out& ar, const ResetAllSettings&) {
    say(ar, "reset_all_settings");
}
void write(Out& ar, const SetProfile& a) {
    part_action(ar, "set_profile", "profile", a.profile);
}
void write(Out& ar, const SetGoal& a) {
    part_action(ar, "set_goal", "goal", a.goal);
}
void write(Out& ar, const SetRace& a) {
    part_action(ar, "set_race", "race", a.race);
}
void write(Out& ar, const SetPrescription& a) {
    part_action(ar, "set_prescription", "prescription", a.prescription);
}
void write(Out&, const ImportMerge&) {
    throw std::logic_error("an import is journaled as its diff_actions(), not as the incoming plan");
}

SettingId read_setting(In& ar) {
    std::string key;
    serial_detail::io(ar, "setting", key);
    const std::optional<SettingId> id = setting_by_key(key);
    if (!id) throw SerializationError("setting", "is not a setting this app knows (\"" + key + "\")");
    return *id;
}

template <class Part, class A> Action read_part(In& ar, const char* name) {
    Part part;
    serial_detail::io(ar, name, part);
    return A{part};
}

Action read_entry_action(In& ar, const std::string& verb) {
    std::string list;
    serial_detail::io(ar, "list", list);
    std::optional<Action> action;
    for_each_entry_kind([&](auto kind) {
        using Entry = decltype(kind);
        if (list != EntryTraits<Entry>::key) return;
        if (verb == "delete") {
            EntryId id = 0;
            serial_detail::io(ar, "id", id);
            action = DeleteEntry<Entry>{id};
            return;
        }
        Entry entry;
        serial_detail::io(ar, "entry", entry);
        if (verb == "add")
            action = AddEntry<Entry>{entry};
        else
            action = EditEntry<Entry>{entry};
    });
    if (!action) throw SerializationError("list", "is not a list of a plan (\"" + list + "\")");
    return *action;
}

Action read(In& ar) {
    std::string verb;
    serial_detail::io(ar, "do", verb);
    if (verb == "add" || verb == "edit" || verb == "delete") return read_entry_action(ar, verb);
    if (verb == "change_setting") {
        const SettingId id = read_setting(ar);
        int value = 0;
        serial_detail::io(ar, "value", value);
        return ChangeSetting{id, value};
    }
    if (verb == "reset_setting") return ResetSetting{read_setting(ar)};
    if (verb == "reset_all_settings") return ResetAllSettings{};
    if (verb == "set_profile") return read_part<Profile, SetProfile>(ar, "profile");
    if (verb == "set_goal") return read_part<Goal, SetGoal>(ar, "goal");
    if (verb == "set_race") return read_part<Race, SetRace>(ar, "race");
    if (verb == "set_prescription") return read_part<Prescription, SetPrescription>(ar, "prescription");
    throw SerializationError("do", "is not a change this app knows (\"" + verb + "\")");
}

void save(Out& ar, const ActionRef& ref) {
    std::visit([&ar](const auto& a) { write(ar, a); }, *ref.action);
}

void load(In& ar, ActionRef& ref) {
    *ref.action = read(ar);
}

} // namespace

void save(Out& ar, const ActionList& list) {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(list.actions.size())));
    for (const Action& action : list.actions)
        ar(ActionRef{const_cast<Action*>(&action)}); // saving only reads it
}

void load(In& ar, ActionList& list) {
    cereal::size_type size = 0;
    ar(cereal::make_size_tag(size));
    if (size > kMaxEntriesPerList) throw SerializationError("", "has too many changes");
    list.actions.assign(static_cast<std::size_t>(size), ResetAllSettings{});
    for (std::size_t i = 0; i < list.actions.size(); ++i) {
        try {
            ActionRef ref{&list.actions[i]};
            ar(ref);
        } catch (SerializationError& e) {
            e.prepend("[" + std::to_string(i) + "]");
            throw;
        } catch (const std::exception& e) {
            throw serial_detail::error_at("[" + std::to_string(i) + "]", e);
        }
    }
}

} // namespace stride
