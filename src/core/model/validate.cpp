#include "core/model/validate.hpp"

#include "core/words/unicode.hpp"

#include <cmath>
#include <set>
#include <sstream>
#include <type_traits>

namespace stride {
namespace {

std::string join(const std::string& path, const char* name) {
    return path.empty() ? name : path + "." + name;
}

// Where a field is, e.g. plan.runs[3].pain_during, spelled out only for an error: ten years of history
// hold some 90,000 fields, and building every one's path as text took a fifth of loading them.
class Path {
  public:
    explicit Path(const std::string& root) : root_(&root) {}
    Path(const Path& parent, const char* name) : parent_(&parent), name_(name) {}
    Path(const Path& parent, std::size_t index) : parent_(&parent), index_(index) {}

    std::string text() const {
        if (root_) return *root_;
        const std::string above = parent_->text();
        return name_ ? join(above, name_) : above + "[" + std::to_string(index_) + "]";
    }

  private:
    const std::string* root_ = nullptr;
    const Path* parent_ = nullptr;
    const char* name_ = nullptr; // null: an element of a list, at index_
    std::size_t index_ = 0;
};

std::string number_text(double value) {
    // Whole numbers in full (ids reach 16 digits); others as the shortest readable decimal.
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e18)
        return std::to_string(static_cast<long long>(value));
    std::ostringstream out;
    out << value;
    return out.str();
}

FieldError out_of_range(const std::string& path, double min, double max, double value) {
    return {path, path + " must be between " + number_text(min) + " and " + number_text(max) + " (it was " +
                      number_text(value) + ")"};
}

FieldError error_at(const Path& path, const std::string& what) {
    const std::string at = path.text();
    return {at, at + what};
}

template <class T> std::optional<FieldError> check_described(const T& value, const Path& path);

template <class T>
std::optional<FieldError> check_value(const T& value, double min, double max, const Path& path) {
    if constexpr (std::is_same_v<T, bool> || std::is_enum_v<T> || std::is_same_v<T, Date> ||
                  std::is_same_v<T, LocalTime>) {
        // The types themselves only hold valid values (parsing checked the text).
        return std::nullopt;
    } else if constexpr (std::is_arithmetic_v<T>) {
        const double v = static_cast<double>(value);
        if (!std::isfinite(v)) return error_at(path, " must be a number");
        if (v < min || v > max) return out_of_range(path.text(), min, max, v);
        return std::nullopt;
    } else if constexpr (std::is_same_v<T, std::string>) {
        const std::size_t bad = invalid_utf8_at(value);
        if (bad != std::string::npos)
            return error_at(path, " is not UTF-8 text (byte " + std::to_string(bad + 1) +
                                      " of it is not): save the file as UTF-8");
        if (control_at(value) != std::string::npos)
            return error_at(path, " holds a control character: text may only hold tabs and line breaks "
                                  "besides printable characters");
        if (static_cast<double>(utf8_length(value)) > max)
            return error_at(path, " is too long (at most " + number_text(max) + " characters)");
        return std::nullopt;
    } else if constexpr (std::is_same_v<T, Settings>) {
        return validate(value, path.text());
    } else if constexpr (is_described_v<const T>) {
        return check_described(value, path);
    } else {
        // A list: its length, then each element with its index in the path.
        if (static_cast<double>(value.size()) > max)
            return error_at(path, " has too many entries (at most " + number_text(max) + ")");
        for (std::size_t i = 0; i < value.size(); ++i)
            if (auto e = check_value(value[i], -kNoLimit, kNoLimit, Path(path, i))) return e;
        return std::nullopt;
    }
}

template <class T> std::optional<FieldError> check_described(const T& value, const Path& path) {
    std::optional<FieldError> first;
    for_each_field(value, [&](const auto& f) {
        if (!first) first = check_value(f.value, f.min, f.max, Path(path, f.name));
    });
    return first;
}

template <class T> std::optional<FieldError> check_described(const T& value, const std::string& path) {
    return check_described(value, Path(path));
}

template <class Entry> std::optional<FieldError> check_ids(const Plan& plan, const std::string& path) {
    const std::string list = join(path, EntryTraits<Entry>::key);
    std::set<EntryId> seen;
    const auto& items = entries<Entry>(plan);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto at = [&] { return list + "[" + std::to_string(i) + "].id"; };
        if (items[i].id == 0) return FieldError{at(), at() + " is missing (every entry needs an id)"};
        if (!seen.insert(items[i].id).second)
            return FieldError{at(), at() + " repeats the id " + std::to_string(items[i].id) +
                                        " of an earlier " + EntryTraits<Entry>::kind};
    }
    return std::nullopt;
}

} // namespace

std::optional<FieldError> validate(const Run& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const StrengthSession& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const DailyCheck& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const Aggravator& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const PhysioEntry& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const ReadinessTest& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const Profile& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const Goal& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const Race& v, const std::string& p) {
    return check_described(v, p);
}
std::optional<FieldError> validate(const Prescription& v, const std::string& p) {
    return check_described(v, p);
}

std::optional<FieldError> validate_setting(SettingId id, int value) {
    const SettingInfo& info = setting_info(id);
    if (value < info.min_value || value > info.max_value)
        return out_of_range(info.key, info.min_value, info.max_value, value);
    return std::nullopt;
}

std::optional<FieldError> validate(const Settings& v, const std::string& p) {
    for (const auto& info : setting_table()) {
        const int value = v.*(info.field);
        if (value < info.min_value || value > info.max_value)
            return out_of_range(join(p, info.key), info.min_value, info.max_value, value);
    }
    // Pairs that only make sense in order.
    if (v.amber_max_pain < v.green_max_pain)
        return FieldError{join(p, "amber_max_pain"), "amber_max_pain must not be below green_max_pain"};
    if (v.test_jog_max_minutes < v.test_jog_min_minutes)
        return FieldError{join(p, "test_jog_max_minutes"),
                          "test_jog_max_minutes must not be below test_jog_min_minutes"};
    if (v.ladder_top_minutes < v.first_level_minutes)
        return FieldError{join(p, "ladder_top_minutes"),
                          "ladder_top_minutes must not be below first_level_minutes"};
    return std::nullopt;
}

std::optional<FieldError> validate(const Plan& plan, const std::string& path) {
    if (auto e = check_described(plan, path)) return e;
    std::optional<FieldError> first;
    for_each_entry_kind([&](auto kind) {
        if (!first) first = check_ids<decltype(kind)>(plan, path);
    });
    return first;
}

} // namespace stride
