#pragma once
// cereal serialization for every model type, usable with any cereal archive (the plan file uses JSON).
//
// - Every type carries CEREAL_CLASS_VERSION from the first release (see the bottom of this file). When a
//   type changes: bump its version, give new fields `since = N` in model.hpp, and keep old fixtures loading.
// - Loading names the offending field: a failure deep inside becomes SerializationError with a path such
//   as "plan.runs[3].pain_during" and a plain-words message.
// - Dates are written as "YYYY-MM-DD", times as "HH:MM" (or "" when unknown), enumerations as words.
//
// Include this only where archives are used (plan_file.cpp, storage); the model itself is cereal-free.

#include "core/model/model.hpp"
#include "core/words/unicode.hpp"

#include <cereal/cereal.hpp>
#include <cereal/types/string.hpp> // binary archives need it; JSON handles strings itself

#include <cstdint>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <vector>

namespace stride {

// Thrown while loading; plan_from_json() turns it into a FieldError.
class SerializationError : public std::runtime_error {
  public:
    SerializationError(std::string path, const std::string& message)
        : std::runtime_error(message), path_(std::move(path)) {}
    const std::string& path() const { return path_; }
    void prepend(const std::string& outer) {
        if (path_.empty() || path_.front() == '[')
            path_ = outer + path_;
        else
            path_ = outer + "." + path_;
    }

  private:
    std::string path_;
};

// Bounds how many entries a list may claim before memory is reserved for it (hostile sizes in a file).
inline constexpr std::uint64_t kMaxEntriesPerList = 1'000'000;

namespace serial_detail {

template <class Archive>
inline constexpr bool is_loading = std::is_base_of_v<cereal::detail::InputArchiveBase, Archive>;

// Turns cereal's and rapidjson's messages into words a physio understands, as an error at `path`
// (or at the missing member inside it, when cereal reports a missing name other than `path`'s own).
SerializationError error_at(const std::string& path, const std::exception& error);

template <class T> struct ListRef {
    std::vector<T>& items;
    double max;
};

template <class Archive, class T> void io_value(Archive& ar, const char* name, T& value, double max);

template <class Archive, class T> void io(Archive& ar, const char* name, T& value, double max = 0) {
    try {
        io_value(ar, name, value, max);
    } catch (SerializationError& e) {
        e.prepend(name);
        throw;
    } catch (const std::exception& e) {
        throw error_at(name, e);
    }
}

template <class T> struct is_list : std::false_type {};
template <class T> struct is_list<std::vector<T>> : std::true_type {};

template <class Archive, class Parse>
void io_text(Archive& ar, const char* name, const std::string& saved, Parse&& parse, const char* expected) {
    if constexpr (is_loading<Archive>) {
        std::string text;
        ar(cereal::make_nvp(name, text));
        if (!parse(text))
            throw SerializationError("", "must be " + std::string(expected) + " (it was \"" + excerpt(text) +
                                             "\")");
    } else {
        std::string text = saved;
        ar(cereal::make_nvp(name, text));
    }
}

template <class Archive, class T> void io_value(Archive& ar, const char* name, T& value, double max) {
    if constexpr (std::is_same_v<T, Date>) {
        io_text<Archive>(
            ar, name, value.iso(),
            [&](const std::string& t) {
                const auto d = Date::parse(t);
                if (d) value = *d;
                return d.has_value();
            },
            "a calendar date written YYYY-MM-DD");
    } else if constexpr (std::is_same_v<T, LocalTime>) {
        io_text<Archive>(
            ar, name, value.text(),
            [&](const std::string& t) {
                const auto time = LocalTime::parse(t);
                if (time) value = *time;
                return time.has_value();
            },
            "a time written HH:MM, or empty");
    } else if constexpr (std::is_enum_v<T>) {
        io_text<Archive>(
            ar, name, enum_name(value),
            [&](const std::string& t) {
                const auto v = enum_from_name<T>(t);
                if (v) value = *v;
                return v.has_value();
            },
            "one of the listed words (see docs/plan-file.md)");
    } else if constexpr (is_list<T>::value) {
        ListRef<typename T::value_type> list{value, max};
        ar(cereal::make_nvp(name, list));
    } else {
        ar(cereal::make_nvp(name, value));
    }
}

template <class Archive, class T> void save(Archive& ar, const serial_detail::ListRef<T>& list) {
    ar(cereal::make_size_tag(static_cast<cereal::size_type>(list.items.size())));
    for (const T& item : list.items)
        ar(item);
}

template <class Archive, class T> void load(Archive& ar, serial_detail::ListRef<T>& list) {
    cereal::size_type size = 0;
    ar(cereal::make_size_tag(size));
    if (size > kMaxEntriesPerList || (list.max > 0 && static_cast<double>(size) > list.max))
        throw SerializationError("", "has too many entries (" + std::to_string(size) + ")");
    list.items.assign(static_cast<std::size_t>(size), T{});
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        try {
            ar(list.items[i]);
        } catch (SerializationError& e) {
            e.prepend("[" + std::to_string(i) + "]");
            throw;
        } catch (const std::exception& e) {
            throw error_at("[" + std::to_string(i) + "]", e);
        }
    }
}

} // namespace serial_detail

// Refuses data written by a newer release of a type than this build knows.
template <class T, class Archive> void check_version(std::uint32_t version) {
    if constexpr (serial_detail::is_loading<Archive>) {
        const std::uint32_t known = cereal::detail::Version<T>::version;
        if (version > known)
            throw SerializationError("", "was written by a newer version of Stride Back (format " +
                                             std::to_string(version) + ", this app reads up to " +
                                             std::to_string(known) + "): update the app to open it");
    }
}

template <class Archive, class T, std::enable_if_t<is_described_v<T>, int> = 0>
void serialize(Archive& ar, T& value, const std::uint32_t version) {
    check_version<T, Archive>(version);
    for_each_field(value, [&](auto& f) {
        if (serial_detail::is_loading<Archive> && version < f.since) return; // newer field: keep default
        serial_detail::io(ar, f.name, f.value, f.max);
    });
}

template <class Archive> void serialize(Archive& ar, Settings& settings, const std::uint32_t version) {
    check_version<Settings, Archive>(version);
    for (const SettingInfo& info : setting_table())
        serial_detail::io(ar, info.key, settings.*(info.field));
}

} // namespace stride

CEREAL_CLASS_VERSION(stride::IdSource, 1)
CEREAL_CLASS_VERSION(stride::RunWalk, 1)
CEREAL_CLASS_VERSION(stride::Run, 2)      // 2: pains before/after may be -1; next_morning_worse
CEREAL_CLASS_VERSION(stride::Exercise, 2) // 2: note
CEREAL_CLASS_VERSION(stride::StrengthSession, 1)
CEREAL_CLASS_VERSION(stride::DailyCheck, 1)
CEREAL_CLASS_VERSION(stride::Aggravator, 1)
CEREAL_CLASS_VERSION(stride::ProvocationResult, 1)
CEREAL_CLASS_VERSION(stride::PhysioEntry, 1)
CEREAL_CLASS_VERSION(stride::ReadinessTest, 1)
CEREAL_CLASS_VERSION(stride::Profile, 2) // 2: distance_unit
CEREAL_CLASS_VERSION(stride::Goal, 1)
CEREAL_CLASS_VERSION(stride::Race, 1)
CEREAL_CLASS_VERSION(stride::Prescription, 1)
CEREAL_CLASS_VERSION(stride::Settings, 1)
CEREAL_CLASS_VERSION(stride::Plan, 1)
