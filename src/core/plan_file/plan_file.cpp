#include "core/plan_file/plan_file.hpp"

#include "core/changes/merge.hpp"
#include "core/model/validate.hpp"
#include "core/plan_file/json_archive.hpp" // first: it fixes rapidjson's parse flags
#include "core/plan_file/json_check.hpp"
#include "core/plan_file/serialization.hpp"

#include <ostream>
#include <sstream>
#include <streambuf>
#include <type_traits>

namespace stride {
namespace {

std::optional<LoadError> check_version(const JsonFacts& facts) {
    if (!facts.has_version)
        return LoadError{"schema_version", "schema_version is missing: this is not a Stride Back plan file."};
    if (!facts.version_is_number || facts.version == 0)
        return LoadError{"schema_version", "schema_version must be a whole number from 1 up."};
    if (facts.version > kPlanSchemaVersion)
        return LoadError{"schema_version",
                         "This plan file was written by a newer version of Stride Back (file format " +
                             std::to_string(facts.version) + ", this app reads up to " +
                             std::to_string(kPlanSchemaVersion) + "). Update the app, then open it again."};
    return std::nullopt;
}

void write_plan(std::ostream& out, const Plan& plan) {
    // 324 decimal places = rapidjson's "shortest exact" output; one-space indent keeps files small.
    cereal::JSONOutputArchive archive(
        out,
        cereal::JSONOutputArchive::Options(324, cereal::JSONOutputArchive::Options::IndentChar::space, 1));
    std::uint32_t version = kPlanSchemaVersion;
    std::string app = "Stride Back";
    archive(cereal::make_nvp("schema_version", version), cereal::make_nvp("app", app));
    // Saving never modifies the plan; cereal's interface simply takes non-const references.
    serial_detail::io(archive, "plan", const_cast<Plan&>(plan));
} // the archive writes its closing brace when it goes out of scope

// A stream buffer that only counts what is written to it.
class CountingBuffer : public std::streambuf {
  public:
    std::size_t count = 0;

  protected:
    int_type overflow(int_type c) override {
        ++count;
        return traits_type::not_eof(c);
    }
    std::streamsize xsputn(const char*, std::streamsize n) override {
        count += static_cast<std::size_t>(n);
        return n;
    }
};

// What one entry (or exercise) takes in the plan file apart from its text: names of its fields, numbers at
// their widest, indentation and the class version. The widest run measures about 560 bytes.
constexpr std::size_t kEntryBytesAtMost = 1024;
// Profile, goal, race, settings, prescription and ids apart from their text and exercises: about 2 KB.
constexpr std::size_t kFixedBytesAtMost = 8 * 1024;
// A byte of text takes at most six in the file (a control character written \u001f), plus its quotes.
constexpr std::size_t kTextGrowthAtMost = 6;

} // namespace

std::string megabytes(std::size_t bytes) {
    constexpr std::uint64_t kMiB = 1024 * 1024;
    const std::uint64_t tenths = (static_cast<std::uint64_t>(bytes) * 10 + kMiB / 2) / kMiB;
    std::string text = std::to_string(tenths / 10);
    if (tenths % 10) text += "." + std::to_string(tenths % 10);
    return text + " MB";
}

std::string size_over_limit(std::size_t bytes) {
    const std::string size = megabytes(bytes), limit = megabytes(kMaxPlanFileBytes);
    return size == limit ? "just over " + limit : size;
}

std::string plan_to_json(const Plan& plan) {
    std::ostringstream out;
    write_plan(out, plan);
    return out.str();
}

std::size_t plan_file_bytes(const Plan& plan) {
    CountingBuffer counter;
    std::ostream out(&counter);
    write_plan(out, plan);
    return counter.count;
}

std::size_t plan_file_bytes_at_most(const Plan& plan) {
    std::size_t items = plan.prescription.strength_programme.size(), text = 0;
    const auto add_text = [&](const std::string& s) { text += s.size(); };
    const auto add_exercises = [&](const std::vector<Exercise>& list) {
        for (const Exercise& e : list) {
            add_text(e.name);
            add_text(e.note);
        }
    };
    add_text(plan.profile.name);
    add_text(plan.race.name);
    add_text(plan.prescription.note);
    add_exercises(plan.prescription.strength_programme);
    for_each_entry_kind([&](auto kind) {
        using Entry = decltype(kind);
        for (const Entry& entry : entries<Entry>(plan)) {
            ++items;
            add_text(entry.note);
            if constexpr (std::is_same_v<Entry, StrengthSession>) {
                items += entry.exercises.size();
                add_exercises(entry.exercises);
            }
            if constexpr (std::is_same_v<Entry, DailyCheck>) add_text(entry.task);
        }
    });
    return kFixedBytesAtMost + items * kEntryBytesAtMost + text * kTextGrowthAtMost;
}

std::optional<FieldError> check_plan_size(const Plan& plan, const std::string& path) {
    // The bound settles almost every plan (ten years of daily logs is far inside it); only a plan near the
    // limit is written out to count its bytes exactly.
    if (plan_file_bytes_at_most(plan) <= kMaxPlanFileBytes) return std::nullopt;
    const std::size_t bytes = plan_file_bytes(plan);
    if (bytes <= kMaxPlanFileBytes) return std::nullopt;
    return FieldError{path, path + " is too large: as a plan file it would take " + size_over_limit(bytes) +
                                ", more than the " + megabytes(kMaxPlanFileBytes) + " a plan file may hold"};
}

Expected<Plan> plan_from_json(std::string_view text) {
    const Expected<JsonFacts> facts = check_json(text, kPlanFileJson);
    if (!facts) return facts.error();
    if (auto error = check_version(facts.value())) return *error;
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
    if (auto error = check_plan_size(plan, "plan")) return LoadError{error->field, error->message + "."};
    sort_entries(plan);
    return plan;
}

} // namespace stride
