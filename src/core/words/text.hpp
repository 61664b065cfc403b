#pragma once
// Small helpers for the plain-words texts of the rules.

#include <string>

namespace stride {

// "3/10"
std::string pain_text(int value);
// 11.3 -> "11.3", 5.0 -> "5", 42.195 -> "42.2"
std::string decimal_text(double value);

} // namespace stride

namespace stride {
class Date;
// "Thu 6 Jun 2024"
std::string day_text(Date date);
} // namespace stride
