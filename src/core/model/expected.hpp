#pragma once
// Errors as values: a result is either the value or a FieldError that names the field and says, in plain
// words, what is wrong and what to do.

#include <string>
#include <utility>
#include <variant>

namespace stride {

struct FieldError {
    std::string field;   // path in the plan file, e.g. "runs[3].pain_during"; "" when it is the whole file
    std::string message; // plain words for the runner or physio
};

template <class T> class Expected {
  public:
    Expected(T value) : state_(std::move(value)) {}
    Expected(FieldError error) : state_(std::move(error)) {}

    bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const FieldError& error() const { return std::get<1>(state_); }

  private:
    std::variant<T, FieldError> state_;
};

} // namespace stride
