#include "core/plan_file/plan_file.hpp"

#include "core/changes/merge.hpp"
#include "core/model/validate.hpp"
#include "core/plan_file/json_archive.hpp" // first: it fixes rapidjson's parse flags
#include "core/plan_file/serialization.hpp"

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <sstream>

namespace stride {
namespace {

// SAX pass before loading: checks the text is JSON, limits nesting, and reads the top-level
// schema_version so a newer file is refused with the right message rather than a confusing field error.
class Precheck : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Precheck> {
  public:
    bool too_deep = false;
    bool root_is_object = false;
    bool has_version = false;
    bool version_is_number = false;
    std::uint64_t version = 0;

    bool StartObject() { return open(true); }
    bool StartArray() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }
    bool Key(const char* text, rapidjson::SizeType length, bool) {
        at_version_key_ = depth_ == 1 && std::string_view(text, length) == "schema_version";
        return true;
    }
    bool Uint(unsigned v) { return number(v); }
    bool Uint64(std::uint64_t v) { return number(v); }
    bool Default() { return value(); }

  private:
    bool open(bool object) {
        if (depth_ == 0) root_is_object = object;
        value();
        if (++depth_ > kMaxJsonDepth) {
            too_deep = true;
            return false;
        }
        return true;
    }
    bool close() {
        --depth_;
        return true;
    }
    bool number(std::uint64_t v) {
        if (at_version_key_) {
            version_is_number = true;
            version = v;
        }
        return value();
    }
    bool value() {
        if (at_version_key_) has_version = true;
        at_version_key_ = false;
        return true;
    }
    int depth_ = 0;
    bool at_version_key_ = false;
};

std::string megabytes(std::size_t bytes) {
    return std::to_string((bytes + 524288) / 1048576) + " MB";
}

std::optional<LoadError> precheck(std::string_view text) {
    if (text.size() > kMaxPlanFileBytes)
        return LoadError{"", "This file is too large to be a plan file (" + megabytes(text.size()) +
                                 "; the limit is " + megabytes(kMaxPlanFileBytes) +
                                 "). Check you chose the right file."};
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return LoadError{"", "This file is empty. Choose a plan file exported from Stride Back."};

    Precheck handler;
    rapidjson::Reader reader;
    rapidjson::MemoryStream stream(text.data(), text.size());
    const rapidjson::ParseResult result = reader.Parse<rapidjson::kParseIterativeFlag>(stream, handler);
    if (handler.too_deep)
        return LoadError{"", "This file nests deeper than any plan file (over " +
                                 std::to_string(kMaxJsonDepth) +
                                 " levels), so it was not opened. Check you chose the right file."};
    if (result.IsError()) {
        const std::size_t at = result.Offset();
        if (at >= text.size() || result.Code() == rapidjson::kParseErrorDocumentEmpty)
            return LoadError{"",
                             "This file ends too early: it may have been cut short while saving or copying. "
                             "Try the file again or an earlier copy."};
        return LoadError{"", std::string("This file is not a valid plan file: ") +
                                 rapidjson::GetParseError_En(result.Code()) + " (at character " +
                                 std::to_string(at) + ")."};
    }
    if (!handler.root_is_object)
        return LoadError{"", "This file is not a plan file (it does not start with '{')."};
    if (!handler.has_version)
        return LoadError{"schema_version", "schema_version is missing: this is not a Stride Back plan file."};
    if (!handler.version_is_number || handler.version == 0)
        return LoadError{"schema_version", "schema_version must be a whole number from 1 up."};
    if (handler.version > kPlanSchemaVersion)
        return LoadError{"schema_version",
                         "This plan file was written by a newer version of Stride Back (file format " +
                             std::to_string(handler.version) + ", this app reads up to " +
                             std::to_string(kPlanSchemaVersion) + "). Update the app, then open it again."};
    return std::nullopt;
}

} // namespace

std::string plan_to_json(const Plan& plan) {
    std::ostringstream out;
    {
        // 324 decimal places = rapidjson's "shortest exact" output; one-space indent keeps files small.
        cereal::JSONOutputArchive archive(out,
                                          cereal::JSONOutputArchive::Options(
                                              324, cereal::JSONOutputArchive::Options::IndentChar::space, 1));
        std::uint32_t version = kPlanSchemaVersion;
        std::string app = "Stride Back";
        archive(cereal::make_nvp("schema_version", version), cereal::make_nvp("app", app));
        // Saving never modifies the plan; cereal's interface simply takes non-const references.
        serial_detail::io(archive, "plan", const_cast<Plan&>(plan));
    } // the archive writes its closing brace when it goes out of scope
    return out.str();
}

Expected<Plan> plan_from_json(std::string_view text) {
    if (auto error = precheck(text)) return *error;
    Plan plan;
    try {
        std::istringstream in{std::string(text)};
        cereal::JSONInputArchive archive(in);
        serial_detail::io(archive, "plan", plan);
    } catch (const SerializationError& e) {
        return LoadError{e.path(), e.path() + " " + e.what() + "."};
    } catch (const std::exception& e) {
        // Out of memory or anything else unexpected: still refuse the whole file, never half of it.
        return LoadError{"", std::string("This file could not be read (") + e.what() + ")."};
    }
    if (auto error = validate(plan, "plan")) return LoadError{error->field, error->message + "."};
    sort_entries(plan);
    return plan;
}

} // namespace stride
