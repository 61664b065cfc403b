#pragma once
// Range checks shared by apply() (refuse a bad edit) and plan_from_json() (refuse a bad file). Both name
// the offending field, e.g. "pain_during must be between 0 and 10 (it was 11)".

#include "core/model/expected.hpp"
#include "core/model/model.hpp"

#include <optional>
#include <string>

namespace stride {

// First problem in a value, with its field path prefixed by `path` ("runs[3]"), or nothing when valid.
std::optional<FieldError> validate(const Run& value, const std::string& path = "");
std::optional<FieldError> validate(const StrengthSession& value, const std::string& path = "");
std::optional<FieldError> validate(const DailyCheck& value, const std::string& path = "");
std::optional<FieldError> validate(const Aggravator& value, const std::string& path = "");
std::optional<FieldError> validate(const PhysioEntry& value, const std::string& path = "");
std::optional<FieldError> validate(const ReadinessTest& value, const std::string& path = "");
std::optional<FieldError> validate(const Profile& value, const std::string& path = "");
std::optional<FieldError> validate(const Goal& value, const std::string& path = "");
std::optional<FieldError> validate(const Race& value, const std::string& path = "");
std::optional<FieldError> validate(const Prescription& value, const std::string& path = "");
std::optional<FieldError> validate(const Settings& value, const std::string& path = "");
std::optional<FieldError> validate_setting(SettingId id, int value);
// Every field of every entry, plus plan-wide rules: ids unique within each kind and not zero.
std::optional<FieldError> validate(const Plan& value, const std::string& path = "");

} // namespace stride
