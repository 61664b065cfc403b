#pragma once
// Small enumerations of the model and their names in the plan file (lower_snake_case words).

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace stride {

enum class Side { not_set, left, right, both };
enum class Surface { not_set, road, track, treadmill, trail, grass, other };
// The readiness checklist items of DOMAIN.md section 1.
enum class ReadinessItem {
    rest_pain,
    drop_lunge,
    hamstring_curl,
    single_leg_bridge,
    test_jog,
    physio_agreement
};
// A physio's provocation test read as positive or negative (alternative to a 0-10 pain score).
enum class Finding { not_done, negative, positive };
// A yes/no question the runner may not have been asked (or not answered) yet.
enum class Answer { not_asked, yes, no };
// How the runner counts distance on screen; the plan file always holds kilometres.
enum class DistanceUnit { km, miles };

template <class E> struct EnumNames;

#define STRIDE_ENUM_NAMES(E, N, ...)                                                                         \
    template <> struct EnumNames<E> {                                                                        \
        static constexpr std::array<std::pair<E, const char*>, N> values{{__VA_ARGS__}};                     \
    }

STRIDE_ENUM_NAMES(Side, 4, {Side::not_set, "not_set"}, {Side::left, "left"}, {Side::right, "right"},
                  {Side::both, "both"});
STRIDE_ENUM_NAMES(Surface, 7, {Surface::not_set, "not_set"}, {Surface::road, "road"},
                  {Surface::track, "track"}, {Surface::treadmill, "treadmill"}, {Surface::trail, "trail"},
                  {Surface::grass, "grass"}, {Surface::other, "other"});
STRIDE_ENUM_NAMES(ReadinessItem, 6, {ReadinessItem::rest_pain, "rest_pain"},
                  {ReadinessItem::drop_lunge, "drop_lunge"},
                  {ReadinessItem::hamstring_curl, "hamstring_curl"},
                  {ReadinessItem::single_leg_bridge, "single_leg_bridge"},
                  {ReadinessItem::test_jog, "test_jog"},
                  {ReadinessItem::physio_agreement, "physio_agreement"});
STRIDE_ENUM_NAMES(Finding, 3, {Finding::not_done, "not_done"}, {Finding::negative, "negative"},
                  {Finding::positive, "positive"});
STRIDE_ENUM_NAMES(Answer, 3, {Answer::not_asked, "not_asked"}, {Answer::yes, "yes"}, {Answer::no, "no"});
STRIDE_ENUM_NAMES(DistanceUnit, 2, {DistanceUnit::km, "km"}, {DistanceUnit::miles, "miles"});

template <class E> constexpr const char* enum_name(E value) {
    for (const auto& [v, name] : EnumNames<E>::values)
        if (v == value) return name;
    return "?";
}

template <class E> std::optional<E> enum_from_name(std::string_view name) {
    for (const auto& [v, n] : EnumNames<E>::values)
        if (name == n) return v;
    return std::nullopt;
}

} // namespace stride
