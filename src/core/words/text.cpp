#include "core/words/text.hpp"

#include <cmath>
#include <cstdio>

namespace stride {

std::string pain_text(int value) {
    return std::to_string(value) + "/10";
}

std::string decimal_text(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::round(value * 10) / 10);
    std::string text = buffer;
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    return text;
}

} // namespace stride

#include "core/model/date.hpp"

namespace stride {

std::string day_text(Date date) {
    static constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return std::string(kDays[date.weekday()]) + " " + std::to_string(date.day()) + " " +
           kMonths[date.month() - 1] + " " + std::to_string(date.year());
}

} // namespace stride

namespace stride {

const char* unit_words(DistanceUnit unit) {
    return unit == DistanceUnit::miles ? "miles" : "km";
}

double km_in(DistanceUnit unit, double km) {
    return unit == DistanceUnit::miles ? km / kKmPerMile : km;
}

double km_from(DistanceUnit unit, double value) {
    return unit == DistanceUnit::miles ? value * kKmPerMile : value;
}

std::string distance_text(double km, DistanceUnit unit) {
    return decimal_text(km_in(unit, km)) + " " + unit_words(unit);
}

} // namespace stride
