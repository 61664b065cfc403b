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

std::string count_words(std::size_t n, const std::string& singular) {
    std::string word = singular;
    if (n != 1 && !word.empty()) {
        const auto ends = [&](const char* tail) {
            const std::string t = tail;
            return word.size() >= t.size() && word.compare(word.size() - t.size(), t.size(), t) == 0;
        };
        const char before_y = word.size() >= 2 ? word[word.size() - 2] : 'a';
        if (ends("y") && std::string("aeiou").find(before_y) == std::string::npos)
            word = word.substr(0, word.size() - 1) + "ies";
        else if (ends("s") || ends("x") || ends("z") || ends("ch") || ends("sh"))
            word += "es";
        else
            word += "s";
    }
    return std::to_string(n) + " " + word;
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

#include "core/model/model.hpp"

namespace stride {

std::string exercise_text(const Exercise& e) {
    std::string s = e.name + " " + std::to_string(e.sets) + " x " + std::to_string(e.reps);
    if (e.load_kg > 0) s += " at " + decimal_text(e.load_kg) + " kg";
    return s;
}

} // namespace stride
