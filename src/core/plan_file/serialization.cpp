#include "core/plan_file/serialization.hpp"

namespace stride::serial_detail {

namespace {

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
    // Anything else rapidjson asserts (never its words: they are about its insides, not the file).
    if (has("rapidjson")) return "has a value of the wrong kind for this field";
    return "could not be read (" + what + ")";
}

// The member cereal could not find: "... provided NVP (name) not found" gives "name".
std::string missing_member(const std::exception& error) {
    const std::string what = error.what();
    const auto open = what.find("NVP (");
    const auto close = what.find(") not found");
    if (open == std::string::npos || close == std::string::npos || close < open + 5) return "";
    return what.substr(open + 5, close - open - 5);
}

} // namespace

SerializationError error_at(const std::string& path, const std::exception& error) {
    const std::string missing = missing_member(error);
    const bool own_name = path == missing;
    if (!missing.empty() && !own_name)
        return SerializationError(path + (path.empty() ? "" : ".") + missing, "is missing");
    return SerializationError(path, explain(error));
}

} // namespace stride::serial_detail
