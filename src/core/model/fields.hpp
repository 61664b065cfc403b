#pragma once
// One description per model type, used three ways so the lists can never drift apart:
// serialization (serialization.hpp), range validation (validate.cpp) and equality (below).
//
// A type opts in with STRIDE_DESCRIBE(Type) { return std::make_tuple(field("name", s.name, lo, hi), ...); }
// inside namespace stride. `lo`/`hi` bound numbers (or the length of strings and lists); `since` is the
// class version that introduced the field, so a loader of an older file keeps the default for newer ones.

#include <cstdint>
#include <limits>
#include <tuple>
#include <type_traits>
#include <utility>

namespace stride {

template <class T> struct Field {
    const char* name;
    T& value;
    double min;
    double max;
    std::uint32_t since;
};

inline constexpr double kNoLimit = std::numeric_limits<double>::max();

template <class T>
Field<T> field(const char* name, T& value, double min = -kNoLimit, double max = kNoLimit,
               std::uint32_t since = 1) {
    return {name, value, min, max, since};
}

#define STRIDE_DESCRIBE(Type)                                                                                \
    template <class Self, std::enable_if_t<std::is_same_v<std::remove_const_t<Self>, Type>, int> = 0>        \
    auto describe(Self& s)

template <class T, class = void> struct is_described : std::false_type {};
template <class T>
struct is_described<T, std::void_t<decltype(describe(std::declval<T&>()))>> : std::true_type {};
template <class T> inline constexpr bool is_described_v = is_described<T>::value;

// Calls fn(field) for each field of a described value.
template <class T, class Fn> void for_each_field(T& value, Fn&& fn) {
    std::apply([&](auto&&... f) { (fn(f), ...); }, describe(value));
}

// Field-by-field equality for every described type.
template <class T, std::enable_if_t<is_described_v<const T>, int> = 0>
bool operator==(const T& a, const T& b) {
    auto fa = describe(a);
    auto fb = describe(b);
    return std::apply(
        [&](const auto&... x) {
            return std::apply([&](const auto&... y) { return ((x.value == y.value) && ...); }, fb);
        },
        fa);
}

template <class T, std::enable_if_t<is_described_v<const T>, int> = 0>
bool operator!=(const T& a, const T& b) {
    return !(a == b);
}

} // namespace stride
