#include "core/serialization.hpp"

namespace stride::serial_detail {

std::string explain(const std::exception& error) {
    const std::string what = error.what();
    const auto has = [&](const char* text) { return what.find(text) != std::string::npos; };
    // cereal's JSON archive says "provided NVP (name) not found"; the path already names the field.
    if (has("not found")) return "is missing";
    // rapidjson type assertions, e.g. "rapidjson internal assertion failure: data_.f.flags & kIntFlag".
    if (has("IntFlag") || has("UintFlag") || has("Int64Flag") || has("IsInt") || has("IsUint"))
        return "has the wrong type (expected a whole number in range)";
    if (has("IsNumber") || has("IsDouble")) return "has the wrong type (expected a number)";
    if (has("IsBool")) return "has the wrong type (expected true or false)";
    if (has("IsString")) return "has the wrong type (expected text in quotes)";
    if (has("IsObject")) return "has the wrong type (expected an object in { })";
    if (has("IsArray")) return "has the wrong type (expected a list in [ ])";
    if (has("No more objects")) return "is missing";
    return "could not be read (" + what + ")";
}

} // namespace stride::serial_detail
