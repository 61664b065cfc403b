#pragma once
// Small helpers for the plain-words texts of the rules.

#include <string>

namespace stride {

// "3/10"
std::string pain_text(int value);
// 11.3 -> "11.3", 5.0 -> "5", 42.195 -> "42.2"
std::string decimal_text(double value);
// A count and its noun in the right number: (1, "run") -> "1 run", (2, "physio entry") -> "2 physio
// entries", (0, "strength session") -> "0 strength sessions". The noun is given in the singular.
std::string count_words(std::size_t n, const std::string& singular);

} // namespace stride

#include "core/model/enums.hpp"

namespace stride {
// Distances: the plan keeps kilometres; the runner reads and types them in their unit.
inline constexpr double kKmPerMile = 1.609344;
// "km" or "miles"
const char* unit_words(DistanceUnit unit);
double km_in(DistanceUnit unit, double km);
double km_from(DistanceUnit unit, double value);
// "5.2 km", "3.1 miles"
std::string distance_text(double km, DistanceUnit unit);
} // namespace stride

namespace stride {
class Date;
// "Thu 6 Jun 2024"
std::string day_text(Date date);
} // namespace stride

namespace stride {
struct Exercise;
// "Prone hamstring curl 3 x 10 at 22.5 kg" ("Bridge 3 x 15" without a load); the note is not included.
std::string exercise_text(const Exercise& exercise);
} // namespace stride
