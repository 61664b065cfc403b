#pragma once
// What every fuzz target checks besides "no crash, no sanitizer report": a broken promise aborts with a
// message, which libFuzzer records as a finding with the input that caused it.

#include "core/words/unicode.hpp"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace stride::fuzz {

inline void require(bool ok, const char* promise) {
    if (ok) return;
    std::fprintf(stderr, "broken promise: %s\n", promise);
    std::abort();
}

// Text the app shows (messages, report, CSV, file names): UTF-8 with no control character but tab and line
// breaks.
inline void require_clean_text(std::string_view text, const char* what) {
    require(invalid_utf8_at(text) == std::string_view::npos, what);
    require(control_at(text) == std::string_view::npos, what);
}

inline std::string_view as_text(const unsigned char* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace stride::fuzz
